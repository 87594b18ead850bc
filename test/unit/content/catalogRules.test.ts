// Rules over the whole real catalog that a per-note schema cannot express: it compiles;
// every glossary term has exactly one note; every coverage question has its note.
import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import type { CatalogData } from '../../../src/core/catalog/catalogTypes';
import { compileCatalog } from '../../../src/core/content/catalogCompiler';
import { formatContentError } from '../../../src/core/content/contentError';
import type { TermSpec } from '../../../src/core/content/noteSchema';
import { readContentSources } from '../../../src/build/contentSources';
import { glossarySections } from '../glossary/glossaryTerms';
import { coverageMap } from './coverageMap';

/** What makes two term specs the same hover: kind, name and where it must come from. */
function termKey(term: TermSpec): string {
  if (term.kind === 'symbol') return `symbol ${term.module}.${term.name}`;
  if (term.kind === 'member') return `member ${term.name} (${[...term.requires].sort().join(', ')})`;
  return `concept ${term.name}`;
}

describe('the real catalog', () => {
  let catalog: CatalogData;
  before(() => {
    const sources = readContentSources(resolve(__dirname, '..', '..', '..'));
    const result = compileCatalog(sources.topics, sources.notes);
    assert.deepEqual(result.errors.map(formatContentError), [], 'content/ must compile without problems');
    catalog = result.catalog!;
  });

  it('has unique titles (case-insensitive) and resolving related links', () => {
    const titles = catalog.notes.map((note) => note.title.toLowerCase());
    assert.equal(new Set(titles).size, titles.length);
    const ids = new Set(catalog.notes.map((note) => note.id));
    for (const note of catalog.notes) for (const related of note.related) assert.ok(ids.has(related), `${note.id} -> ${related}`);
  });

  it('gives every note at least two interview phrasings, a doc link and a multiple-choice item with four choices', () => {
    for (const note of catalog.notes) {
      assert.ok(note.asked.length >= 2, `${note.id}: asked`);
      assert.ok(note.docs.length >= 1, `${note.id}: docs`);
      assert.ok(note.quiz.some((item) => item.type === 'choice' && item.choices.length === 4), `${note.id}: a 4-choice item`);
    }
  });

  for (const { section, terms } of glossarySections) {
    it(`claims every glossary term of "${section}" in exactly one note, with the glossary's spec`, () => {
      const problems: string[] = [];
      for (const expected of terms) {
        const key = termKey(expected);
        const owners = catalog.notes.filter((note) => note.terms.some((term) => termKey(term) === key));
        if (owners.length !== 1) {
          problems.push(`${key}: claimed by ${owners.length === 0 ? 'no note' : owners.map((note) => note.id).join(', ')}`);
          continue;
        }
        const claimed = owners[0]!.terms.find((term) => termKey(term) === key)!;
        const normalize = (term: TermSpec) => JSON.stringify(term, Object.keys(term).sort());
        if (normalize({ ...claimed }) !== normalize({ ...expected })) problems.push(`${key}: ${owners[0]!.id} has ${JSON.stringify(claimed)}, glossary says ${JSON.stringify(expected)}`);
      }
      assert.deepEqual(problems, []);
    });
  }

  it('never has two notes claim the same term', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const note of catalog.notes) {
      for (const term of note.terms) {
        const key = termKey(term);
        const other = owners.get(key);
        if (other && other !== note.id) clashes.push(`${key}: ${other} and ${note.id}`);
        owners.set(key, note.id);
      }
    }
    assert.deepEqual(clashes, []);
  });

  it('answers every question of shared/coverage.md with an existing note', () => {
    const ids = new Set(catalog.notes.map((note) => note.id));
    const expected = [...Array.from({ length: 96 }, (_, i) => `Q${i + 1}`), ...Array.from({ length: 28 }, (_, i) => `B${i + 1}`)];
    assert.deepEqual(Object.keys(coverageMap).sort(), [...expected].sort());
    const missing = Object.entries(coverageMap).flatMap(([question, noteIds]) =>
      noteIds.length === 0 ? [`${question}: no note`] : noteIds.filter((id) => !ids.has(id)).map((id) => `${question}: ${id} does not exist`));
    assert.deepEqual(missing, []);
  });
});
