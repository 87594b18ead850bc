// Wires the quiz: the progress store, the panel, the commands and the status bar.
import * as vscode from 'vscode';
import { parseQuizScope, type QuizScope } from '../../core/quiz/cardSelection';
import type { TopicsTreeNode } from '../../core/tree/topicsTreeModel';
import { isNoteId } from '../../webview/notePanelProtocol';
import type { CatalogStore } from '../catalogStore';
import { registerDueStatusBar } from './dueStatusBar';
import { ProgressStore } from './progressStore';
import { exportProgress, importProgress, resetProgress } from './progressTransfer';
import { QUIZ_PANEL_VIEW_TYPE, QuizPanelController, type QuizRequest } from './quizPanelController';
import { pickQuizScope } from './quizScopePicker';
import { readQuizSettings } from './quizSettings';

export interface QuizFeature {
  readonly progress: ProgressStore;
  readonly panel: QuizPanelController;
}

/** Finds the notes whose terms occur in a Python document (the hover's resolver). */
export type NotesInDocument = (document: vscode.TextDocument) => Promise<string[]>;

export function registerQuiz(context: vscode.ExtensionContext, catalogStore: CatalogStore, notesInDocument: NotesInDocument): QuizFeature {
  const progress = new ProgressStore(context.globalState);
  const panel = new QuizPanelController(context.extensionUri, catalogStore, progress);

  const quizThisFile = async (cram = false) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'python') {
      void vscode.window.showInformationMessage('Open a Python file first: "This file" quizzes the notes of the framework names it uses.');
      return;
    }
    const noteIds = await notesInDocument(editor.document);
    if (noteIds.length === 0) {
      void vscode.window.showInformationMessage('No framework names with a note were found in this file.');
      return;
    }
    const name = editor.document.uri.path.split('/').pop() ?? 'this file';
    await panel.start({ scope: { kind: 'notes', noteIds }, title: `${cram ? 'Cram' : 'Quiz'}: ${name}`, cram });
  };

  const startQuiz = async (argument: unknown, cram: boolean) => {
    const request = parseQuizRequest(argument, cram);
    if (request) return panel.start(request);
    const { interviewDate } = readQuizSettings();
    const choice = await pickQuizScope(await catalogStore.get(), progress.get(), {
      cram,
      ...(interviewDate ? { interviewDate } : {}),
      hasPythonEditor: vscode.window.activeTextEditor?.document.languageId === 'python',
    });
    if (choice === 'thisFile') return quizThisFile(cram);
    if (choice) return panel.start(choice);
  };

  context.subscriptions.push(
    progress,
    panel,
    vscode.window.registerWebviewPanelSerializer(QUIZ_PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: (restored, state: unknown) => {
        const saved = (state ?? {}) as { cram?: unknown };
        return panel.restore(restored, parseQuizRequest(state, saved.cram === true));
      },
    }),
    vscode.commands.registerCommand('pywebNotes.startQuiz', (request?: unknown) => startQuiz(request, false)),
    vscode.commands.registerCommand('pywebNotes.cramQuiz', (request?: unknown) => startQuiz(request, true)),
    vscode.commands.registerCommand('pywebNotes.quizThisFile', () => quizThisFile()),
    vscode.commands.registerCommand('pywebNotes.quizNote', async (noteId?: unknown) => {
      if (!isNoteId(noteId)) return;
      const title = (await catalogStore.get()).note(noteId)?.title ?? noteId;
      await panel.start({ scope: { kind: 'notes', noteIds: [noteId] }, title: `Quiz: ${title}` });
    }),
    vscode.commands.registerCommand('pywebNotes.quizTreeItem', async (node?: TopicsTreeNode) => {
      if (!node) return;
      const scope: QuizScope = node.kind === 'area' ? { kind: 'area', areaId: node.id } : node.kind === 'topic' ? { kind: 'topic', topicId: node.id } : { kind: 'notes', noteIds: [node.id] };
      await panel.start({ scope, title: `Quiz: ${node.label}` });
    }),
    vscode.commands.registerCommand('pywebNotes.exportProgress', () => exportProgress(progress)),
    vscode.commands.registerCommand('pywebNotes.importProgress', (file?: unknown) => importProgress(progress, file instanceof vscode.Uri ? file : undefined)),
    vscode.commands.registerCommand('pywebNotes.resetProgress', () => resetProgress(progress)),
  );
  registerDueStatusBar(context, catalogStore, progress);
  return { progress, panel };
}

function parseQuizRequest(value: unknown, cram: boolean): QuizRequest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { scope, title } = value as { scope?: unknown; title?: unknown };
  const parsed = parseQuizScope(scope);
  return parsed ? { scope: parsed, title: typeof title === 'string' && title.length <= 200 ? title : 'Quiz', cram } : undefined;
}
