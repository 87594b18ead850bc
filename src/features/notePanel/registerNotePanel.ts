// Wires the Note panel: its controller, the serializer that restores it after a reload,
// and the commands that open notes.
import * as vscode from 'vscode';
import { isNoteId, parseNotePanelState } from '../../webview/notePanelProtocol';
import type { CatalogStore } from '../catalogStore';
import { NOTE_PANEL_VIEW_TYPE, NotePanelController } from './notePanelController';

export function registerNotePanel(context: vscode.ExtensionContext, catalogStore: CatalogStore): NotePanelController {
  const controller = new NotePanelController(context.extensionUri, catalogStore);
  context.subscriptions.push(
    controller,
    vscode.window.registerWebviewPanelSerializer(NOTE_PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => controller.restore(panel, parseNotePanelState(state)?.noteId),
    }),
    vscode.commands.registerCommand('pywebNotes.openNote', async (noteId?: unknown) => {
      if (isNoteId(noteId)) return controller.show(noteId);
      // From the palette or a keybinding there is no id: let the user find the note.
      return vscode.commands.executeCommand('pywebNotes.searchNotes');
    }),
    vscode.commands.registerCommand('pywebNotes.openRandomNote', async () => {
      const note = (await catalogStore.get()).randomNote(Math.random, controller.currentNoteId);
      if (note) await controller.show(note.id);
    }),
  );
  return controller;
}
