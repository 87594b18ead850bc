// Runs the bundled integration suite with mocha inside the extension host and
// collects a plain, JSON-serialisable result. Shared by the code-server host
// extension (extension.ts) and the @vscode/test-electron entry (electronIndex.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { stackMapperFor } from './sourceMappedStack';

export interface TestOutcome {
  /** Full title: suite titles and test title joined by spaces. */
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  /** For failures: message and stack. */
  error?: string;
}

export interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  tests: TestOutcome[];
  failures: { title: string; error: string }[];
  durationMs: number;
}

function describeError(error: unknown, mapStack: (stack: string) => string = (stack) => stack): string {
  if (error instanceof Error) return error.stack ? mapStack(error.stack) : `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Loads `suiteBundle` (the esbuild bundle of test/integration/suite/*.test.ts) with
 * mocha's TDD globals (suite, test, setup, teardown, suiteSetup, suiteTeardown) in
 * place and runs it. Never rejects: a suite that fails to load is reported as a
 * failed test, so whoever waits for the results gets them instead of a timeout.
 */
export async function runSuite(suiteBundle: string, log: (line: string) => void = console.log): Promise<SuiteResults> {
  const started = Date.now();
  const tests: TestOutcome[] = [];
  const file = path.resolve(suiteBundle);
  const record = (outcome: TestOutcome) => {
    tests.push(outcome);
    const mark = { passed: 'ok  ', failed: 'FAIL', pending: 'skip' }[outcome.state];
    log(`${mark} ${outcome.title}${outcome.error ? `\n     ${outcome.error.split('\n').join('\n     ')}` : ''}`);
  };

  try {
    const mocha = new Mocha({ ui: 'tdd', timeout: 30_000, color: false });
    // Collect through runner events instead of a reporter module: mocha's reporters
    // are loaded by name at run time, which a bundle cannot resolve.
    mocha.reporter(class SilentReporter {} as unknown as typeof Mocha.reporters.Base);

    // What mocha.addFile + loadFiles does, done by hand because the suite is one
    // pre-built CommonJS bundle: expose the TDD globals, then require the bundle.
    if (!fs.existsSync(file)) throw new Error(`suite bundle not found: ${file}`);
    const mapStack = stackMapperFor(file);
    mocha.suite.emit('pre-require', globalThis, file, mocha);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is plain CommonJS built beside this file
    require(file);
    mocha.suite.emit('post-require', globalThis, file, mocha);

    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => record({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
      // Also fires for failing hooks ("before all" hook for ...), which count as failures.
      runner.on('fail', (test, error) => record({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: describeError(error, mapStack) }));
      runner.on('pending', (test) => record({ title: test.fullTitle(), state: 'pending' }));
    });
  } catch (error) {
    record({ title: 'integration suite could not run', state: 'failed', error: describeError(error) });
  }

  const failures = tests.filter((t) => t.state === 'failed').map((t) => ({ title: t.title, error: t.error ?? '' }));
  return {
    passed: tests.filter((t) => t.state === 'passed').length,
    failed: failures.length,
    pending: tests.filter((t) => t.state === 'pending').length,
    tests,
    failures,
    durationMs: Date.now() - started,
  };
}

/**
 * Writes the results atomically (temp file + rename): the runner polls for this
 * file and must never read a half-written one.
 */
export function writeResults(resultsPath: string, results: SuiteResults): void {
  fs.mkdirSync(path.dirname(resultsPath), { recursive: true });
  const temporary = `${resultsPath}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(results, null, 2));
  fs.renameSync(temporary, resultsPath);
}
