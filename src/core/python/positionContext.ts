// What sits at a position of a Python file, read from the syntax tree: an identifier and
// its role (a name, a call, `x.name` with its receiver, a decorator, a keyword argument,
// a def name, a class-body assignment, a name in an import), or comment/string text.
// Member terms such as `.values(` depend on exactly this: the call shape and whether the
// receiver is a literal (`{}.values()` is a dict, never a queryset).
import type { SyntaxNode, Tree } from '@lezer/common';
import { isLiteralNode, leftmostName } from './localBindings';

export type IdentifierRole =
  /** A plain name: read, called, or assigned outside a class body. */
  | 'reference'
  /** `x.name`, or a later part of a decorator's dotted name (`@transaction.atomic`). */
  | 'attribute'
  /** `name=` inside the argument list of a call, decorator or class bases. */
  | 'keyword'
  /** The name of a `def`. */
  | 'definition'
  /** A target of an assignment (`name = ...`, `name: T = ...`). */
  | 'assignment-target'
  /** A parameter of a def or lambda. */
  | 'parameter'
  /** The name of a `class`. */
  | 'class-name'
  /** Any name inside an import statement. */
  | 'import';

export interface ReceiverInfo {
  /**
   * literal: `{}`, `[]`, `"a"`, a number, a comprehension; names: a dotted chain of plain
   * names (`models`, `django.db.models`, `self.request`); expression: anything else
   * (a call result, a subscript).
   */
  readonly kind: 'literal' | 'names' | 'expression';
  /** For `names`: the chain from its head, e.g. ['django', 'db', 'models']. */
  readonly names?: readonly string[];
  /**
   * The name the receiver is computed from, through calls, attributes and subscripts
   * (`pd` in `pd.DataFrame(d).groupby(k)`); absent for literals and when there is none.
   */
  readonly head?: { readonly name: string; readonly from: number };
  readonly from: number;
  readonly to: number;
}

export interface IdentifierContext {
  readonly kind: 'identifier';
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly role: IdentifierRole;
  /** The identifier is what gets called: `name(...)`, `x.name(...)`, `@x.name(...)`. */
  readonly isCall: boolean;
  /** Part of a decorator's dotted name. */
  readonly inDecorator: boolean;
  /** For definitions and assignment targets: directly in a class body. */
  readonly inClassBody: boolean;
  /** For attributes: the expression before the dot. */
  readonly receiver?: ReceiverInfo;
}

export interface TextContext {
  readonly kind: 'comment' | 'string';
  /** The comment or string node (for an f-string, the whole string). */
  readonly from: number;
  readonly to: number;
}

export type PositionContext = IdentifierContext | TextContext;

/** The context at `offset`: an identifier touching it, else the comment or string around it. */
export function contextAt(tree: Tree, text: string, offset: number): PositionContext | undefined {
  if (offset < 0 || offset > text.length) return undefined;
  const after = tree.resolveInner(offset, 1);
  if (isIdentifierNode(after) && after.from <= offset && offset <= after.to) return identifierContext(after, text);
  const before = tree.resolveInner(offset, -1);
  if (isIdentifierNode(before) && before.from <= offset && offset <= before.to) return identifierContext(before, text);
  return textContext(after) ?? textContext(before);
}

export function isIdentifierNode(node: SyntaxNode): boolean {
  return node.name === 'VariableName' || node.name === 'PropertyName';
}

function textContext(node: SyntaxNode): TextContext | undefined {
  for (let n: SyntaxNode | null = node; n; n = n.parent) {
    if (n.name === 'Comment') return { kind: 'comment', from: n.from, to: n.to };
    // Code inside an f-string's braces is code, not text.
    if (n.name === 'FormatReplacement') return undefined;
    if (n.name === 'String' || n.name === 'FormatString') return { kind: 'string', from: n.from, to: n.to };
  }
  return undefined;
}

/** The role of an identifier node (VariableName or PropertyName) in its syntax. */
export function identifierContext(node: SyntaxNode, text: string): IdentifierContext {
  const name = text.slice(node.from, node.to);
  const base = { kind: 'identifier' as const, name, from: node.from, to: node.to };
  const plain = (role: IdentifierRole, extra: Partial<IdentifierContext> = {}): IdentifierContext => ({
    ...base, role, isCall: false, inDecorator: false, inClassBody: false, ...extra,
  });
  const parent = node.parent;
  if (!parent) return plain('reference');

  if (node.name === 'PropertyName') {
    if (parent.name === 'MemberExpression') {
      const receiver = parent.firstChild;
      const grand = parent.parent;
      const isCall = grand?.name === 'CallExpression' && grand.firstChild?.from === parent.from && grand.firstChild.to === parent.to;
      return plain('attribute', { isCall, receiver: receiver ? receiverInfo(receiver, text) : undefined });
    }
    if (parent.name === 'AttributePattern') return attributePatternPart(node, parent, text, plain);
    return plain('attribute', { receiver: { kind: 'expression', from: parent.from, to: node.from } });
  }

  switch (parent.name) {
    case 'ImportStatement':
      return plain('import');
    case 'Decorator':
      return decoratorPart(node, parent, text, plain);
    case 'AttributePattern':
      return attributePatternPart(node, parent, text, plain);
    case 'ArgList':
      if (isKeywordName(node, text)) return plain('keyword');
      break;
    case 'FunctionDefinition':
      if (node.prevSibling?.name === 'def') return plain('definition', { inClassBody: isInClassBody(parent) });
      break;
    case 'ClassDefinition':
      if (node.prevSibling?.name === 'class') return plain('class-name');
      break;
    case 'AssignStatement':
      if (isAssignmentTarget(node)) return plain('assignment-target', { inClassBody: isInClassBody(parent) });
      break;
    case 'ParamList':
      if (isParameterName(node)) return plain('parameter');
      break;
    case 'CallExpression':
      if (parent.firstChild?.from === node.from) return plain('reference', { isCall: true });
      break;
    default:
      break;
  }
  return plain('reference');
}

/** `@a.b.c(...)`: the grammar gives the parts as sibling VariableNames. */
function decoratorPart(
  node: SyntaxNode, decorator: SyntaxNode, text: string,
  plain: (role: IdentifierRole, extra?: Partial<IdentifierContext>) => IdentifierContext,
): IdentifierContext {
  const before: SyntaxNode[] = [];
  let isLast = true;
  let hasArgs = false;
  for (let c = decorator.firstChild; c; c = c.nextSibling) {
    if (c.name === 'VariableName') {
      if (c.from < node.from) before.push(c);
      else if (c.from > node.from) isLast = false;
    } else if (c.name === 'ArgList') hasArgs = true;
  }
  const isCall = isLast && hasArgs;
  const first = before[0];
  const last = before[before.length - 1];
  if (!first || !last) return plain('reference', { isCall, inDecorator: true });
  const names = before.map((b) => text.slice(b.from, b.to));
  const receiver: ReceiverInfo = {
    kind: 'names',
    names,
    head: { name: names[0] ?? '', from: first.from },
    from: first.from,
    to: last.to,
  };
  return plain('attribute', { isCall, inDecorator: true, receiver });
}

/** `case Color.RED:`: a dotted name in a pattern, VariableName then PropertyNames. */
function attributePatternPart(
  node: SyntaxNode, pattern: SyntaxNode, text: string,
  plain: (role: IdentifierRole, extra?: Partial<IdentifierContext>) => IdentifierContext,
): IdentifierContext {
  if (pattern.firstChild?.from === node.from) return plain('reference');
  const names: string[] = [];
  for (let c = pattern.firstChild; c && c.from < node.from; c = c.nextSibling) {
    if (c.name === 'VariableName' || c.name === 'PropertyName') names.push(text.slice(c.from, c.to));
  }
  const head = { name: names[0] ?? '', from: pattern.from };
  return plain('attribute', { receiver: { kind: 'names', names, head, from: pattern.from, to: node.from } });
}

/** The receiver of `x.name`: a literal, a dotted chain of names, or another expression. */
export function receiverInfo(expr: SyntaxNode, text: string): ReceiverInfo {
  if (isLiteralNode(expr)) return { kind: 'literal', from: expr.from, to: expr.to };
  const headNode = leftmostName(expr);
  const head = headNode ? { name: text.slice(headNode.from, headNode.to), from: headNode.from } : undefined;
  const names: string[] = [];
  let n: SyntaxNode | null = expr;
  while (n) {
    if (n.name === 'VariableName') {
      names.unshift(text.slice(n.from, n.to));
      return { kind: 'names', names, head, from: expr.from, to: expr.to };
    }
    if (n.name !== 'MemberExpression') break;
    const prop = n.lastChild;
    if (prop?.name !== 'PropertyName') break;
    names.unshift(text.slice(prop.from, prop.to));
    n = n.firstChild;
  }
  return { kind: 'expression', head, from: expr.from, to: expr.to };
}

function isKeywordName(node: SyntaxNode, text: string): boolean {
  const next = node.nextSibling;
  return next?.name === 'AssignOp' && text.slice(next.from, next.to) === '=';
}

/** A def or assignment directly in a class body (also after decorators or in `a = 1; b = 2`). */
function isInClassBody(statement: SyntaxNode): boolean {
  let p = statement.parent;
  while (p && (p.name === 'DecoratedStatement' || p.name === 'StatementGroup')) p = p.parent;
  return p?.name === 'Body' && p.parent?.name === 'ClassDefinition';
}

/** Before an `=` of the statement, or annotated (`name: T`). */
function isAssignmentTarget(node: SyntaxNode): boolean {
  for (let s = node.nextSibling; s; s = s.nextSibling) {
    if (s.name === 'AssignOp' || s.name === 'TypeDef') return true;
  }
  return false;
}

/** In a ParamList a VariableName is a parameter unless it follows `=` (a default value). */
function isParameterName(node: SyntaxNode): boolean {
  for (let s = node.prevSibling; s; s = s.prevSibling) {
    if (s.name === 'AssignOp') return false;
    if (s.name === ',' || s.name === '(' || s.name === '*' || s.name === '**') return true;
  }
  return true;
}
