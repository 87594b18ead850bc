import { strict as assert } from 'node:assert';
import { NoteSearch } from '../../../src/core/search/noteSearch';
import { normalizeSearchText } from '../../../src/core/search/searchText';
import { searchCatalog } from './searchCatalog';

describe('NoteSearch ranking', () => {
  const search = new NoteSearch(searchCatalog());
  const top = (query: string) => search.search(query)[0]?.note.id;

  for (const spelling of ['n+1', 'N + 1', 'n plus one', 'N+1 queries', 'n + one']) {
    it(`finds the N+1 note first for "${spelling}"`, () => assert.equal(top(spelling), 'n-plus-one-problem'));
  }

  const expectations: [string, string][] = [
    ['prefetch', 'select-related-vs-prefetch-related'],
    ['select related', 'select-related-vs-prefetch-related'],
    ['select_related', 'select-related-vs-prefetch-related'],
    ['csrf token', 'csrf-protection'],
    ['depends yield', 'fastapi-dependency-injection'],
    ['Depends', 'fastapi-dependency-injection'],
    ['global interpreter lock', 'the-gil'],
    ['gil', 'the-gil'],
    ['put patch', 'put-vs-patch'],
    ['post_save', 'django-signals'],
    ['backgroundtasks', 'fastapi-background-tasks'],
    ['Q', 'q-objects'],
    // Typos after the first letter are forgiven.
    ['prefech', 'select-related-vs-prefetch-related'],
    ['backgroud taks', 'fastapi-background-tasks'],
    ['interpeter lock', 'the-gil'],
  ];
  for (const [query, expected] of expectations) {
    it(`ranks ${expected} first for "${query}"`, () => assert.equal(top(query), expected, JSON.stringify(search.search(query).map((h) => h.note.id))));
  }

  it('ranks the note that owns a term above notes that only mention it in prose', () => {
    const ids = search.search('prefetch_related').map((h) => h.note.id);
    assert.equal(ids[0], 'select-related-vs-prefetch-related');
    assert.ok(ids.indexOf('n-plus-one-problem') > 0, 'the N+1 note mentions it in its summary, so it follows');
  });

  it('filters by area with a leading prefix', () => {
    const ids = search.search('fastapi: depends').map((h) => h.note.id);
    assert.deepEqual(ids, ['fastapi-dependency-injection']);
    assert.ok(search.search('django:').every((h) => h.note.areaId === 'django'));
    assert.equal(search.search('django:').length, 6);
    assert.ok(search.search('security: put').every((h) => h.note.areaId === 'apis'), 'a word of the area label works too');
  });

  it('treats an unknown prefix as part of the query', () => {
    assert.deepEqual(search.parseQuery('nosucharea: gil'), { text: 'nosucharea: gil' });
  });

  it('returns nothing for nonsense rather than a random note', () => {
    assert.deepEqual(search.search('zzqxv'), []);
  });

  it('normalises spellings the same way for index and query', () => {
    assert.equal(normalizeSearchText('N + 1'), 'n+1');
    assert.equal(normalizeSearchText('n plus one'), 'n+1');
    assert.equal(normalizeSearchText('select_related'), 'select related');
  });
});
