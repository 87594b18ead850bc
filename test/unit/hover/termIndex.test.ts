import * as assert from 'node:assert/strict';
import { buildTermIndex } from '../../../src/core/hover/termIndex';
import { frameworkOfModule, termFrameworks } from '../../../src/core/hover/frameworks';
import type { Term } from '../../../src/core/catalog/catalogTypes';

const q: Term = { kind: 'symbol', name: 'Q', module: 'django.db.models', alsoFrom: ['django.db.models.query_utils'] };
const pydanticField: Term = { kind: 'symbol', name: 'Field', module: 'pydantic' };
const djangoField: Term = { kind: 'symbol', name: 'Field', module: 'django.db.models' };
const values: Term = { kind: 'member', name: 'values', requires: ['django'], shapes: ['call'], label: 'QuerySet.values' };
const validate: Term = { kind: 'member', name: 'validate_*', requires: ['rest_framework'], shapes: ['definition'] };
const gil: Term = { kind: 'concept', name: 'GIL', spellings: ['GIL', 'global interpreter lock'] };

describe('termIndex', () => {
  const index = buildTermIndex([
    { id: 'q-objects', terms: [q, values] },
    { id: 'fields', terms: [pydanticField, djangoField, validate] },
    { id: 'gil', terms: [gil] },
  ]);

  it('finds symbols by their full path, alsoFrom paths included', () => {
    assert.equal(index.symbol('django.db.models.Q')?.noteId, 'q-objects');
    assert.equal(index.symbol('django.db.models.query_utils.Q')?.qualifiedName, 'django.db.models.Q');
    assert.equal(index.symbol('elasticsearch_dsl.Q'), undefined);
  });

  it('holds several terms of the same name from different modules', () => {
    assert.equal(index.symbol('pydantic.Field')?.term, pydanticField);
    assert.equal(index.symbol('django.db.models.Field')?.term, djangoField);
  });

  it('finds members by exact name and by prefix pattern', () => {
    assert.deepEqual(index.members('values').map((e) => e.qualifiedName), ['QuerySet.values']);
    assert.deepEqual(index.members('validate_title').map((e) => e.qualifiedName), ['validate_*']);
    assert.deepEqual(index.members('validate_'), []);
    assert.deepEqual(index.members('other'), []);
  });

  it('finds concepts by spelling and builds a whole-word pattern', () => {
    assert.equal(index.concept('global interpreter lock')?.qualifiedName, 'GIL');
    const found = [...'GIL, GILs, xGIL, GIL_X, (GIL) global interpreter lock'.matchAll(index.conceptPattern!)].map((m) => m.index);
    assert.deepEqual(found, [0, 25, 30]);
  });

  it('knows which names can hover at all', () => {
    const imported = new Set(['D']);
    assert.equal(index.isCandidate('Q', imported), true);
    assert.equal(index.isCandidate('D', imported), true);
    assert.equal(index.isCandidate('validate_x', imported), true);
    assert.equal(index.isCandidate('GIL', imported), true);
    assert.equal(index.isCandidate('foo', imported), false);
  });

  it('reports two notes claiming the same term', () => {
    const clash = buildTermIndex([{ id: 'a', terms: [q] }, { id: 'b', terms: [{ kind: 'symbol', name: 'Q', module: 'django.db.models.query_utils' }] }]);
    assert.deepEqual(clash.conflicts, [{ key: 'symbol:django.db.models.query_utils.Q', noteIds: ['a', 'b'] }]);
    assert.equal(clash.symbol('django.db.models.query_utils.Q')?.noteId, 'a', 'the first claim wins');
  });

  it('maps modules to frameworks', () => {
    const cases: [string, string][] = [
      ['django.db.models', 'django'], ['asgiref.sync', 'django'], ['rest_framework.views', 'drf'],
      ['fastapi.security', 'fastapi'], ['starlette.middleware.cors', 'fastapi'], ['pydantic', 'pydantic'],
      ['pydantic_settings', 'pydantic'], ['flask', 'flask'], ['sqlalchemy.orm', 'sqlalchemy'], ['celery.schedules', 'celery'],
      ['asyncio', 'python'], ['threading', 'python'], ['functools', 'python'], ['concurrent.futures', 'python'],
    ];
    for (const [module, framework] of cases) assert.equal(frameworkOfModule(module), framework, module);
    assert.deepEqual(termFrameworks({ kind: 'member', name: 'x', requires: ['django', 'rest_framework'], shapes: ['call'] }), ['django', 'drf']);
    assert.deepEqual(termFrameworks(gil), ['python']);
  });
});
