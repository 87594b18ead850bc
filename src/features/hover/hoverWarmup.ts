// Analyses the Python documents on screen as soon as they are shown, and again when the
// user pauses typing, so that even the first hover on a document is a lookup rather than
// a 20-40 ms parse: VS Code itself waits editor.hover.delay (300 ms by default) before it
// asks for a hover. Every visible editor counts, not only the focused one: the mouse can
// rest on a split editor without clicking into it. Edits are debounced: a burst of
// keystrokes costs one incremental re-analysis, after the burst.
import * as vscode from 'vscode';
import type { AnalysisCache } from '../../core/hover/analysisCache';
import type { TermIndexStore } from './termIndexStore';

const EDIT_IDLE_MS = 400;

export function registerHoverWarmup(context: vscode.ExtensionContext, analyses: AnalysisCache, terms: TermIndexStore, enabled: () => boolean): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const analyse = (documents: vscode.TextDocument[]) => {
    const document = documents.shift();
    if (!document) return;
    // Closed while waiting for its turn: nothing will hover on it.
    if (!document.isClosed) void analyses.get(document.uri.toString(), document.version, () => document.getText()).catch(() => undefined);
    // One document per turn of the event loop, so several split editors never add up
    // to one long block of the extension host.
    if (documents.length > 0) timer = setTimeout(() => analyse(documents), 0);
  };
  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const documents = pythonDocumentsOnScreen();
      if (!enabled() || documents.length === 0) return;
      void terms.get().catch(() => undefined);
      analyse(documents);
    }, delayMs);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => schedule(0)),
    vscode.window.onDidChangeVisibleTextEditors(() => schedule(0)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (vscode.window.visibleTextEditors.some((editor) => editor.document === event.document)) schedule(EDIT_IDLE_MS);
    }),
    { dispose: () => clearTimeout(timer) },
  );
  schedule(0);
}

/** The focused editor's document first, then the other visible ones; Python only, each once. */
function pythonDocumentsOnScreen(): vscode.TextDocument[] {
  const editors = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors];
  const documents = new Set<vscode.TextDocument>();
  for (const editor of editors) if (editor?.document.languageId === 'python') documents.add(editor.document);
  return [...documents];
}
