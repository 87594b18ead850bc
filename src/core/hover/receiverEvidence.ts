// Whether the syntax shows that the receiver of `x.values()` is a Django queryset or
// manager. Generic method names (values, exists, aggregate, iterator) belong to dicts,
// paths, storages and DataFrames as well: on Django's own source, 48 of 51 `.values()`
// calls are on dicts. Their terms (`receiver: queryset`) hover only with this evidence:
// the receiver's chain of attributes and calls passes through a manager (`objects`,
// `_default_manager`), `get_queryset()`, or a name that says queryset (`qs`, `queryset`,
// `active_qs`), directly or through the variable, parameter annotation or `self`
// attribute it was assigned from. Without evidence there is no hover: a missing hover on
// `author.books.values()` costs less than a QuerySet hover on a dict.
import type { SyntaxNode } from '@lezer/common';
import type { ReceiverKind } from '../content/noteSchema';
import type { PythonDocument } from '../python/documentAnalysis';
import type { BoundValue } from '../python/localBindings';
import type { ReceiverInfo } from '../python/positionContext';
import { selfAttributeValues } from './valueOrigin';

/** Follow `a = b.filter()`, `b = c.all()` at most this far. */
const MAX_DEPTH = 4;

/** Names that mark a queryset or manager: the default managers, get_queryset, the type. */
const QUERYSET_NAMES: ReadonlySet<string> = new Set([
  'objects', '_default_manager', '_base_manager', 'get_queryset', 'queryset', 'qs', 'QuerySet', 'Manager',
]);

/**
 * Calls whose result is no longer a queryset (a row, a number, a dict, a generator):
 * `Book.objects.in_bulk(ids).values()` is a dict's values.
 */
const LEAVES_QUERYSET: ReadonlySet<string> = new Set([
  'get', 'first', 'last', 'latest', 'earliest', 'count', 'exists', 'aggregate', 'in_bulk', 'iterator',
  'create', 'get_or_create', 'update_or_create', 'update', 'delete', 'explain', 'contains',
]);

function isQuerysetName(name: string): boolean {
  return QUERYSET_NAMES.has(name) || name.endsWith('_qs') || name.endsWith('_queryset');
}

/** True when the syntax shows the receiver to be of `kind`. */
export function receiverIs(doc: PythonDocument, receiver: ReceiverInfo | undefined, kind: ReceiverKind): boolean {
  if (!receiver || receiver.kind === 'literal') return false;
  switch (kind) {
    case 'queryset': {
      const node = nodeSpanning(doc, receiver.from, receiver.to);
      return node !== undefined && chainShowsQueryset(doc, node, 0);
    }
  }
}

/** The outermost node that starts at `from` and ends at `to`, if there is one. */
function nodeSpanning(doc: PythonDocument, from: number, to: number): SyntaxNode | undefined {
  let node: SyntaxNode | null = doc.tree.resolveInner(from, 1);
  while (node && node.to < to) node = node.parent;
  while (node?.parent && node.parent.from === from && node.parent.to === to) node = node.parent;
  return node && node.from === from && node.to === to ? node : undefined;
}

/** Walks an expression from the outside in: `a.b(x).c` visits c, the call of b, b, then a. */
function chainShowsQueryset(doc: PythonDocument, start: SyntaxNode, depth: number): boolean {
  let node: SyntaxNode | null = start;
  for (let steps = 0; node && steps < 64; steps++) {
    switch (node.name) {
      case 'MemberExpression': {
        const object: SyntaxNode | null = node.firstChild;
        const property = node.lastChild;
        if (property?.name === 'PropertyName') {
          const attribute = doc.text.slice(property.from, property.to);
          if (isQuerysetName(attribute)) return true;
          if (object?.name === 'VariableName') {
            const values = selfAttributeValues(doc, object.from, doc.text.slice(object.from, object.to), attribute);
            if (values) return values.some((v) => valueShowsQueryset(doc, v, depth));
          }
        }
        node = object; // also the object of a subscript: qs[:10] is a queryset
        break;
      }
      case 'CallExpression': {
        const callee: SyntaxNode | null = node.firstChild;
        const called = callee?.name === 'MemberExpression' ? callee.lastChild : callee;
        if (called && (called.name === 'PropertyName' || called.name === 'VariableName') &&
          LEAVES_QUERYSET.has(doc.text.slice(called.from, called.to))) return false;
        node = callee;
        break;
      }
      case 'ParenthesizedExpression':
      case 'AwaitExpression':
        node = node.firstChild?.nextSibling ?? null;
        break;
      case 'VariableName': {
        const name = doc.text.slice(node.from, node.to);
        return isQuerysetName(name) || nameShowsQueryset(doc, name, node.from, depth);
      }
      default:
        return false;
    }
  }
  return false;
}

/** A local name: any of its assignments or annotations shows a queryset. */
function nameShowsQueryset(doc: PythonDocument, name: string, at: number, depth: number): boolean {
  const lookup = doc.scopes.lookup(doc.scopes.scopeAt(at), name);
  if (lookup.kind !== 'local') return false;
  return lookup.bindings.some((b) => b.kind === 'local' && (valueShowsQueryset(doc, b.value, depth) || annotationShowsQueryset(doc, b.at, depth)));
}

/**
 * `qs: QuerySet[Book]` as a parameter or an annotated assignment. The annotation is read
 * from the tree only here, so the analysis of every document does not keep it.
 */
function annotationShowsQueryset(doc: PythonDocument, nameAt: number, depth: number): boolean {
  const name = doc.tree.resolveInner(nameAt, 1);
  const typeDef = name.name === 'VariableName' ? name.nextSibling : null;
  const annotation = typeDef?.name === 'TypeDef' ? typeDef.firstChild?.nextSibling ?? undefined : undefined;
  return annotation !== undefined && depth < MAX_DEPTH && chainShowsQueryset(doc, annotation, depth + 1);
}

function valueShowsQueryset(doc: PythonDocument, value: BoundValue | undefined, depth: number): boolean {
  if (value?.kind !== 'derived' || depth >= MAX_DEPTH) return false;
  const node = nodeSpanning(doc, value.from, value.to);
  return node !== undefined && chainShowsQueryset(doc, node, depth + 1);
}
