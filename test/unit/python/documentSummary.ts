// Everything an analysis produces, in a form deepEqual can compare: incremental and
// sliced analyses must give exactly what a fresh analysis gives.
import type { PythonDocument } from '../../../src/core/python/documentAnalysis';

export function summarize(doc: PythonDocument): unknown {
  return {
    tree: doc.tree.toString(),
    imports: doc.imports,
    modules: [...doc.importedModules].sort(),
    identifiers: [...doc.identifiers],
    segments: [...doc.textSegments],
    stars: doc.scopes.starImports,
    hasSyntaxErrors: doc.hasSyntaxErrors,
    scopes: doc.scopes.scopes.map((s) => ({
      kind: s.kind, from: s.from, to: s.to, firstParam: s.firstParam,
      declared: s.declared ? [...s.declared] : undefined,
      attributes: s.attributes ? [...s.attributes] : undefined,
      bindings: [...s.bindings].map(([name, list]) => [name, list.map((b) => (b.kind === 'import' ? b.record : b))]),
    })),
  };
}
