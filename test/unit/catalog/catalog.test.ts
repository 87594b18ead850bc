import { strict as assert } from 'node:assert';
import { Catalog } from '../../../src/core/catalog/catalog';
import { fixtureCatalog } from './catalogFixture';

describe('Catalog', () => {
  it('looks up notes, topics and areas by id', () => {
    const catalog = fixtureCatalog();
    assert.equal(catalog.note('gil-note')?.topicId, 'python-concurrency');
    assert.equal(catalog.topic('django-orm')?.label, 'ORM');
    assert.equal(catalog.area('python')?.label, 'Python');
    assert.equal(catalog.note('missing'), undefined);
    assert.deepEqual(catalog.notesOf('django-orm').map((n) => n.id), ['first-note', 'other-note']);
    assert.deepEqual(catalog.topicsOf('django').map((t) => t.id), ['django-orm']);
  });

  it('round-trips through JSON and rejects another format', () => {
    const json = JSON.stringify(fixtureCatalog().data);
    assert.equal(Catalog.fromJson(json).notes.length, 3);
    assert.throws(() => Catalog.fromJson(JSON.stringify({ format: 99, notes: [] })), /format 99 is not 1: rebuild/);
  });

  it('picks a random note other than the current one', () => {
    const catalog = fixtureCatalog();
    for (const roll of [0, 0.4, 0.99]) {
      const note = catalog.randomNote(() => roll, 'first-note');
      assert.ok(note && note.id !== 'first-note');
    }
  });
});
