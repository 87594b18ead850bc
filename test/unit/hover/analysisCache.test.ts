import { strict as assert } from 'node:assert';
import { AnalysisCache } from '../../../src/core/hover/analysisCache';
import { changedRegion } from '../../../src/core/python/textDiff';

describe('changedRegion', () => {
  it('finds the single region two texts differ in', () => {
    assert.equal(changedRegion('abc', 'abc'), undefined);
    assert.deepEqual(changedRegion('from x import Q\n', 'from x import Q, F\n'), { fromA: 15, toA: 15, fromB: 15, toB: 18 });
    assert.deepEqual(changedRegion('aXc', 'ac'), { fromA: 1, toA: 2, fromB: 1, toB: 1 });
    assert.deepEqual(changedRegion('aaa', 'aaaa'), { fromA: 3, toA: 3, fromB: 3, toB: 4 });
  });
});

describe('AnalysisCache', () => {
  it('analyses a version once and reuses it', async () => {
    const cache = new AnalysisCache();
    let reads = 0;
    const text = 'from django.db.models import Q\n';
    const first = await cache.get('file:///a.py', 1, () => (reads++, text));
    const again = await cache.get('file:///a.py', 1, () => (reads++, text));
    assert.equal(first, again);
    assert.equal(reads, 1, 'the text is not even read for a cached version');
  });

  it('re-analyses a new version incrementally with the same result as from scratch', async () => {
    const cache = new AnalysisCache();
    const before = 'from django.db.models import Q\n\nx = Q(a=1)\n';
    const after = 'from django.db.models import Q, F\n\nx = Q(a=1) | F("b")\n';
    await cache.get('file:///a.py', 1, () => before);
    const incremental = await cache.get('file:///a.py', 2, () => after);
    const fresh = await new AnalysisCache().get('file:///b.py', 1, () => after);
    assert.equal(incremental.text, after);
    assert.deepEqual([...incremental.identifiers], [...fresh.identifiers]);
    assert.deepEqual([...incremental.importedModules], [...fresh.importedModules]);
  });

  it('keeps at most its capacity, dropping the least recently used', async () => {
    const cache = new AnalysisCache({ capacity: 2 });
    await cache.get('a', 1, () => 'a = 1');
    await cache.get('b', 1, () => 'b = 1');
    await cache.get('a', 1, () => 'a = 1');
    await cache.get('c', 1, () => 'c = 1');
    assert.equal(cache.size, 2);
    let reread = false;
    await cache.get('a', 1, () => { reread = true; return 'a = 1'; });
    assert.equal(reread, false, 'a was used recently, so b was dropped instead');
  });

  it('analyses a large document in slices with the same result', async () => {
    const text = 'from django.db.models import Q\n' + 'x = Q(a=1)\n'.repeat(2000);
    const sliced = await new AnalysisCache({ sliceAbove: 100 }).get('big', 1, () => text);
    const whole = await new AnalysisCache().get('big', 1, () => text);
    assert.deepEqual([...sliced.identifiers], [...whole.identifiers]);
  });
});

describe('AnalysisCache.isAnalysed', () => {
  it('is true only for the analysed version, once done', async () => {
    const cache = new AnalysisCache();
    assert.equal(cache.isAnalysed('a', 1), false);
    const pending = cache.get('a', 1, () => 'x = 1');
    await pending;
    assert.equal(cache.isAnalysed('a', 1), true);
    assert.equal(cache.isAnalysed('a', 2), false);
  });
});
