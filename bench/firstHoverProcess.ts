// Child process of the hover bench: the first hover of a new extension host, on a
// generated 2,000-line file, before V8 has compiled the parser's hot loop. Prints the
// milliseconds of the measured step on stdout.
//   cold        a hover on a document nobody analysed: parse + analysis + resolve
//   after-open  what the hover waits for when the editor was shown editor.hover.delay
//               (300 ms, VS Code's default) earlier and the warm-up analysed it then,
//               through the same AnalysisCache as the hover provider
// Usage: tsx bench/firstHoverProcess.ts cold|after-open <seed>
import { generatedPython } from './pythonCorpus';
import { AnalysisCache } from '../src/core/hover/analysisCache';
import { buildTermIndex } from '../src/core/hover/termIndex';
import { resolveAt } from '../src/core/hover/termResolver';
import { glossarySections } from '../test/unit/glossary/glossaryTerms';

const HOVER_DELAY_MS = 300;

async function main(mode: string, seed: number): Promise<number> {
  const index = buildTermIndex(glossarySections.map((s, i) => ({ id: `glossary-${i}`, terms: s.terms })));
  const text = generatedPython(2000, seed);
  const offset = Math.floor(text.length / 2);
  const analyses = new AnalysisCache();
  const uri = `file:///bench/${seed}.py`;
  if (mode === 'after-open') {
    void analyses.get(uri, 1, () => text); // the warm-up, when the editor is shown
    await new Promise((resolve) => setTimeout(resolve, HOVER_DELAY_MS));
  } else if (mode !== 'cold') {
    throw new Error(`unknown mode ${mode}: cold or after-open`);
  }
  const t0 = performance.now();
  resolveAt(await analyses.get(uri, 1, () => text), offset, index);
  return performance.now() - t0;
}

main(process.argv[2] ?? 'cold', Number(process.argv[3] ?? 1)).then(
  (ms) => process.stdout.write(`${ms}\n`),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
