// Search over the real catalog: building the fuse.js index once, and the time of each
// realistic query. Budget: p95 under 5 ms per query.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Catalog } from '../src/core/catalog/catalog';
import { NoteSearch } from '../src/core/search/noteSearch';
import type { BenchSuite } from './benchSuite';

const QUERIES = [
  'n+1', 'N + 1', 'n plus one', 'prefetch', 'select related', 'csrf token', 'depends yield', 'gil',
  'global interpreter lock', 'put vs patch', 'idempotency key', 'jwt refresh', 'celery retry', 'django: cache',
  'fastapi: depends', 'background tasks', 'wsgi asgi', 'transaction atomic', 'q objects', 'pagination cursor',
  'rate limit', 'pydantic validator', 'flask blueprint', 'connection pool', 'memory leak', 'shallow copy',
  'signals', 'middleware', 'oauth pkce', 'http caching etag',
];

export const searchBench: BenchSuite = {
  name: 'search',
  async run(report) {
    const file = join(__dirname, '..', 'dist', 'catalog.json');
    if (!existsSync(file)) {
      report.note(`search: ${file} is missing; run npm run build first`);
      return;
    }
    const catalog = Catalog.fromJson(readFileSync(file, 'utf8'));
    report.note(`search: ${catalog.notes.length} notes, ${QUERIES.length} queries`);

    const builds: number[] = [];
    let search: NoteSearch | undefined;
    for (let i = 0; i < 30; i++) {
      const start = performance.now();
      search = new NoteSearch(catalog);
      builds.push(performance.now() - start);
    }
    report.measure('search-index-build', builds);

    const queries: number[] = [];
    for (let round = 0; round < 20; round++) {
      for (const query of QUERIES) {
        const start = performance.now();
        search!.search(query);
        queries.push(performance.now() - start);
      }
    }
    report.measure('search-query', queries);
  },
};
