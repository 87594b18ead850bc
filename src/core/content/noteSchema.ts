// The front matter of a note, as authors write it (content/README.md documents it).
// zod gives both the runtime check and the TypeScript type, so they cannot drift.
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const noteId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');
const pythonName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a Python identifier');
const memberName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*\*?$/, 'must be a Python identifier, optionally ending in * (a prefix such as validate_*)');
const dottedModule = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/, 'must be a dotted module path such as django.db.models');
const httpsUrl = z.string().url('must be a URL').refine((u) => u.startsWith('https://'), 'must be an https:// link');

/** Where a hover term is recognised in Python code. */
export const memberShapes = ['call', 'attribute', 'assignment', 'keyword', 'definition'] as const;

/**
 * What a member term's owner must be shown to be (src/core/hover/receiverEvidence.ts):
 * the receiver of a call or attribute, the class of a definition, the function a keyword
 * is passed to. For generic names (`values`, `is_valid`, `validate_*`, `bind`) that dicts,
 * paths, forms and other libraries' functions have too.
 */
export const receiverKinds = ['queryset', 'serializer', 'celery-task'] as const;
export type ReceiverKind = (typeof receiverKinds)[number];

export const termSchema = z.discriminatedUnion('kind', [
  // A name that must resolve through the file's imports to `module.name`.
  z.object({
    kind: z.literal('symbol'),
    name: pythonName,
    module: dottedModule,
    alsoFrom: z.array(dottedModule).optional(),
  }).strict(),
  // A method or attribute name (`.select_related(`), recognised only in files that import
  // one of `requires`, only in the listed shapes and, with `receiver`, only where its owner
  // is shown to be of that kind.
  z.object({
    kind: z.literal('member'),
    name: memberName,
    requires: z.array(dottedModule).min(1),
    shapes: z.array(z.enum(memberShapes)).min(1).default(['call']),
    label: nonEmpty.optional(),
    receiver: z.enum(receiverKinds).optional(),
  }).strict().refine((term) => !term.receiver || !term.shapes.includes('assignment'), {
    message: 'receiver does not apply to the assignment shape', path: ['receiver'],
  }),
  // A concept word (GIL, N+1) that may also hover in comments and docstrings; with
  // `requires`, only in files that import one of those modules (call_next: FastAPI).
  z.object({
    kind: z.literal('concept'),
    name: nonEmpty,
    spellings: z.array(nonEmpty).min(1),
    requires: z.array(dottedModule).min(1).optional(),
  }).strict(),
]);

const choiceItem = z.object({
  type: z.literal('choice'),
  id: noteId.optional(),
  question: nonEmpty,
  choices: z.array(nonEmpty).min(3, 'needs at least 3 choices').max(6, 'has more than 6 choices'),
  answer: nonEmpty,
  explanation: nonEmpty,
}).strict().superRefine((item, ctx) => {
  if (new Set(item.choices).size !== item.choices.length) {
    ctx.addIssue({ code: 'custom', path: ['choices'], message: 'choices must be different from each other' });
  }
  if (!item.choices.includes(item.answer)) {
    ctx.addIssue({ code: 'custom', path: ['answer'], message: `answer "${item.answer}" is not one of its choices` });
  }
});

const recallItem = z.object({
  type: z.literal('recall'),
  id: noteId.optional(),
  prompt: nonEmpty,
  answer: nonEmpty,
}).strict();

export const quizItemSchema = z.discriminatedUnion('type', [choiceItem, recallItem]);

export const docLinkSchema = z.object({ title: nonEmpty, url: httpsUrl }).strict();

export const frontMatterSchema = z.object({
  id: noteId,
  title: nonEmpty,
  topic: noteId,
  order: z.number().int().optional(),
  summary: nonEmpty.max(400, 'is longer than 400 characters: a hover shows it'),
  asked: z.array(nonEmpty).min(2, 'needs at least 2 interview phrasings'),
  aliases: z.array(nonEmpty).optional(),
  terms: z.array(termSchema).optional(),
  related: z.array(noteId).min(1, 'needs at least 1 related note'),
  docs: z.array(docLinkSchema).min(1, 'needs at least 1 official doc link'),
  versions: z.record(nonEmpty, nonEmpty).optional(),
  example: nonEmpty.optional(),
  quiz: z.array(quizItemSchema).min(2, 'needs at least 2 quiz items'),
}).strict().superRefine((fm, ctx) => {
  if (!fm.quiz.some((q) => q.type === 'choice')) {
    ctx.addIssue({ code: 'custom', path: ['quiz'], message: 'needs at least one multiple-choice item' });
  }
  if (fm.related.includes(fm.id)) {
    ctx.addIssue({ code: 'custom', path: ['related'], message: 'a note cannot be related to itself' });
  }
  if (fm.example !== undefined) {
    const lines = fm.example.trimEnd().split('\n').length;
    if (lines > 5) ctx.addIssue({ code: 'custom', path: ['example'], message: `hover example has ${lines} lines; keep it to 2-5` });
  }
});

export type TermSpec = z.infer<typeof termSchema>;
export type QuizItemSpec = z.infer<typeof quizItemSchema>;
export type FrontMatter = z.infer<typeof frontMatterSchema>;

export const topicsFileSchema = z.object({
  areas: z.array(z.object({
    id: noteId,
    label: nonEmpty,
    topics: z.array(z.object({ id: noteId, label: nonEmpty }).strict()).min(1),
  }).strict()).min(1),
}).strict();

export type TopicsFile = z.infer<typeof topicsFileSchema>;
