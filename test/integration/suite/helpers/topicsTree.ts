// Walks the Topics tree through its TreeDataProvider, as VS Code itself does.
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import type { TopicsTreeNode } from '../../../../src/core/tree/topicsTreeModel';
import { COMMANDS, type PyWebNotesApi } from './pywebNotes';

export interface TreeNode {
  element: TopicsTreeNode;
  item: vscode.TreeItem;
  label: string;
}

export function labelOf(item: vscode.TreeItem): string {
  const label = item.label;
  if (label === undefined) return '';
  return typeof label === 'string' ? label : label.label;
}

export async function childrenOf(api: PyWebNotesApi, parent?: TreeNode): Promise<TreeNode[]> {
  const elements = (await api.topicsTree.getChildren(parent?.element)) ?? [];
  return Promise.all(
    elements.map(async (element) => {
      const item = await api.topicsTree.getTreeItem(element);
      return { element, item, label: labelOf(item) };
    }),
  );
}

export interface NoteRef {
  id: string;
  title: string;
  area: string;
  topic: string;
}

/** The note id a note item opens: the argument of its pywebNotes.openNote command. */
export function noteIdOf(node: TreeNode): string | undefined {
  const command = node.item.command;
  if (command?.command !== COMMANDS.openNote) return undefined;
  const [id] = command.arguments ?? [];
  return typeof id === 'string' ? id : undefined;
}

/** Every note reachable in the tree, area -> topic -> note, in tree order. */
export async function allNotes(api: PyWebNotesApi): Promise<NoteRef[]> {
  const notes: NoteRef[] = [];
  for (const area of await childrenOf(api)) {
    for (const topic of await childrenOf(api, area)) {
      for (const note of await childrenOf(api, topic)) {
        const id = noteIdOf(note);
        assert.ok(id, `note item "${note.label}" (${area.label} > ${topic.label}) has no ${COMMANDS.openNote} command with a note id`);
        notes.push({ id, title: note.label, area: area.label, topic: topic.label });
      }
    }
  }
  return notes;
}
