// Test helpers: a term index built from glossaryTerms.ts (one fake note per glossary
// section, standing in for the real notes that are being written), and small wrappers
// that resolve snippets of Python.
import { buildTermIndex, type TermIndex } from '../../../src/core/hover/termIndex';
import { resolveAll, resolveAt, type ResolvedTerm, type ResolveOptions } from '../../../src/core/hover/termResolver';
import { analyzePython } from '../../../src/core/python/documentAnalysis';
import { glossarySections } from '../glossary/glossaryTerms';

export function sectionNoteId(section: string): string {
  return `glossary-${section.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

export const glossaryNotes = glossarySections.map((s) => ({ id: sectionNoteId(s.section), terms: s.terms }));

let cached: TermIndex | undefined;
export function glossaryIndex(): TermIndex {
  return (cached ??= buildTermIndex(glossaryNotes));
}

/** The cursor marker in test snippets: `Q‸(1)` hovers at the position of the marker. */
export const CURSOR = '‸';

/** Removes the cursor marker and returns the text and the marker's offset. */
export function withCursor(source: string): { text: string; offset: number } {
  const offset = source.indexOf(CURSOR);
  if (offset < 0) throw new Error(`snippet has no ${CURSOR} marker: ${source}`);
  return { text: source.slice(0, offset) + source.slice(offset + CURSOR.length), offset };
}

/** The term hovered at the marker, resolved against the glossary index. */
export function hoverAt(source: string, options?: ResolveOptions, index: TermIndex = glossaryIndex()): ResolvedTerm | undefined {
  const { text, offset } = withCursor(source);
  return resolveAt(analyzePython(text), offset, index, options);
}

/** Every hover of a snippet as `name=qualifiedName` strings, in order. */
export function hoversIn(text: string, options?: ResolveOptions, index: TermIndex = glossaryIndex()): string[] {
  return resolveAll(analyzePython(text), index, options).map((h) => `${h.nameAsWritten}=${h.qualifiedName}`);
}
