// The import statements of a Python file, read from the lezer syntax tree (never from
// regexes): what each one binds, under which local name, and the dotted path that name
// stands for. Hovers resolve names through these records, so `m.Q` after
// `import django.db.models as m` and `Q` after `from django.db.models import Q` both
// lead to `django.db.models.Q`.
import type { SyntaxNode, Tree } from '@lezer/common';

export interface ImportRecord {
  /** `import a.b` (module), `from a import b` (from), `from a import *` (star). */
  readonly kind: 'module' | 'from' | 'star';
  /** The dotted module after `import` or `from`, without leading dots ('' for `from . import x`). */
  readonly module: string;
  /** Number of leading dots of a relative import; 0 when absolute. */
  readonly level: number;
  /** The imported name of a from-import (`b` in `from a import b as c`). */
  readonly name?: string;
  /** The alias after `as`, when there is one. */
  readonly alias?: string;
  /** The name this import binds in its scope; undefined for star imports. */
  readonly localName?: string;
  /**
   * The absolute dotted path the local name stands for: `import a.b` binds `a` -> 'a',
   * `import a.b as c` binds `c` -> 'a.b', `from a import b` binds `b` -> 'a.b'.
   * Undefined for relative imports, whose package we cannot know from the text alone.
   */
  readonly boundPath?: string;
  /** True when the bound name is certainly a module (the plain `import` form). */
  readonly bindsModule: boolean;
  /** Range of the whole statement. */
  readonly from: number;
  readonly to: number;
  /** Range of the imported name as written (`b` in `from a import b as c`; `a.b` in `import a.b`). */
  readonly nameFrom: number;
  readonly nameTo: number;
  /** Range of the bound local name (the alias when there is one). */
  readonly localFrom: number;
  readonly localTo: number;
}

interface DottedPart {
  text: string;
  from: number;
  to: number;
}

/** Reads one ImportStatement node. Error nodes inside a half-typed import are skipped. */
export function readImportStatement(node: SyntaxNode, text: string): ImportRecord[] {
  const first = node.firstChild;
  if (!first) return [];
  if (first.name === 'import') return readPlainImport(node, first, text);
  if (first.name === 'from') return readFromImport(node, first, text);
  return [];
}

/** Every import in the tree, at any depth (inside functions, try/except, if TYPE_CHECKING). */
export function collectImports(tree: Tree, text: string): ImportRecord[] {
  const out: ImportRecord[] = [];
  const cursor = tree.cursor();
  do {
    if (cursor.name === 'ImportStatement') {
      out.push(...readImportStatement(cursor.node, text));
    }
  } while (cursor.next());
  return out;
}

/**
 * The absolute module paths a file imports, for the `requires` check of member terms:
 * `import a.b` gives a.b; `from a.b import c` gives a.b and a.b.c (c may be a submodule).
 */
export function importedModulePaths(records: readonly ImportRecord[]): Set<string> {
  const out = new Set<string>();
  for (const r of records) {
    if (r.level > 0 || r.module === '') continue;
    out.add(r.module);
    if (r.kind === 'from' && r.name) out.add(`${r.module}.${r.name}`);
  }
  return out;
}

/** True when `module` is `root` or a submodule of it (dotted-path prefix, not string prefix). */
export function isModuleUnder(module: string, root: string): boolean {
  return module === root || (module.length > root.length && module.startsWith(root) && module.charCodeAt(root.length) === 46 /* . */);
}

// import a.b.c [as d], e
function readPlainImport(stmt: SyntaxNode, keyword: SyntaxNode, text: string): ImportRecord[] {
  const out: ImportRecord[] = [];
  let parts: DottedPart[] = [];
  let alias: DottedPart | undefined;
  let expectAlias = false;
  const flush = () => {
    const head = parts[0];
    const last = parts[parts.length - 1];
    if (head && last) {
      const module = parts.map((p) => p.text).join('.');
      out.push({
        kind: 'module',
        module,
        level: 0,
        alias: alias?.text,
        localName: alias ? alias.text : head.text,
        boundPath: alias ? module : head.text,
        bindsModule: true,
        from: stmt.from,
        to: stmt.to,
        nameFrom: head.from,
        nameTo: last.to,
        localFrom: alias ? alias.from : head.from,
        localTo: alias ? alias.to : head.to,
      });
    }
    parts = [];
    alias = undefined;
    expectAlias = false;
  };
  for (let child = keyword.nextSibling; child; child = child.nextSibling) {
    switch (child.name) {
      case 'VariableName':
        if (expectAlias) { alias = part(child, text); expectAlias = false; } else parts.push(part(child, text));
        break;
      case 'as': expectAlias = true; break;
      case ',': flush(); break;
      default: break; // '.', error nodes
    }
  }
  flush();
  return out;
}

// from [dots]module import (name [as alias], ...) | *
function readFromImport(stmt: SyntaxNode, keyword: SyntaxNode, text: string): ImportRecord[] {
  let level = 0;
  const moduleParts: string[] = [];
  let child = keyword.nextSibling;
  for (; child && child.name !== 'import'; child = child.nextSibling) {
    if (child.name === '.') { if (moduleParts.length === 0) level += 1; }
    else if (child.name === 'Ellipsis') level += 3;
    else if (child.name === 'VariableName') moduleParts.push(text.slice(child.from, child.to));
  }
  if (!child) return []; // `from x` without `import` yet
  const module = moduleParts.join('.');
  const absolute = level === 0 && module !== '';
  const out: ImportRecord[] = [];
  let names: DottedPart[] = [];
  let alias: DottedPart | undefined;
  let expectAlias = false;
  const flush = () => {
    const first = names[0];
    const last = names[names.length - 1];
    if (first && last) {
      // The grammar allows dotted names here; Python does not, so only a single name binds.
      const name = names.map((n) => n.text).join('.');
      const localName = alias ? alias.text : name;
      out.push({
        kind: 'from',
        module,
        level,
        name,
        alias: alias?.text,
        localName,
        boundPath: absolute ? `${module}.${name}` : undefined,
        bindsModule: false,
        from: stmt.from,
        to: stmt.to,
        nameFrom: first.from,
        nameTo: last.to,
        localFrom: alias ? alias.from : first.from,
        localTo: alias ? alias.to : last.to,
      });
    }
    names = [];
    alias = undefined;
    expectAlias = false;
  };
  for (child = child.nextSibling; child; child = child.nextSibling) {
    switch (child.name) {
      case '*':
        out.push({
          kind: 'star', module, level, bindsModule: false, from: stmt.from, to: stmt.to,
          nameFrom: child.from, nameTo: child.to, localFrom: child.from, localTo: child.to,
        });
        break;
      case 'VariableName':
        if (expectAlias) { alias = part(child, text); expectAlias = false; } else names.push(part(child, text));
        break;
      case 'as': expectAlias = true; break;
      case ',': case ')': flush(); break;
      default: break; // '(', '.', error nodes
    }
  }
  flush();
  return out;
}

function part(node: SyntaxNode, text: string): DottedPart {
  return { text: text.slice(node.from, node.to), from: node.from, to: node.to };
}
