// Rewrites failure stack traces from the suite bundle back to the .ts sources.
// The extension host installs its own Error.prepareStackTrace, so Node's built-in
// source-map support never applies there; the bundle's inline map is read here.
import * as fs from 'node:fs';
import { SourceMap } from 'node:module';
import * as path from 'node:path';

const INLINE_MAP = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/;

/** Returns a function that maps `bundle:line:column` frames to `source.ts:line:column`. */
export function stackMapperFor(bundlePath: string): (stack: string) => string {
  let map: SourceMap | undefined;
  try {
    const match = INLINE_MAP.exec(fs.readFileSync(bundlePath, 'utf8'));
    if (match?.[1]) map = new SourceMap(JSON.parse(Buffer.from(match[1], 'base64').toString('utf8')));
  } catch {
    map = undefined;
  }
  const bundleName = path.basename(bundlePath);
  const frame = new RegExp(`([^\\s(]*${bundleName.replace('.', '\\.')}):(\\d+):(\\d+)`, 'g');

  return (stack) =>
    stack
      .split('\n')
      // Frames inside mocha (bundled into the host) and Node internals say nothing about the test.
      .filter((line) => !/\/dist\/(extension|electronIndex)\.js:|node:internal\//.test(line))
      .map((line) =>
        line.replace(frame, (whole, _file: string, line: string, column: string) => {
          const entry = map?.findEntry(Number(line) - 1, Number(column) - 1);
          if (!entry || !('originalSource' in entry) || !entry.originalSource) return whole;
          const source = entry.originalSource.replace(/^.*?(test\/integration\/)/, '$1');
          return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
        }),
      )
      .join('\n');
}
