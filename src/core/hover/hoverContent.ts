// The Markdown of a hover: the resolved name and the note's title, its summary, a tiny
// example, and command links. Pure text, no HTML: the vscode side wraps it in a
// MarkdownString trusted only for the extension's own commands.
import type { DocLink } from '../catalog/catalogTypes';
import type { ResolvedTerm } from './termResolver';

export const OPEN_NOTE_COMMAND = 'pywebNotes.openNote';
export const QUIZ_NOTE_COMMAND = 'pywebNotes.quizNote';

/** The parts of a note a hover shows. */
export interface HoverNote {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly example?: string;
  readonly docs: readonly DocLink[];
}

const MAX_EXAMPLE_LINES = 5;

export function hoverMarkdown(resolved: Pick<ResolvedTerm, 'qualifiedName'>, note: HoverNote): string {
  const parts: string[] = [];
  parts.push(`${codeSpan(resolved.qualifiedName)} — ${escapeMarkdown(oneLine(note.title))}`);
  parts.push(escapeMarkdownKeepingCode(oneLine(note.summary)));
  const example = note.example?.trimEnd();
  if (example) {
    const lines = example.split(/\r?\n/).slice(0, MAX_EXAMPLE_LINES).join('\n');
    const fence = '`'.repeat(Math.max(3, longestRun(lines, '`') + 1));
    parts.push(`${fence}python\n${lines}\n${fence}`);
  }
  parts.push(linksLine(note));
  return parts.join('\n\n');
}

/** A `command:` URI with its JSON arguments, as VS Code expects them. */
export function commandUri(command: string, args: readonly unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

function linksLine(note: HoverNote): string {
  const links = [
    `[Open note](${commandUri(OPEN_NOTE_COMMAND, [note.id])})`,
    `[Quiz me](${commandUri(QUIZ_NOTE_COMMAND, [note.id])})`,
  ];
  const doc = note.docs.find((d) => d.url.startsWith('https://'));
  if (doc) links.push(`[Docs](${linkDestination(doc.url)})`);
  return links.join(' · ');
}

/** Characters that would break out of a link destination. */
function linkDestination(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function codeSpan(s: string): string {
  const ticks = '`'.repeat(longestRun(s, '`') + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${s}${pad}${ticks}`;
}

function longestRun(s: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of s) {
    run = c === ch ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/** Backslash-escapes every ASCII punctuation character Markdown could act on. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#+\-.!|~&]/g, '\\$&');
}

/**
 * Escapes Markdown in prose but keeps `code spans` as written: summaries name APIs in
 * backticks. An unmatched backtick is escaped like any other character.
 */
export function escapeMarkdownKeepingCode(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    if (s[i] === '`') {
      let n = 1;
      while (s[i + n] === '`') n++;
      const close = findClosingRun(s, i + n, n);
      if (close >= 0) {
        out += s.slice(i, close + n);
        i = close + n;
        continue;
      }
      out += '\\`'.repeat(n);
      i += n;
      continue;
    }
    const next = s.indexOf('`', i);
    const end = next < 0 ? s.length : next;
    out += escapeMarkdown(s.slice(i, end));
    i = end;
  }
  return out;
}

/** The start of the next run of exactly `n` backticks at or after `from`, or -1. */
function findClosingRun(s: string, from: number, n: number): number {
  let i = s.indexOf('`', from);
  while (i >= 0) {
    let m = 1;
    while (s[i + m] === '`') m++;
    if (m === n) return i;
    i = s.indexOf('`', i + m);
  }
  return -1;
}
