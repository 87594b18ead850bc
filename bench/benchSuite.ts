// What a benchmark suite is, and how it reports. bench/run.ts lists the suites; a new
// one (search, ...) is a file exporting a BenchSuite, added to that list.
import { formatMeasure } from './stats';

export interface BenchReporter {
  /** Prints `<name> p50=<ms> p95=<ms> p99=<ms> n=<count>` for samples in milliseconds. */
  measure(name: string, samplesMs: readonly number[]): void;
  /** Prints `<name> <key>=<value>` (e.g. `memory mb=12.3`). */
  value(name: string, key: string, value: string | number): void;
  /** A remark for the reader (data source, fallbacks), on stderr so stdout stays parseable. */
  note(text: string): void;
}

export interface BenchSuite {
  readonly name: string;
  run(report: BenchReporter): Promise<void>;
}

export const consoleReporter: BenchReporter = {
  measure: (name, samples) => process.stdout.write(`${formatMeasure(name, samples)}\n`),
  value: (name, key, value) => process.stdout.write(`${name} ${key}=${value}\n`),
  note: (text) => process.stderr.write(`# ${text}\n`),
};
