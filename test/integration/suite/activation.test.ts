// The extension is installed, activates, and contributes what the design promises.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS, activatePyWebNotes, pywebNotesExtension } from './helpers/pywebNotes';

suite('Activation', () => {
  test('PyWeb Notes activates and returns its test API', async () => {
    const api = await activatePyWebNotes();
    assert.equal(pywebNotesExtension().isActive, true);
    assert.equal(typeof api.topicsTree.getChildren, 'function');
    assert.equal(typeof api.topicsTree.getTreeItem, 'function');
    assert.equal(typeof api.openNote, 'function');
    assert.ok('currentNoteId' in api.notePanel, 'notePanel.currentNoteId is missing');
  });

  test('its commands are registered', async () => {
    await activatePyWebNotes();
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const command of Object.values(COMMANDS)) {
      assert.ok(registered.has(command), `${command} is not registered`);
    }
  });

  test('the manifest puts the Topics view in the PyWeb Notes activity-bar container', () => {
    const contributes = pywebNotesExtension().packageJSON.contributes;
    const containers: { id: string; title: string }[] = contributes.viewsContainers.activitybar;
    assert.deepEqual(
      containers.filter((c) => c.id === 'pywebNotes').map((c) => c.title),
      ['PyWeb Notes'],
    );
    const views: { id: string }[] = contributes.views.pywebNotes;
    assert.ok(views.some((view) => view.id === 'pywebNotes.topics'), 'view pywebNotes.topics is not contributed');
  });
});
