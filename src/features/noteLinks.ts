// vscode:// links that open a note: "Copy link" in the Note panel makes them, the URI
// handler opens them (from a browser, a chat message or another editor).
import * as vscode from 'vscode';
import { noteIdFromUri, noteLink } from '../core/links/noteUri';
import { isNoteId } from '../webview/notePanelProtocol';

export function registerNoteLinks(context: vscode.ExtensionContext, openNote: (noteId: string) => Promise<void>): void {
  const extensionId = context.extension.id;
  context.subscriptions.push(
    vscode.window.registerUriHandler({
      handleUri: async (uri) => {
        const noteId = noteIdFromUri(uri.path, uri.query);
        if (noteId) return openNote(noteId);
        void vscode.window.showWarningMessage(`PyWeb Notes cannot open the link ${uri.toString(true)}: it names no note.`);
      },
    }),
    vscode.commands.registerCommand('pywebNotes.copyNoteLink', async (noteId?: unknown) => {
      if (!isNoteId(noteId)) return;
      const link = noteLink(vscode.env.uriScheme, extensionId, noteId);
      await vscode.env.clipboard.writeText(link);
      void vscode.window.setStatusBarMessage(`Copied ${link}`, 3000);
    }),
  );
}
