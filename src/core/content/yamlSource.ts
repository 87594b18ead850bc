// Parses YAML with the `yaml` library and keeps enough of its document to turn a
// validation path (['quiz', 1, 'answer']) back into a line of the source file.
import { isMap, isNode, isScalar, isPair, LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentError } from './contentError';

export interface ParsedYaml {
  readonly value: unknown;
  /** 1-based line in the containing file for a path into the value. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * @param firstLine the file line on which `text` starts (front matter starts on line 2).
 */
export function parseYamlSource(file: string, text: string, firstLine: number): ParsedYaml | ContentError[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    return problems.map((problem) => ({
      file,
      line: firstLine + (problem.linePos?.[0].line ?? 1) - 1,
      message: `invalid YAML: ${problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    }));
  }
  return {
    value: doc.toJS(),
    lineOf: (path) => firstLine + lineOfPath(doc, lineCounter, path) - 1,
  };
}

/** The line of the deepest node on `path` that exists: a missing key reports its parent. */
function lineOfPath(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = path.slice(0, depth).map((key) => (typeof key === 'symbol' ? String(key) : key));
    if (depth > 0 && isMap(doc.getIn(keys.slice(0, -1), true))) {
      // Point at the key itself, which is where an author looks for a field.
      const parent = doc.getIn(keys.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === keys[keys.length - 1]);
        if (pair && isNode(pair.key) && pair.key.range) return lineCounter.linePos(pair.key.range[0]).line;
      }
    }
    const node = depth === 0 ? doc.contents : doc.getIn(keys, true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}
