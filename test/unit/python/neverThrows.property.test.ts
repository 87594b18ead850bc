// Property tests: analysis and resolution must never throw, whatever the text (half-typed
// code, binary garbage, odd Unicode) and whatever the offset; incremental analysis must
// equal a fresh one after any edit.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzePython, reanalyze } from '../../../src/core/python/documentAnalysis';
import { contextAt } from '../../../src/core/python/positionContext';
import { treeHasErrors } from '../../../src/core/python/pythonParser';
import { resolveAll, resolveAt } from '../../../src/core/hover/termResolver';
import { scanSource } from '../../../src/core/hover/hoverScan';
import { glossaryIndex } from '../hover/glossaryIndex';
import { summarize } from './documentSummary';

const TOKENS = [
  'from', 'import', 'django.db.models', 'django', '.', 'models', 'Q', 'F', 'as', 'm', '*', '(', ')', '[', ']', '{', '}',
  ':', ',', '=', '==', '\n', '\r\n', '\r', '    ', '\t', ' ', 'def', 'class', 'lambda', 'return', 'if', 'else', 'for', 'in',
  'with', 'try', 'except', 'global', 'nonlocal', 'match', 'case', '@', 'async', 'await', 'yield', '"', "'", '"""', "'''",
  'f"', 'rb"', '#', '# GIL', 'N+1', '\\', '\\\n', 'select_related', 'values', 'self', 'kwargs', '**', ':=', '...', '0x1F',
  '1e5', 'TYPE_CHECKING', 'pass', '\0', '\uFEFF', '😀', 'é', '\u2028', 'print', 'type', 'del',
];

const pythonish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(pythonish, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }));

describe('analysis and resolution never throw (property)', function () {
  this.timeout(30_000);
  it('on arbitrary text, at every offset', () => {
    const index = glossaryIndex();
    fc.assert(fc.property(anyText, (text) => {
      const doc = analyzePython(text);
      resolveAll(doc, index);
      for (let offset = -1; offset <= text.length + 1; offset++) {
        const hit = resolveAt(doc, offset, index);
        if (hit) {
          assert.ok(hit.start <= offset && offset <= hit.end, 'the hover covers the offset');
          assert.equal(text.slice(hit.start, hit.end), hit.nameAsWritten);
        }
        contextAt(doc.tree, text, offset);
      }
    }), { numRuns: 300 });
  });

  it('in the scanner core', () => {
    fc.assert(fc.property(anyText, (text) => {
      for (const hit of scanSource(text, glossaryIndex())) {
        assert.ok(hit.line >= 1 && hit.column >= 1);
      }
    }), { numRuns: 200 });
  });

  it('incremental analysis never throws, and equals a fresh one whenever the result parses cleanly', function () {
    this.timeout(60_000);
    // Over a realistic base, a sequence of edits (typing, deleting, pasting), each applied
    // incrementally to the previous analysis. When the text has syntax errors, lezer's
    // error recovery may legitimately differ between an incremental and a fresh parse.
    const base = fs.readFileSync(path.resolve(__dirname, '../../fixtures/python/django_app.py'), 'utf8');
    const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 40 }), insert: fc.oneof(pythonish, fc.constantFrom('x', '\n', '"', '(', ')', ':', '    ')) });
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
      let doc = analyzePython(base);
      for (const e of edits) {
        const from = e.at % (doc.text.length + 1);
        const to = Math.min(doc.text.length, from + e.length);
        const text = doc.text.slice(0, from) + e.insert + doc.text.slice(to);
        doc = reanalyze(doc, text, [{ fromA: from, toA: to, fromB: from, toB: from + e.insert.length }]);
        const fresh = analyzePython(text);
        assert.equal(doc.hasSyntaxErrors, treeHasErrors(doc.tree));
        if (!fresh.hasSyntaxErrors) assert.deepEqual(summarize(doc), summarize(fresh));
      }
    }), { numRuns: 40 });
  });

  it('every hover of resolveAll is found again by resolveAt', () => {
    const index = glossaryIndex();
    fc.assert(fc.property(pythonish, (text) => {
      const doc = analyzePython(text);
      for (const hit of resolveAll(doc, index)) {
        assert.equal(resolveAt(doc, hit.start, index)?.qualifiedName, hit.qualifiedName);
      }
    }), { numRuns: 300 });
  });
});
