// Wiring only: each feature registers itself. Nothing here reads the catalog; the
// features load it on first use.
import type * as vscode from 'vscode';
import type { PyWebNotesApi } from './extensionApi';
import { CatalogStore } from './features/catalogStore';
import { registerHover } from './features/hover/registerHover';
import { registerNoteLinks } from './features/noteLinks';
import { registerNotePanel } from './features/notePanel/registerNotePanel';
import { ProgressLearningLens } from './features/quiz/learningLens';
import { registerQuiz } from './features/quiz/registerQuiz';
import { registerSearchNotes } from './features/search/searchNotesCommand';
import { registerTopicsView } from './features/topicsTree/registerTopicsView';

export function activate(context: vscode.ExtensionContext): PyWebNotesApi {
  const catalogStore = new CatalogStore(context.extensionUri);
  const notePanel = registerNotePanel(context, catalogStore);
  const openNote = (noteId: string) => notePanel.show(noteId);
  const hover = registerHover(context, catalogStore);
  const quiz = registerQuiz(context, catalogStore, (document) => hover.notesInDocument(document));
  const topics = registerTopicsView(context, catalogStore, () => notePanel.currentNoteId, new ProgressLearningLens(quiz.progress));
  registerNoteLinks(context, openNote);
  registerSearchNotes(context, catalogStore, openNote);
  return { topicsTree: topics.provider, topicsView: topics.view, openNote, notePanel, hover, quiz: { progress: quiz.progress, panel: quiz.panel } };
}

export function deactivate(): void {}
