import { strict as assert } from 'node:assert';
import { childrenOf, noteNode, parentOf } from '../../../src/core/tree/topicsTreeModel';
import { fixtureCatalog } from '../catalog/catalogFixture';

describe('topics tree model', () => {
  const catalog = fixtureCatalog();

  it('lists areas, then topics, then notes with their summaries', () => {
    const areas = childrenOf(catalog);
    assert.deepEqual(areas.map((a) => a.label), ['Django', 'Python']);
    const topics = childrenOf(catalog, areas[0]);
    assert.deepEqual(topics, [{ kind: 'topic', id: 'django-orm', label: 'ORM', areaId: 'django' }]);
    const notes = childrenOf(catalog, topics[0]);
    assert.deepEqual(notes.map((n) => n.label), ['Title of first-note', 'Title of other-note']);
    assert.equal(notes[0]?.kind === 'note' && notes[0].summary, 'A short summary for the hover.');
    assert.deepEqual(childrenOf(catalog, notes[0]), []);
  });

  it('walks back up from a note to its area, so the view can reveal it', () => {
    const note = noteNode(catalog, 'gil-note')!;
    const topic = parentOf(catalog, note)!;
    assert.deepEqual(topic, { kind: 'topic', id: 'python-concurrency', label: 'Concurrency', areaId: 'python' });
    assert.deepEqual(parentOf(catalog, topic), { kind: 'area', id: 'python', label: 'Python' });
    assert.equal(noteNode(catalog, 'missing'), undefined);
  });
});
