// A compiled catalog from the fixture content, shared by tests of what sits on top of it.
import { Catalog } from '../../../src/core/catalog/catalog';
import { compileCatalog } from '../../../src/core/content/catalogCompiler';
import { noteFile, noteText, topicsFile, validNotes } from '../content/fixtureContent';

export function fixtureCatalog(): Catalog {
  const python = noteFile({ id: 'gil-note', area: 'python', topic: 'python-concurrency', related: ['first-note'] },
    noteText({ id: 'gil-note', topic: 'python-concurrency', related: ['first-note'] }).replace('note:other-note', 'note:first-note'));
  const { catalog, errors } = compileCatalog(topicsFile, [...validNotes(), python]);
  if (!catalog) throw new Error(errors.map((e) => e.message).join('\n'));
  return new Catalog(catalog);
}
