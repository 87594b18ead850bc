// Fuzzy search over all notes. fuse.js matches each query word against the catalog's
// vocabulary: the words that start with the same character (a typo in the first letter
// is rare, and scanning a twentieth of the words keeps a query within a few ms). A
// posting list then maps each
// matched word to the notes it occurs in, weighted by the field it occurs in, so that a
// title or term match outranks one that only the summary has. Notes that match more of
// the query's words rank first.
import Fuse from 'fuse.js';
import type { Catalog } from '../catalog/catalog';
import type { Note, Term } from '../catalog/catalogTypes';
import { normalizeSearchText } from './searchText';

export interface SearchHit {
  readonly note: Note;
  /** How many query words the note matched. */
  readonly matchedWords: number;
  /** Sum over query words of match quality (0-1) times field weight. */
  readonly score: number;
}

export interface ParsedQuery {
  readonly areaId?: string;
  readonly text: string;
}

/** Where a word occurs matters: terms and titles say what a note is about. */
const FIELD_WEIGHTS = { terms: 5, title: 4, aliases: 3, asked: 2, summary: 1 } as const;

function fieldTexts(note: Note): [number, readonly string[]][] {
  return [
    [FIELD_WEIGHTS.terms, note.terms.flatMap(termWords)],
    [FIELD_WEIGHTS.title, [note.title]],
    [FIELD_WEIGHTS.aliases, note.aliases],
    [FIELD_WEIGHTS.asked, note.asked],
    [FIELD_WEIGHTS.summary, [note.summary]],
  ];
}

function termWords(term: Term): string[] {
  if (term.kind === 'concept') return [term.name, ...term.spellings];
  return [term.name];
}

export class NoteSearch {
  /** word -> note index -> best field weight the word has in that note */
  private readonly postings = new Map<string, Map<number, number>>();
  /** The vocabulary partitioned by first character, one fuse.js index each. */
  private readonly vocabulary = new Map<string, Fuse<string>>();

  constructor(private readonly catalog: Catalog) {
    catalog.notes.forEach((note, index) => {
      for (const [weight, texts] of fieldTexts(note)) {
        for (const text of texts) {
          for (const word of normalizeSearchText(text).split(' ')) {
            if (!word) continue;
            let notes = this.postings.get(word);
            if (!notes) this.postings.set(word, (notes = new Map()));
            notes.set(index, Math.max(notes.get(index) ?? 0, weight));
          }
        }
      }
    });
    const partitions = new Map<string, string[]>();
    for (const word of this.postings.keys()) {
      const words = partitions.get(word[0]!) ?? [];
      words.push(word);
      partitions.set(word[0]!, words);
    }
    for (const [first, words] of partitions) {
      this.vocabulary.set(first, new Fuse(words, { includeScore: true, ignoreLocation: true, threshold: 0.34 }));
    }
  }

  /**
   * A leading `area:` (an area id or a word of its label, such as `django:` or
   * `security:`) keeps only that area's notes.
   */
  parseQuery(query: string): ParsedQuery {
    const match = /^\s*([a-z]+)\s*:\s*(.*)$/i.exec(query);
    if (match) {
      const prefix = match[1]!.toLowerCase();
      const area = this.catalog.areas.find((a) => a.id === prefix)
        ?? this.catalog.areas.find((a) => a.label.toLowerCase().split(/\W+/).includes(prefix));
      if (area) return { areaId: area.id, text: match[2]!.trim() };
    }
    return { text: query.trim() };
  }

  search(query: string, limit = 50): SearchHit[] {
    const { areaId, text } = this.parseQuery(query);
    const notes = this.catalog.notes;
    const inArea = (index: number) => !areaId || notes[index]!.areaId === areaId;
    const words = [...new Set(normalizeSearchText(text).split(' ').filter(Boolean))];
    if (words.length === 0) {
      return notes.flatMap((note, index) => (inArea(index) ? [{ note, matchedWords: 0, score: 0 }] : [])).slice(0, limit);
    }
    const totals = new Map<number, { matchedWords: number; score: number }>();
    for (const word of words) {
      const best = new Map<number, number>();
      for (const match of this.vocabulary.get(word[0]!)?.search(word, { limit: 40 }) ?? []) {
        const quality = 1 - (match.score ?? 1);
        for (const [index, weight] of this.postings.get(match.item)!) {
          if (inArea(index)) best.set(index, Math.max(best.get(index) ?? 0, quality * weight));
        }
      }
      for (const [index, score] of best) {
        const total = totals.get(index) ?? { matchedWords: 0, score: 0 };
        total.matchedWords++;
        total.score += score;
        totals.set(index, total);
      }
    }
    return [...totals.entries()]
      .sort(([a, x], [b, y]) => y.matchedWords - x.matchedWords || y.score - x.score || a - b)
      .slice(0, limit)
      .map(([index, total]) => ({ note: notes[index]!, ...total }));
  }
}
