// "Start Quiz": choose what to be asked. Counts are shown so the choice is informed.
import * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalog';
import { countDue } from '../../core/quiz/cardSelection';
import { allCards } from '../../core/quiz/quizCards';
import type { ProgressRecord } from '../../core/quiz/progressRecord';
import type { QuizRequest } from './quizPanelController';

interface ScopeItem extends vscode.QuickPickItem {
  readonly request?: QuizRequest;
  readonly pickArea?: boolean;
  readonly thisFile?: boolean;
}

export async function pickQuizScope(catalog: Catalog, progress: ProgressRecord, options: { cram: boolean; interviewDate?: Date; hasPythonEditor: boolean }): Promise<QuizRequest | 'thisFile' | undefined> {
  const due = countDue(allCards(catalog), progress, new Date(), options.interviewDate);
  const cram = options.cram;
  const items: ScopeItem[] = [
    ...(cram ? [] : [{ label: '$(history) Due now', description: `${due} due`, request: { scope: { kind: 'due' as const }, title: 'Quiz: due now' } }]),
    { label: '$(library) Everything', description: `${catalog.notes.length} notes`, request: { scope: { kind: 'all' }, title: cram ? 'Cram: everything' : 'Quiz: everything', cram } },
    { label: '$(list-tree) An area or topic…', pickArea: true },
    ...(options.hasPythonEditor ? [{ label: '$(file-code) This file', description: 'the notes of the names in the active Python file', thisFile: true }] : []),
  ];
  const chosen = await vscode.window.showQuickPick(items, { title: cram ? 'Cram (practice without changing the schedule)' : 'Start Quiz', placeHolder: 'What should the quiz ask?' });
  if (!chosen) return undefined;
  if (chosen.thisFile) return 'thisFile';
  if (chosen.request) return chosen.request;

  const places: ScopeItem[] = catalog.areas.flatMap((area) => [
    { label: area.label, kind: vscode.QuickPickItemKind.Separator },
    { label: `$(library) All of ${area.label}`, request: { scope: { kind: 'area', areaId: area.id }, title: `${cram ? 'Cram' : 'Quiz'}: ${area.label}`, cram } },
    ...catalog.topicsOf(area.id).filter((topic) => topic.noteIds.length > 0).map((topic): ScopeItem => ({
      label: topic.label,
      description: `${topic.noteIds.length} notes`,
      request: { scope: { kind: 'topic', topicId: topic.id }, title: `${cram ? 'Cram' : 'Quiz'}: ${topic.label}`, cram },
    })),
  ]);
  return (await vscode.window.showQuickPick(places, { title: 'Quiz an area or topic', matchOnDescription: true }))?.request;
}
