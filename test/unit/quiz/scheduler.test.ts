import { strict as assert } from 'node:assert';
import { FAST_ANSWER_MS, gradeChoice, Scheduler } from '../../../src/core/quiz/scheduler';

const DAY = 86_400_000;
const start = new Date('2026-03-01T09:00:00Z');

describe('Scheduler (FSRS via ts-fsrs)', () => {
  it('grades multiple choice: wrong is Again, right is Good, fast and right is Easy', () => {
    assert.equal(gradeChoice(false, 1000), 1);
    assert.equal(gradeChoice(true, FAST_ANSWER_MS + 1), 3);
    assert.equal(gradeChoice(true, FAST_ANSWER_MS - 1), 4);
  });

  it('schedules a new card answered Good for later than one answered Again', () => {
    const scheduler = new Scheduler(0.9);
    const good = scheduler.review(undefined, 3, start);
    const again = scheduler.review(undefined, 1, start);
    assert.ok(Date.parse(good.due) > Date.parse(again.due));
    assert.equal(good.reps, 1);
    assert.equal(good.last_review, start.toISOString());
  });

  it('grows the interval with each successful review and shrinks it after a lapse', () => {
    const scheduler = new Scheduler(0.9);
    let card = scheduler.review(undefined, 3, start);
    let now = new Date(Date.parse(card.due));
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      card = scheduler.review(card, 3, now);
      intervals.push(Date.parse(card.due) - now.getTime());
      now = new Date(Date.parse(card.due));
    }
    for (let i = 1; i < intervals.length; i++) assert.ok(intervals[i]! > intervals[i - 1]!, `intervals grow: ${intervals.map((ms) => (ms / DAY).toFixed(1))}`);
    const lapsed = scheduler.review(card, 1, now);
    assert.equal(lapsed.lapses, 1);
    assert.ok(Date.parse(lapsed.due) - now.getTime() < intervals[intervals.length - 1]!);
  });

  it('reviews more often when a higher retention is requested', () => {
    const relaxed = new Scheduler(0.8);
    const strict = new Scheduler(0.97);
    let a = relaxed.review(undefined, 3, start);
    let b = strict.review(undefined, 3, start);
    const later = new Date(start.getTime() + 3 * DAY);
    a = relaxed.review(a, 3, later);
    b = strict.review(b, 3, later);
    assert.ok(Date.parse(b.due) < Date.parse(a.due));
  });
});
