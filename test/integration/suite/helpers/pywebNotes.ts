// Access to the PyWeb Notes extension under test and its test API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PyWebNotesApi } from '../../../../src/extensionApi';

export type { PyWebNotesApi };

export const EXTENSION_ID = 'pyweb-notes.pyweb-notes';

/** Webview panel type of the Note panel (tabs report it with a host prefix). */
export const NOTE_VIEW_TYPE = 'pywebNotes.note';

export const COMMANDS = {
  openNote: 'pywebNotes.openNote',
  openRandomNote: 'pywebNotes.openRandomNote',
  searchNotes: 'pywebNotes.searchNotes',
} as const;

export function pywebNotesExtension(): vscode.Extension<PyWebNotesApi> {
  const extension = vscode.extensions.getExtension<PyWebNotesApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
  return extension;
}

/** Activates PyWeb Notes (idempotent) and returns its test API. */
export async function activatePyWebNotes(): Promise<PyWebNotesApi> {
  const api = await pywebNotesExtension().activate();
  assert.ok(api, 'activate() returned no API object');
  return api;
}

/** Polls `check` until it returns a truthy value or `timeoutMs` passes. */
export async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The open tabs that show the Note panel. */
export function noteTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(NOTE_VIEW_TYPE));
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
