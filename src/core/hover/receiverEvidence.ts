// Whether the syntax shows what a member belongs to: for `x.values()` the receiver x, for
// `def validate_title(self, ...)` the class around it, for `bind=True` the function called. Generic method names (values,
// exists, aggregate, is_valid) belong to dicts, paths, DataFrames and Django forms as well:
// on Django's own source, 48 of 51 `.values()` calls are on dicts. Their terms
// (`receiver: queryset`, `receiver: serializer`) hover only with evidence: the receiver's
// chain of attributes and calls passes through a name that marks the kind (`objects`,
// `get_queryset`, `qs`; `serializer`, `BookSerializer`), directly or through the variable,
// parameter annotation, `self` attribute or class it comes from; for a definition, a base
// of its class does. Without evidence there is no hover: a missing hover on
// `author.books.values()` costs less than a QuerySet hover on a dict.
import type { SyntaxNode } from '@lezer/common';
import type { ReceiverKind } from '../content/noteSchema';
import type { PythonDocument } from '../python/documentAnalysis';
import type { Binding, BoundValue } from '../python/localBindings';
import type { ReceiverInfo } from '../python/positionContext';
import { selfAttributeValues } from './valueOrigin';

/** Follow `a = b.filter()`, `b = c.all()`, `self.x = ...` at most this many steps. */
const MAX_DEPTH = 4;

interface KindEvidence {
  /** A name in the chain that marks the kind. */
  readonly marks: (name: string) => boolean;
  /** Calls whose result is no longer of the kind (a row, a number, a dict, a saved object). */
  readonly leaves: ReadonlySet<string>;
}

const QUERYSET_NAMES: ReadonlySet<string> = new Set([
  'objects', '_default_manager', '_base_manager', 'get_queryset', 'queryset', 'qs', 'QuerySet', 'Manager',
]);

const EVIDENCE: Record<ReceiverKind, KindEvidence> = {
  queryset: {
    marks: (name) => QUERYSET_NAMES.has(name) || name.endsWith('_qs') || name.endsWith('_queryset'),
    // `Book.objects.in_bulk(ids).values()` is a dict's values.
    leaves: new Set([
      'get', 'first', 'last', 'latest', 'earliest', 'count', 'exists', 'aggregate', 'in_bulk', 'iterator',
      'create', 'get_or_create', 'update_or_create', 'update', 'delete', 'explain', 'contains',
    ]),
  },
  'celery-task': {
    // @app.task(bind=True), @shared_task(bind=True); not sessionmaker(bind=engine)
    marks: (name) => name === 'task' || name === 'shared_task',
    leaves: new Set(),
  },
  serializer: {
    // serializer, get_serializer(), BookSerializer(data=...), self.serializer_class(...)
    marks: (name) => name.toLowerCase().endsWith('serializer') || name === 'serializer_class' || name === 'get_serializer_class',
    leaves: new Set(['save', 'create', 'update']),
  },
};

/** True when the syntax shows the receiver of `x.name` to be of `kind`. */
export function receiverIs(doc: PythonDocument, receiver: ReceiverInfo | undefined, kind: ReceiverKind): boolean {
  if (!receiver || receiver.kind === 'literal') return false;
  const node = nodeSpanning(doc, receiver.from, receiver.to);
  return node !== undefined && chainShows(doc, node, EVIDENCE[kind], 0);
}

/** True when the class whose body holds the definition at `at` has a base of `kind`. */
export function enclosingClassIs(doc: PythonDocument, at: number, kind: ReceiverKind): boolean {
  for (let node: SyntaxNode | null = doc.tree.resolveInner(at, 1); node; node = node.parent) {
    if (node.name === 'ClassDefinition') return basesShow(doc, node, EVIDENCE[kind], 0);
  }
  return false;
}

/** True when the keyword argument at `at` is passed to a function of `kind`: `app.task(bind=True)`. */
export function calledFunctionIs(doc: PythonDocument, at: number, kind: ReceiverKind): boolean {
  const args = doc.tree.resolveInner(at, 1).parent;
  const call = args?.name === 'ArgList' ? args.parent : null;
  const evidence = EVIDENCE[kind];
  if (call?.name === 'CallExpression') {
    const callee = call.firstChild;
    return callee !== null && callee.name !== 'ArgList' && chainShows(doc, callee, evidence, 0);
  }
  // `@app.task(bind=True)`: the grammar gives the decorator's dotted name as sibling names.
  if (call?.name === 'Decorator') {
    for (let c = call.firstChild; c && c.name !== 'ArgList'; c = c.nextSibling) {
      if (c.name === 'VariableName' && evidence.marks(text(doc, c))) return true;
    }
  }
  return false;
}

/** The outermost node that starts at `from` and ends at `to`, if there is one. */
function nodeSpanning(doc: PythonDocument, from: number, to: number): SyntaxNode | undefined {
  let node: SyntaxNode | null = doc.tree.resolveInner(from, 1);
  while (node && node.to < to) node = node.parent;
  while (node?.parent && node.parent.from === from && node.parent.to === to) node = node.parent;
  return node && node.from === from && node.to === to ? node : undefined;
}

function text(doc: PythonDocument, node: SyntaxNode): string {
  return doc.text.slice(node.from, node.to);
}

/** Walks an expression from the outside in: `a.b(x).c` visits c, the call of b, b, then a. */
function chainShows(doc: PythonDocument, start: SyntaxNode, kind: KindEvidence, depth: number): boolean {
  let node: SyntaxNode | null = start;
  for (let steps = 0; node && steps < 64; steps++) {
    switch (node.name) {
      case 'MemberExpression': {
        const object: SyntaxNode | null = node.firstChild;
        const property = node.lastChild;
        if (property?.name === 'PropertyName') {
          const attribute = text(doc, property);
          if (kind.marks(attribute)) return true;
          if (object?.name === 'VariableName') {
            const values = selfAttributeValues(doc, object.from, text(doc, object), attribute);
            if (values) return depth < MAX_DEPTH && values.some((v) => valueShows(doc, v, kind, depth + 1));
          }
        }
        node = object; // also the object of a subscript: qs[:10] is a queryset
        break;
      }
      case 'CallExpression': {
        const callee: SyntaxNode | null = node.firstChild;
        const called = callee?.name === 'MemberExpression' ? callee.lastChild : callee;
        if (called && (called.name === 'PropertyName' || called.name === 'VariableName') && kind.leaves.has(text(doc, called))) return false;
        node = callee;
        break;
      }
      case 'ParenthesizedExpression':
      case 'AwaitExpression':
        node = node.firstChild?.nextSibling ?? null;
        break;
      case 'VariableName': {
        const name = text(doc, node);
        return kind.marks(name) || nameShows(doc, name, node.from, kind, depth);
      }
      default:
        return false;
    }
  }
  return false;
}

/** A local name: any of its assignments, annotations or (for a class) bases shows the kind. */
function nameShows(doc: PythonDocument, name: string, at: number, kind: KindEvidence, depth: number): boolean {
  const lookup = doc.scopes.lookup(doc.scopes.scopeAt(at), name);
  if (lookup.kind !== 'local' || depth >= MAX_DEPTH) return false;
  return lookup.bindings.some((b) => bindingShows(doc, b, kind, depth + 1));
}

function bindingShows(doc: PythonDocument, binding: Binding, kind: KindEvidence, depth: number): boolean {
  if (binding.kind !== 'local') return false;
  if (valueShows(doc, binding.value, kind, depth)) return true;
  // The bound name's node: a parameter or annotated assignment (`qs: QuerySet[Book]`),
  // or a class's name (`class Base(serializers.Serializer)`). Read from the tree only
  // here, so the analysis of every document does not keep annotations or bases.
  const name = doc.tree.resolveInner(binding.at, 1);
  if (name.name !== 'VariableName') return false;
  if (binding.how === 'class') return name.parent?.name === 'ClassDefinition' && basesShow(doc, name.parent, kind, depth);
  const typeDef = name.nextSibling;
  const annotation = typeDef?.name === 'TypeDef' ? typeDef.firstChild?.nextSibling ?? undefined : undefined;
  return annotation !== undefined && chainShows(doc, annotation, kind, depth);
}

function valueShows(doc: PythonDocument, value: BoundValue | undefined, kind: KindEvidence, depth: number): boolean {
  if (value?.kind !== 'derived') return false;
  const node = nodeSpanning(doc, value.from, value.to);
  return node !== undefined && chainShows(doc, node, kind, depth);
}

/** `class A(Base, mixins.M, metaclass=X)`: any base (not a keyword argument) shows the kind. */
function basesShow(doc: PythonDocument, cls: SyntaxNode, kind: KindEvidence, depth: number): boolean {
  const bases = cls.getChild('ArgList');
  for (let c = bases?.firstChild; c; c = c.nextSibling) {
    const isBase = (c.name === 'VariableName' || c.name === 'MemberExpression') && c.nextSibling?.name !== 'AssignOp';
    if (isBase && chainShows(doc, c, kind, depth)) return true;
  }
  return false;
}
