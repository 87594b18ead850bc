// Analyses the active Python editor while the user reads or pauses typing, so that even
// the first hover on a document is a lookup rather than a 20-30 ms parse. Debounced: a
// burst of keystrokes costs one incremental re-analysis, after the burst.
import * as vscode from 'vscode';
import type { AnalysisCache } from '../../core/hover/analysisCache';
import type { TermIndexStore } from './termIndexStore';

const IDLE_MS = 400;

export function registerHoverWarmup(context: vscode.ExtensionContext, analyses: AnalysisCache, terms: TermIndexStore, enabled: () => boolean): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const document = vscode.window.activeTextEditor?.document;
      if (!enabled() || document?.languageId !== 'python') return;
      void terms.get().catch(() => undefined);
      void analyses.get(document.uri.toString(), document.version, () => document.getText()).catch(() => undefined);
    }, IDLE_MS);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(schedule),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) schedule();
    }),
    { dispose: () => clearTimeout(timer) },
  );
  schedule();
}
