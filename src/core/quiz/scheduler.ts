// FSRS scheduling through ts-fsrs: the only place that knows its card format.
import { createEmptyCard, fsrs, Rating, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { StoredCard } from './progressRecord';

/** Again, Hard, Good, Easy: the four grades of FSRS and Anki. */
export type QuizGrade = 1 | 2 | 3 | 4;

const ratings: Record<QuizGrade, Grade> = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy };

/** A right answer faster than this counts as Easy; slower, Good. */
export const FAST_ANSWER_MS = 8000;

/** How a multiple-choice answer grades: wrong is Again; right is Good, or Easy when fast. */
export function gradeChoice(correct: boolean, elapsedMs: number): QuizGrade {
  if (!correct) return 1;
  return elapsedMs < FAST_ANSWER_MS ? 4 : 3;
}

export class Scheduler {
  private readonly fsrs: FSRS;

  constructor(desiredRetention = 0.9) {
    const retention = Number.isFinite(desiredRetention) ? Math.min(0.99, Math.max(0.7, desiredRetention)) : 0.9;
    this.fsrs = fsrs({ request_retention: retention, enable_fuzz: true });
  }

  /** The card after answering with `grade` at `now`; a card never seen starts empty. */
  review(card: StoredCard | undefined, grade: QuizGrade, now: Date): StoredCard {
    const current = card ? toFsrsCard(card) : createEmptyCard(now);
    return toStoredCard(this.fsrs.next(current, now, ratings[grade]).card);
  }
}

function toFsrsCard(card: StoredCard): Card {
  return {
    ...card,
    due: new Date(card.due),
    last_review: card.last_review ? new Date(card.last_review) : undefined,
  };
}

function toStoredCard(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
  };
}
