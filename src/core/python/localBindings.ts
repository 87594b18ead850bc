// Which names a Python file binds, and where: a tree of scopes (module, class, function,
// lambda, comprehension) each holding its bindings. A hover must know when `Q` is not
// django's Q because a local `def Q(...)`, `Q = ...`, a parameter, a class or a loop
// target rebinds it, and Python's scoping decides where that rebinding is visible:
// a parameter `F` hides the import only inside its function; class bodies are not
// visible from the methods inside them.
import type { SyntaxNode } from '@lezer/common';
import type { ImportRecord } from './pythonImports';

export type LocalBindingKind =
  | 'def' | 'class' | 'assignment' | 'augmented' | 'parameter' | 'for' | 'with'
  | 'except' | 'walrus' | 'comprehension' | 'match' | 'delete' | 'type';

export type Binding =
  | { readonly kind: 'import'; readonly record: ImportRecord }
  | {
    readonly kind: 'local';
    readonly how: LocalBindingKind;
    /** Offset of the bound name. */
    readonly at: number;
    /** What the syntax says about the bound value, when it says anything. */
    readonly value?: BoundValue;
  };

/**
 * container: certainly a builtin container or string (`d = {}`, `**kwargs`, `x: dict`).
 * derived: computed from the name `head`, the leftmost name of the value expression
 * (`df = pd.read_csv(f)` -> pd; `p = Path(x) / y` -> Path; `df: pd.DataFrame` -> pd);
 * `from`-`to` is that expression (or the annotation).
 */
export type BoundValue =
  | { readonly kind: 'container' }
  | { readonly kind: 'derived'; readonly head: string; readonly at: number; readonly from: number; readonly to: number };

export const CONTAINER_VALUE: BoundValue = { kind: 'container' };

export type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

export interface Scope {
  readonly kind: ScopeKind;
  readonly from: number;
  readonly to: number;
  readonly parent: Scope | undefined;
  readonly bindings: Map<string, Binding[]>;
  /** Names declared `global` or `nonlocal` here: they are not local to this scope. */
  declared?: Map<string, 'global' | 'nonlocal'>;
  /** For a function directly inside a class: its first parameter (usually self or cls). */
  firstParam?: string;
  /**
   * For a class: what its methods assign to `self.<name>` (undefined entries: a value the
   * syntax says nothing about). `self.cache = {}` makes `self.cache.values()` a dict's.
   */
  attributes?: Map<string, (BoundValue | undefined)[]>;
}

/** What a name means at some place in the file. */
export type NameLookup =
  /** Bound only by imports (several when try/except or if/else import it twice). */
  | { readonly kind: 'import'; readonly records: readonly ImportRecord[]; readonly scope: Scope }
  /** Bound locally in the deciding scope (possibly as well as imported): not the import. */
  | { readonly kind: 'local'; readonly bindings: readonly Binding[]; readonly scope: Scope }
  /** Not bound anywhere visible: a builtin, a star-imported name, or undefined. */
  | { readonly kind: 'unbound' };

export class ScopeTable {
  /** All scopes, sorted by start offset (parents before their children). */
  readonly scopes: readonly Scope[];

  constructor(readonly module: Scope, scopes: Scope[], readonly starImports: readonly ImportRecord[]) {
    this.scopes = scopes.sort((a, b) => a.from - b.from);
  }

  /** The innermost scope containing `offset`: a binary search, then a walk up the parents. */
  scopeAt(offset: number): Scope {
    const scopes = this.scopes;
    let lo = 0;
    let hi = scopes.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (scopes[mid]!.from <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    let scope: Scope | undefined = scopes[found];
    // Half-open ranges: a def's body ends where the next statement's first name starts.
    while (scope && !(scope.from <= offset && offset < scope.to)) scope = scope.parent;
    return scope ?? this.module;
  }

  /** Python's LEGB lookup (without the builtins), from the scope at the reference. */
  lookup(from: Scope, name: string): NameLookup {
    let scope: Scope | undefined = from;
    let innermost = true;
    while (scope) {
      // A class body is visible only to code directly in it, not to its methods.
      if (scope.kind === 'class' && !innermost) { scope = scope.parent; continue; }
      const declared = scope.declared?.get(name);
      if (declared && scope.kind !== 'module') {
        // `global x` means the module's x; `nonlocal x` an enclosing function's.
        scope = declared === 'global' ? this.module : scope.parent;
        innermost = false;
        continue;
      }
      const bindings = scope.bindings.get(name);
      if (bindings) {
        if (bindings.every((b) => b.kind === 'import')) {
          return { kind: 'import', records: bindings.map((b) => (b as { record: ImportRecord }).record), scope };
        }
        return { kind: 'local', bindings, scope };
      }
      scope = scope.parent;
      innermost = false;
    }
    return { kind: 'unbound' };
  }

  /** The innermost function scope at `offset` together with its class, when it is a method. */
  methodAt(offset: number): { fn: Scope; cls: Scope } | undefined {
    for (let s: Scope | undefined = this.scopeAt(offset); s; s = s.parent) {
      if (s.kind === 'function') return s.parent?.kind === 'class' ? { fn: s, cls: s.parent } : undefined;
    }
    return undefined;
  }
}

/** Collects scopes and bindings during one walk of the tree. */
export class ScopeBuilder {
  readonly module: Scope;
  private readonly all: Scope[] = [];
  private readonly stars: ImportRecord[] = [];
  current: Scope;

  constructor(length: number) {
    this.module = { kind: 'module', from: 0, to: length, parent: undefined, bindings: new Map() };
    this.all.push(this.module);
    this.current = this.module;
  }

  enter(kind: ScopeKind, from: number, to: number): Scope {
    const scope: Scope = { kind, from, to, parent: this.current, bindings: new Map() };
    this.all.push(scope);
    this.current = scope;
    return scope;
  }

  exit(scope: Scope): void {
    this.current = scope.parent ?? this.module;
  }

  bind(name: string, binding: Binding, target: Scope = this.current): void {
    // After `global x` (or `nonlocal x`), assigning x rebinds the outer name.
    let scope = target;
    for (let how = scope.declared?.get(name); how && scope.parent; how = scope.declared?.get(name)) {
      scope = how === 'global' ? this.module : nearestFunctionAbove(scope);
    }
    const list = scope.bindings.get(name);
    if (list) list.push(binding); else scope.bindings.set(name, [binding]);
  }

  bindLocal(node: SyntaxNode, text: string, how: LocalBindingKind, value?: BoundValue, scope: Scope = this.current): void {
    const binding: Binding = value ? { kind: 'local', how, at: node.from, value } : { kind: 'local', how, at: node.from };
    this.bind(text.slice(node.from, node.to), binding, scope);
  }

  bindImport(record: ImportRecord): void {
    if (record.kind === 'star') {
      // Star imports are only legal at module level; elsewhere they are a syntax error.
      if (this.current.kind === 'module') this.stars.push(record);
      return;
    }
    if (record.localName) this.bind(record.localName, { kind: 'import', record });
  }

  /** Records `self.<name> = value` inside a method of the current class. */
  recordAttribute(classScope: Scope, name: string, value: BoundValue | undefined): void {
    const attributes = (classScope.attributes ??= new Map());
    const list = attributes.get(name);
    if (list) list.push(value); else attributes.set(name, [value]);
  }

  declare(name: string, how: 'global' | 'nonlocal'): void {
    (this.current.declared ??= new Map()).set(name, how);
  }

  finish(): ScopeTable {
    return new ScopeTable(this.module, this.all, this.stars);
  }
}

/** The enclosing function (or the module) of a scope, skipping class bodies. */
function nearestFunctionAbove(scope: Scope): Scope {
  let s = scope.parent;
  while (s && s.kind === 'class') s = s.parent;
  return s ?? scope;
}

const EXPRESSION_TARGET_CONTAINERS = new Set(['TupleExpression', 'ArrayExpression', 'ParenthesizedExpression']);

/**
 * Binds every name in an assignment-like target (`a`, `a, (b, c)`, `[*a, b]`), not
 * attributes or subscripts (`x.y = 1` binds nothing).
 */
export function bindTargets(builder: ScopeBuilder, node: SyntaxNode, text: string, how: LocalBindingKind, value?: BoundValue, scope?: Scope): void {
  if (node.name === 'VariableName') {
    builder.bindLocal(node, text, how, value, scope);
  } else if (EXPRESSION_TARGET_CONTAINERS.has(node.name)) {
    for (let c = node.firstChild; c; c = c.nextSibling) bindTargets(builder, c, text, how, undefined, scope);
  }
}

/** The targets of `for <targets> in` (statement or comprehension): the nodes between the keywords. */
export function bindForTargets(builder: ScopeBuilder, forKeyword: SyntaxNode, text: string, how: LocalBindingKind, scope?: Scope): void {
  for (let c = forKeyword.nextSibling; c && c.name !== 'in'; c = c.nextSibling) bindTargets(builder, c, text, how, undefined, scope);
}

const CONTAINER_TYPES = new Set(['dict', 'list', 'set', 'tuple', 'frozenset', 'str', 'bytes', 'Dict', 'List', 'Set', 'Tuple', 'FrozenSet']);
const CONTAINER_CONSTRUCTORS = new Set(['dict', 'list', 'set', 'tuple', 'frozenset', 'str', 'bytes', 'defaultdict', 'OrderedDict', 'Counter', 'deque']);
const LITERAL_NODES = new Set([
  'DictionaryExpression', 'DictionaryComprehensionExpression', 'ArrayExpression', 'ArrayComprehensionExpression',
  'SetExpression', 'SetComprehensionExpression', 'TupleExpression', 'ComprehensionExpression',
  'String', 'FormatString', 'ContinuedString', 'Number', 'Boolean', 'None', 'Ellipsis',
]);

/** A literal value: `{}`, `[]`, `"a"`, `(1, 2)`, a comprehension (also inside parentheses). */
export function isLiteralNode(node: SyntaxNode): boolean {
  if (LITERAL_NODES.has(node.name)) return true;
  if (node.name === 'ParenthesizedExpression') {
    const inner = node.firstChild?.nextSibling;
    return inner !== null && inner !== undefined && inner.name !== ')' && isLiteralNode(inner);
  }
  return false;
}

/** A value that is certainly a builtin container or string: a literal or `dict(...)`-like call. */
export function isContainerValue(node: SyntaxNode, text: string): boolean {
  if (isLiteralNode(node)) return true;
  if (node.name === 'CallExpression') {
    const callee = node.firstChild;
    return callee?.name === 'VariableName' && CONTAINER_CONSTRUCTORS.has(text.slice(callee.from, callee.to));
  }
  return false;
}

/** What an assigned value expression says about the bound value. */
export function boundValueOf(node: SyntaxNode, text: string): BoundValue | undefined {
  if (isContainerValue(node, text)) return CONTAINER_VALUE;
  return derivedValue(node, text);
}

function derivedValue(expression: SyntaxNode, text: string): BoundValue | undefined {
  const head = leftmostName(expression);
  return head ? { kind: 'derived', head: text.slice(head.from, head.to), at: head.from, from: expression.from, to: expression.to } : undefined;
}

/**
 * The name an expression is computed from: through calls, attributes, subscripts, the
 * left operand of an operator, `await` and parentheses (`pd.read_csv(f).groupby(k)` -> pd).
 */
export function leftmostName(node: SyntaxNode): SyntaxNode | undefined {
  let n: SyntaxNode | null = node;
  for (let depth = 0; n && depth < 64; depth++) {
    switch (n.name) {
      case 'VariableName':
        return n;
      case 'CallExpression':
      case 'MemberExpression':
      case 'BinaryExpression':
        n = n.firstChild;
        break;
      case 'AwaitExpression':
      case 'ParenthesizedExpression':
        n = n.firstChild?.nextSibling ?? null;
        break;
      default:
        return undefined;
    }
  }
  return undefined;
}

/**
 * What a parameter annotation says: a builtin container (`dict`, `list[str]`,
 * `Dict[str, int]`), or a value of the annotated class (`df: pd.DataFrame` -> pd).
 * Generic annotations (`Optional[X]`) and strings say nothing.
 */
export function annotationValue(typeDef: SyntaxNode, text: string): BoundValue | undefined {
  let t = typeDef.firstChild?.nextSibling; // skip ':'
  if (!t) return undefined;
  const subscripted = t.name === 'MemberExpression' && t.firstChild?.nextSibling?.name === '[';
  if (subscripted) t = t.firstChild ?? undefined;
  if (t?.name === 'VariableName' && CONTAINER_TYPES.has(text.slice(t.from, t.to))) return CONTAINER_VALUE;
  if (subscripted || !t || (t.name !== 'VariableName' && t.name !== 'MemberExpression')) return undefined;
  return derivedValue(t, text);
}

/**
 * Binds the parameters of a ParamList (def or lambda) in `scope`. Names after `=` are
 * default values, not parameters; `*args` and `**kwargs` are a tuple and a dict.
 * Returns the first parameter's name.
 */
export function bindParameters(builder: ScopeBuilder, paramList: SyntaxNode, text: string, scope: Scope): string | undefined {
  let first: string | undefined;
  let expectName = true;
  let starred = false;
  let last: SyntaxNode | undefined;
  const finishParam = (typeDef: SyntaxNode | undefined) => {
    if (!last) return;
    // *args is a tuple and **kwargs a dict, whatever their annotation says about items.
    const value = starred ? CONTAINER_VALUE : typeDef ? annotationValue(typeDef, text) : undefined;
    builder.bindLocal(last, text, 'parameter', value, scope);
    first ??= text.slice(last.from, last.to);
    last = undefined;
  };
  let typeDef: SyntaxNode | undefined;
  for (let c = paramList.firstChild; c; c = c.nextSibling) {
    switch (c.name) {
      case '(': case ',':
        finishParam(typeDef);
        typeDef = undefined; expectName = true; starred = false;
        break;
      case '*': case '**':
        starred = true; expectName = true;
        break;
      case 'VariableName':
        if (expectName) { last = c; expectName = false; }
        break;
      case 'TypeDef':
        typeDef = c;
        break;
      case 'AssignOp':
        expectName = false;
        break;
      default:
        break;
    }
  }
  finishParam(typeDef);
  return first;
}

/** Binds the capture names of a match-case pattern (`case Point(x=px) as p:` binds px and p). */
export function bindPattern(builder: ScopeBuilder, pattern: SyntaxNode, text: string): void {
  if (pattern.name === 'CapturePattern') {
    const v = pattern.firstChild;
    if (v?.name === 'VariableName') builder.bindLocal(v, text, 'match');
    return;
  }
  if (pattern.name === 'AsPattern') {
    const v = pattern.lastChild;
    if (v?.name === 'VariableName') builder.bindLocal(v, text, 'match');
  }
  for (let c = pattern.firstChild; c; c = c.nextSibling) {
    if (c.name.endsWith('Pattern') || c.name === 'PatternArgList') bindPattern(builder, c, text);
  }
}
