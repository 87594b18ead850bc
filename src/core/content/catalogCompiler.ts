// Compiles every note file into one validated catalog. Collects all problems across all
// files before failing, so an author fixes a batch at once instead of one per build.
import { CATALOG_FORMAT, type Area, type CatalogData, type Note, type QuizItem, type Topic } from '../catalog/catalogTypes';
import type { ContentError } from './contentError';
import { renderInlineMarkdown, renderMarkdown } from './markdownRenderer';
import { splitNoteFile } from './noteFile';
import { frontMatterSchema, type FrontMatter, type QuizItemSpec } from './noteSchema';
import { parseTopicsFile } from './topicsFile';
import { parseYamlSource } from './yamlSource';
import { formatZodIssues } from './zodIssues';

export interface SourceFile {
  /** Path relative to the project root, with forward slashes: `content/django/orm-n-plus-one.md`. */
  readonly path: string;
  readonly text: string;
}

export interface CompileResult {
  readonly catalog?: CatalogData;
  readonly errors: readonly ContentError[];
}

interface ParsedNote {
  readonly file: string;
  readonly frontMatter: FrontMatter;
  readonly lineOf: (path: readonly PropertyKey[]) => number;
  readonly body: ReturnType<typeof renderMarkdown>;
}

export function compileCatalog(topicsSource: SourceFile, noteSources: readonly SourceFile[]): CompileResult {
  const errors: ContentError[] = [];
  const topicsFile = parseTopicsFile(topicsSource.path, topicsSource.text);
  if (Array.isArray(topicsFile)) return { errors: topicsFile };

  const topicArea = new Map<string, string>();
  for (const area of topicsFile.areas) for (const topic of area.topics) topicArea.set(topic.id, area.id);

  const parsed: ParsedNote[] = [];
  for (const source of [...noteSources].sort((a, b) => a.path.localeCompare(b.path))) {
    const note = parseNote(source, errors);
    if (note) parsed.push(note);
  }

  const byId = new Map<string, ParsedNote>();
  const titles = new Map<string, string>();
  for (const note of parsed) {
    const { id, title, topic } = note.frontMatter;
    const previous = byId.get(id);
    if (previous) errors.push({ file: note.file, line: note.lineOf(['id']), message: `duplicate id "${id}" (also in ${previous.file})` });
    else byId.set(id, note);
    const sameTitle = titles.get(title.toLowerCase());
    if (sameTitle) errors.push({ file: note.file, line: note.lineOf(['title']), message: `duplicate title "${title}" (also in ${sameTitle})` });
    else titles.set(title.toLowerCase(), note.file);

    const fileName = note.file.split('/').pop()!.replace(/\.md$/, '');
    if (fileName !== id) errors.push({ file: note.file, line: note.lineOf(['id']), message: `id "${id}" must match the file name "${fileName}.md"` });
    const areaId = topicArea.get(topic);
    const folder = note.file.split('/').slice(-2, -1)[0];
    if (!areaId) errors.push({ file: note.file, line: note.lineOf(['topic']), message: `unknown topic "${topic}" (topics are listed in ${topicsSource.path})` });
    else if (folder !== areaId) errors.push({ file: note.file, line: note.lineOf(['topic']), message: `topic "${topic}" belongs to area "${areaId}", so the note must live in content/${areaId}/` });
  }

  for (const note of parsed) {
    note.frontMatter.related.forEach((relatedId, index) => {
      if (!byId.has(relatedId)) errors.push({ file: note.file, line: note.lineOf(['related', index]), message: `related note "${relatedId}" does not exist` });
    });
    for (const link of note.body.noteLinks) {
      if (!byId.has(link.id)) errors.push({ file: note.file, line: link.line, message: `link to unknown note "note:${link.id}"` });
    }
  }

  if (errors.length > 0) return { errors };
  return { catalog: assembleCatalog(topicsFile.areas, [...byId.values()]), errors };
}

function parseNote(source: SourceFile, errors: ContentError[]): ParsedNote | undefined {
  const parts = splitNoteFile(source.path, source.text);
  if ('message' in parts) {
    errors.push(parts);
    return undefined;
  }
  const yaml = parseYamlSource(source.path, parts.frontMatter, parts.frontMatterLine);
  if (Array.isArray(yaml)) {
    errors.push(...yaml);
    return undefined;
  }
  const result = frontMatterSchema.safeParse(yaml.value ?? {});
  if (!result.success) {
    errors.push(...formatZodIssues(source.path, result.error.issues, yaml.lineOf));
    return undefined;
  }
  const body = renderMarkdown(parts.body, parts.bodyLine);
  for (const problem of body.problems) errors.push({ file: source.path, ...problem });
  if (!body.text) errors.push({ file: source.path, line: parts.bodyLine, message: 'the note has no body' });

  const cardIds = new Set<string>();
  result.data.quiz.forEach((item, index) => {
    const cardId = quizCardId(result.data.id, item);
    if (cardIds.has(cardId)) errors.push({ file: source.path, line: yaml.lineOf(['quiz', index]), message: `quiz item repeats card id "${cardId}": give it a distinct id` });
    cardIds.add(cardId);
  });
  return { file: source.path, frontMatter: result.data, lineOf: yaml.lineOf, body };
}

function assembleCatalog(areasSpec: readonly { id: string; label: string; topics: readonly { id: string; label: string }[] }[], notes: readonly ParsedNote[]): CatalogData {
  const notesByTopic = new Map<string, ParsedNote[]>();
  for (const note of notes) {
    const list = notesByTopic.get(note.frontMatter.topic) ?? [];
    list.push(note);
    notesByTopic.set(note.frontMatter.topic, list);
  }
  const areas: Area[] = [];
  const topics: Topic[] = [];
  const compiled: Note[] = [];
  for (const area of areasSpec) {
    areas.push({ id: area.id, label: area.label, topicIds: area.topics.map((topic) => topic.id) });
    for (const topic of area.topics) {
      const members = (notesByTopic.get(topic.id) ?? []).sort(byOrderThenTitle);
      topics.push({ id: topic.id, label: topic.label, areaId: area.id, noteIds: members.map((note) => note.frontMatter.id) });
      for (const note of members) compiled.push(compileNote(note, area.id));
    }
  }
  return { format: CATALOG_FORMAT, areas, topics, notes: compiled };
}

function byOrderThenTitle(a: ParsedNote, b: ParsedNote): number {
  const orderA = a.frontMatter.order ?? Number.MAX_SAFE_INTEGER;
  const orderB = b.frontMatter.order ?? Number.MAX_SAFE_INTEGER;
  return orderA - orderB || a.frontMatter.title.localeCompare(b.frontMatter.title);
}

function compileNote(note: ParsedNote, areaId: string): Note {
  const fm = note.frontMatter;
  return {
    id: fm.id,
    title: fm.title,
    areaId,
    topicId: fm.topic,
    summary: fm.summary,
    asked: fm.asked,
    aliases: fm.aliases ?? [],
    terms: fm.terms ?? [],
    related: fm.related,
    docs: fm.docs,
    versions: fm.versions ?? {},
    ...(fm.example !== undefined ? { example: fm.example.trimEnd() } : {}),
    quiz: fm.quiz.map((item) => compileQuizItem(fm.id, item)),
    html: note.body.html,
    text: note.body.text,
    source: note.file,
  };
}

function compileQuizItem(noteId: string, item: QuizItemSpec): QuizItem {
  const cardId = quizCardId(noteId, item);
  if (item.type === 'choice') {
    return {
      type: 'choice',
      cardId,
      question: item.question,
      questionHtml: renderInlineMarkdown(item.question),
      choices: item.choices,
      choicesHtml: item.choices.map(renderInlineMarkdown),
      answerIndex: item.choices.indexOf(item.answer),
      explanationHtml: renderMarkdown(item.explanation).html,
    };
  }
  return {
    type: 'recall',
    cardId,
    prompt: item.prompt,
    promptHtml: renderInlineMarkdown(item.prompt),
    answerHtml: renderMarkdown(item.answer).html,
  };
}

/**
 * A card id that survives reordering quiz items: the explicit `id`, or a hash of the
 * question. Rewording a question without an `id` starts that card afresh, by design.
 */
export function quizCardId(noteId: string, item: QuizItemSpec): string {
  return `${noteId}/${item.id ?? fnv1a(item.type === 'choice' ? item.question : item.prompt)}`;
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
