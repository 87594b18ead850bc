// Wires the Python hover, and offers the same resolver to "quiz this file".
import * as vscode from 'vscode';
import { AnalysisCache } from '../../core/hover/analysisCache';
import { resolveAll } from '../../core/hover/termResolver';
import type { CatalogStore } from '../catalogStore';
import { registerHoverWarmup } from './hoverWarmup';
import { PythonHoverProvider } from './pythonHoverProvider';
import { TermIndexStore } from './termIndexStore';

export interface HoverFeature {
  /** Whether the document's current version is analysed (the warm-up ran), for tests. */
  isAnalysed(document: vscode.TextDocument): boolean;
  /** The notes whose terms occur in a Python document, in order of first use. */
  notesInDocument(document: vscode.TextDocument): Promise<string[]>;
}

export function registerHover(context: vscode.ExtensionContext, catalogStore: CatalogStore): HoverFeature {
  const terms = new TermIndexStore(catalogStore);
  const analyses = new AnalysisCache();
  const provider = new PythonHoverProvider(terms, analyses);
  context.subscriptions.push(
    vscode.languages.registerHoverProvider({ language: 'python' }, provider),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('pywebNotes.hover')) provider.reloadSettings();
    }),
    vscode.workspace.onDidCloseTextDocument((document) => analyses.forget(document.uri.toString())),
  );
  registerHoverWarmup(context, analyses, terms, () => provider.enabled);
  return {
    isAnalysed: (document) => analyses.isAnalysed(document.uri.toString(), document.version),
    async notesInDocument(document) {
      const [{ index }, analysis] = await Promise.all([terms.get(), analyses.get(document.uri.toString(), document.version, () => document.getText())]);
      return [...new Set(resolveAll(analysis, index).map((hit) => hit.noteId))];
    },
  };
}
