// Reads the content folder from disk for the compiler (which itself touches no files).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from '../core/content/catalogCompiler';

export interface ContentSources {
  readonly topics: SourceFile;
  readonly notes: readonly SourceFile[];
}

export function readContentSources(projectRoot: string, contentDir = join(projectRoot, 'content')): ContentSources {
  const toSource = (absolute: string): SourceFile => ({
    path: relative(projectRoot, absolute).split(sep).join('/'),
    text: readFileSync(absolute, 'utf8'),
  });
  const notes: SourceFile[] = [];
  for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const file of readdirSync(join(contentDir, entry.name), { withFileTypes: true })) {
      if (file.isFile() && file.name.endsWith('.md')) notes.push(toSource(join(contentDir, entry.name, file.name)));
    }
  }
  return { topics: toSource(join(contentDir, 'topics.yaml')), notes };
}
