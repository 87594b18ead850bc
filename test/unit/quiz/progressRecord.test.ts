import { strict as assert } from 'node:assert';
import { emptyProgress, mergeProgress, PROGRESS_VERSION, readProgress, type StoredCard } from '../../../src/core/quiz/progressRecord';

const now = new Date('2026-05-01T10:00:00Z');
const card = (lastReview: string, reps = 1): StoredCard => ({
  due: '2026-05-03T10:00:00.000Z', stability: 2.5, difficulty: 5, elapsed_days: 0, scheduled_days: 2,
  learning_steps: 0, reps, lapses: 0, state: 2, last_review: lastReview,
});

describe('progress record', () => {
  it('starts empty when nothing is stored', () => {
    const result = readProgress(undefined, now);
    assert.equal(result.outcome, 'empty');
    assert.deepEqual(result.record, { version: PROGRESS_VERSION, cards: {}, updatedAt: now.toISOString() });
  });

  it('reads the current version as it is', () => {
    const record = { version: PROGRESS_VERSION, cards: { 'a/1': card('2026-04-30T10:00:00.000Z') }, updatedAt: now.toISOString() };
    assert.deepEqual(readProgress(record, now), { outcome: 'current', record });
  });

  it('migrates a version 1 record (cards without learning steps) and keeps every card', () => {
    const { learning_steps: _dropped, ...v1Card } = card('2026-04-30T10:00:00.000Z');
    const result = readProgress({ version: 1, cards: { 'q-objects/abc12345': v1Card, 'gil/asked': v1Card } }, now);
    assert.equal(result.outcome, 'migrated');
    assert.equal(result.record.version, PROGRESS_VERSION);
    assert.deepEqual(Object.keys(result.record.cards).sort(), ['gil/asked', 'q-objects/abc12345']);
    assert.equal(result.record.cards['gil/asked']?.learning_steps, 0);
    assert.equal(result.record.cards['gil/asked']?.stability, 2.5);
  });

  const corrupt: [string, unknown, RegExp][] = [
    ['a string', 'garbage', /expected object/i],
    ['a card with a bad date', { version: 2, updatedAt: now.toISOString(), cards: { 'a/1': { ...card('x'), due: 'not a date' } } }, /cards\.a\/1\.due/],
    ['a negative count', { version: 2, updatedAt: now.toISOString(), cards: { 'a/1': { ...card('2026-04-30T10:00:00.000Z'), reps: -1 } } }, /reps/],
    ['a record from a newer version', { version: 9, cards: {} }, /newer PyWeb Notes \(progress version 9\)/],
  ];
  for (const [name, raw, problem] of corrupt) {
    it(`reports ${name} as corrupt with a reason, and offers a fresh record`, () => {
      const result = readProgress(raw, now);
      assert.equal(result.outcome, 'corrupt');
      assert.match(result.outcome === 'corrupt' ? result.problem : '', problem);
      assert.deepEqual(result.record, emptyProgress(now));
    });
  }

  it('merges an import card by card, the most recent review winning', () => {
    const current = { ...emptyProgress(now), cards: { 'a/1': card('2026-04-20T10:00:00.000Z'), 'b/1': card('2026-04-29T10:00:00.000Z', 7) } };
    const imported = { ...emptyProgress(now), cards: { 'a/1': card('2026-04-25T10:00:00.000Z', 3), 'b/1': card('2026-04-01T10:00:00.000Z', 1), 'c/1': card('2026-04-02T10:00:00.000Z') } };
    const { record, added, updated } = mergeProgress(current, imported, now);
    assert.equal(added, 1);
    assert.equal(updated, 1);
    assert.equal(record.cards['a/1']?.reps, 3, 'the newer import wins');
    assert.equal(record.cards['b/1']?.reps, 7, 'an older import never erases newer answers');
    assert.ok(record.cards['c/1']);
  });
});
