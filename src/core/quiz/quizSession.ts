// One run through a list of cards: where the user is, what they answered, and the
// summary at the end. Scheduling is applied by the caller (and skipped in cram mode).
import type { QuizGrade } from './scheduler';
import type { QuizCard } from './quizCards';

export interface SessionAnswer {
  readonly card: QuizCard;
  readonly grade: QuizGrade;
  /** Multiple choice: whether the chosen answer was right. Recall: a grade of Good or Easy. */
  readonly correct: boolean;
  /** When the card is due next (ISO), unless cramming. */
  readonly nextDue?: string;
}

export interface SessionSummary {
  readonly total: number;
  readonly correct: number;
  readonly missed: readonly QuizCard[];
  readonly answers: readonly SessionAnswer[];
}

export class QuizSession {
  private position = 0;
  private readonly answers: SessionAnswer[] = [];

  constructor(readonly cards: readonly QuizCard[], readonly cram: boolean) {}

  get index(): number {
    return this.position;
  }

  get current(): QuizCard | undefined {
    return this.cards[this.position];
  }

  get finished(): boolean {
    return this.position >= this.cards.length;
  }

  /** Records the answer to the current card; a second answer to the same card is ignored. */
  answer(cardId: string, grade: QuizGrade, correct: boolean, nextDue?: string): boolean {
    const card = this.current;
    if (!card || card.cardId !== cardId || this.answers.length > this.position) return false;
    this.answers.push({ card, grade, correct, ...(nextDue ? { nextDue } : {}) });
    return true;
  }

  get answeredCurrent(): boolean {
    return this.answers.length > this.position;
  }

  /** Moves on once the current card is answered. */
  advance(): boolean {
    if (!this.answeredCurrent) return false;
    this.position++;
    return true;
  }

  summary(): SessionSummary {
    return {
      total: this.answers.length,
      correct: this.answers.filter((a) => a.correct).length,
      missed: this.answers.filter((a) => !a.correct).map((a) => a.card),
      answers: [...this.answers],
    };
  }
}
