// Adapts the pure tree model to VS Code's TreeDataProvider.
import * as vscode from 'vscode';
import { childrenOf, parentOf, type TopicsTreeNode } from '../../core/tree/topicsTreeModel';
import type { CatalogStore } from '../catalogStore';

export class TopicsTreeProvider implements vscode.TreeDataProvider<TopicsTreeNode> {
  private readonly changed = new vscode.EventEmitter<TopicsTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly catalogStore: CatalogStore) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(parent?: TopicsTreeNode): Promise<TopicsTreeNode[]> {
    try {
      return childrenOf(await this.catalogStore.get(), parent);
    } catch (error) {
      void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
      return [];
    }
  }

  async getParent(node: TopicsTreeNode): Promise<TopicsTreeNode | undefined> {
    return parentOf(await this.catalogStore.get(), node);
  }

  getTreeItem(node: TopicsTreeNode): vscode.TreeItem {
    if (node.kind === 'note') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.id = `note:${node.id}`;
      item.contextValue = 'note';
      item.iconPath = new vscode.ThemeIcon('note');
      item.tooltip = new vscode.MarkdownString().appendMarkdown(`**${escapeMarkdown(node.label)}**\n\n`).appendText(node.summary);
      item.command = { command: 'pywebNotes.openNote', title: 'Open Note', arguments: [node.id] };
      item.accessibilityInformation = { label: `${node.label}. ${node.summary}` };
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `${node.kind}:${node.id}`;
    item.contextValue = node.kind;
    item.iconPath = new vscode.ThemeIcon(node.kind === 'area' ? 'library' : 'folder');
    return item;
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
