// The compiled catalog: what esbuild.mjs writes to dist/catalog.json and the extension reads.
// Plain interfaces (no zod at run time): the build has already validated everything.
import type { TermSpec } from '../content/noteSchema';

export const CATALOG_FORMAT = 1;

export type Term = TermSpec;

export interface DocLink {
  readonly title: string;
  readonly url: string;
}

export interface ChoiceQuizItem {
  readonly type: 'choice';
  /** Stable card id: `<noteId>/<item id or hash of the question>`. */
  readonly cardId: string;
  readonly question: string;
  readonly questionHtml: string;
  readonly choices: readonly string[];
  readonly choicesHtml: readonly string[];
  readonly answerIndex: number;
  readonly explanationHtml: string;
}

export interface RecallQuizItem {
  readonly type: 'recall';
  readonly cardId: string;
  readonly prompt: string;
  readonly promptHtml: string;
  readonly answerHtml: string;
}

export type QuizItem = ChoiceQuizItem | RecallQuizItem;

export interface Note {
  readonly id: string;
  readonly title: string;
  readonly areaId: string;
  readonly topicId: string;
  readonly summary: string;
  readonly asked: readonly string[];
  readonly aliases: readonly string[];
  readonly terms: readonly Term[];
  readonly related: readonly string[];
  readonly docs: readonly DocLink[];
  readonly versions: Readonly<Record<string, string>>;
  /** A 2-5 line Python example for hovers, when the note has one. */
  readonly example?: string;
  readonly quiz: readonly QuizItem[];
  /** The body, rendered once at build time (markdown-it + highlight.js, raw HTML disabled). */
  readonly html: string;
  /** The body as plain text, for search. */
  readonly text: string;
  /** Path of the source file relative to the project root, for error messages. */
  readonly source: string;
}

export interface Topic {
  readonly id: string;
  readonly label: string;
  readonly areaId: string;
  /** Note ids in display order. */
  readonly noteIds: readonly string[];
}

export interface Area {
  readonly id: string;
  readonly label: string;
  readonly topicIds: readonly string[];
}

export interface CatalogData {
  readonly format: typeof CATALOG_FORMAT;
  readonly areas: readonly Area[];
  readonly topics: readonly Topic[];
  readonly notes: readonly Note[];
}
