// The Topics tree: area -> topic -> note, read through the extension's own provider.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatePyWebNotes, type PyWebNotesApi } from './helpers/pywebNotes';
import { allNotes, childrenOf, noteIdOf } from './helpers/topicsTree';

suite('Topics tree', () => {
  let api: PyWebNotesApi;
  suiteSetup(async () => {
    api = await activatePyWebNotes();
  });

  test('its roots are the areas, Django among them', async () => {
    const areas = await childrenOf(api);
    const labels = areas.map((area) => area.label);
    assert.ok(labels.includes('Django'), `areas: ${labels.join(', ')}`);
    assert.equal(new Set(labels).size, labels.length, `an area is listed twice: ${labels.join(', ')}`);
  });

  test('areas and topics are collapsible; notes are leaves that open themselves', async () => {
    const [area] = await childrenOf(api);
    assert.ok(area, 'the tree has no areas');
    assert.notEqual(area.item.collapsibleState ?? vscode.TreeItemCollapsibleState.None, vscode.TreeItemCollapsibleState.None);
    const topics = await childrenOf(api, area);
    assert.ok(topics.length > 0, `area ${area.label} has no topics`);
    const [topic] = topics;
    assert.ok(topic);
    assert.notEqual(topic.item.collapsibleState ?? vscode.TreeItemCollapsibleState.None, vscode.TreeItemCollapsibleState.None);
    const notes = await childrenOf(api, topic);
    assert.ok(notes.length > 0, `topic ${area.label} > ${topic.label} has no notes`);
    for (const note of notes) {
      assert.equal(note.item.collapsibleState ?? vscode.TreeItemCollapsibleState.None, vscode.TreeItemCollapsibleState.None);
      assert.ok(noteIdOf(note), `note "${note.label}" does not open a note when clicked`);
      assert.ok(note.label.trim().length > 0, 'a note item has no title');
    }
  });

  test('every note appears once, under some area and topic', async () => {
    const notes = await allNotes(api);
    assert.ok(notes.length >= 3, `only ${notes.length} note(s) in the tree`);
    const ids = notes.map((note) => note.id);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    assert.deepEqual(repeated, [], 'notes listed more than once');
  });
});
