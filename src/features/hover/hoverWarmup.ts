// Analyses the active Python editor as soon as it becomes active, and again when the user
// pauses typing, so that even the first hover on a document is a lookup rather than a
// 30-40 ms parse: VS Code itself waits editor.hover.delay (300 ms by default) before it
// asks for a hover. Edits are debounced: a burst of keystrokes costs one incremental
// re-analysis, after the burst.
import * as vscode from 'vscode';
import type { AnalysisCache } from '../../core/hover/analysisCache';
import type { TermIndexStore } from './termIndexStore';

const EDIT_IDLE_MS = 400;

export function registerHoverWarmup(context: vscode.ExtensionContext, analyses: AnalysisCache, terms: TermIndexStore, enabled: () => boolean): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const document = vscode.window.activeTextEditor?.document;
      if (!enabled() || document?.languageId !== 'python') return;
      void terms.get().catch(() => undefined);
      void analyses.get(document.uri.toString(), document.version, () => document.getText()).catch(() => undefined);
    }, delayMs);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => schedule(0)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) schedule(EDIT_IDLE_MS);
    }),
    { dispose: () => clearTimeout(timer) },
  );
  schedule(0);
}
