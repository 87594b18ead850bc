// Wires the Topics view and "Reveal in Topics".
import * as vscode from 'vscode';
import { noteNode, type TopicsTreeNode } from '../../core/tree/topicsTreeModel';
import { isNoteId } from '../../webview/notePanelProtocol';
import type { CatalogStore } from '../catalogStore';
import { TopicsTreeProvider, type LearningLens } from './topicsTreeProvider';

export const TOPICS_VIEW_ID = 'pywebNotes.topics';

export function registerTopicsView(
  context: vscode.ExtensionContext,
  catalogStore: CatalogStore,
  currentNoteId: () => string | undefined,
  lens?: LearningLens,
): { provider: TopicsTreeProvider; view: vscode.TreeView<TopicsTreeNode> } {
  const provider = new TopicsTreeProvider(catalogStore, lens);
  const view: vscode.TreeView<TopicsTreeNode> = vscode.window.createTreeView(TOPICS_VIEW_ID, {
    treeDataProvider: provider,
    showCollapseAll: true,
  });
  context.subscriptions.push(
    view,
    vscode.commands.registerCommand('pywebNotes.revealInTopics', async (noteId?: unknown) => {
      const id = isNoteId(noteId) ? noteId : currentNoteId();
      const node = id ? noteNode(await catalogStore.get(), id) : undefined;
      if (!node) {
        void vscode.window.showInformationMessage('Open a note first: there is nothing to reveal.');
        return;
      }
      await view.reveal(node, { select: true, focus: true, expand: true });
    }),
  );
  return { provider, view };
}
