// The HTML shell shared by the extension's webviews: strict CSP, shipped CSS and one
// nonce'd script; all content arrives later by message.
import * as vscode from 'vscode';
import { createNonce } from './nonce';

export interface WebviewShell {
  readonly title: string;
  /** Paths under the extension root, e.g. ['media', 'notePanel.css']. */
  readonly styles: readonly string[][];
  readonly script: readonly string[];
}

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, shell: WebviewShell): string {
  const nonce = createNonce();
  const asUri = (parts: readonly string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...parts)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const styles = shell.styles.map((parts) => `<link rel="stylesheet" href="${asUri(parts)}">`).join('\n    ');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    ${styles}
    <title>${escapeHtml(shell.title)}</title>
  </head>
  <body>
    <div id="root" aria-live="polite"><p class="loading">Loading…</p></div>
    <script nonce="${nonce}" src="${asUri(shell.script)}"></script>
  </body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Webviews may load only what the extension ships. */
export function shippedResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist', 'webview')];
}
