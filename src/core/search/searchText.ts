// One normalisation for both the index and the query, so the spellings people type for
// the same thing meet: "N + 1", "n plus one" and "n+1"; "select related" and "select_related".
export function normalizeSearchText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\bplus\b/g, '+')
    .replace(/\s*\+\s*/g, '+')
    .replace(/\+one\b/g, '+1')
    .replace(/[_\-–—/]+/g, ' ')
    .replace(/[^\p{L}\p{N}+.#@: ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
