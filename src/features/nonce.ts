import { randomBytes } from 'node:crypto';

/** A fresh value for a webview's script-src 'nonce-…', unguessable by page content. */
export function createNonce(): string {
  return randomBytes(18).toString('base64');
}
