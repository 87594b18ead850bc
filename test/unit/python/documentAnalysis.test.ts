import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePython, analyzePythonInSlices, reanalyze } from '../../../src/core/python/documentAnalysis';
import { parsePythonInSlices, reparsePython, parsePython, treeHasErrors } from '../../../src/core/python/pythonParser';
import { summarize } from './documentSummary';
import { Tree } from '@lezer/common';

const SAMPLE = `"""Module docstring with the GIL."""
from django.db import models
from django.db.models import Q, F as G

# a comment
class Book(models.Model):
    title = models.CharField(max_length=200)

    def label(self, prefix: str = "x") -> str:
        return f"{prefix}: {self.title!r} done"


def query(qs):
    return qs.filter(Q(a=1) | Q(b=G("c")))
`;

/** [from, to] pairs of a flat position index. */
function pairs(flat: Int32Array): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}

/** Every Tree and TreeBuffer below a tree. */
function subtrees(tree: Tree, out = new Set<unknown>()): Set<unknown> {
  for (const child of tree.children) {
    out.add(child);
    if (child instanceof Tree) subtrees(child, out);
  }
  return out;
}

/** A big file made of copies of the sample, each copy with its own names. */
function bigFile(copies: number): string {
  const parts: string[] = [];
  for (let i = 0; i < copies; i++) parts.push(SAMPLE.replace(/Book/g, `Book${i}`).replace(/query/g, `query${i}`));
  return parts.join('\n');
}

describe('documentAnalysis', () => {
  it('indexes identifiers and comment/string text in order', () => {
    const doc = analyzePython(SAMPLE);
    const ids = pairs(doc.identifiers);
    ids.forEach(([from, to], i) => assert.ok(from < to && (i === 0 || from >= ids[i - 1]![1]), 'sorted and disjoint'));
    assert.deepEqual(ids.slice(0, 4).map(([f, t]) => SAMPLE.slice(f, t)), ['django', 'db', 'models', 'django']);
    assert.deepEqual(pairs(doc.textSegments).map(([f, t]) => SAMPLE.slice(f, t)), [
      '"""Module docstring with the GIL."""', '# a comment', '"x"', 'f"', ': ', ' done"', '"c"',
    ]);
  });

  it('keeps the code inside f-string braces as identifiers', () => {
    const doc = analyzePython('x = f"a {models.Q} b"');
    assert.deepEqual(pairs(doc.identifiers).map(([f, t]) => doc.text.slice(f, t)), ['x', 'models', 'Q']);
  });

  it('maps import records by the positions of their names', () => {
    const doc = analyzePython('from a import b as c');
    assert.equal(doc.importsByPosition.get(14)?.localName, 'c');
    assert.equal(doc.importsByPosition.get(19)?.localName, 'c');
    assert.equal(doc.importsByPosition.get(5), undefined);
  });

  it('analyses empty and whitespace-only text', () => {
    for (const text of ['', '\n', '   ', '\t\n\r\n']) {
      const doc = analyzePython(text);
      assert.equal(doc.identifiers.length, 0);
      assert.equal(doc.imports.length, 0);
    }
  });

  describe('incremental reparse', () => {
    const edits: { name: string; from: number; to: number; insert: string }[] = [
      { name: 'a one-character insertion', from: SAMPLE.indexOf('max_length'), to: SAMPLE.indexOf('max_length'), insert: 'x' },
      { name: 'a deletion', from: SAMPLE.indexOf('# a comment'), to: SAMPLE.indexOf('# a comment') + 11, insert: '' },
      { name: 'an edit that opens a string', from: SAMPLE.indexOf('class Book'), to: SAMPLE.indexOf('class Book'), insert: '"""' },
      { name: 'a new import', from: 0, to: 0, insert: 'from flask import session\n' },
      { name: 'an edit at the end', from: SAMPLE.length, to: SAMPLE.length, insert: 'Q(' },
      { name: 'a dedent', from: SAMPLE.indexOf('    def label'), to: SAMPLE.indexOf('    def label') + 4, insert: '' },
    ];
    for (const e of edits) {
      it(`after ${e.name} equals a fresh analysis`, () => {
        const before = analyzePython(SAMPLE);
        const after = SAMPLE.slice(0, e.from) + e.insert + SAMPLE.slice(e.to);
        const changes = [{ fromA: e.from, toA: e.to, fromB: e.from, toB: e.from + e.insert.length }];
        assert.deepEqual(summarize(reanalyze(before, after, changes)), summarize(analyzePython(after)));
      });
    }

    it('gives the fresh tree after an edit far from a syntax error (lezer-python misbuilds when reusing a broken tree)', () => {
      // Two fixtures, cut off inside an open parenthesis as while typing; then an edit in
      // the first docstring. Reusing the broken tree, lezer-python 1.1.19 makes the first
      // class swallow the statements after it.
      const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, `../../fixtures/python/${name}.py`), 'utf8');
      const joined = `${fixture('sqlalchemy_models')}\n${fixture('django_app')}`;
      const broken = joined.slice(0, joined.indexOf('has_books=Exists('));
      const at = broken.indexOf('2.0 models');
      const edited = `${broken.slice(0, at)}x${broken.slice(at)}`;
      const again = reanalyze(analyzePython(broken), edited, [{ fromA: at, toA: at, fromB: at, toB: at + 1 }]);
      assert.equal(again.tree.toString(), parsePython(edited).toString());
    });

    it('never reuses a tree with syntax errors, but the last error-free one', () => {
      // A version that ends in an unterminated string, as while typing; then a valid edit.
      const broken = `${bigFile(30)}\nvalue = compute("a`;
      const first = analyzePython(broken);
      assert.equal(first.hasSyntaxErrors, true);
      assert.equal(first.lastErrorFree, undefined);
      const fixed = `${broken}")\n`;
      const end = broken.length;
      const second = reanalyze(first, fixed, [{ fromA: end, toA: end, fromB: end, toB: end + 3 }]);
      assert.equal(second.hasSyntaxErrors, false);
      assert.deepEqual(summarize(second), summarize(analyzePython(fixed)));
      // Broken again, then an edit far from the error: still the fresh tree.
      const third = reanalyze(second, broken, [{ fromA: end, toA: end + 3, fromB: end, toB: end }]);
      assert.equal(third.lastErrorFree?.text, fixed, 'the last error-free version is kept');
      const edited = `x${broken}`;
      const fourth = reanalyze(third, edited, [{ fromA: 0, toA: 0, fromB: 0, toB: 1 }]);
      assert.deepEqual(summarize(fourth), summarize(analyzePython(edited)));
    });

    it('knows whether the text has syntax errors', () => {
      assert.equal(analyzePython(SAMPLE).hasSyntaxErrors, false);
      assert.equal(analyzePython(SAMPLE).lastErrorFree?.text, SAMPLE);
      for (const text of ['def f(:\n  pass', 'x = "abc', 'x = f"{a', 'class\n', 'x = (1,']) {
        const doc = analyzePython(text);
        assert.equal(doc.hasSyntaxErrors, treeHasErrors(doc.tree), text);
        assert.equal(doc.hasSyntaxErrors, true, text);
      }
    });

    it('reuses the untouched parts of the old tree', () => {
      const text = bigFile(200);
      const tree = parsePython(text);
      const pos = text.length >> 1;
      const edited = `${text.slice(0, pos)}x${text.slice(pos)}`;
      const again = reparsePython(tree, edited, [{ fromA: pos, toA: pos, fromB: pos, toB: pos + 1 }]);
      assert.equal(again.toString(), parsePython(edited).toString());
      // A reused subtree is the very object of the old tree: most of them should be.
      const old = subtrees(tree);
      const now = [...subtrees(again)];
      const shared = now.filter((t) => old.has(t)).length;
      assert.ok(shared > now.length / 2, `${shared} of ${now.length} subtrees reused`);
    });
  });

  describe('analysis in time slices', () => {
    it('yields between slices and gives the same result as a plain analysis', async () => {
      const text = bigFile(300);
      let yields = 0;
      const doc = await analyzePythonInSlices(text, { sliceMs: 1, yieldFn: async () => { yields++; } });
      assert.ok(yields > 2, `yielded ${yields} times`);
      assert.deepEqual(summarize(doc), summarize(analyzePython(text)));
    });

    it('parses in slices to the same tree', async () => {
      const text = bigFile(50);
      const tree = await parsePythonInSlices(text, { sliceMs: 1 });
      assert.equal(tree.toString(), parsePython(text).toString());
    });

    it('parses a long text in chunks cut at top-level statements, to the same tree', async () => {
      const text = bigFile(100);
      for (const chunkChars of [1024, 3000, 20_000]) {
        const tree = await parsePythonInSlices(text, { chunkChars });
        assert.ok(tree.children.length > 1, 'more than one chunk');
        assert.equal(tree.toString(), parsePython(text).toString(), `chunks of ${chunkChars}`);
      }
    });

    it('analyses a chunked tree like a single one, and reparses it incrementally', async () => {
      const text = bigFile(100);
      const doc = await analyzePythonInSlices(text, { chunkChars: 2048 });
      assert.deepEqual(summarize(doc), summarize(analyzePython(text)));
      const pos = text.indexOf('class Book57');
      const edited = `${text.slice(0, pos)}x = 1\n${text.slice(pos)}`;
      const again = reanalyze(doc, edited, [{ fromA: pos, toA: pos, fromB: pos, toB: pos + 6 }]);
      assert.deepEqual(summarize(again), summarize(analyzePython(edited)));
    });

    it('keeps a single statement longer than a chunk whole', async () => {
      const long = `x = [\n${'    1,\n'.repeat(2000)}]\n`;
      const text = `${SAMPLE}${long}${SAMPLE}`;
      const tree = await parsePythonInSlices(text, { chunkChars: 1024 });
      assert.equal(tree.toString(), parsePython(text).toString());
    });

    it('stops when aborted', async () => {
      const controller = new AbortController();
      let yields = 0;
      const work = analyzePythonInSlices(bigFile(300), {
        sliceMs: 1,
        signal: controller.signal,
        yieldFn: async () => { if (++yields === 2) controller.abort(new Error('document changed')); },
      });
      await assert.rejects(work, /document changed/);
    });
  });
});
