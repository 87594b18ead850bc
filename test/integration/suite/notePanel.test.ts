// Opening notes: one reusable Note panel whose title follows the note shown.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS, activatePyWebNotes, closeAllEditors, noteTabs, waitFor, type PyWebNotesApi } from './helpers/pywebNotes';
import { allNotes, type NoteRef } from './helpers/topicsTree';

suite('Note panel', () => {
  let api: PyWebNotesApi;
  let notes: NoteRef[];
  let first: NoteRef;
  let second: NoteRef;
  suiteSetup(async () => {
    api = await activatePyWebNotes();
    notes = await allNotes(api);
    const [a, b] = notes;
    assert.ok(a && b, 'need at least two notes in the tree');
    [first, second] = [a, b];
  });
  teardown(closeAllEditors);

  test('pywebNotes.openNote opens a panel titled with the note title', async () => {
    await vscode.commands.executeCommand(COMMANDS.openNote, first.id);
    assert.equal(api.notePanel.currentNoteId, first.id);
    assert.equal(api.notePanel.title, first.title);
    const tab = await waitFor('a Note panel tab', () => noteTabs()[0]);
    assert.equal(tab.label, first.title);
  });

  test('opening another note reuses the one panel', async () => {
    await vscode.commands.executeCommand(COMMANDS.openNote, first.id);
    await vscode.commands.executeCommand(COMMANDS.openNote, second.id);
    assert.equal(api.notePanel.currentNoteId, second.id);
    const tabs = await waitFor(`the Note tab titled "${second.title}"`, () => {
      const current = noteTabs();
      return current.some((tab) => tab.label === second.title) ? current : undefined;
    });
    assert.equal(tabs.length, 1, `expected one Note panel, found: ${tabs.map((tab) => tab.label).join(', ')}`);
  });

  test('pywebNotes.openRandomNote shows one of the notes', async () => {
    await vscode.commands.executeCommand(COMMANDS.openRandomNote);
    const shown = api.notePanel.currentNoteId;
    const note = notes.find((candidate) => candidate.id === shown);
    assert.ok(note, `the random note "${shown}" is not in the tree`);
    assert.equal(api.notePanel.title, note.title);
  });

  test('closing the panel forgets the current note; the API opens it again', async () => {
    await api.openNote(second.id);
    await closeAllEditors();
    await waitFor('the Note panel to close', () => noteTabs().length === 0 && api.notePanel.currentNoteId === undefined);
    await api.openNote(first.id);
    assert.equal(api.notePanel.currentNoteId, first.id);
    assert.equal(api.notePanel.title, first.title);
  });
});
