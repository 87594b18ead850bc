// Chooses the cards of a quiz session, as Anki does: what is due first (most overdue
// first), then new cards, then (outside "due now") what is not due yet.
import type { ProgressRecord, StoredCard } from './progressRecord';
import type { QuizCard } from './quizCards';

export type QuizScope =
  | { readonly kind: 'due' }
  | { readonly kind: 'all' }
  | { readonly kind: 'area'; readonly areaId: string }
  | { readonly kind: 'topic'; readonly topicId: string }
  | { readonly kind: 'notes'; readonly noteIds: readonly string[] };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A scope from a command argument (another extension, a link): checked, never trusted. */
export function parseQuizScope(value: unknown): QuizScope | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const scope = value as Record<string, unknown>;
  switch (scope.kind) {
    case 'due':
    case 'all':
      return { kind: scope.kind };
    case 'area':
      return typeof scope.areaId === 'string' && ID.test(scope.areaId) ? { kind: 'area', areaId: scope.areaId } : undefined;
    case 'topic':
      return typeof scope.topicId === 'string' && ID.test(scope.topicId) ? { kind: 'topic', topicId: scope.topicId } : undefined;
    case 'notes':
      return Array.isArray(scope.noteIds) && scope.noteIds.length > 0 && scope.noteIds.every((id) => typeof id === 'string' && ID.test(id))
        ? { kind: 'notes', noteIds: scope.noteIds as string[] }
        : undefined;
    default:
      return undefined;
  }
}

export interface SelectionOptions {
  readonly now: Date;
  readonly limit: number;
  /** With an interview date, everything must come round before it. */
  readonly interviewDate?: Date;
  /** Maps a note to its area and topic, for those scopes. */
  readonly placeOf: (noteId: string) => { areaId: string; topicId: string } | undefined;
}

const DAY_MS = 86_400_000;

export function inScope(card: QuizCard, scope: QuizScope, placeOf: SelectionOptions['placeOf']): boolean {
  switch (scope.kind) {
    case 'due':
    case 'all':
      return true;
    case 'area':
      return placeOf(card.noteId)?.areaId === scope.areaId;
    case 'topic':
      return placeOf(card.noteId)?.topicId === scope.topicId;
    case 'notes':
      return scope.noteIds.includes(card.noteId);
  }
}

/**
 * When a card is due for the session. Before an interview, a card scheduled after the
 * day before the interview is pulled forward to that day, so it comes round in time.
 */
export function effectiveDue(card: StoredCard, interviewDate?: Date): number {
  const due = Date.parse(card.due);
  if (!interviewDate) return due;
  return Math.min(due, interviewDate.getTime() - DAY_MS);
}

/** New cards to introduce today: all of them spread evenly over the days left, or `limit`. */
export function newCardQuota(newCards: number, now: Date, limit: number, interviewDate?: Date): number {
  if (!interviewDate) return limit;
  const daysLeft = Math.max(1, Math.ceil((interviewDate.getTime() - now.getTime()) / DAY_MS));
  return Math.ceil(newCards / daysLeft);
}

export function selectCards(cards: readonly QuizCard[], progress: ProgressRecord, scope: QuizScope, options: SelectionOptions): QuizCard[] {
  const { now, limit, interviewDate } = options;
  const pool = cards.filter((card) => inScope(card, scope, options.placeOf));
  const due: { card: QuizCard; at: number }[] = [];
  const later: { card: QuizCard; at: number }[] = [];
  const fresh: QuizCard[] = [];
  for (const card of pool) {
    const stored = progress.cards[card.cardId];
    if (!stored || stored.reps === 0) {
      fresh.push(card);
      continue;
    }
    const at = effectiveDue(stored, interviewDate);
    (at <= now.getTime() ? due : later).push({ card, at });
  }
  due.sort((a, b) => a.at - b.at);
  later.sort((a, b) => a.at - b.at);

  const session = due.map((entry) => entry.card);
  const newAllowed = scope.kind === 'due' ? newCardQuota(fresh.length, now, limit, interviewDate) : fresh.length;
  session.push(...fresh.slice(0, newAllowed));
  if (scope.kind !== 'due') session.push(...later.map((entry) => entry.card));
  return session.slice(0, Math.max(0, limit));
}

/** How many cards are due now: reviews whose time has come, plus today's new cards before an interview. */
export function countDue(cards: readonly QuizCard[], progress: ProgressRecord, now: Date, interviewDate?: Date): number {
  let due = 0;
  let fresh = 0;
  for (const card of cards) {
    const stored = progress.cards[card.cardId];
    if (!stored || stored.reps === 0) fresh++;
    else if (effectiveDue(stored, interviewDate) <= now.getTime()) due++;
  }
  return due + (interviewDate ? newCardQuota(fresh, now, fresh, interviewDate) : 0);
}

/** Choice order for one presentation, so position never gives the answer away. */
export function shuffledOrder(length: number, random: () => number): number[] {
  const order = Array.from({ length }, (_, index) => index);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
