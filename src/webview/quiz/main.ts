// Browser side of the Quiz panel: one question at a time, answerable with the mouse or
// the keyboard (1-4 to choose or grade, Space to reveal, Enter to continue).
import type { FromQuizPanel, QuizPanelState, SummaryItem, ToQuizPanel } from '../quizProtocol';
import { acquireHost, element } from '../webviewDom';

const vscode = acquireHost<FromQuizPanel, QuizPanelState>();
const root = document.getElementById('root')!;

type Mode =
  | { kind: 'idle' }
  | { kind: 'choice'; cardId: string; shownAt: number; answered: boolean }
  | { kind: 'recall'; cardId: string; revealed: boolean }
  | { kind: 'summary' };
let mode: Mode = { kind: 'idle' };

const GRADES = ['Again', 'Hard', 'Good', 'Easy'] as const;

function html(tag: keyof HTMLElementTagNameMap, className: string, markup: string): HTMLElement {
  const node = element(tag, { className });
  // Quiz text is Markdown rendered at build time from the bundled notes (raw HTML disabled).
  node.innerHTML = markup;
  return node;
}

function actionButton(label: string, onClick: () => void, primary = false): HTMLButtonElement {
  const node = element('button', { className: primary ? 'primary' : undefined, text: label });
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}

function noteLink(noteId: string, noteTitle: string): HTMLAnchorElement {
  const link = element('a', { className: 'note-link', text: `Open note: ${noteTitle}` });
  link.href = '#';
  link.addEventListener('click', (event) => {
    event.preventDefault();
    vscode.postMessage({ type: 'openNote', noteId });
  });
  return link;
}

function progress(index: number, total: number): HTMLElement {
  const bar = element('div', { className: 'progress' });
  bar.setAttribute('role', 'progressbar');
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', String(total));
  bar.setAttribute('aria-valuenow', String(index));
  bar.setAttribute('aria-label', `Question ${index + 1} of ${total}`);
  const fill = element('div', { className: 'progress-fill' });
  fill.style.width = `${Math.round((index / Math.max(1, total)) * 100)}%`;
  bar.append(fill);
  return bar;
}

function renderQuestion(message: Extract<ToQuizPanel, { type: 'question' }>): void {
  const { question } = message;
  const header = element('header', { className: 'quiz-header' });
  header.append(
    element('p', { className: 'quiz-title', text: `${message.title}${message.cram ? ' · cram (schedule unchanged)' : ''}` }),
    element('p', { className: 'counter', text: `Question ${message.index + 1} of ${message.total}` }),
    progress(message.index, message.total),
  );
  const main = element('main', { className: 'question' });
  main.id = 'question';
  main.append(element('p', { className: 'note-title', text: question.noteTitle }));
  if (question.kind === 'choice') {
    main.append(html('h1', 'prompt', question.questionHtml));
    const list = element('ol', { className: 'choices' });
    question.choicesHtml.forEach((choiceHtml, index) => {
      const button = element('button', { className: 'choice' });
      button.type = 'button';
      button.dataset.index = String(index);
      button.append(element('span', { className: 'key', text: String(index + 1) }), html('span', 'choice-text', choiceHtml));
      button.addEventListener('click', () => answerChoice(index));
      const item = element('li');
      item.append(button);
      list.append(item);
    });
    main.append(list, element('p', { className: 'hint muted', text: 'Press 1-4 to answer.' }));
    mode = { kind: 'choice', cardId: question.cardId, shownAt: performance.now(), answered: false };
  } else {
    main.append(html('h1', 'prompt', question.promptHtml));
    main.append(element('p', { className: 'muted', text: 'Answer it aloud or in your head, then reveal the key points.' }));
    const reveal = actionButton('Reveal answer (Space)', revealRecall, true);
    reveal.classList.add('reveal');
    main.append(reveal);
    mode = { kind: 'recall', cardId: question.cardId, revealed: false };
  }
  root.replaceChildren(header, main);
  main.querySelector('button')?.focus();
}

function answerChoice(index: number): void {
  if (mode.kind !== 'choice' || mode.answered) return;
  const buttons = root.querySelectorAll<HTMLButtonElement>('button.choice');
  if (index >= buttons.length) return;
  mode.answered = true;
  vscode.postMessage({ type: 'answerChoice', cardId: mode.cardId, choice: index, elapsedMs: Math.round(performance.now() - mode.shownAt) });
}

function showChoiceResult(message: Extract<ToQuizPanel, { type: 'choiceResult' }>): void {
  const buttons = root.querySelectorAll<HTMLButtonElement>('button.choice');
  buttons.forEach((button, index) => {
    button.disabled = true;
    if (index === message.correctIndex) button.classList.add('right');
    if (index === message.chosen && index !== message.correctIndex) button.classList.add('wrong');
  });
  const right = message.chosen === message.correctIndex;
  const feedback = element('section', { className: `feedback ${right ? 'right' : 'wrong'}` });
  feedback.setAttribute('role', 'status');
  feedback.append(element('h2', { text: right ? 'Right' : 'Not quite' }), html('div', 'explanation', message.explanationHtml), noteLink(message.noteId, message.noteTitle));
  const next = actionButton('Continue (Enter)', () => vscode.postMessage({ type: 'next' }), true);
  feedback.append(element('p', { className: 'actions' }));
  feedback.lastElementChild!.append(next);
  root.querySelector('.hint')?.remove();
  root.querySelector('main')!.append(feedback);
  next.focus();
}

function revealRecall(): void {
  if (mode.kind !== 'recall' || mode.revealed) return;
  mode.revealed = true;
  vscode.postMessage({ type: 'revealRecall', cardId: mode.cardId });
}

function showRecallAnswer(message: Extract<ToQuizPanel, { type: 'recallAnswer' }>): void {
  root.querySelector('.reveal')?.remove();
  const section = element('section', { className: 'feedback' });
  section.append(element('h2', { text: 'Key points' }), html('div', 'explanation', message.answerHtml), noteLink(message.noteId, message.noteTitle));
  section.append(element('p', { className: 'muted', text: 'How well did you remember it? Press 1-4.' }));
  const grades = element('div', { className: 'grades' });
  GRADES.forEach((label, index) => grades.append(actionButton(`${index + 1} ${label}`, () => gradeRecall((index + 1) as 1 | 2 | 3 | 4), index === 2)));
  section.append(grades);
  root.querySelector('main')!.append(section);
  (grades.children[2] as HTMLButtonElement).focus();
}

function gradeRecall(grade: 1 | 2 | 3 | 4): void {
  if (mode.kind !== 'recall' || !mode.revealed) return;
  const cardId = mode.cardId;
  mode = { kind: 'idle' };
  vscode.postMessage({ type: 'gradeRecall', cardId, grade });
}

function renderSummary(message: Extract<ToQuizPanel, { type: 'summary' }>): void {
  mode = { kind: 'summary' };
  const main = element('main', { className: 'summary' });
  main.id = 'summary';
  main.append(element('h1', { text: `${message.correct} of ${message.total} right` }));
  main.append(element('p', { className: 'muted', text: message.cram ? 'Cram session: your schedule was not changed.' : 'Your progress is saved. Cards you missed come back soon; the ones you knew, later.' }));
  const missed = message.items.filter((item) => !item.correct);
  if (missed.length > 0) {
    main.append(element('h2', { text: 'To review' }));
    main.append(itemList(missed));
  }
  const known = message.items.filter((item) => item.correct);
  if (known.length > 0) {
    main.append(element('h2', { text: 'You knew' }));
    main.append(itemList(known));
  }
  const actions = element('p', { className: 'actions' });
  actions.append(actionButton('Quiz again', () => vscode.postMessage({ type: 'again' }), true));
  main.append(actions);
  root.replaceChildren(main);
  actions.querySelector('button')?.focus();
}

function itemList(items: readonly SummaryItem[]): HTMLElement {
  const list = element('ul', { className: 'summary-items' });
  for (const item of items) {
    const entry = element('li');
    entry.append(element('span', { className: 'summary-question', text: item.question }), document.createTextNode(' — '), noteLink(item.noteId, item.noteTitle));
    if (item.nextDue) entry.append(element('span', { className: 'due muted', text: ` · next ${formatDue(item.nextDue)}` }));
    list.append(entry);
  }
  return list;
}

function formatDue(iso: string): string {
  const minutes = Math.round((Date.parse(iso) - Date.now()) / 60000);
  if (minutes < 60) return minutes <= 1 ? 'in a minute' : `in ${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  if (hours < 36) return `in ${hours} hours`;
  return `in ${Math.round(hours / 24)} days (${new Date(iso).toLocaleDateString()})`;
}

function renderEmpty(message: string): void {
  mode = { kind: 'idle' };
  const main = element('main', { className: 'summary' });
  main.id = 'summary';
  main.setAttribute('role', 'status');
  main.append(element('h1', { text: 'Nothing to quiz' }), element('p', { text: message }));
  root.replaceChildren(main);
}

window.addEventListener('message', (event: MessageEvent<ToQuizPanel>) => {
  const message = event.data;
  switch (message.type) {
    case 'session': return vscode.setState(message.state);
    case 'question': return renderQuestion(message);
    case 'choiceResult': return showChoiceResult(message);
    case 'recallAnswer': return showRecallAnswer(message);
    case 'recallGraded': return;
    case 'summary': return renderSummary(message);
    case 'empty': return renderEmpty(message.message);
  }
});

document.addEventListener('keydown', (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const digit = /^[1-4]$/.test(event.key) ? Number(event.key) : undefined;
  if (mode.kind === 'choice' && !mode.answered && digit) {
    event.preventDefault();
    answerChoice(digit - 1);
  } else if (mode.kind === 'recall' && !mode.revealed && event.key === ' ') {
    event.preventDefault();
    revealRecall();
  } else if (mode.kind === 'recall' && mode.revealed && digit) {
    event.preventDefault();
    gradeRecall(digit as 1 | 2 | 3 | 4);
  } else if (mode.kind === 'choice' && mode.answered && event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
    event.preventDefault();
    vscode.postMessage({ type: 'next' });
  }
});


vscode.postMessage({ type: 'ready' });
