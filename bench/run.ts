// Benchmarks: `npx tsx bench/run.ts [suite...]` (all suites when none is named).
// Each measure prints one line: <name> p50=<ms> p95=<ms> p99=<ms> n=<count>.
// Memory figures need global.gc: run with `node --expose-gc` (tsx passes node flags on);
// without it the flag is switched on at run time.
import { consoleReporter, type BenchSuite } from './benchSuite';
import { hoverBench } from './hoverBench';
import { searchBench } from './searchBench';

/** Every suite, in run order. Register new suites (e.g. searchBench) here. */
const suites: readonly BenchSuite[] = [hoverBench, searchBench];

async function main(args: readonly string[]): Promise<number> {
  const wanted = args.filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((w) => !suites.some((s) => s.name === w));
  if (unknown.length > 0) {
    process.stderr.write(`unknown suite(s): ${unknown.join(', ')}; known: ${suites.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  for (const suite of suites) {
    if (wanted.length > 0 && !wanted.includes(suite.name)) continue;
    await suite.run(consoleReporter);
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
