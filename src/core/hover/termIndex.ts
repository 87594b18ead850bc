// The hover terms of all notes, indexed once for constant-time lookups while hovering.
// Terms come from the notes' front matter (`Note.terms`), so a new hover term is a
// content change. Several terms may share a name (Field in django, pydantic and DRF):
// symbols are keyed by their full dotted path, which is what imports resolve to.
import type { Note, Term } from '../catalog/catalogTypes';
import { termFrameworks, type FrameworkId } from './frameworks';

type SymbolTerm = Extract<Term, { kind: 'symbol' }>;
type MemberTerm = Extract<Term, { kind: 'member' }>;
type ConceptTerm = Extract<Term, { kind: 'concept' }>;

export interface IndexedTerm<T extends Term = Term> {
  readonly term: T;
  readonly noteId: string;
  /** `django.db.models.Q`, the member label (`QuerySet.select_related`), or the concept name. */
  readonly qualifiedName: string;
  readonly frameworks: readonly FrameworkId[];
}

/** A key claimed by more than one term: a content error for the catalog tests to report. */
export interface TermConflict {
  readonly key: string;
  readonly noteIds: readonly string[];
}

export type TermSource = Pick<Note, 'id' | 'terms'>;

export class TermIndex {
  readonly terms: readonly IndexedTerm[];
  readonly conflicts: readonly TermConflict[];
  /** Full dotted path (module or alsoFrom + name) -> symbol term. */
  private readonly symbols = new Map<string, IndexedTerm<SymbolTerm>>();
  /** Modules that provide at least one symbol term (for star imports). */
  private readonly symbolModules = new Set<string>();
  private readonly membersByName = new Map<string, IndexedTerm<MemberTerm>[]>();
  /** Members whose name ends in `*` (validate_*), matched by prefix. */
  private readonly prefixMembers: { prefix: string; entry: IndexedTerm<MemberTerm> }[] = [];
  private readonly conceptsBySpelling = new Map<string, IndexedTerm<ConceptTerm>>();
  /** Every name an identifier must have to possibly hover (before looking at imports). */
  private readonly candidateNames = new Set<string>();
  /** Finds concept spellings as whole words in comment and string text. */
  readonly conceptPattern: RegExp | undefined;
  /** The longest concept spelling, bounding the search around a hovered offset. */
  readonly longestSpelling: number;

  constructor(notes: readonly TermSource[]) {
    const terms: IndexedTerm[] = [];
    const claims = new Map<string, string[]>();
    const claim = (key: string, noteId: string) => {
      const ids = claims.get(key);
      if (ids) ids.push(noteId); else claims.set(key, [noteId]);
      return !ids;
    };
    for (const note of notes) {
      for (const term of note.terms ?? []) {
        const entry: IndexedTerm = {
          term, noteId: note.id, qualifiedName: qualifiedNameOf(term), frameworks: termFrameworks(term),
        };
        terms.push(entry);
        this.add(entry as IndexedTerm<SymbolTerm> & IndexedTerm<MemberTerm> & IndexedTerm<ConceptTerm>, claim);
      }
    }
    this.terms = terms;
    this.conflicts = [...claims].filter(([, ids]) => ids.length > 1).map(([key, noteIds]) => ({ key, noteIds }));
    const spellings = [...this.conceptsBySpelling.keys()].sort((a, b) => b.length - a.length);
    this.longestSpelling = spellings[0]?.length ?? 0;
    this.conceptPattern = spellings.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${spellings.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'gu')
      : undefined;
  }

  private add(entry: IndexedTerm, claim: (key: string, noteId: string) => boolean): void {
    const term = entry.term;
    switch (term.kind) {
      case 'symbol':
        for (const module of [term.module, ...(term.alsoFrom ?? [])]) {
          const path = `${module}.${term.name}`;
          // The first claim wins; later ones are reported as conflicts.
          if (claim(`symbol:${path}`, entry.noteId)) this.symbols.set(path, entry as IndexedTerm<SymbolTerm>);
          this.symbolModules.add(module);
        }
        this.candidateNames.add(term.name);
        break;
      case 'member': {
        const key = `member:${term.name}:${[...term.requires].sort().join(',')}`;
        if (!claim(key, entry.noteId)) break;
        if (term.name.endsWith('*')) {
          this.prefixMembers.push({ prefix: term.name.slice(0, -1), entry: entry as IndexedTerm<MemberTerm> });
        } else {
          const list = this.membersByName.get(term.name);
          if (list) list.push(entry as IndexedTerm<MemberTerm>); else this.membersByName.set(term.name, [entry as IndexedTerm<MemberTerm>]);
          this.candidateNames.add(term.name);
        }
        break;
      }
      case 'concept':
        for (const spelling of term.spellings) {
          if (claim(`concept:${spelling}`, entry.noteId)) this.conceptsBySpelling.set(spelling, entry as IndexedTerm<ConceptTerm>);
          this.candidateNames.add(spelling);
        }
        break;
    }
  }

  /** The symbol term whose full path is `path` (`django.db.models.Q`). */
  symbol(path: string): IndexedTerm<SymbolTerm> | undefined {
    return this.symbols.get(path);
  }

  /** True when some symbol term is defined in `module` (for star imports). */
  providesSymbols(module: string): boolean {
    return this.symbolModules.has(module);
  }

  /** Member terms named `name`, exact names first, then prefix patterns (validate_*). */
  members(name: string): readonly IndexedTerm<MemberTerm>[] {
    const exact = this.membersByName.get(name);
    if (this.prefixMembers.length === 0) return exact ?? [];
    const byPrefix = this.prefixMembers.filter((p) => name.length > p.prefix.length && name.startsWith(p.prefix)).map((p) => p.entry);
    if (byPrefix.length === 0) return exact ?? [];
    return [...(exact ?? []), ...byPrefix];
  }

  concept(spelling: string): IndexedTerm<ConceptTerm> | undefined {
    return this.conceptsBySpelling.get(spelling);
  }

  /**
   * A cheap first filter: can an identifier with this text hover at all, given that the
   * file binds `importedLocalNames`? (Aliases such as `D` for Depends hover too.)
   */
  isCandidate(name: string, importedLocalNames: ReadonlySet<string>): boolean {
    if (this.candidateNames.has(name) || importedLocalNames.has(name)) return true;
    for (const p of this.prefixMembers) if (name.length > p.prefix.length && name.startsWith(p.prefix)) return true;
    return false;
  }
}

export function buildTermIndex(notes: readonly TermSource[]): TermIndex {
  return new TermIndex(notes);
}

export function qualifiedNameOf(term: Term): string {
  switch (term.kind) {
    case 'symbol': return `${term.module}.${term.name}`;
    case 'member': return term.label ?? term.name;
    case 'concept': return term.name;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
