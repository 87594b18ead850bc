// Wiring only: each feature registers itself. Nothing here reads the catalog; the
// features load it on first use.
import type * as vscode from 'vscode';
import type { PyWebNotesApi } from './extensionApi';
import { CatalogStore } from './features/catalogStore';
import { registerNoteLinks } from './features/noteLinks';
import { registerNotePanel } from './features/notePanel/registerNotePanel';
import { registerSearchNotes } from './features/search/searchNotesCommand';
import { registerTopicsView } from './features/topicsTree/registerTopicsView';

export function activate(context: vscode.ExtensionContext): PyWebNotesApi {
  const catalogStore = new CatalogStore(context.extensionUri);
  const notePanel = registerNotePanel(context, catalogStore);
  const openNote = (noteId: string) => notePanel.show(noteId);
  const topicsTree = registerTopicsView(context, catalogStore, () => notePanel.currentNoteId);
  registerNoteLinks(context, openNote);
  registerSearchNotes(context, catalogStore, openNote);
  return { topicsTree, openNote, notePanel };
}

export function deactivate(): void {}
