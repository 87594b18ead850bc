// Small, valid content for compiler tests. Each bad-content test changes one thing.
import type { SourceFile } from '../../../src/core/content/catalogCompiler';

export const topicsFile: SourceFile = {
  path: 'content/topics.yaml',
  text: [
    'areas:',
    '  - id: django',
    '    label: Django',
    '    topics:',
    '      - { id: django-orm, label: ORM }',
    '  - id: python',
    '    label: Python',
    '    topics:',
    '      - { id: python-concurrency, label: Concurrency }',
  ].join('\n'),
};

export interface NoteFixture {
  id: string;
  area?: string;
  topic?: string;
  related?: string[];
}

/** A complete valid note; line numbers below are relied on by the tests. */
export function noteText({ id, topic = 'django-orm', related = ['other-note'] }: NoteFixture): string {
  return [
    '---', //                                       line 1
    `id: ${id}`, //                                 line 2
    `title: Title of ${id}`, //                     line 3
    `topic: ${topic}`, //                           line 4
    'summary: A short summary for the hover.', //   line 5
    'asked:', //                                    line 6
    '  - What is it?', //                           line 7
    '  - How does it work?', //                     line 8
    `related: [${related.join(', ')}]`, //          line 9
    'docs:', //                                     line 10
    '  - title: Official docs', //                  line 11
    '    url: https://docs.djangoproject.com/en/stable/', // line 12
    'terms:', //                                    line 13
    '  - { kind: symbol, name: Q, module: django.db.models }', // line 14
    'quiz:', //                                     line 15
    '  - type: choice', //                          line 16
    '    question: Pick one', //                    line 17
    '    choices: [a, b, c, d]', //                 line 18
    '    answer: b', //                             line 19
    '    explanation: Because b.', //               line 20
    '  - type: recall', //                          line 21
    '    prompt: Explain it.', //                   line 22
    '    answer: The key points.', //               line 23
    '---', //                                       line 24
    '', //                                          line 25
    '## Answer', //                                 line 26
    '', //                                          line 27
    'It is `select_related` and [a link](note:other-note).', // line 28
    '', //                                          line 29
    '```python', //                                 line 30
    'def view(request):', //                        line 31
    '    return render(request, "x.html")', //      line 32
    '```', //                                       line 33
  ].join('\n');
}

export function noteFile(fixture: NoteFixture, text = noteText(fixture)): SourceFile {
  return { path: `content/${fixture.area ?? 'django'}/${fixture.id}.md`, text };
}

/** Two notes that link each other: the smallest valid catalog. */
export function validNotes(): SourceFile[] {
  return [
    noteFile({ id: 'first-note', related: ['other-note'] }),
    noteFile({ id: 'other-note', related: ['first-note'] }, noteText({ id: 'other-note', related: ['first-note'] }).replace('note:other-note', 'note:first-note')),
  ];
}

/** Replaces one line (1-based) of a note's text. */
export function replaceLine(text: string, line: number, replacement: string): string {
  const lines = text.split('\n');
  lines[line - 1] = replacement;
  return lines.join('\n');
}
