import { strict as assert } from 'node:assert';
import { noteIdFromUri, noteLink } from '../../../src/core/links/noteUri';

describe('note links', () => {
  it('makes a vscode:// link that the handler reads back', () => {
    const link = noteLink('vscode', 'pyweb-notes.pyweb-notes', 'n-plus-one-problem');
    assert.equal(link, 'vscode://pyweb-notes.pyweb-notes/note?id=n-plus-one-problem');
    const url = new URL(link);
    assert.equal(noteIdFromUri(url.pathname, url.search.slice(1)), 'n-plus-one-problem');
  });

  it('keeps the editor scheme (Insiders, VSCodium, code-server)', () => {
    assert.match(noteLink('vscode-insiders', 'a.b', 'x'), /^vscode-insiders:\/\/a\.b\/note\?id=x$/);
  });

  for (const [path, query] of [['/note', ''], ['/note', 'id='], ['/note', 'id=../../etc'], ['/other', 'id=x'], ['/note', 'id=A%20B']]) {
    it(`opens nothing for ${path}?${query}`, () => assert.equal(noteIdFromUri(path!, query!), undefined));
  }
});
