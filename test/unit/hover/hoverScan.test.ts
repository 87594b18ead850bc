// The scanner: its core function on text, and the command line on a temporary tree of
// files with a temporary catalog built from glossaryTerms.ts (the real catalog is not needed).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lineOf, lineStarts, scanSource } from '../../../src/core/hover/hoverScan';
import { glossaryIndex, glossaryNotes } from './glossaryIndex';

const ROOT = path.resolve(__dirname, '../../..');
const SCAN = path.join(ROOT, 'src/cli/scan.ts');

describe('hoverScan', () => {
  it('gives 1-based lines and columns', () => {
    const hits = scanSource('from django.db.models import Q\n\nx = Q(a=1)  # GIL\n', glossaryIndex());
    assert.deepEqual(hits, [
      { line: 1, column: 30, name: 'Q', term: 'django.db.models.Q', note: 'glossary-django-orm' },
      { line: 3, column: 5, name: 'Q', term: 'django.db.models.Q', note: 'glossary-django-orm' },
      { line: 3, column: 15, name: 'GIL', term: 'GIL', note: 'glossary-python-concurrency-and-standard-library' },
    ]);
  });

  it('counts lines as Python does (\\n, \\r\\n, lone \\r)', () => {
    const starts = lineStarts('a\r\nb\rc\nd');
    assert.deepEqual(starts, [0, 3, 5, 7]);
    assert.deepEqual([0, 2, 3, 4, 5, 7, 8].map((o) => lineOf(starts, o)), [0, 0, 1, 1, 2, 3, 3]);
    const hits = scanSource('import asyncio\r\n\r\nasyncio.gather()', glossaryIndex());
    assert.deepEqual(hits.map((h) => [h.line, h.column]), [[3, 9]]);
  });

  describe('command line', function () {
    this.timeout(60_000);
    let dir: string;
    let catalog: string;

    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyweb-scan-'));
      catalog = path.join(dir, 'catalog.json');
      fs.writeFileSync(catalog, JSON.stringify({ format: 1, areas: [], topics: [], notes: [...glossaryNotes, { id: 'bad', terms: [{ kind: 'nope' }] }] }));
      const src = path.join(dir, 'src');
      fs.mkdirSync(path.join(src, 'pkg', 'sub'), { recursive: true });
      fs.writeFileSync(path.join(src, 'app.py'), 'from django.db.models import Q\nQ()\n');
      fs.writeFileSync(path.join(src, 'empty.py'), '');
      fs.writeFileSync(path.join(src, 'binary.py'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
      fs.writeFileSync(path.join(src, 'latin1.py'), Buffer.from('# caf\xe9\nimport asyncio\n', 'latin1'));
      fs.writeFileSync(path.join(src, 'broken.py'), 'import asyncio\ndef f(:\n    class\n))) "unterminated\nasyncio.gather()\n');
      fs.writeFileSync(path.join(src, 'bom.py'), '\uFEFFimport asyncio\nasyncio.gather()\n');
      fs.writeFileSync(path.join(src, 'pkg', 'sub', 'deep.py'), '# the GIL\n');
      fs.writeFileSync(path.join(src, 'notes.txt'), 'from django.db.models import Q\n');
    });

    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    function scan(...args: string[]) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', SCAN, ...args], { cwd: ROOT, encoding: 'utf8' });
      return { status: r.status, out: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)), err: r.stderr };
    }

    it('prints one JSON line per hover and skips what it cannot read', () => {
      const src = path.join(dir, 'src');
      const missing = path.join(dir, 'missing.py');
      const r = scan('--catalog', catalog, src, missing);
      assert.equal(r.status, 0, r.err);
      const rel = (o: { file: string }) => path.relative(src, o.file);
      assert.deepEqual(r.out.map((o) => `${rel(o)}:${o.line}:${o.column} ${o.name} ${o.term} ${o.note}`), [
        'app.py:1:30 Q django.db.models.Q glossary-django-orm',
        'app.py:2:1 Q django.db.models.Q glossary-django-orm',
        'bom.py:2:9 gather asyncio.gather glossary-python-concurrency-and-standard-library',
        'broken.py:5:9 gather asyncio.gather glossary-python-concurrency-and-standard-library',
        'pkg/sub/deep.py:1:7 GIL GIL glossary-python-concurrency-and-standard-library',
      ]);
      assert.match(r.err, /skipped .*binary\.py: binary file/);
      assert.match(r.err, /skipped .*latin1\.py: not UTF-8/);
      assert.match(r.err, /skipped .*missing\.py: ENOENT/);
      assert.match(r.err, /note bad: ignoring an invalid term/);
    });

    it('refuses what is not a regular file instead of blocking on it', () => {
      const r = scan('--catalog', catalog, '/dev/zero', path.join(dir, 'src', 'app.py'));
      assert.equal(r.status, 0);
      assert.match(r.err, /skipped \/dev\/zero: not a regular file/);
      assert.equal(r.out.length, 2);
    });

    it('scans a file given directly, whatever its extension', () => {
      const r = scan(`--catalog=${catalog}`, path.join(dir, 'src', 'notes.txt'));
      assert.equal(r.status, 0);
      assert.equal(r.out.length, 1);
    });

    it('fails with status 2 without a usable catalog or without files', () => {
      const noCatalog = scan('--catalog', path.join(dir, 'nothing.json'), path.join(dir, 'src'));
      assert.equal(noCatalog.status, 2);
      assert.match(noCatalog.err, /cannot load the catalog/);
      const notJson = scan('--catalog', path.join(dir, 'src', 'app.py'), path.join(dir, 'src'));
      assert.equal(notJson.status, 2);
      const usage = scan('--catalog', catalog);
      assert.equal(usage.status, 2);
      assert.match(usage.err, /usage/);
    });
  });
});
