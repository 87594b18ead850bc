// Splits a note file into its YAML front matter and Markdown body. The delimiters are
// plain `---` lines; everything between them goes to the YAML library.
import type { ContentError } from './contentError';

export interface NoteFileParts {
  readonly frontMatter: string;
  /** 1-based file line of the first front-matter line. */
  readonly frontMatterLine: number;
  readonly body: string;
  /** 1-based file line of the first body line. */
  readonly bodyLine: number;
}

export function splitNoteFile(file: string, text: string): NoteFileParts | ContentError {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return { file, line: 1, message: 'a note must start with a `---` line that opens its YAML front matter' };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close < 0) {
    return { file, line: 1, message: 'the front matter is not closed by a `---` line' };
  }
  return {
    frontMatter: lines.slice(1, close).join('\n'),
    frontMatterLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
