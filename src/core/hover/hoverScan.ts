// Every hover a Python source would show, with 1-based line and column: the core of
// the command-line scanner and of "which notes does this file touch".
import { analyzePython } from '../python/documentAnalysis';
import type { TermIndex } from './termIndex';
import { resolveAll, type ResolveOptions } from './termResolver';

export interface ScanHit {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column in UTF-16 code units, as VS Code counts them. */
  readonly column: number;
  /** The name as written in the source. */
  readonly name: string;
  /** The term's qualified name (`django.db.models.Q`, `QuerySet.values`, `GIL`). */
  readonly term: string;
  /** The note that explains it. */
  readonly note: string;
}

export function scanSource(text: string, index: TermIndex, options: ResolveOptions = {}): ScanHit[] {
  const doc = analyzePython(text);
  const starts = lineStarts(text);
  return resolveAll(doc, index, options).map((hit) => {
    const line = lineOf(starts, hit.start);
    return { line: line + 1, column: hit.start - (starts[line] ?? 0) + 1, name: hit.nameAsWritten, term: hit.qualifiedName, note: hit.noteId };
  });
}

/** Offsets where lines start (after \n, \r\n or a lone \r, as Python counts lines). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The 0-based line containing `offset` (binary search in lineStarts). */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}
