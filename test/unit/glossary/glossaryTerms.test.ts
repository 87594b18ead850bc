import * as assert from 'node:assert/strict';
import { termSchema } from '../../../src/core/content/noteSchema';
import { buildTermIndex } from '../../../src/core/hover/termIndex';
import { glossarySections, glossaryTerms, termKey } from './glossaryTerms';

describe('glossaryTerms', () => {
  it('has the sections of glossary.md, none empty', () => {
    assert.deepEqual(glossarySections.map((s) => s.section), [
      'Django ORM',
      'Django: signals, views, HTTP, auth, cache, async',
      'Django REST framework',
      'FastAPI and Pydantic',
      'Flask',
      'SQLAlchemy, Celery',
      'Python concurrency and standard library',
      'Concepts in comments and docstrings',
    ]);
    for (const s of glossarySections) assert.ok(s.terms.length > 0, s.section);
  });

  it('is in the exact form notes use: each spec passes the schema unchanged', () => {
    for (const term of glossaryTerms) {
      const parsed = termSchema.safeParse(term);
      assert.ok(parsed.success, `${JSON.stringify(term)}: ${parsed.success ? '' : parsed.error.message}`);
      assert.deepEqual(parsed.data, term, 'no default was filled in');
    }
  });

  it('lists each term once', () => {
    const keys = glossaryTerms.map(termKey);
    const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
    assert.deepEqual(dupes, []);
  });

  it('builds an index without conflicts', () => {
    const index = buildTermIndex(glossarySections.map((s, i) => ({ id: `n${i}`, terms: s.terms })));
    assert.deepEqual(index.conflicts, []);
    assert.equal(index.terms.length, glossaryTerms.length);
  });

  it('names the ambiguous terms once per module', () => {
    const modulesOf = (name: string) => glossaryTerms.filter((t) => t.kind === 'symbol' && t.name === name).map((t) => (t.kind === 'symbol' ? t.module : '')).sort();
    assert.deepEqual(modulesOf('Field'), ['django.db.models', 'pydantic', 'rest_framework.serializers']);
    assert.deepEqual(modulesOf('Lock'), ['asyncio', 'multiprocessing', 'threading']);
    assert.deepEqual(modulesOf('Queue'), ['asyncio', 'multiprocessing', 'queue']);
    assert.deepEqual(modulesOf('Semaphore'), ['asyncio', 'multiprocessing', 'threading']);
  });

  it('uses the documented import locations', () => {
    const moduleOf = (name: string) => glossaryTerms.find((t) => t.kind === 'symbol' && t.name === name) as { module: string } | undefined;
    const expected: Record<string, string> = {
      JsonResponse: 'django.http', Response: 'rest_framework.response', APIRouter: 'fastapi', BaseSettings: 'pydantic_settings',
      Prefetch: 'django.db.models', receiver: 'django.dispatch', crontab: 'celery.schedules', sync_to_async: 'asgiref.sync',
      TestClient: 'fastapi.testclient', CORSMiddleware: 'fastapi.middleware.cors', AsyncSession: 'sqlalchemy.ext.asyncio',
      cache: 'django.core.cache', cache_page: 'django.views.decorators.cache', login_required: 'django.contrib.auth.decorators',
      LoginRequiredMixin: 'django.contrib.auth.mixins', atomic: 'django.db.transaction', RequestValidationError: 'fastapi.exceptions',
      OAuth2PasswordBearer: 'fastapi.security', ContextVar: 'contextvars', ThreadPoolExecutor: 'concurrent.futures',
    };
    for (const [name, module] of Object.entries(expected)) assert.equal(moduleOf(name)?.module, module, name);
  });
});
