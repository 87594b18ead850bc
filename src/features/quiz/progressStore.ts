// Quiz progress in globalState, synced across machines. Read once, written after every
// answer. A corrupt record is kept aside under its own key and the user is told; an old
// one is migrated and written back.
import * as vscode from 'vscode';
import { emptyProgress, readProgress, type ProgressRecord, type StoredCard } from '../../core/quiz/progressRecord';

export const PROGRESS_KEY = 'pywebNotes.progress';
export const CORRUPT_PROGRESS_PREFIX = 'pywebNotes.progress.corrupt.';

export class ProgressStore implements vscode.Disposable {
  private record: ProgressRecord | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento & { setKeysForSync(keys: readonly string[]): void }) {
    state.setKeysForSync([PROGRESS_KEY]);
  }

  dispose(): void {
    this.changed.dispose();
  }

  get(): ProgressRecord {
    if (!this.record) this.record = this.load();
    return this.record;
  }

  async setCard(cardId: string, card: StoredCard): Promise<void> {
    const current = this.get();
    await this.replace({ ...current, cards: { ...current.cards, [cardId]: card }, updatedAt: new Date().toISOString() });
  }

  async replace(record: ProgressRecord): Promise<void> {
    this.record = record;
    await this.state.update(PROGRESS_KEY, record);
    this.changed.fire();
  }

  async reset(): Promise<void> {
    await this.replace(emptyProgress());
  }

  private load(): ProgressRecord {
    const raw = this.state.get<unknown>(PROGRESS_KEY);
    const result = readProgress(raw);
    if (result.outcome === 'migrated') {
      void this.state.update(PROGRESS_KEY, result.record);
    } else if (result.outcome === 'corrupt') {
      const asideKey = `${CORRUPT_PROGRESS_PREFIX}${new Date().toISOString()}`;
      void this.state.update(asideKey, raw).then(() => this.state.update(PROGRESS_KEY, result.record));
      void vscode.window.showWarningMessage(
        `PyWeb Notes could not read your quiz progress (${result.problem}). It was kept aside under "${asideKey}" and the quiz starts a fresh record.`,
      );
    }
    return result.record;
  }
}
