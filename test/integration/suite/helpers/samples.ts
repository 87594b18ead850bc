// The samples/ workspace the runners open: Python fixtures for editor features
// (hovers resolve names through a file's imports, so they need real files).
//
// Hover tests go in suite/hover.test.ts, e.g.:
//   const document = await openSample('django_app/views.py');
//   const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
//     'vscode.executeHoverProvider', document.uri, positionOf(document, 'select_related'));
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export function samplesFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open (the runners open samples/)');
  return folder;
}

/** Opens samples/<relativePath> in an editor and returns its document. */
export async function openSample(relativePath: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.joinPath(samplesFolder().uri, ...relativePath.split('/'));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

/**
 * Position inside the `occurrence`-th (0-based) match of `text` in the document,
 * `offsetInText` characters into it (default: its first character).
 */
export function positionOf(document: vscode.TextDocument, text: string, occurrence = 0, offsetInText = 0): vscode.Position {
  const source = document.getText();
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = source.indexOf(text, index + 1);
    assert.ok(index >= 0, `"${text}" occurs fewer than ${occurrence + 1} time(s) in ${document.uri.path}`);
  }
  return document.positionAt(index + offsetInText);
}
