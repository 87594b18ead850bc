import * as assert from 'node:assert/strict';
import { commandUri, escapeMarkdownKeepingCode, hoverMarkdown } from '../../../src/core/hover/hoverContent';

const note = {
  id: 'q-objects',
  title: 'Q objects',
  summary: 'Combine filters with `|`, `&` and `~`; each Q is one condition.',
  example: 'from django.db.models import Q\nBook.objects.filter(Q(a=1) | Q(b=2))',
  docs: [{ title: 'Q objects', url: 'https://docs.djangoproject.com/en/stable/ref/models/querysets/#q-objects' }],
};

describe('hoverContent', () => {
  it('renders name, title, summary, example and links', () => {
    const md = hoverMarkdown({ qualifiedName: 'django.db.models.Q' }, note);
    assert.equal(md, [
      '`django.db.models.Q` — Q objects',
      '',
      'Combine filters with `|`, `&` and `~`; each Q is one condition\\.',
      '',
      '```python',
      'from django.db.models import Q',
      'Book.objects.filter(Q(a=1) | Q(b=2))',
      '```',
      '',
      '[Open note](command:pywebNotes.openNote?%5B%22q-objects%22%5D) · [Quiz me](command:pywebNotes.quizNote?%5B%22q-objects%22%5D) · [Docs](https://docs.djangoproject.com/en/stable/ref/models/querysets/#q-objects)',
    ].join('\n'));
  });

  it('stays within about ten lines', () => {
    const long = { ...note, example: 'a\nb\nc\nd\ne\nf\ng' };
    const lines = hoverMarkdown({ qualifiedName: 'x' }, long).split('\n').filter((l) => l.trim() !== '');
    assert.ok(lines.length <= 10, `${lines.length} lines`);
  });

  it('leaves out the example block and the doc link when there are none', () => {
    const md = hoverMarkdown({ qualifiedName: 'GIL' }, { ...note, example: undefined, docs: [] });
    assert.ok(!md.includes('```'));
    assert.ok(!md.includes('[Docs]'));
  });

  it('escapes Markdown and HTML in the summary and title', () => {
    const md = hoverMarkdown({ qualifiedName: 'x' }, {
      ...note, title: 'A *bold* [title]', summary: '<img src=x onerror=alert(1)> [click](command:evil) **b** # h',
    });
    assert.ok(md.startsWith('`x` — A \\*bold\\* \\[title\\]'));
    assert.ok(md.includes('\\<img src=x onerror=alert\\(1\\)\\> \\[click\\]\\(command:evil\\) \\*\\*b\\*\\* \\# h'));
    assert.ok(!/\]\(command:evil/.test(md));
  });

  it('keeps code spans in the summary, and escapes a lone backtick', () => {
    assert.equal(escapeMarkdownKeepingCode('use `select_related()` here'), 'use `select_related()` here');
    assert.equal(escapeMarkdownKeepingCode('a `` b`c `` d'), 'a `` b`c `` d');
    assert.equal(escapeMarkdownKeepingCode('a ` b_c'), 'a \\` b\\_c');
  });

  it('uses a longer fence when the example contains one', () => {
    const md = hoverMarkdown({ qualifiedName: 'x' }, { ...note, example: 's = """\n```\n"""' });
    assert.ok(md.includes('````python\ns = """\n```\n"""\n````'));
  });

  it('puts a code span around a name with backticks', () => {
    assert.ok(hoverMarkdown({ qualifiedName: 'a`b' }, note).startsWith('``a`b`` — '));
  });

  it('keeps a doc URL from breaking out of its link', () => {
    const md = hoverMarkdown({ qualifiedName: 'x' }, { ...note, docs: [{ title: 'd', url: 'https://e.org/a_(b) c' }] });
    assert.ok(md.endsWith('[Docs](https://e.org/a_%28b%29%20c)'));
  });

  it('encodes command arguments as JSON', () => {
    assert.equal(commandUri('pywebNotes.openNote', ['a"b']), 'command:pywebNotes.openNote?%5B%22a%5C%22b%22%5D');
  });
});
