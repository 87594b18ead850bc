// The tree's view of quiz progress: note statuses, recomputed only when progress changes.
import type * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalog';
import { noteStatus, type LearningStatus } from '../../core/quiz/cardStatus';
import { cardsOfNote } from '../../core/quiz/quizCards';
import type { LearningLens } from '../topicsTree/topicsTreeProvider';
import type { ProgressStore } from './progressStore';

export class ProgressLearningLens implements LearningLens {
  private cache = new Map<string, LearningStatus>();
  readonly onDidChange: vscode.Event<void>;

  constructor(private readonly progress: ProgressStore) {
    this.onDidChange = (listener, thisArgs, disposables) => progress.onDidChange(() => {
      this.cache.clear();
      listener.call(thisArgs);
    }, undefined, disposables);
  }

  statusOf(catalog: Catalog, noteId: string): LearningStatus {
    let status = this.cache.get(noteId);
    if (!status) {
      const note = catalog.note(noteId);
      status = note ? noteStatus(cardsOfNote(note), this.progress.get()) : 'new';
      this.cache.set(noteId, status);
    }
    return status;
  }
}
