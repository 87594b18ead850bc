// Adapts the pure tree model to VS Code's TreeDataProvider.
import * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalog';
import type { LearningStatus } from '../../core/quiz/cardStatus';
import { childrenOf, parentOf, type TopicsTreeNode } from '../../core/tree/topicsTreeModel';
import type { CatalogStore } from '../catalogStore';

/** What the quiz knows about each note, shown in the tree. */
export interface LearningLens {
  statusOf(catalog: Catalog, noteId: string): LearningStatus;
  readonly onDidChange: vscode.Event<void>;
}

const statusIcons: Record<LearningStatus, vscode.ThemeIcon> = {
  new: new vscode.ThemeIcon('circle-large-outline'),
  learning: new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor('charts.yellow')),
  known: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('charts.green')),
};

export class TopicsTreeProvider implements vscode.TreeDataProvider<TopicsTreeNode> {
  private readonly changed = new vscode.EventEmitter<TopicsTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  private catalog: Catalog | undefined;
  private shownError: string | undefined;

  constructor(private readonly catalogStore: CatalogStore, private readonly lens?: LearningLens) {
    lens?.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(parent?: TopicsTreeNode): Promise<TopicsTreeNode[]> {
    try {
      this.catalog = await this.catalogStore.get();
      return childrenOf(this.catalog, parent);
    } catch (error) {
      // The tree asks for many nodes at once; say what is wrong once, not once per node.
      const message = error instanceof Error ? error.message : String(error);
      if (message !== this.shownError) void vscode.window.showErrorMessage(message);
      this.shownError = message;
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
      const status = this.catalog && this.lens ? this.lens.statusOf(this.catalog, node.id) : undefined;
      item.iconPath = status ? statusIcons[status] : new vscode.ThemeIcon('note');
      item.tooltip = new vscode.MarkdownString().appendMarkdown(`**${escapeMarkdown(node.label)}**${status ? ` · ${status}` : ''}\n\n`).appendText(node.summary);
      item.command = { command: 'pywebNotes.openNote', title: 'Open Note', arguments: [node.id] };
      item.accessibilityInformation = { label: `${node.label}${status ? `, ${status}` : ''}. ${node.summary}` };
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `${node.kind}:${node.id}`;
    item.contextValue = node.kind;
    item.iconPath = new vscode.ThemeIcon(node.kind === 'area' ? 'library' : 'folder');
    if (node.kind === 'topic' && this.catalog && this.lens) {
      const noteIds = this.catalog.topic(node.id)?.noteIds ?? [];
      const known = noteIds.filter((id) => this.lens!.statusOf(this.catalog!, id) === 'known').length;
      item.description = `${known}/${noteIds.length}`;
      item.tooltip = `${node.label}: ${known} of ${noteIds.length} notes known`;
    }
    return item;
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
