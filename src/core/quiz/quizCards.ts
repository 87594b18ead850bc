// Every card the catalog offers: each quiz item of each note, plus one recall card per
// note built from how interviewers ask it, answered by the note's summary.
import type { Catalog } from '../catalog/catalog';
import type { ChoiceQuizItem, Note } from '../catalog/catalogTypes';

export type QuizCard =
  | { readonly kind: 'choice'; readonly cardId: string; readonly noteId: string; readonly item: ChoiceQuizItem }
  | { readonly kind: 'recall'; readonly cardId: string; readonly noteId: string; readonly prompt: string; readonly promptHtml: string; readonly answerHtml: string };

/** The question of a card as plain text, for summaries. */
export function cardQuestion(card: QuizCard): string {
  return card.kind === 'choice' ? card.item.question : card.prompt;
}

export function cardsOfNote(note: Note): QuizCard[] {
  const cards: QuizCard[] = note.quiz.map((item) => item.type === 'choice'
    ? { kind: 'choice', cardId: item.cardId, noteId: note.id, item }
    : { kind: 'recall', cardId: item.cardId, noteId: note.id, prompt: item.prompt, promptHtml: item.promptHtml, answerHtml: item.answerHtml });
  const asked = note.asked[0];
  if (asked) {
    cards.push({ kind: 'recall', cardId: `${note.id}/asked`, noteId: note.id, prompt: asked, promptHtml: escapeHtml(asked), answerHtml: `<p>${escapeHtml(note.summary)}</p>` });
  }
  return cards;
}

export function allCards(catalog: Catalog): QuizCard[] {
  return catalog.notes.flatMap(cardsOfNote);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
