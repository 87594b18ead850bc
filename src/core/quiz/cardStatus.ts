// What the tree and status bar show: how well each card, note and topic is known.
import type { ProgressRecord, StoredCard } from './progressRecord';
import type { QuizCard } from './quizCards';

export type LearningStatus = 'new' | 'learning' | 'known';

/** FSRS "Review" state. */
const REVIEW_STATE = 2;
/** A card in review whose memory lasts at least this many days counts as known. */
export const KNOWN_STABILITY_DAYS = 7;

export function cardStatus(card: StoredCard | undefined): LearningStatus {
  if (!card || card.reps === 0) return 'new';
  return card.state === REVIEW_STATE && card.stability >= KNOWN_STABILITY_DAYS ? 'known' : 'learning';
}

export function noteStatus(cards: readonly QuizCard[], progress: ProgressRecord): LearningStatus {
  const statuses = cards.map((card) => cardStatus(progress.cards[card.cardId]));
  if (statuses.every((s) => s === 'new')) return 'new';
  return statuses.every((s) => s === 'known') ? 'known' : 'learning';
}

/** The status of every note, computed once per progress change for the tree. */
export function noteStatuses(notes: readonly { id: string; cards: readonly QuizCard[] }[], progress: ProgressRecord): Map<string, LearningStatus> {
  return new Map(notes.map((note) => [note.id, noteStatus(note.cards, progress)]));
}
