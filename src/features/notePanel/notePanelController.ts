// The one Note panel: created on first use, reused for every later note, restored after
// a reload by the serializer. It keeps the back/forward history of what it showed.
import * as vscode from 'vscode';
import { NoteHistory } from '../../core/navigation/noteHistory';
import { parseFromNotePanel, type FromNotePanel, type ToNotePanel } from '../../webview/notePanelProtocol';
import type { CatalogStore } from '../catalogStore';
import { shippedResourceRoots, webviewHtml } from '../webviewHtml';
import { toNoteView } from './noteView';

export const NOTE_PANEL_VIEW_TYPE = 'pywebNotes.note';

export class NotePanelController implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private webviewReady = false;
  private lastMessage: ToNotePanel | undefined;
  private readonly history = new NoteHistory();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly catalogStore: CatalogStore,
  ) {}

  get currentNoteId(): string | undefined {
    return this.panel ? this.history.current : undefined;
  }

  get title(): string | undefined {
    return this.panel?.title;
  }

  /** Opens a note in the panel, creating the panel if needed. */
  async show(noteId: string): Promise<void> {
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(NOTE_PANEL_VIEW_TYPE, 'PyWeb Notes', vscode.ViewColumn.Active, {
        enableScripts: true,
        enableFindWidget: true,
        localResourceRoots: shippedResourceRoots(this.extensionUri),
      });
      this.attach(panel);
    } else {
      this.panel.reveal(undefined, false);
    }
    this.history.visit(noteId);
    await this.render();
  }

  /** Adopts a panel that VS Code restored after a reload. */
  async restore(panel: vscode.WebviewPanel, noteId: string | undefined): Promise<void> {
    this.panel?.dispose();
    this.attach(panel);
    if (noteId) {
      this.history.visit(noteId);
      await this.render();
    } else {
      this.post({ type: 'showError', message: 'The note that was open could not be restored. Open it again from the Topics view.' });
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.webviewReady = false;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'note.svg');
    panel.webview.options = { enableScripts: true, localResourceRoots: shippedResourceRoots(this.extensionUri) };
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, {
      title: 'PyWeb Notes',
      styles: [['media', 'webview.css'], ['media', 'notePanel.css']],
      script: ['dist', 'webview', 'notePanel.js'],
    });
    const subscriptions = [
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        const message = parseFromNotePanel(raw);
        if (message) void this.handle(message);
      }),
      panel.onDidDispose(() => {
        if (this.panel === panel) {
          this.panel = undefined;
          this.history.clear(); // a new panel starts a new history, as a new browser tab does
        }
        for (const subscription of subscriptions) subscription.dispose();
      }),
    ];
  }

  private async handle(message: FromNotePanel): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.webviewReady = true;
        if (this.lastMessage) await this.panel?.webview.postMessage(this.lastMessage);
        return;
      case 'openNote':
        return this.show(message.noteId);
      case 'navigate':
        if (message.direction === 'back') this.history.back();
        else this.history.forward();
        return this.render();
      case 'openExternal':
        await vscode.env.openExternal(vscode.Uri.parse(message.url, true));
        return;
      case 'quizNote':
        await vscode.commands.executeCommand('pywebNotes.quizNote', message.noteId);
        return;
      case 'copyLink':
        await vscode.commands.executeCommand('pywebNotes.copyNoteLink', message.noteId);
        return;
      case 'revealInTopics':
        await vscode.commands.executeCommand('pywebNotes.revealInTopics', message.noteId);
        return;
    }
  }

  private async render(): Promise<void> {
    const noteId = this.history.current;
    if (!this.panel || !noteId) return;
    const navigation = { canGoBack: this.history.canGoBack, canGoForward: this.history.canGoForward };
    try {
      const catalog = await this.catalogStore.get();
      const note = catalog.note(noteId);
      if (note) {
        this.panel.title = note.title;
        this.post({ type: 'showNote', note: toNoteView(catalog, note), ...navigation });
      } else {
        this.panel.title = 'Note not found';
        this.post({ type: 'showMissing', noteId, ...navigation });
      }
    } catch (error) {
      this.post({ type: 'showError', message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Holds the latest message until the webview says it is ready, then sends it. */
  private post(message: ToNotePanel): void {
    this.lastMessage = message;
    if (this.webviewReady) void this.panel?.webview.postMessage(message);
  }
}
