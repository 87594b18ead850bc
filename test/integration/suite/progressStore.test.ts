// The progress store's promises, inside the real extension host: a corrupt record is kept
// aside (never dropped) and replaced by a fresh one; an old record is migrated and saved.
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { CORRUPT_PROGRESS_PREFIX, PROGRESS_KEY, ProgressStore } from '../../../src/features/quiz/progressStore';

/** An in-memory globalState with the same surface as the real one. */
class MemoryState implements vscode.Memento {
  readonly values = new Map<string, unknown>();
  syncedKeys: readonly string[] = [];
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, defaultValue?: T): T | undefined {
    return (this.values.has(key) ? this.values.get(key) : defaultValue) as T | undefined;
  }
  async update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, value);
  }
  setKeysForSync(keys: readonly string[]): void {
    this.syncedKeys = keys;
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

suite('Quiz progress store', () => {
  test('syncs the progress key across machines', () => {
    const state = new MemoryState();
    new ProgressStore(state).dispose();
    assert.deepEqual(state.syncedKeys, [PROGRESS_KEY]);
  });

  test('keeps a corrupt record aside under its own key and starts a fresh one', async () => {
    const state = new MemoryState();
    const garbage = { version: 2, cards: { 'a/1': { due: 'never' } } };
    state.values.set(PROGRESS_KEY, garbage);
    const store = new ProgressStore(state);
    assert.deepEqual(store.get().cards, {});
    await settle();
    const aside = state.keys().filter((key) => key.startsWith(CORRUPT_PROGRESS_PREFIX));
    assert.equal(aside.length, 1, `keys: ${state.keys().join(', ')}`);
    assert.deepEqual(state.get(aside[0]!), garbage, 'the unreadable record is kept as it was');
    assert.deepEqual((state.get(PROGRESS_KEY) as { cards: object }).cards, {});
    store.dispose();
  });

  test('migrates a version 1 record and writes it back as the current version', async () => {
    const state = new MemoryState();
    const card = { due: '2026-05-03T10:00:00.000Z', stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 2, reps: 1, lapses: 0, state: 2, last_review: '2026-05-01T10:00:00.000Z' };
    state.values.set(PROGRESS_KEY, { version: 1, cards: { 'q-objects/1': card } });
    const store = new ProgressStore(state);
    assert.equal(store.get().cards['q-objects/1']?.reps, 1);
    await settle();
    const saved = state.get(PROGRESS_KEY) as { version: number; cards: Record<string, { learning_steps: number }> };
    assert.equal(saved.version, 2);
    assert.equal(saved.cards['q-objects/1']?.learning_steps, 0);
    store.dispose();
  });

  test('writes every answer through to the state', async () => {
    const state = new MemoryState();
    const store = new ProgressStore(state);
    const card = { due: '2026-05-03T10:00:00.000Z', stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 2, learning_steps: 0, reps: 1, lapses: 0, state: 2 };
    await store.setCard('q-objects/1', card);
    assert.deepEqual((state.get(PROGRESS_KEY) as { cards: object }).cards, { 'q-objects/1': card });
    store.dispose();
  });
});
