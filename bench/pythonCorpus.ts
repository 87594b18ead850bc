// Python sources to measure on: Django's own source when Debian's python3-django is
// installed, and generated files of any length built from the framework fixtures.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const DJANGO_SOURCE = '/usr/lib/python3/dist-packages/django';

const FIXTURES = path.resolve(__dirname, '../test/fixtures/python');
const FIXTURE_NAMES = ['django_app', 'drf_views', 'fastapi_app', 'flask_app', 'sqlalchemy_models', 'celery_tasks'];

export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** Every .py file of Django's source, sorted by path; empty when it is not installed. */
export function djangoSources(): SourceFile[] {
  if (!fs.existsSync(DJANGO_SOURCE)) return [];
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.py')) out.push({ path: full, text: fs.readFileSync(full, 'utf8') });
    }
  };
  walk(DJANGO_SOURCE);
  return out;
}

/** A deterministic pseudo-random generator (mulberry32), so runs are comparable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let fixtureTexts: string[] | undefined;

/**
 * About `lines` lines of realistic framework code: the fixtures one after another, each
 * copy's top-level names suffixed so the file is not one block repeated verbatim.
 */
export function generatedPython(lines: number, seed: number): string {
  fixtureTexts ??= FIXTURE_NAMES.map((n) => fs.readFileSync(path.join(FIXTURES, `${n}.py`), 'utf8'));
  const next = random(seed);
  const parts: string[] = [];
  let count = 0;
  for (let copy = 0; count < lines; copy++) {
    const text = fixtureTexts[Math.floor(next() * fixtureTexts.length)]!;
    const renamed = text.replace(/^(def|class|async def) (\w+)/gm, (_m, kw: string, name: string) => `${kw} ${name}_${seed}_${copy}`);
    const chunk = renamed.split('\n').slice(0, lines - count);
    parts.push(chunk.join('\n'));
    count += chunk.length;
  }
  return parts.join('\n');
}
