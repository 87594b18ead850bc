// Messages between the extension and the Note panel's webview, typed both ways. The
// extension validates what the webview sends; anything unknown is ignored.

export interface NoteView {
  readonly id: string;
  readonly title: string;
  readonly areaLabel: string;
  readonly topicLabel: string;
  readonly summary: string;
  readonly html: string;
  readonly related: readonly { readonly id: string; readonly title: string }[];
  readonly docs: readonly { readonly title: string; readonly url: string }[];
  readonly versions: readonly { readonly name: string; readonly value: string }[];
  readonly hasQuiz: boolean;
}

export interface NavigationState {
  readonly canGoBack: boolean;
  readonly canGoForward: boolean;
}

export type ToNotePanel =
  | ({ readonly type: 'showNote'; readonly note: NoteView } & NavigationState)
  | ({ readonly type: 'showMissing'; readonly noteId: string } & NavigationState)
  | { readonly type: 'showError'; readonly message: string };

export type FromNotePanel =
  | { readonly type: 'ready' }
  | { readonly type: 'openNote'; readonly noteId: string }
  | { readonly type: 'openExternal'; readonly url: string }
  | { readonly type: 'navigate'; readonly direction: 'back' | 'forward' }
  | { readonly type: 'quizNote'; readonly noteId: string }
  | { readonly type: 'copyLink'; readonly noteId: string }
  | { readonly type: 'revealInTopics'; readonly noteId: string };

/** What the webview keeps across reloads (vscode.setState / the serializer). */
export interface NotePanelState {
  readonly noteId: string;
}

const NOTE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isNoteId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 100 && NOTE_ID.test(value);
}

/** Returns the message if it is one the panel may send, otherwise undefined. */
export function parseFromNotePanel(message: unknown): FromNotePanel | undefined {
  if (!isRecord(message)) return undefined;
  switch (message.type) {
    case 'ready':
      return { type: 'ready' };
    case 'openNote':
    case 'quizNote':
    case 'copyLink':
    case 'revealInTopics':
      return isNoteId(message.noteId) ? { type: message.type, noteId: message.noteId } : undefined;
    case 'openExternal':
      return typeof message.url === 'string' && /^https:\/\/[^\s]+$/.test(message.url) && message.url.length <= 2048
        ? { type: 'openExternal', url: message.url }
        : undefined;
    case 'navigate':
      return message.direction === 'back' || message.direction === 'forward' ? { type: 'navigate', direction: message.direction } : undefined;
    default:
      return undefined;
  }
}

export function parseNotePanelState(state: unknown): NotePanelState | undefined {
  return isRecord(state) && isNoteId(state.noteId) ? { noteId: state.noteId } : undefined;
}
