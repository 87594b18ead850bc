// The Quiz panel: runs one session at a time in one reusable webview. Every answer is
// graded here (never trusted from the webview), scheduled with FSRS unless cramming, and
// saved before the next question is shown.
import * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalog';
import { selectCards, shuffledOrder, type QuizScope } from '../../core/quiz/cardSelection';
import { allCards, cardQuestion, type QuizCard } from '../../core/quiz/quizCards';
import { QuizSession } from '../../core/quiz/quizSession';
import { gradeChoice, Scheduler, type QuizGrade } from '../../core/quiz/scheduler';
import { parseFromQuizPanel, type FromQuizPanel, type QuestionView, type ToQuizPanel } from '../../webview/quizProtocol';
import type { CatalogStore } from '../catalogStore';
import { shippedResourceRoots, webviewHtml } from '../webviewHtml';
import type { ProgressStore } from './progressStore';
import { readQuizSettings } from './quizSettings';

export const QUIZ_PANEL_VIEW_TYPE = 'pywebNotes.quiz';

export interface QuizRequest {
  readonly scope: QuizScope;
  readonly title: string;
  readonly cram?: boolean;
}

interface RunningSession {
  readonly request: QuizRequest;
  readonly session: QuizSession;
  readonly catalog: Catalog;
  readonly scheduler: Scheduler;
  /** For the current choice card: presented position -> index in the item's choices. */
  order: number[];
}

export class QuizPanelController implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private webviewReady = false;
  private pending: ToQuizPanel[] = [];
  private running: RunningSession | undefined;
  /** The last message sent to the webview, for tests and for a webview that reloads. */
  lastMessage: ToQuizPanel | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly catalogStore: CatalogStore,
    private readonly progress: ProgressStore,
  ) {}

  dispose(): void {
    this.panel?.dispose();
  }

  /** Adopts the panel VS Code restored after a reload and starts its quiz afresh. */
  async restore(panel: vscode.WebviewPanel, request: QuizRequest | undefined): Promise<void> {
    this.panel?.dispose();
    this.attach(panel, request?.title ?? 'PyWeb Notes quiz');
    if (request) await this.start(request);
    else this.post({ type: 'empty', message: 'This quiz ended when the window reloaded; your answers were saved. Start another from the command palette: PyWeb Notes: Start Quiz.' });
  }

  async start(request: QuizRequest): Promise<void> {
    const catalog = await this.catalogStore.get();
    const settings = readQuizSettings();
    const cards = selectCards(allCards(catalog), this.progress.get(), request.scope, {
      now: new Date(),
      limit: request.scope.kind === 'notes' && request.scope.noteIds.length === 1 ? Number.MAX_SAFE_INTEGER : settings.sessionLength,
      ...(settings.interviewDate ? { interviewDate: settings.interviewDate } : {}),
      placeOf: (noteId) => {
        const note = catalog.note(noteId);
        return note ? { areaId: note.areaId, topicId: note.topicId } : undefined;
      },
    });
    this.ensurePanel(request.title);
    this.post({ type: 'session', state: { scope: request.scope, title: request.title, cram: request.cram ?? false } });
    this.running = { request, session: new QuizSession(cards, request.cram ?? false), catalog, scheduler: new Scheduler(settings.desiredRetention), order: [] };
    if (cards.length === 0) {
      this.post({ type: 'empty', message: request.scope.kind === 'due' ? 'Nothing is due right now. Come back later, or start "Everything" or a topic to practise ahead.' : 'These notes have no quiz cards yet.' });
      return;
    }
    this.postQuestion();
  }

  /** The same entry the webview uses; validated like any message from it. */
  async receive(raw: unknown): Promise<void> {
    const message = parseFromQuizPanel(raw);
    if (message) await this.handle(message);
  }

  private ensurePanel(title: string): void {
    if (this.panel) {
      this.panel.title = title;
      this.panel.reveal(undefined, false);
      return;
    }
    this.attach(vscode.window.createWebviewPanel(QUIZ_PANEL_VIEW_TYPE, title, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: shippedResourceRoots(this.extensionUri),
    }), title);
  }

  private attach(panel: vscode.WebviewPanel, title: string): void {
    panel.title = title;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'note.svg');
    panel.webview.options = { enableScripts: true, localResourceRoots: shippedResourceRoots(this.extensionUri) };
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, {
      title,
      styles: [['media', 'webview.css'], ['media', 'quizPanel.css']],
      script: ['dist', 'webview', 'quiz.js'],
    });
    this.panel = panel;
    this.webviewReady = false;
    this.pending = [];
    const subscriptions = [
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      panel.onDidDispose(() => {
        if (this.panel === panel) {
          this.panel = undefined;
          this.running = undefined;
          this.pending = [];
        }
        for (const subscription of subscriptions) subscription.dispose();
      }),
    ];
  }

  private async handle(message: FromQuizPanel): Promise<void> {
    const running = this.running;
    switch (message.type) {
      case 'ready':
        this.webviewReady = true;
        for (const queued of this.pending.splice(0)) void this.panel?.webview.postMessage(queued);
        return;
      case 'openNote':
        await vscode.commands.executeCommand('pywebNotes.openNote', message.noteId);
        return;
      case 'again':
        if (running) await this.start(running.request);
        return;
      case 'answerChoice': {
        const card = running?.session.current;
        if (!running || card?.kind !== 'choice' || card.cardId !== message.cardId || running.session.answeredCurrent) return;
        const chosenIndex = running.order[message.choice];
        if (chosenIndex === undefined) return;
        const correct = chosenIndex === card.item.answerIndex;
        await this.record(running, card, gradeChoice(correct, message.elapsedMs), correct);
        this.post({
          type: 'choiceResult',
          cardId: card.cardId,
          chosen: message.choice,
          correctIndex: running.order.indexOf(card.item.answerIndex),
          explanationHtml: card.item.explanationHtml,
          noteId: card.noteId,
          noteTitle: running.catalog.note(card.noteId)?.title ?? card.noteId,
        });
        return;
      }
      case 'next':
        if (running?.session.advance()) this.postQuestion();
        return;
      case 'revealRecall': {
        const card = running?.session.current;
        if (!running || card?.kind !== 'recall' || card.cardId !== message.cardId) return;
        this.post({ type: 'recallAnswer', cardId: card.cardId, answerHtml: card.answerHtml, noteId: card.noteId, noteTitle: running.catalog.note(card.noteId)?.title ?? card.noteId });
        return;
      }
      case 'gradeRecall': {
        const card = running?.session.current;
        if (!running || card?.kind !== 'recall' || card.cardId !== message.cardId || running.session.answeredCurrent) return;
        await this.record(running, card, message.grade, message.grade >= 3);
        running.session.advance();
        this.postQuestion();
        return;
      }
    }
  }

  /** Schedules the card (unless cramming), saves progress, then records the answer. */
  private async record(running: RunningSession, card: QuizCard, grade: QuizGrade, correct: boolean): Promise<void> {
    let nextDue: string | undefined;
    if (!running.session.cram) {
      const next = running.scheduler.review(this.progress.get().cards[card.cardId], grade, new Date());
      await this.progress.setCard(card.cardId, next);
      nextDue = next.due;
    }
    running.session.answer(card.cardId, grade, correct, nextDue);
  }

  private postQuestion(): void {
    const running = this.running;
    if (!running) return;
    const card = running.session.current;
    if (!card) {
      const summary = running.session.summary();
      this.post({
        type: 'summary',
        title: running.request.title,
        total: summary.total,
        correct: summary.correct,
        cram: running.session.cram,
        items: summary.answers.map((answer) => ({
          noteId: answer.card.noteId,
          noteTitle: running.catalog.note(answer.card.noteId)?.title ?? answer.card.noteId,
          question: cardQuestion(answer.card),
          correct: answer.correct,
          ...(answer.nextDue ? { nextDue: answer.nextDue } : {}),
        })),
      });
      return;
    }
    const noteTitle = running.catalog.note(card.noteId)?.title ?? card.noteId;
    let question: QuestionView;
    if (card.kind === 'choice') {
      running.order = shuffledOrder(card.item.choices.length, Math.random);
      question = { kind: 'choice', cardId: card.cardId, noteTitle, questionHtml: card.item.questionHtml, choicesHtml: running.order.map((index) => card.item.choicesHtml[index]!) };
    } else {
      running.order = [];
      question = { kind: 'recall', cardId: card.cardId, noteTitle, promptHtml: card.promptHtml };
    }
    this.post({ type: 'question', index: running.session.index, total: running.session.cards.length, cram: running.session.cram, title: running.request.title, question });
  }

  private post(message: ToQuizPanel): void {
    this.lastMessage = message;
    if (this.webviewReady) void this.panel?.webview.postMessage(message);
    else this.pending.push(message);
  }
}
