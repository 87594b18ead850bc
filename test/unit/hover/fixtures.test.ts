// Realistic fixture files: in the framework fixtures every glossary term hovers at least
// once; in traps.py nothing hovers at all.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePython } from '../../../src/core/python/documentAnalysis';
import { resolveAll } from '../../../src/core/hover/termResolver';
import { qualifiedNameOf } from '../../../src/core/hover/termIndex';
import type { TermSpec } from '../../../src/core/content/noteSchema';
import { glossaryTerms } from '../glossary/glossaryTerms';
import { glossaryIndex } from './glossaryIndex';

const FIXTURES = path.resolve(__dirname, '../../fixtures/python');
const FRAMEWORK_FIXTURES = ['django_app', 'drf_views', 'fastapi_app', 'flask_app', 'sqlalchemy_models', 'celery_tasks'];

function hoversOf(name: string) {
  const text = fs.readFileSync(path.join(FIXTURES, `${name}.py`), 'utf8');
  return { text, hits: resolveAll(analyzePython(text), glossaryIndex()) };
}

function describeTerm(term: TermSpec): string {
  return `${term.kind} ${qualifiedNameOf(term)}${term.kind === 'symbol' ? '' : ` (${term.name})`}`;
}

describe('fixtures', () => {
  it('every glossary term hovers somewhere in the framework fixtures', () => {
    const seen = new Set<unknown>();
    for (const name of FRAMEWORK_FIXTURES) for (const hit of hoversOf(name).hits) seen.add(hit.term);
    const missing = glossaryTerms.filter((t) => !seen.has(t)).map(describeTerm);
    assert.deepEqual(missing, []);
  });

  for (const name of FRAMEWORK_FIXTURES) {
    it(`${name}.py: each hover covers exactly the name it reports`, () => {
      const { text, hits } = hoversOf(name);
      assert.ok(hits.length > 10, `${hits.length} hovers`);
      for (const hit of hits) assert.equal(text.slice(hit.start, hit.end), hit.nameAsWritten);
    });
  }

  it('nothing in traps.py hovers', () => {
    const { text, hits } = hoversOf('traps');
    const lines = hits.map((h) => `line ${text.slice(0, h.start).split('\n').length}: ${h.nameAsWritten} -> ${h.qualifiedName}`);
    assert.deepEqual(lines, []);
  });

  it('traps.py is not trivially empty: it imports django and DRF and uses their member names', () => {
    const { text } = hoversOf('traps');
    const doc = analyzePython(text);
    assert.ok(doc.importedModules.has('django.utils.functional'));
    assert.ok(doc.importedModules.has('rest_framework.reverse'));
    for (const word of ['.values(', '.exists(', '.aggregate(', 'select_related(', 'bind=True', 'Q(', 'F.relu', 'Signal(', 'Session(']) {
      assert.ok(text.includes(word), word);
    }
  });
});
