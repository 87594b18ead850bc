// Hovers on framework names in Python files. Resolution happens in core; this adapter
// only caches analyses by document version and wraps the Markdown so that its links can
// run the extension's own commands and nothing else.
import * as vscode from 'vscode';
import type { AnalysisCache } from '../../core/hover/analysisCache';
import { hoverMarkdown, OPEN_NOTE_COMMAND, QUIZ_NOTE_COMMAND } from '../../core/hover/hoverContent';
import { resolveAt } from '../../core/hover/termResolver';
import { readHoverSettings, type HoverSettings } from './hoverSettings';
import type { TermIndexStore } from './termIndexStore';

export class PythonHoverProvider implements vscode.HoverProvider {
  private settings: HoverSettings = readHoverSettings();

  constructor(private readonly terms: TermIndexStore, private readonly analyses: AnalysisCache) {}

  get enabled(): boolean {
    return this.settings.enabled;
  }

  reloadSettings(): void {
    this.settings = readHoverSettings();
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.settings.enabled) return undefined;
    const [{ catalog, index }, analysis] = await Promise.all([
      this.terms.get(),
      this.analyses.get(document.uri.toString(), document.version, () => document.getText()),
    ]);
    if (token.isCancellationRequested) return undefined;
    const resolved = resolveAt(analysis, document.offsetAt(position), index, { frameworks: this.settings.frameworks });
    const note = resolved && catalog.note(resolved.noteId);
    if (!resolved || !note) return undefined;
    const markdown = new vscode.MarkdownString(hoverMarkdown(resolved, note));
    markdown.isTrusted = { enabledCommands: [OPEN_NOTE_COMMAND, QUIZ_NOTE_COMMAND] };
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(resolved.start), document.positionAt(resolved.end)));
  }
}
