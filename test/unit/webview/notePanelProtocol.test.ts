import { strict as assert } from 'node:assert';
import { parseFromNotePanel, parseNotePanelState } from '../../../src/webview/notePanelProtocol';

describe('Note panel protocol', () => {
  const accepted: unknown[] = [
    { type: 'ready' },
    { type: 'openNote', noteId: 'n-plus-one-problem' },
    { type: 'openExternal', url: 'https://docs.djangoproject.com/en/stable/' },
    { type: 'navigate', direction: 'back' },
    { type: 'quizNote', noteId: 'q-objects' },
    { type: 'copyLink', noteId: 'q-objects' },
    { type: 'revealInTopics', noteId: 'q-objects' },
  ];
  for (const message of accepted) {
    it(`accepts ${JSON.stringify(message)}`, () => assert.deepEqual(parseFromNotePanel(message), message));
  }

  const rejected: unknown[] = [
    null, 'ready', [], { type: 'unknown' },
    { type: 'openNote', noteId: '../../etc/passwd' },
    { type: 'openNote', noteId: 42 },
    { type: 'openExternal', url: 'command:workbench.action.terminal.new' },
    { type: 'openExternal', url: 'http://example.com' },
    { type: 'openExternal', url: 'file:///etc/passwd' },
    { type: 'navigate', direction: 'sideways' },
  ];
  for (const message of rejected) {
    it(`rejects ${JSON.stringify(message)}`, () => assert.equal(parseFromNotePanel(message), undefined));
  }

  it('drops extra fields, keeping only what the type allows', () => {
    assert.deepEqual(parseFromNotePanel({ type: 'openNote', noteId: 'a', evil: true }), { type: 'openNote', noteId: 'a' });
  });

  it('restores only a well-formed state', () => {
    assert.deepEqual(parseNotePanelState({ noteId: 'a-b' }), { noteId: 'a-b' });
    assert.equal(parseNotePanelState({ noteId: 'A B' }), undefined);
    assert.equal(parseNotePanelState(undefined), undefined);
  });
});
