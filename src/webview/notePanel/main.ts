// Browser side of the Note panel. It renders what the extension sends and reports clicks;
// it never decides what to open. Nothing is posted before 'ready'.
import type { FromNotePanel, NavigationState, NotePanelState, NoteView, ToNotePanel } from '../notePanelProtocol';
import { acquireHost, element } from '../webviewDom';

const vscode = acquireHost<FromNotePanel, NotePanelState>();
const root = document.getElementById('root')!;

function button(label: string, title: string, onClick: () => void, disabled = false): HTMLButtonElement {
  const node = element('button', { className: 'toolbar-button', text: label });
  node.type = 'button';
  node.title = title;
  node.setAttribute('aria-label', title);
  node.disabled = disabled;
  node.addEventListener('click', onClick);
  return node;
}

function toolbar(navigation: NavigationState, noteId?: string, hasQuiz = false): HTMLElement {
  const bar = element('nav', { className: 'toolbar' });
  bar.setAttribute('aria-label', 'Note navigation');
  bar.append(
    button('←', 'Back (Alt+Left)', () => vscode.postMessage({ type: 'navigate', direction: 'back' }), !navigation.canGoBack),
    button('→', 'Forward (Alt+Right)', () => vscode.postMessage({ type: 'navigate', direction: 'forward' }), !navigation.canGoForward),
  );
  if (noteId) {
    const spacer = element('span', { className: 'toolbar-spacer' });
    bar.append(spacer);
    bar.append(button('Reveal in Topics', 'Select this note in the Topics view', () => vscode.postMessage({ type: 'revealInTopics', noteId })));
    bar.append(button('Copy link', 'Copy a vscode:// link that opens this note', () => vscode.postMessage({ type: 'copyLink', noteId })));
    if (hasQuiz) bar.append(button('Quiz me', 'Quiz yourself on this note', () => vscode.postMessage({ type: 'quizNote', noteId })));
  }
  return bar;
}

function renderNote(note: NoteView, navigation: NavigationState): void {
  const header = element('header', {},
    element('p', { className: 'breadcrumb', text: `${note.areaLabel} › ${note.topicLabel}` }),
    element('h1', { text: note.title }),
  );
  const body = element('div', { className: 'note-body' });
  // The HTML was rendered from the bundled Markdown at build time, with raw HTML disabled.
  body.innerHTML = note.html;

  const main = element('main', { className: 'note' }, header, body);
  main.id = 'note';
  main.dataset.noteId = note.id;
  if (note.versions.length > 0) {
    const list = element('ul', { className: 'versions' });
    for (const version of note.versions) list.append(element('li', { text: `${version.name}: ${version.value}` }));
    main.append(element('section', { className: 'meta' }, element('h2', { text: 'Versions' }), list));
  }
  if (note.related.length > 0) {
    const list = element('ul', { className: 'related' });
    for (const related of note.related) {
      const link = element('a', { text: related.title });
      link.href = '#';
      link.dataset.note = related.id;
      list.append(element('li', {}, link));
    }
    main.append(element('section', { className: 'meta' }, element('h2', { text: 'Related notes' }), list));
  }
  if (note.docs.length > 0) {
    const list = element('ul', { className: 'docs' });
    for (const doc of note.docs) {
      const link = element('a', { text: doc.title });
      link.href = doc.url;
      link.dataset.external = 'true';
      list.append(element('li', {}, link));
    }
    main.append(element('section', { className: 'meta' }, element('h2', { text: 'Official documentation' }), list));
  }
  root.replaceChildren(toolbar(navigation, note.id, note.hasQuiz), main);
  window.scrollTo(0, 0);
  vscode.setState({ noteId: note.id });
}

function renderMessage(title: string, detail: string, navigation?: NavigationState): void {
  const main = element('main', { className: 'note message' }, element('h1', { text: title }), element('p', { text: detail }));
  main.id = 'note';
  main.setAttribute('role', 'alert');
  root.replaceChildren(...(navigation ? [toolbar(navigation)] : []), main);
}

window.addEventListener('message', (event: MessageEvent<ToNotePanel>) => {
  const message = event.data;
  switch (message.type) {
    case 'showNote':
      renderNote(message.note, message);
      break;
    case 'showMissing':
      renderMessage('Note not found', `The note "${message.noteId}" is not in this version of PyWeb Notes. It may have been renamed or removed; use Search Notes to find its subject.`, message);
      break;
    case 'showError':
      renderMessage('PyWeb Notes could not show this note', message.message);
      break;
  }
});

// One delegated handler: links in the body, related notes and docs.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest('a');
  if (!link) return;
  event.preventDefault();
  if (link.dataset.note) vscode.postMessage({ type: 'openNote', noteId: link.dataset.note });
  else if (link.dataset.external) vscode.postMessage({ type: 'openExternal', url: link.href });
});

document.addEventListener('keydown', (event) => {
  if (!event.altKey) return;
  if (event.key === 'ArrowLeft') vscode.postMessage({ type: 'navigate', direction: 'back' });
  if (event.key === 'ArrowRight') vscode.postMessage({ type: 'navigate', direction: 'forward' });
});

vscode.postMessage({ type: 'ready' });
