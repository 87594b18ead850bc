// Child process of the hover bench: the very first hover of a new extension host, on a
// generated 2,000-line file, before V8 has compiled the parser's hot loop. Prints the
// milliseconds of parse + analysis + one resolve as a number on stdout.
// Usage: tsx bench/firstHoverProcess.ts <seed>
import { generatedPython } from './pythonCorpus';
import { buildTermIndex } from '../src/core/hover/termIndex';
import { resolveAt } from '../src/core/hover/termResolver';
import { analyzePython } from '../src/core/python/documentAnalysis';
import { glossarySections } from '../test/unit/glossary/glossaryTerms';

const seed = Number(process.argv[2] ?? 1);
const index = buildTermIndex(glossarySections.map((s, i) => ({ id: `glossary-${i}`, terms: s.terms })));
const text = generatedPython(2000, seed);
const t0 = performance.now();
resolveAt(analyzePython(text), Math.floor(text.length / 2), index);
process.stdout.write(`${performance.now() - t0}\n`);
