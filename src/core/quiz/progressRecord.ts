// The stored quiz progress: a versioned record of one FSRS card per quiz item. Reading
// never throws: an older version is migrated, anything unreadable is reported as corrupt
// so the caller can set it aside (never silently dropped).
// zod/mini: the same validation as zod in a fraction of the bundle (this file ships in the extension).
import * as z from 'zod/mini';

export const PROGRESS_VERSION = 2;

const isoDate = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO date'));
const fsrsState = z.int().check(z.minimum(0), z.maximum(3));
const count = z.int().check(z.minimum(0));
const positive = z.number().check(z.minimum(0));

/** One card's FSRS memory state, with dates as ISO strings so it survives JSON. */
const storedCardSchema = z.object({
  due: isoDate,
  stability: positive,
  difficulty: positive,
  elapsed_days: positive,
  scheduled_days: positive,
  learning_steps: count,
  reps: count,
  lapses: count,
  state: fsrsState,
  last_review: z.optional(isoDate),
});

/** Version 1 kept ts-fsrs 4's card, which had no learning steps. */
const progressV1Schema = z.object({
  version: z.literal(1),
  cards: z.record(z.string(), z.omit(storedCardSchema, { learning_steps: true })),
});

const progressV2Schema = z.object({
  version: z.literal(PROGRESS_VERSION),
  cards: z.record(z.string(), storedCardSchema),
  updatedAt: isoDate,
});

export type StoredCard = z.infer<typeof storedCardSchema>;
export type ProgressRecord = z.infer<typeof progressV2Schema>;

export type ProgressReadResult =
  | { readonly outcome: 'empty' | 'current' | 'migrated'; readonly record: ProgressRecord }
  | { readonly outcome: 'corrupt'; readonly record: ProgressRecord; readonly problem: string };

export function emptyProgress(now: Date = new Date()): ProgressRecord {
  return { version: PROGRESS_VERSION, cards: {}, updatedAt: now.toISOString() };
}

export function readProgress(raw: unknown, now: Date = new Date()): ProgressReadResult {
  if (raw === undefined || raw === null) return { outcome: 'empty', record: emptyProgress(now) };
  const current = progressV2Schema.safeParse(raw);
  if (current.success) return { outcome: 'current', record: current.data };
  const v1 = progressV1Schema.safeParse(raw);
  if (v1.success) {
    const cards: Record<string, StoredCard> = {};
    for (const [cardId, card] of Object.entries(v1.data.cards)) cards[cardId] = { ...card, learning_steps: 0 };
    return { outcome: 'migrated', record: { version: PROGRESS_VERSION, cards, updatedAt: now.toISOString() } };
  }
  const version = typeof raw === 'object' && raw !== null && 'version' in raw ? String((raw as { version: unknown }).version) : 'none';
  const problem = version !== 'none' && Number(version) > PROGRESS_VERSION
    ? `it was written by a newer PyWeb Notes (progress version ${version})`
    : describeIssue(current.error.issues[0]);
  return { outcome: 'corrupt', record: emptyProgress(now), problem };
}

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'it is not a progress record';
  return issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message;
}

/**
 * Merges an imported record into the current one: for each card the one reviewed most
 * recently wins, so importing an older backup never erases newer answers.
 */
export function mergeProgress(current: ProgressRecord, imported: ProgressRecord, now: Date = new Date()): { record: ProgressRecord; added: number; updated: number } {
  const cards = { ...current.cards };
  let added = 0;
  let updated = 0;
  for (const [cardId, card] of Object.entries(imported.cards)) {
    const mine = cards[cardId];
    if (!mine) {
      cards[cardId] = card;
      added++;
    } else if (reviewTime(card) > reviewTime(mine)) {
      cards[cardId] = card;
      updated++;
    }
  }
  return { record: { version: PROGRESS_VERSION, cards, updatedAt: now.toISOString() }, added, updated };
}

function reviewTime(card: StoredCard): number {
  return card.last_review ? Date.parse(card.last_review) : 0;
}
