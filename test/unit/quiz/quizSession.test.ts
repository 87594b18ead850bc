import { strict as assert } from 'node:assert';
import { QuizSession } from '../../../src/core/quiz/quizSession';
import type { QuizCard } from '../../../src/core/quiz/quizCards';

const recall = (id: string): QuizCard => ({ kind: 'recall', cardId: `n/${id}`, noteId: 'n', prompt: id, promptHtml: id, answerHtml: '' });

describe('QuizSession', () => {
  it('walks through the cards, refusing to skip an unanswered one or answer twice', () => {
    const session = new QuizSession([recall('a'), recall('b')], false);
    assert.equal(session.advance(), false, 'cannot move on before answering');
    assert.equal(session.answer('n/b', 3, true), false, 'only the current card can be answered');
    assert.equal(session.answer('n/a', 1, false, '2026-01-01T00:00:00.000Z'), true);
    assert.equal(session.answer('n/a', 4, true), false, 'a second answer is ignored');
    assert.ok(session.advance());
    assert.ok(session.answer('n/b', 4, true));
    assert.ok(session.advance());
    assert.ok(session.finished);
    const summary = session.summary();
    assert.equal(summary.total, 2);
    assert.equal(summary.correct, 1);
    assert.deepEqual(summary.missed.map((c) => c.cardId), ['n/a']);
    assert.equal(summary.answers[0]?.nextDue, '2026-01-01T00:00:00.000Z');
  });
});
