import { strict as assert } from 'node:assert';
import { NoteHistory } from '../../../src/core/navigation/noteHistory';

describe('NoteHistory', () => {
  it('goes back and forward like a browser', () => {
    const history = new NoteHistory();
    assert.equal(history.canGoBack, false);
    history.visit('a');
    history.visit('b');
    history.visit('c');
    assert.equal(history.back(), 'b');
    assert.equal(history.back(), 'a');
    assert.equal(history.canGoBack, false);
    assert.equal(history.back(), 'a', 'back at the start stays put');
    assert.equal(history.forward(), 'b');
    history.visit('d');
    assert.equal(history.canGoForward, false, 'opening a note drops the forward entries');
    assert.equal(history.back(), 'b');
  });

  it('ignores reopening the current note and caps its length', () => {
    const history = new NoteHistory(3);
    for (const id of ['a', 'a', 'b', 'c', 'd']) history.visit(id);
    assert.equal(history.back(), 'c');
    assert.equal(history.back(), 'b');
    assert.equal(history.canGoBack, false);
  });
});

describe('NoteHistory.clear', () => {
  it('forgets everything, as a new tab would', () => {
    const history = new NoteHistory();
    history.visit('a');
    history.visit('b');
    history.clear();
    assert.equal(history.current, undefined);
    assert.equal(history.canGoBack, false);
    history.visit('c');
    assert.equal(history.canGoBack, false);
  });
});
