import { strict as assert } from 'node:assert';
import { compileCatalog, type SourceFile } from '../../../src/core/content/catalogCompiler';
import { formatContentError } from '../../../src/core/content/contentError';
import { noteFile, noteText, replaceLine, topicsFile, validNotes } from './fixtureContent';

function errorsOf(notes: SourceFile[], topics = topicsFile): string[] {
  const result = compileCatalog(topics, notes);
  assert.equal(result.catalog, undefined, 'a bad catalog must not compile');
  return result.errors.map(formatContentError);
}

/** The first note with one line replaced, plus the valid second note. */
function withLine(line: number, replacement: string): SourceFile[] {
  const [first, second] = validNotes();
  return [{ ...first!, text: replaceLine(first!.text, line, replacement) }, second!];
}

describe('compileCatalog', () => {
  it('compiles valid notes into areas, topics and rendered notes', () => {
    const { catalog, errors } = compileCatalog(topicsFile, validNotes());
    assert.deepEqual(errors, []);
    assert.ok(catalog);
    assert.deepEqual(catalog.areas.map((a) => a.id), ['django', 'python']);
    assert.deepEqual(catalog.topics.find((t) => t.id === 'django-orm')?.noteIds, ['first-note', 'other-note']);
    const note = catalog.notes.find((n) => n.id === 'first-note')!;
    assert.equal(note.areaId, 'django');
    assert.match(note.html, /<h2>Answer<\/h2>/);
    assert.match(note.html, /<span class="hljs-keyword">def<\/span>/, 'code is highlighted at build time');
    assert.match(note.html, /data-note="other-note"/, 'note links become in-panel links');
    assert.equal(note.quiz[0]?.type, 'choice');
    assert.equal(note.quiz[0]?.type === 'choice' && note.quiz[0].answerIndex, 1);
    assert.match(note.quiz[0]!.cardId, /^first-note\/[0-9a-f]{8}$/);
    assert.deepEqual(note.terms, [{ kind: 'symbol', name: 'Q', module: 'django.db.models' }]);
  });

  // Each row: what is wrong, how to break the note, and the file:line: message expected.
  const badCases: { name: string; notes: () => SourceFile[]; expected: RegExp }[] = [
    {
      name: 'malformed YAML',
      notes: () => withLine(5, 'summary: a: b'),
      expected: /^content\/django\/first-note\.md:5: invalid YAML: Nested mappings/,
    },
    {
      name: 'a missing required field',
      notes: () => withLine(5, 'order: 3'),
      expected: /^content\/django\/first-note\.md:2: summary: is required but missing$/,
    },
    {
      name: 'an unknown field',
      notes: () => withLine(5, 'summary: ok\nsumary: typo'),
      expected: /^content\/django\/first-note\.md:\d+: unknown field\(s\): sumary$/,
    },
    {
      name: 'a duplicate id',
      notes: () => [...validNotes(), { path: 'content/python/first-note.md', text: noteText({ id: 'first-note', topic: 'python-concurrency' }).replace('Title of', 'Another') }],
      expected: /^content\/python\/first-note\.md:2: duplicate id "first-note" \(also in content\/django\/first-note\.md\)$/,
    },
    {
      name: 'a related id that does not exist',
      notes: () => withLine(9, 'related: [other-note, no-such-note]'),
      expected: /^content\/django\/first-note\.md:9: related note "no-such-note" does not exist$/,
    },
    {
      name: 'a quiz answer that is not one of its choices',
      notes: () => withLine(19, '    answer: e'),
      expected: /^content\/django\/first-note\.md:19: quiz\.0\.answer: answer "e" is not one of its choices$/,
    },
    {
      name: 'a docs link that is not https',
      notes: () => withLine(12, '    url: http://docs.djangoproject.com/en/stable/'),
      expected: /^content\/django\/first-note\.md:12: docs\.0\.url: must be an https:\/\/ link$/,
    },
    {
      name: 'an unknown topic',
      notes: () => withLine(4, 'topic: no-such-topic'),
      expected: /^content\/django\/first-note\.md:4: unknown topic "no-such-topic"/,
    },
    {
      name: 'a note in the wrong area folder',
      notes: () => withLine(4, 'topic: python-concurrency'),
      expected: /^content\/django\/first-note\.md:4: topic "python-concurrency" belongs to area "python"/,
    },
    {
      name: 'an id that does not match the file name',
      notes: () => [{ ...validNotes()[0]!, path: 'content/django/renamed.md' }, validNotes()[1]!],
      expected: /^content\/django\/renamed\.md:2: id "first-note" must match the file name "renamed\.md"$/,
    },
    {
      name: 'a link in the body to an unknown note',
      notes: () => withLine(28, 'See [this](note:missing-note).'),
      expected: /^content\/django\/first-note\.md:28: link to unknown note "note:missing-note"$/,
    },
    {
      name: 'a body link that is not https',
      notes: () => withLine(28, 'See [this](http://example.com).'),
      expected: /^content\/django\/first-note\.md:28: link "http:\/\/example\.com" must be https:\/\/ or note:<id>$/,
    },
    {
      name: 'an h1 in the body',
      notes: () => withLine(26, '# Answer'),
      expected: /^content\/django\/first-note\.md:26: use ## headings/,
    },
    {
      name: 'an aligned table column',
      notes: () => withLine(29, '\n| a | b |\n|:--|--:|\n| 1 | 2 |\n'),
      expected: /^content\/django\/first-note\.md:30: aligned table columns/,
    },
    {
      name: 'a code block in an unknown language',
      notes: () => withLine(30, '```cobol'),
      expected: /^content\/django\/first-note\.md:30: unknown code language "cobol"$/,
    },
    {
      name: 'a quiz without a multiple-choice item',
      notes: () => withLine(17, '    prompt: Pick one').map((file, index) => index > 0 ? file : { ...file, text: file.text.replace(/ {2}- type: choice\n/, '  - type: recall\n').replace(/\n {4}choices: .*\n {4}answer: b\n {4}explanation: Because b\./, '\n    answer: b') }),
      expected: /^content\/django\/first-note\.md:15: quiz: needs at least one multiple-choice item$/,
    },
    {
      name: 'a term with a module that is not a dotted path',
      notes: () => withLine(14, '  - { kind: symbol, name: Q, module: "django/db" }'),
      expected: /^content\/django\/first-note\.md:14: terms\.0\.module: must be a dotted module path/,
    },
    {
      name: 'a receiver on a shape that has none',
      notes: () => withLine(14, '  - { kind: member, name: permission_classes, requires: [rest_framework], shapes: [assignment], receiver: serializer }'),
      expected: /^content\/django\/first-note\.md:14: terms\.0\.receiver: receiver does not apply to the assignment shape/,
    },
    {
      name: 'an unknown receiver kind',
      notes: () => withLine(14, '  - { kind: member, name: values, requires: [django], receiver: dict }'),
      expected: /^content\/django\/first-note\.md:14: terms\.0\.receiver: /,
    },
    {
      name: 'a front matter that is never closed',
      notes: () => [{ ...validNotes()[0]!, text: noteText({ id: 'first-note' }).replace(/\n---\n/, '\n') }, validNotes()[1]!],
      expected: /^content\/django\/first-note\.md:1: the front matter is not closed/,
    },
    {
      name: 'a duplicate title',
      notes: () => [...validNotes(), noteFile({ id: 'third-note', related: ['first-note'] }, noteText({ id: 'third-note', related: ['first-note'] }).replace('Title of third-note', 'Title of first-note').replace('note:other-note', 'note:first-note'))],
      expected: /^content\/django\/third-note\.md:3: duplicate title "Title of first-note"/,
    },
  ];

  for (const { name, notes, expected } of badCases) {
    it(`fails on ${name}, naming the file and line`, () => {
      const errors = errorsOf(notes());
      assert.ok(errors.some((error) => expected.test(error)), `expected ${expected} in:\n${errors.join('\n')}`);
    });
  }

  it('reports every problem of every file in one run', () => {
    const [first, second] = validNotes();
    const errors = errorsOf([
      { ...first!, text: replaceLine(first!.text, 12, '    url: http://x.example') },
      { ...second!, text: replaceLine(second!.text, 19, '    answer: z') },
    ]);
    assert.equal(errors.length, 2, errors.join('\n'));
  });

  it('fails on a topics file with a duplicate topic id, naming its line', () => {
    const topics = { ...topicsFile, text: topicsFile.text.replace('python-concurrency', 'django-orm') };
    const errors = errorsOf(validNotes(), topics);
    assert.ok(errors.some((e) => /^content\/topics\.yaml:9: duplicate area or topic id "django-orm"$/.test(e)), errors.join('\n'));
  });

  it('keeps a card id stable when quiz items are reordered', () => {
    const { catalog } = compileCatalog(topicsFile, validNotes());
    const [first, second] = validNotes();
    const lines = first!.text.split('\n');
    const reordered = [...lines.slice(0, 15), ...lines.slice(20, 23), ...lines.slice(15, 20), ...lines.slice(23)].join('\n');
    const { catalog: again } = compileCatalog(topicsFile, [{ ...first!, text: reordered }, second!]);
    const ids = (c: typeof catalog) => c!.notes.find((n) => n.id === 'first-note')!.quiz.map((q) => q.cardId).sort();
    assert.deepEqual(ids(again), ids(catalog));
  });
});
