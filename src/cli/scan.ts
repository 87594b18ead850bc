// Command-line scanner: prints one JSON object per line for every identifier in the given
// Python files (directories are walked for *.py) that would get a hover.
//   npx tsx src/cli/scan.ts [--catalog dist/catalog.json] [--stats] FILE_OR_DIR...
// It never crashes on its input: unreadable, binary or non-UTF-8 files are skipped with a
// message on stderr. Exit status: 0 after scanning, 2 when the catalog or the arguments are wrong.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { termSchema } from '../core/content/noteSchema';
import type { Term } from '../core/catalog/catalogTypes';
import { buildTermIndex, type TermIndex, type TermSource } from '../core/hover/termIndex';
import { scanSource } from '../core/hover/hoverScan';

const USAGE = 'usage: scan [--catalog PATH] [--stats] FILE_OR_DIR...';

interface Options {
  catalog: string;
  stats: boolean;
  inputs: string[];
}

function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = { catalog: path.join('dist', 'catalog.json'), stats: false, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--catalog') {
      const value = argv[++i];
      if (!value) return '--catalog needs a path';
      options.catalog = value;
    } else if (arg.startsWith('--catalog=')) {
      options.catalog = arg.slice('--catalog='.length);
    } else if (arg === '--stats') {
      options.stats = true;
    } else if (arg === '--help' || arg === '-h') {
      return USAGE;
    } else if (arg === '--') {
      options.inputs.push(...argv.slice(i + 1));
      break;
    } else {
      options.inputs.push(arg);
    }
  }
  return options.inputs.length > 0 ? options : USAGE;
}

/** Reads the compiled catalog's notes; terms that do not fit the schema are skipped with a warning. */
function loadTermIndex(file: string): TermIndex {
  const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  const notes = (data as { notes?: unknown }).notes;
  if (!Array.isArray(notes)) throw new Error('no "notes" array');
  const sources: TermSource[] = [];
  for (const note of notes as { id?: unknown; terms?: unknown }[]) {
    if (typeof note?.id !== 'string') continue;
    const terms: Term[] = [];
    for (const t of Array.isArray(note.terms) ? note.terms : []) {
      const parsed = termSchema.safeParse(t);
      if (parsed.success) terms.push(parsed.data);
      else process.stderr.write(`scan: ${file}: note ${note.id}: ignoring an invalid term ${JSON.stringify(t)}\n`);
    }
    sources.push({ id: note.id, terms });
  }
  return buildTermIndex(sources);
}

/** Files to scan, in a stable order: given files as they are, directories walked for *.py. */
function* expandInputs(inputs: readonly string[]): Generator<string> {
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (err) {
      process.stderr.write(`scan: skipped ${input}: ${reason(err)}\n`);
      continue;
    }
    if (stat.isDirectory()) yield* walk(input);
    else yield input; // readSource refuses what is not a regular file
  }
}

function* walk(dir: string): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    process.stderr.write(`scan: skipped directory ${dir}: ${reason(err)}\n`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // Symbolic links are not followed: they could loop.
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && entry.name.endsWith('.py')) yield full;
  }
}

/** Larger files are not source code anyone hovers in; reading them would only cost memory. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The file's text, or a reason to skip it. */
function readSource(file: string): { text: string } | { skip: string } {
  let bytes: Buffer;
  try {
    // A FIFO or a device (/dev/zero) would block or never end: only regular files are read.
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { skip: 'not a regular file' };
    if (stat.size > MAX_FILE_BYTES) return { skip: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
    bytes = fs.readFileSync(file);
  } catch (err) {
    return { skip: reason(err) };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { skip: 'binary file' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { skip: 'not UTF-8' };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e?.code ?? (e?.message || String(err));
}

function main(argv: readonly string[]): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n`);
    return 2;
  }
  let index: TermIndex;
  try {
    index = loadTermIndex(options.catalog);
  } catch (err) {
    process.stderr.write(`scan: cannot load the catalog ${options.catalog}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  const started = performance.now();
  let files = 0;
  let hits = 0;
  let skipped = 0;
  for (const file of expandInputs(options.inputs)) {
    const source = readSource(file);
    if ('skip' in source) {
      process.stderr.write(`scan: skipped ${file}: ${source.skip}\n`);
      skipped++;
      continue;
    }
    let lines = '';
    try {
      for (const hit of scanSource(source.text, index)) {
        lines += `${JSON.stringify({ file, line: hit.line, column: hit.column, name: hit.name, term: hit.term, note: hit.note })}\n`;
        hits++;
      }
    } catch (err) {
      // The analysis is meant never to throw; if it does, report the file and go on.
      process.stderr.write(`scan: skipped ${file}: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      skipped++;
      continue;
    }
    files++;
    if (lines) process.stdout.write(lines);
  }
  if (options.stats) {
    const ms = performance.now() - started;
    process.stderr.write(`scan: ${files} files, ${hits} hovers, ${skipped} skipped, ${ms.toFixed(0)} ms\n`);
  }
  return 0;
}

// A closed pipe (`scan ... | head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = main(process.argv.slice(2));
