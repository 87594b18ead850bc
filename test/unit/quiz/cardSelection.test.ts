import { strict as assert } from 'node:assert';
import type { ChoiceQuizItem } from '../../../src/core/catalog/catalogTypes';
import { countDue, newCardQuota, parseQuizScope, selectCards, shuffledOrder, type SelectionOptions } from '../../../src/core/quiz/cardSelection';
import { cardStatus, noteStatus } from '../../../src/core/quiz/cardStatus';
import { cardQuestion, cardsOfNote, type QuizCard } from '../../../src/core/quiz/quizCards';
import { emptyProgress, type ProgressRecord, type StoredCard } from '../../../src/core/quiz/progressRecord';
import { fixtureCatalog } from '../catalog/catalogFixture';

const DAY = 86_400_000;
const now = new Date('2026-06-10T12:00:00Z');

function choice(noteId: string, n: number): QuizCard {
  const item: ChoiceQuizItem = { type: 'choice', cardId: `${noteId}/${n}`, question: 'q', questionHtml: 'q', choices: ['a', 'b', 'c'], choicesHtml: ['a', 'b', 'c'], answerIndex: 0, explanationHtml: '' };
  return { kind: 'choice', cardId: item.cardId, noteId, item };
}

function reviewed(dueInDays: number, extra: Partial<StoredCard> = {}): StoredCard {
  return { due: new Date(now.getTime() + dueInDays * DAY).toISOString(), stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: new Date(now.getTime() - DAY).toISOString(), ...extra };
}

const places: Record<string, { areaId: string; topicId: string }> = {
  'orm-a': { areaId: 'django', topicId: 'django-orm' },
  'orm-b': { areaId: 'django', topicId: 'django-orm' },
  gil: { areaId: 'python', topicId: 'python-concurrency' },
};
const options = (extra: Partial<SelectionOptions> = {}): SelectionOptions => ({ now, limit: 10, placeOf: (id) => places[id], ...extra });
const cards = [choice('orm-a', 1), choice('orm-a', 2), choice('orm-b', 1), choice('gil', 1), choice('gil', 2)];

function progressWith(entries: Record<string, StoredCard>): ProgressRecord {
  return { ...emptyProgress(now), cards: entries };
}

describe('card selection', () => {
  it('asks due cards first, most overdue first, then new cards', () => {
    const progress = progressWith({ 'gil/1': reviewed(-1), 'orm-a/2': reviewed(-5), 'orm-b/1': reviewed(+3) });
    const ids = selectCards(cards, progress, { kind: 'due' }, options()).map((c) => c.cardId);
    assert.deepEqual(ids, ['orm-a/2', 'gil/1', 'orm-a/1', 'gil/2'], 'not-due orm-b/1 stays out of a due-now session');
  });

  it('practises everything in scope outside "due now", not-due cards last', () => {
    const progress = progressWith({ 'orm-b/1': reviewed(+3), 'orm-a/1': reviewed(-1) });
    const ids = selectCards(cards, progress, { kind: 'topic', topicId: 'django-orm' }, options()).map((c) => c.cardId);
    assert.deepEqual(ids, ['orm-a/1', 'orm-a/2', 'orm-b/1']);
  });

  it('limits a session to its length', () => {
    assert.equal(selectCards(cards, emptyProgress(now), { kind: 'all' }, options({ limit: 2 })).length, 2);
  });

  it('scopes to an area, a topic or a set of notes', () => {
    const inArea = selectCards(cards, emptyProgress(now), { kind: 'area', areaId: 'python' }, options());
    assert.deepEqual(inArea.map((c) => c.noteId), ['gil', 'gil']);
    const inNotes = selectCards(cards, emptyProgress(now), { kind: 'notes', noteIds: ['orm-b'] }, options());
    assert.deepEqual(inNotes.map((c) => c.cardId), ['orm-b/1']);
  });

  it('before an interview, pulls a card due after it forward so it comes round in time', () => {
    const progress = progressWith({ 'gil/1': reviewed(+30) });
    const interviewDate = new Date(now.getTime() + 20 * 3_600_000); // tomorrow morning: everything must come round today
    const ids = selectCards(cards, progress, { kind: 'due' }, options({ interviewDate })).map((c) => c.cardId);
    assert.ok(ids.includes('gil/1'));
    assert.ok(!selectCards(cards, progress, { kind: 'due' }, options()).map((c) => c.cardId).includes('gil/1'), 'without the date it waits');
  });

  it('spreads new cards evenly over the days left before an interview', () => {
    assert.equal(newCardQuota(100, now, 10, new Date(now.getTime() + 4 * DAY)), 25);
    assert.equal(newCardQuota(100, now, 10, new Date(now.getTime() + 0.5 * DAY)), 100, 'the last day takes all that is left');
    assert.equal(newCardQuota(100, now, 10), 10, 'without a date, the session length');
  });

  it('counts due reviews, and today’s new cards only before an interview', () => {
    const progress = progressWith({ 'gil/1': reviewed(-1), 'orm-a/2': reviewed(-2), 'orm-b/1': reviewed(+2) });
    assert.equal(countDue(cards, progress, now), 2);
    assert.equal(countDue(cards, progress, now, new Date(now.getTime() + 2 * DAY)), 2 + 1, 'two new cards over two days add one today; orm-b/1 is pulled to tomorrow, not today');
    assert.equal(countDue(cards, progress, now, new Date(now.getTime() + 20 * 3_600_000)), 3 + 2, 'the day before: every review and every new card');
  });

  it('ignores progress of cards no longer in the catalog without losing it', () => {
    const progress = progressWith({ 'deleted-note/1': reviewed(-1) });
    assert.equal(countDue(cards, progress, now), 0);
    assert.ok(progress.cards['deleted-note/1']);
  });

  it('shuffles choice order as a permutation', () => {
    let seed = 0.3;
    const random = () => (seed = (seed * 9301 + 0.49297) % 1);
    const order = shuffledOrder(4, random);
    assert.deepEqual([...order].sort(), [0, 1, 2, 3]);
  });
});

describe('learning status', () => {
  it('is new, learning or known by the FSRS state and stability', () => {
    assert.equal(cardStatus(undefined), 'new');
    assert.equal(cardStatus(reviewed(1, { state: 1, stability: 0.5 })), 'learning');
    assert.equal(cardStatus(reviewed(1, { state: 2, stability: 2 })), 'learning');
    assert.equal(cardStatus(reviewed(10, { state: 2, stability: 12 })), 'known');
  });

  it('summarises a note from its cards, including the recall card built from how it is asked', () => {
    const note = fixtureCatalog().note('first-note')!;
    const noteCards = cardsOfNote(note);
    assert.equal(noteCards.length, 3);
    assert.equal(noteCards[2]?.cardId, 'first-note/asked');
    assert.equal(noteStatus(noteCards, emptyProgress(now)), 'new');
    const known = Object.fromEntries(noteCards.map((c) => [c.cardId, reviewed(10, { stability: 20 })]));
    assert.equal(noteStatus(noteCards, progressWith(known)), 'known');
    const partly = { ...known, [noteCards[0]!.cardId]: reviewed(1, { state: 1 }) };
    assert.equal(noteStatus(noteCards, progressWith(partly)), 'learning');
  });
});

describe('parseQuizScope', () => {
  const accepted: [unknown, unknown][] = [
    [{ kind: 'due' }, { kind: 'due' }],
    [{ kind: 'all', extra: 1 }, { kind: 'all' }],
    [{ kind: 'topic', topicId: 'django-orm' }, { kind: 'topic', topicId: 'django-orm' }],
    [{ kind: 'notes', noteIds: ['q-objects'] }, { kind: 'notes', noteIds: ['q-objects'] }],
  ];
  for (const [input, expected] of accepted) it(`accepts ${JSON.stringify(input)}`, () => assert.deepEqual(parseQuizScope(input), expected));
  for (const input of [null, 'due', { kind: 'notes' }, { kind: 'notes', noteIds: [] }, { kind: 'notes', noteIds: ['../x'] }, { kind: 'area' }, { kind: 'everything' }]) {
    it(`rejects ${JSON.stringify(input)}`, () => assert.equal(parseQuizScope(input), undefined));
  }
});

describe('cardQuestion', () => {
  it('gives the plain-text question of each kind of card, for the summary', () => {
    const note = fixtureCatalog().note('first-note')!;
    assert.deepEqual(cardsOfNote(note).map(cardQuestion), ['Pick one', 'Explain it.', 'What is it?']);
  });
});
