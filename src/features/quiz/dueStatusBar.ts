// "$(mortar-board) N due" in the status bar; a click starts a due-now quiz. Counted a
// moment after activation (not inside it) and again whenever progress changes.
import * as vscode from 'vscode';
import { countDue } from '../../core/quiz/cardSelection';
import { allCards, type QuizCard } from '../../core/quiz/quizCards';
import type { CatalogStore } from '../catalogStore';
import type { ProgressStore } from './progressStore';
import { readQuizSettings } from './quizSettings';

const FIRST_COUNT_DELAY_MS = 1500;
const RECOUNT_INTERVAL_MS = 10 * 60 * 1000;

export function registerDueStatusBar(context: vscode.ExtensionContext, catalogStore: CatalogStore, progress: ProgressStore): void {
  const item = vscode.window.createStatusBarItem('pywebNotes.due', vscode.StatusBarAlignment.Right, 100);
  item.name = 'PyWeb Notes: cards due';
  item.command = { command: 'pywebNotes.startQuiz', title: 'Start a due-now quiz', arguments: [{ scope: { kind: 'due' }, title: 'Quiz: due now' }] };
  let cards: QuizCard[] | undefined;

  const update = async () => {
    try {
      cards ??= allCards(await catalogStore.get());
      const due = countDue(cards, progress.get(), new Date(), readQuizSettings().interviewDate);
      item.text = `$(mortar-board) ${due} due`;
      item.tooltip = due > 0 ? `PyWeb Notes: ${due} quiz cards are due. Click to start.` : 'PyWeb Notes: nothing is due. Click to quiz anyway.';
      item.accessibilityInformation = { label: `${due} PyWeb Notes quiz cards due` };
      item.show();
    } catch {
      item.hide(); // the catalog is missing; the tree already reports why
    }
  };
  const first = setTimeout(() => void update(), FIRST_COUNT_DELAY_MS);
  const timer = setInterval(() => void update(), RECOUNT_INTERVAL_MS);
  context.subscriptions.push(
    item,
    progress.onDidChange(() => void update()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('pywebNotes.quiz')) void update();
    }),
    { dispose: () => { clearTimeout(first); clearInterval(timer); } },
  );
}
