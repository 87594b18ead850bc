// What activate() returns: used by the integration tests to look inside the extension.
import type * as vscode from 'vscode';
import type { TopicsTreeNode } from './core/tree/topicsTreeModel';

export interface PyWebNotesApi {
  readonly topicsTree: vscode.TreeDataProvider<TopicsTreeNode>;
  openNote(noteId: string): Promise<void>;
  readonly notePanel: { readonly currentNoteId: string | undefined; readonly title: string | undefined };
}
