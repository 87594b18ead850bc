// What activate() returns: used by the integration tests to look inside the extension.
import type * as vscode from 'vscode';
import type { ProgressRecord } from './core/quiz/progressRecord';
import type { TopicsTreeNode } from './core/tree/topicsTreeModel';
import type { ToQuizPanel } from './webview/quizProtocol';

export interface PyWebNotesApi {
  readonly topicsTree: vscode.TreeDataProvider<TopicsTreeNode>;
  readonly topicsView: { readonly selection: readonly TopicsTreeNode[] };
  openNote(noteId: string): Promise<void>;
  readonly notePanel: { readonly currentNoteId: string | undefined; readonly title: string | undefined };
  readonly hover: { isAnalysed(document: vscode.TextDocument): boolean };
  readonly quiz: {
    readonly progress: { get(): ProgressRecord };
    /** Sends a message as the Quiz panel's webview would, and reads what it was last sent. */
    readonly panel: { receive(message: unknown): Promise<void>; readonly lastMessage: ToQuizPanel | undefined };
  };
}
