// The one region in which two versions of a text differ, found from the common prefix
// and suffix. Enough for incremental reparsing: lezer reuses everything outside it.
import type { TextChange } from './pythonParser';

export function changedRegion(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { fromA: prefix, toA: before.length - suffix, fromB: prefix, toB: after.length - suffix };
}
