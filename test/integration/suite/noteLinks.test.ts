// Reveal in Topics through its command. (Copy link writes the system clipboard, which the
// headless browser behind code-server does not grant; its link format is unit-tested.)
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatePyWebNotes, closeAllEditors, type PyWebNotesApi } from './helpers/pywebNotes';
import { allNotes } from './helpers/topicsTree';

suite('Note links', () => {
  let api: PyWebNotesApi;
  suiteSetup(async () => {
    api = await activatePyWebNotes();
  });
  teardown(closeAllEditors);

  test('Reveal in Topics selects the open note in the tree', async () => {
    const [, note] = await allNotes(api);
    assert.ok(note);
    await api.openNote(note.id);
    await vscode.commands.executeCommand('pywebNotes.revealInTopics');
    assert.deepEqual(api.topicsView.selection.map((node) => `${node.kind}:${node.id}`), [`note:${note.id}`]);
  });
});
