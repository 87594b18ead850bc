// Compiles content/ into dist/catalog.json, or prints every problem with file:line and
// fails. Called by esbuild.mjs; also runnable alone: `npx tsx src/build/buildCatalog.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { compileCatalog } from '../core/content/catalogCompiler';
import { ContentBuildError } from '../core/content/contentError';
import { readContentSources } from './contentSources';

export function buildCatalog(projectRoot: string, outFile = join(projectRoot, 'dist', 'catalog.json')): { notes: number; bytes: number } {
  const sources = readContentSources(projectRoot);
  const result = compileCatalog(sources.topics, sources.notes);
  if (!result.catalog) throw new ContentBuildError(result.errors);
  const json = JSON.stringify(result.catalog);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, json);
  return { notes: result.catalog.notes.length, bytes: Buffer.byteLength(json) };
}

if (require.main === module) {
  try {
    const { notes, bytes } = buildCatalog(resolve(__dirname, '..', '..'));
    console.log(`catalog: ${notes} notes, ${(bytes / 1024).toFixed(0)} KB`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
