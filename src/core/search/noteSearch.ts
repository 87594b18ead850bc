// Fuzzy search over all notes with fuse.js. Titles and hover terms weigh most, then
// aliases and interview phrasings, then summaries: a title or term match outranks a
// match that only the prose has.
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Catalog } from '../catalog/catalog';
import type { Note, Term } from '../catalog/catalogTypes';
import { normalizeSearchText } from './searchText';

interface SearchDocument {
  readonly note: Note;
  readonly title: string;
  readonly terms: readonly string[];
  readonly aliases: readonly string[];
  readonly asked: readonly string[];
  readonly summary: string;
}

export interface SearchHit {
  readonly note: Note;
  /** 0 is a perfect match, 1 no match (fuse.js's score). */
  readonly score: number;
}

export interface ParsedQuery {
  readonly areaId?: string;
  readonly text: string;
}

const fuseOptions: IFuseOptions<SearchDocument> = {
  keys: [
    { name: 'title', weight: 4 },
    { name: 'terms', weight: 4 },
    { name: 'aliases', weight: 3 },
    { name: 'asked', weight: 2 },
    { name: 'summary', weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 1,
  // Space-separated words must each match (in any field), as people type "depends yield".
  useExtendedSearch: true,
};

function termWords(term: Term): string[] {
  if (term.kind === 'concept') return [term.name, ...term.spellings];
  if (term.kind === 'symbol') return [term.name, `${term.module}.${term.name}`];
  return [term.name, ...(term.label ? [term.label] : [])];
}

export class NoteSearch {
  private readonly fuse: Fuse<SearchDocument>;

  constructor(private readonly catalog: Catalog) {
    const documents = catalog.notes.map((note): SearchDocument => ({
      note,
      title: normalizeSearchText(note.title),
      terms: note.terms.flatMap(termWords).map(normalizeSearchText),
      aliases: note.aliases.map(normalizeSearchText),
      asked: note.asked.map(normalizeSearchText),
      summary: normalizeSearchText(note.summary),
    }));
    this.fuse = new Fuse(documents, fuseOptions);
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
    const inArea = (note: Note) => !areaId || note.areaId === areaId;
    const normalized = normalizeSearchText(text);
    if (!normalized) {
      return this.catalog.notes.filter(inArea).slice(0, limit).map((note) => ({ note, score: 0 }));
    }
    const fetch = areaId ? limit * 4 : limit;
    let results = this.fuse.search(normalized, { limit: fetch });
    // Every word must match first; when no note has them all, any word may ("n+1 queries").
    if (results.length === 0 && normalized.includes(' ')) {
      results = this.fuse.search(normalized.split(' ').join(' | '), { limit: fetch });
    }
    return results
      .filter((result) => inArea(result.item.note))
      .slice(0, limit)
      .map((result) => ({ note: result.item.note, score: result.score ?? 1 }));
  }
}
