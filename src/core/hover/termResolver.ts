// Maps a position of an analysed Python file to a glossary term and its note, or to
// nothing. Nothing is the answer whenever the name cannot be tied to the framework:
// a wrong hover teaches something false, a missing one costs little.
//
// symbol terms  resolve through the imports in scope (aliases, `models.Q`, fully
//               qualified paths, star imports); a locally rebound name is not the import.
// member terms  (`.values(`) need an import under one of `requires`, one of the listed
//               shapes, and a receiver that is not a literal, not the class's own method,
//               and not a value known to come from elsewhere (a dict, pathlib, pandas);
//               generic names (`receiver: queryset`) need their owner shown to be one:
//               the receiver, the class of a definition, the function a keyword goes to.
// concept terms (GIL, N+1) match their spellings in comments and strings, and as plain
//               names that are not imported; with `requires` (call_next) only in files
//               that import one of those modules.
import type { Term } from '../catalog/catalogTypes';
import type { ReceiverKind } from '../content/noteSchema';
import type { PythonDocument } from '../python/documentAnalysis';
import { isModuleUnder, type ImportRecord } from '../python/pythonImports';
import { identifierContext, isIdentifierNode, type IdentifierContext, type ReceiverInfo } from '../python/positionContext';
import type { TermIndex, IndexedTerm } from './termIndex';
import { calledFunctionIs, enclosingClassIs, receiverIs } from './receiverEvidence';
import { receiverOrigins } from './valueOrigin';

export interface ResolvedTerm {
  readonly term: Term;
  readonly noteId: string;
  /** `django.db.models.Q`, `QuerySet.select_related` (the member's label), `GIL`. */
  readonly qualifiedName: string;
  /** The text at the position: `D` for `from fastapi import Depends as D`. */
  readonly nameAsWritten: string;
  /** Offsets of the hovered name in the document text (UTF-16, end exclusive). */
  readonly start: number;
  readonly end: number;
}

export interface ResolveOptions {
  /** Enabled framework ids (django, drf, fastapi, ...); all when undefined. */
  readonly frameworks?: ReadonlySet<string>;
}

type MemberShape = Extract<Term, { kind: 'member' }>['shapes'][number];

/** The term at `offset` (an identifier touching it, or a concept word in a comment or string). */
export function resolveAt(doc: PythonDocument, offset: number, index: TermIndex, options: ResolveOptions = {}): ResolvedTerm | undefined {
  const id = findPair(doc.identifiers, offset);
  if (id) return resolveIdentifier(doc, id.from, id.to, index, options);
  const seg = findPair(doc.textSegments, offset);
  if (seg) return conceptInText(doc, seg.from, seg.to, offset, index, options);
  return undefined;
}

/** Every hover of the file, in document order: for the scanner and "which notes does this file touch". */
export function resolveAll(doc: PythonDocument, index: TermIndex, options: ResolveOptions = {}): ResolvedTerm[] {
  const out: ResolvedTerm[] = [];
  const ids = doc.identifiers;
  for (let i = 0; i + 1 < ids.length; i += 2) {
    const hit = resolveIdentifier(doc, ids[i]!, ids[i + 1]!, index, options);
    if (hit) out.push(hit);
  }
  const segs = doc.textSegments;
  const pattern = index.conceptPattern;
  if (pattern) {
    for (let i = 0; i + 1 < segs.length; i += 2) {
      const from = segs[i]!;
      const slice = doc.text.slice(from, segs[i + 1]!);
      pattern.lastIndex = 0;
      for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
        const entry = index.concept(m[0]);
        if (entry && conceptApplies(doc, entry, options)) out.push(result(entry, m[0], from + m.index, from + m.index + m[0].length));
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Binary search in sorted, non-overlapping [from, to] pairs for the one containing
 * `offset`; its end counts too (a hover at the end of a word still shows).
 */
function findPair(pairs: Int32Array, offset: number): { from: number; to: number } | undefined {
  let lo = 0;
  let hi = (pairs.length >> 1) - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid * 2]! <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  const from = pairs[found * 2]!;
  const to = pairs[found * 2 + 1]!;
  return offset <= to ? { from, to } : undefined;
}

/** Facts derived once per document and reused by every hover on it. */
interface DocumentFacts {
  readonly importedLocalNames: ReadonlySet<string>;
  readonly requires: Map<string, boolean>;
}

const factsCache = new WeakMap<PythonDocument, DocumentFacts>();

function factsOf(doc: PythonDocument): DocumentFacts {
  let facts = factsCache.get(doc);
  if (!facts) {
    const names = new Set<string>();
    for (const r of doc.imports) if (r.localName) names.add(r.localName);
    facts = { importedLocalNames: names, requires: new Map() };
    factsCache.set(doc, facts);
  }
  return facts;
}

function resolveIdentifier(doc: PythonDocument, from: number, to: number, index: TermIndex, options: ResolveOptions): ResolvedTerm | undefined {
  const name = doc.text.slice(from, to);
  if (!index.isCandidate(name, factsOf(doc).importedLocalNames)) return undefined;
  const node = doc.tree.resolveInner(from, 1);
  if (!isIdentifierNode(node) || node.from !== from) return undefined;
  return resolveContext(doc, identifierContext(node, doc.text), index, options);
}

/** Resolves an identifier whose syntactic context is known. */
export function resolveContext(doc: PythonDocument, ctx: IdentifierContext, index: TermIndex, options: ResolveOptions = {}): ResolvedTerm | undefined {
  switch (ctx.role) {
    case 'import': {
      const record = doc.importsByPosition.get(ctx.from);
      if (!record?.boundPath || record.kind !== 'from') return undefined;
      return symbolResult(index.symbol(record.boundPath), ctx, options);
    }
    case 'attribute':
      return resolveAttribute(doc, ctx, index, options);
    case 'keyword':
      return memberResult(doc, ctx, 'keyword', index, options) ?? conceptResult(doc, ctx, index, options);
    case 'definition':
      if (ctx.inClassBody) {
        const member = memberResult(doc, ctx, 'definition', index, options);
        if (member) return member;
      }
      return resolveName(doc, ctx, index, options);
    case 'assignment-target':
      if (ctx.inClassBody) {
        const member = memberResult(doc, ctx, 'assignment', index, options);
        if (member) return member;
      }
      return resolveName(doc, ctx, index, options);
    default:
      return resolveName(doc, ctx, index, options);
  }
}

/** A plain name: through the imports in scope, else a star import, else a concept. */
function resolveName(doc: PythonDocument, ctx: IdentifierContext, index: TermIndex, options: ResolveOptions): ResolvedTerm | undefined {
  const lookup = doc.scopes.lookup(doc.scopes.scopeAt(ctx.from), ctx.name);
  switch (lookup.kind) {
    case 'import':
      // An imported name is never a concept word; it is its module's, or nothing.
      return symbolResult(commonSymbol(lookup.records, index), ctx, options);
    case 'local':
      return conceptResult(doc, ctx, index, options);
    case 'unbound': {
      const star = starPath(doc, ctx.name);
      const viaStar = star ? index.symbol(star) : undefined;
      if (viaStar) return symbolResult(viaStar, ctx, options);
      return conceptResult(doc, ctx, index, options);
    }
  }
}

/** `x.name`: a symbol when the receiver is an imported module path, else maybe a member. */
function resolveAttribute(doc: PythonDocument, ctx: IdentifierContext, index: TermIndex, options: ResolveOptions): ResolvedTerm | undefined {
  const receiver = ctx.receiver;
  if (!receiver || receiver.kind === 'literal') return undefined;
  const names = receiver.kind === 'names' ? receiver.names : undefined;
  const head = names?.[0];
  if (names && head !== undefined) {
    const lookup = doc.scopes.lookup(doc.scopes.scopeAt(ctx.from), head);
    if (lookup.kind === 'import') {
      const path = commonPath(lookup.records);
      if (path) {
        const symbol = index.symbol([path, ...names.slice(1), ctx.name].join('.'));
        if (symbol) return symbolResult(symbol, ctx, options);
        // `os.path.exists(p)`: an attribute of an imported module is a function, not a
        // queryset method. Module paths are lowercase by convention; `models.Book.objects`
        // reaches a class and then anything may follow.
        if (lookup.records.every((r) => r.bindsModule) && names.every(startsLowercase)) return undefined;
      }
    } else if (lookup.kind === 'unbound') {
      const star = starPath(doc, head);
      const symbol = star ? index.symbol([star, ...names.slice(1), ctx.name].join('.')) : undefined;
      if (symbol) return symbolResult(symbol, ctx, options);
    } else if (names.length === 1 && isOwnMethod(doc, ctx, head)) {
      return undefined;
    }
  }
  const origins = receiverOrigins(doc, receiver);
  return memberResult(doc, ctx, ctx.isCall ? 'call' : 'attribute', index, options, { origins, receiver });
}

/** `self.values()` where the enclosing class defines `values` itself: the class's own method. */
function isOwnMethod(doc: PythonDocument, ctx: IdentifierContext, receiverName: string): boolean {
  const method = doc.scopes.methodAt(ctx.from);
  return method !== undefined && method.fn.firstParam === receiverName && method.cls.bindings.has(ctx.name);
}

/**
 * The symbol term all these imports of one name bind (try/except may import it from two
 * places that hold the same object), or undefined when any of them is something else.
 */
function commonSymbol(records: readonly ImportRecord[], index: TermIndex): IndexedTerm | undefined {
  let found: IndexedTerm | undefined;
  for (const r of records) {
    const entry = r.boundPath ? index.symbol(r.boundPath) : undefined;
    if (!entry || (found && found !== entry)) return undefined;
    found = entry;
  }
  return found;
}

/** The dotted path all these imports bind, when they agree and are absolute. */
function commonPath(records: readonly ImportRecord[]): string | undefined {
  const first = records[0]?.boundPath;
  if (!first) return undefined;
  for (const r of records) if (r.boundPath !== first) return undefined;
  return first;
}

/**
 * The path a name has through the file's last module-level star import. Only the last
 * one counts: a later `from x import *` may rebind the name, and we cannot know what an
 * unknown module exports.
 */
function starPath(doc: PythonDocument, name: string): string | undefined {
  const stars = doc.scopes.starImports;
  const last = stars[stars.length - 1];
  if (!last || last.level > 0 || last.module === '') return undefined;
  return `${last.module}.${name}`;
}

/** The receiver of `x.name` and the known modules it comes from (undefined when unknown). */
interface MemberReceiver {
  readonly origins: readonly string[] | undefined;
  readonly receiver: ReceiverInfo;
}

/**
 * The one member term named like `ctx` that fits the shape, the file's imports and, for
 * `x.name`, the receiver.
 */
function memberResult(
  doc: PythonDocument, ctx: IdentifierContext, shape: MemberShape, index: TermIndex, options: ResolveOptions,
  on?: MemberReceiver,
): ResolvedTerm | undefined {
  const candidates = index.members(ctx.name);
  let found: IndexedTerm | undefined;
  for (const entry of candidates) {
    const term = entry.term as Extract<Term, { kind: 'member' }>;
    if (!term.shapes.includes(shape) || !enabled(entry, options) || !requiresMet(doc, term.requires)) continue;
    const origins = on?.origins;
    if (origins && !origins.some((o) => term.requires.some((root) => isModuleUnder(o, root)))) continue;
    if (term.receiver && !ownerIs(doc, ctx, shape, on, term.receiver)) continue;
    if (found) return undefined; // two notes claim this shape here: ambiguous, show nothing
    found = entry;
  }
  return found ? result(found, ctx.name, ctx.from, ctx.to) : undefined;
}

/** What the member belongs to is shown to be `kind`: the receiver, the class, or the function called. */
function ownerIs(doc: PythonDocument, ctx: IdentifierContext, shape: MemberShape, on: MemberReceiver | undefined, kind: ReceiverKind): boolean {
  if (on) return receiverIs(doc, on.receiver, kind);
  if (shape === 'definition') return enclosingClassIs(doc, ctx.from, kind);
  if (shape === 'keyword') return calledFunctionIs(doc, ctx.from, kind);
  return false;
}

function requiresMet(doc: PythonDocument, requires: readonly string[]): boolean {
  const cache = factsOf(doc).requires;
  const key = requires.join('|');
  let met = cache.get(key);
  if (met === undefined) {
    met = false;
    for (const module of doc.importedModules) {
      if (requires.some((root) => isModuleUnder(module, root))) { met = true; break; }
    }
    cache.set(key, met);
  }
  return met;
}

function symbolResult(entry: IndexedTerm | undefined, ctx: IdentifierContext, options: ResolveOptions): ResolvedTerm | undefined {
  return entry && enabled(entry, options) ? result(entry, ctx.name, ctx.from, ctx.to) : undefined;
}

function conceptResult(doc: PythonDocument, ctx: IdentifierContext, index: TermIndex, options: ResolveOptions): ResolvedTerm | undefined {
  const entry = index.concept(ctx.name);
  return entry && conceptApplies(doc, entry, options) ? result(entry, ctx.name, ctx.from, ctx.to) : undefined;
}

/** A concept with `requires` (call_next) only in files that import one of those modules. */
function conceptApplies(doc: PythonDocument, entry: IndexedTerm, options: ResolveOptions): boolean {
  const term = entry.term;
  return enabled(entry, options) && (term.kind !== 'concept' || !term.requires || requiresMet(doc, term.requires));
}

/** A concept spelling around `offset` inside one comment or string segment. */
function conceptInText(doc: PythonDocument, segFrom: number, segTo: number, offset: number, index: TermIndex, options: ResolveOptions): ResolvedTerm | undefined {
  const pattern = index.conceptPattern;
  if (!pattern) return undefined;
  // One extra character on each side so the whole-word check sees the real neighbours.
  const lo = Math.max(segFrom, offset - index.longestSpelling - 1);
  const hi = Math.min(segTo, offset + index.longestSpelling + 1);
  const window = doc.text.slice(lo, hi);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
    const start = lo + m.index;
    const end = start + m[0].length;
    if (start <= offset && offset <= end) {
      const entry = index.concept(m[0]);
      return entry && conceptApplies(doc, entry, options) ? result(entry, m[0], start, end) : undefined;
    }
  }
  return undefined;
}

function enabled(entry: IndexedTerm, options: ResolveOptions): boolean {
  const frameworks = options.frameworks;
  return !frameworks || entry.frameworks.some((f) => frameworks.has(f));
}

function startsLowercase(name: string): boolean {
  const c = name.charCodeAt(0);
  return !(c >= 65 && c <= 90);
}

function result(entry: IndexedTerm, nameAsWritten: string, start: number, end: number): ResolvedTerm {
  return { term: entry.term, noteId: entry.noteId, qualifiedName: entry.qualifiedName, nameAsWritten, start, end };
}
