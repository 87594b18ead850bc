// Loads dist/catalog.json on first use and keeps it; activation never pays for it.
import * as vscode from 'vscode';
import { Catalog } from '../core/catalog/catalog';

export class CatalogStore {
  private loading: Promise<Catalog> | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  get(): Promise<Catalog> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = undefined; // let the next use try again instead of caching the failure
      throw error;
    });
    return this.loading;
  }

  private async load(): Promise<Catalog> {
    const uri = vscode.Uri.joinPath(this.extensionUri, 'dist', 'catalog.json');
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      throw new Error(`PyWeb Notes cannot find its notes at ${uri.fsPath}; the extension is not built (run npm run build).`);
    }
    return Catalog.fromJson(new TextDecoder().decode(bytes));
  }
}
