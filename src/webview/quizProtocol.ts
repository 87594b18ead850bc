// Messages between the extension and the Quiz panel's webview, typed both ways and
// validated on arrival in the extension.

export type QuestionView =
  | { readonly kind: 'choice'; readonly cardId: string; readonly noteTitle: string; readonly questionHtml: string; readonly choicesHtml: readonly string[] }
  | { readonly kind: 'recall'; readonly cardId: string; readonly noteTitle: string; readonly promptHtml: string };

export interface SummaryItem {
  readonly noteId: string;
  readonly noteTitle: string;
  readonly question: string;
  readonly correct: boolean;
  /** ISO date, absent when cramming. */
  readonly nextDue?: string;
}

/** What the Quiz panel keeps across a window reload, to start the same quiz again. */
export interface QuizPanelState {
  readonly scope: unknown;
  readonly title: string;
  readonly cram: boolean;
}

export type ToQuizPanel =
  | { readonly type: 'session'; readonly state: QuizPanelState }
  | { readonly type: 'question'; readonly index: number; readonly total: number; readonly cram: boolean; readonly title: string; readonly question: QuestionView }
  | { readonly type: 'choiceResult'; readonly cardId: string; readonly chosen: number; readonly correctIndex: number; readonly explanationHtml: string; readonly noteId: string; readonly noteTitle: string }
  | { readonly type: 'recallAnswer'; readonly cardId: string; readonly answerHtml: string; readonly noteId: string; readonly noteTitle: string }
  | { readonly type: 'recallGraded'; readonly cardId: string; readonly grade: number }
  | { readonly type: 'summary'; readonly title: string; readonly total: number; readonly correct: number; readonly cram: boolean; readonly items: readonly SummaryItem[] }
  | { readonly type: 'empty'; readonly message: string };

export type FromQuizPanel =
  | { readonly type: 'ready' }
  | { readonly type: 'answerChoice'; readonly cardId: string; readonly choice: number; readonly elapsedMs: number }
  | { readonly type: 'revealRecall'; readonly cardId: string }
  | { readonly type: 'gradeRecall'; readonly cardId: string; readonly grade: 1 | 2 | 3 | 4 }
  | { readonly type: 'next' }
  | { readonly type: 'openNote'; readonly noteId: string }
  | { readonly type: 'again' };

const CARD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9-]+$/;
const NOTE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCardId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && CARD_ID.test(value);
}

function isSmallInt(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

export function parseFromQuizPanel(message: unknown): FromQuizPanel | undefined {
  if (!isRecord(message)) return undefined;
  switch (message.type) {
    case 'ready':
    case 'next':
    case 'again':
      return { type: message.type };
    case 'answerChoice':
      return isCardId(message.cardId) && isSmallInt(message.choice, 0, 9) && typeof message.elapsedMs === 'number' && message.elapsedMs >= 0 && Number.isFinite(message.elapsedMs)
        ? { type: 'answerChoice', cardId: message.cardId, choice: message.choice, elapsedMs: message.elapsedMs }
        : undefined;
    case 'revealRecall':
      return isCardId(message.cardId) ? { type: 'revealRecall', cardId: message.cardId } : undefined;
    case 'gradeRecall':
      return isCardId(message.cardId) && isSmallInt(message.grade, 1, 4)
        ? { type: 'gradeRecall', cardId: message.cardId, grade: message.grade as 1 | 2 | 3 | 4 }
        : undefined;
    case 'openNote':
      return typeof message.noteId === 'string' && NOTE_ID.test(message.noteId) ? { type: 'openNote', noteId: message.noteId } : undefined;
    default:
      return undefined;
  }
}
