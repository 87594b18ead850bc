// Export, import and reset of quiz progress: a user's record must never be lost by
// accident, so import merges (newest answer wins) and reset asks first.
import * as vscode from 'vscode';
import { mergeProgress, readProgress } from '../../core/quiz/progressRecord';
import type { ProgressStore } from './progressStore';

export async function exportProgress(store: ProgressStore): Promise<void> {
  const target = await vscode.window.showSaveDialog({
    title: 'Export PyWeb Notes progress',
    defaultUri: vscode.Uri.file(`pyweb-notes-progress-${new Date().toISOString().slice(0, 10)}.json`),
    filters: { JSON: ['json'] },
  });
  if (!target) return;
  const record = store.get();
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(JSON.stringify(record, null, 2)));
  void vscode.window.showInformationMessage(`Exported progress on ${Object.keys(record.cards).length} cards to ${target.fsPath}.`);
}

/** Imports a file chosen by the user, or the given one (used by tests and links). */
export async function importProgress(store: ProgressStore, file?: vscode.Uri): Promise<boolean> {
  const source = file ?? (await vscode.window.showOpenDialog({ title: 'Import PyWeb Notes progress', canSelectMany: false, filters: { JSON: ['json'] } }))?.[0];
  if (!source) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(source)));
  } catch (error) {
    void vscode.window.showErrorMessage(`Cannot import ${source.fsPath}: it is not readable JSON (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`);
    return false;
  }
  const result = readProgress(parsed);
  if (result.outcome === 'corrupt' || result.outcome === 'empty') {
    const why = result.outcome === 'corrupt' ? result.problem : 'the file is empty';
    void vscode.window.showErrorMessage(`Cannot import ${source.fsPath}: it is not a PyWeb Notes progress file (${why}). Nothing was changed.`);
    return false;
  }
  const { record, added, updated } = mergeProgress(store.get(), result.record);
  await store.replace(record);
  void vscode.window.showInformationMessage(`Imported progress: ${added} new cards, ${updated} updated with newer answers.`);
  return true;
}

export async function resetProgress(store: ProgressStore): Promise<void> {
  const cards = Object.keys(store.get().cards).length;
  const choice = await vscode.window.showWarningMessage(
    `Reset your quiz progress? The schedule of ${cards} cards will be forgotten. Export it first if you may want it back.`,
    { modal: true },
    'Reset',
  );
  if (choice !== 'Reset') return;
  await store.reset();
  void vscode.window.showInformationMessage('Quiz progress reset.');
}
