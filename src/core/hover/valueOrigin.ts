// Where the receiver of `x.name(...)` comes from, as far as the syntax tells: the modules
// whose objects it may be. `d = {}` -> builtins; `p = Path(x)` -> pathlib;
// `df = pd.read_csv(f)` -> pandas; `qs = Book.objects.filter()` -> unknown (Book is the
// app's). A member term is skipped when every origin is a known library outside its
// `requires`: a pandas DataFrame's .aggregate() is not the ORM's.
import type { PythonDocument } from '../python/documentAnalysis';
import { BUILTINS_MODULE, isKnownLibrary, TYPED_BUILTINS } from '../python/knownLibraries';
import type { Binding, BoundValue, Scope } from '../python/localBindings';
import type { ReceiverInfo } from '../python/positionContext';

/** Follow `a = b`, `b = c` at most this far. */
const MAX_DEPTH = 4;

/** The origins of a receiver: `self.x` through the class's assignments, else its head name. */
export function receiverOrigins(doc: PythonDocument, receiver: ReceiverInfo): readonly string[] | undefined {
  const [object, attribute, ...rest] = receiver.kind === 'names' ? receiver.names ?? [] : [];
  if (object !== undefined && attribute !== undefined && rest.length === 0) {
    const values = selfAttributeValues(doc, receiver.from, object, attribute);
    if (values) return attributeOrigins(doc, values);
  }
  return receiver.head ? valueOrigins(doc, receiver.head.name, receiver.head.from) : undefined;
}

/**
 * When `object` is the first parameter (self, cls) of the method around `at`: the values
 * its class assigns to `object.<attribute>` in its methods or its body (an empty list when
 * it never does). Undefined when `object` is not that parameter.
 */
export function selfAttributeValues(doc: PythonDocument, at: number, object: string, attribute: string): (BoundValue | undefined)[] | undefined {
  const method = doc.scopes.methodAt(at);
  if (!method || method.fn.firstParam !== object) return undefined;
  const cls: Scope = method.cls;
  const values: (BoundValue | undefined)[] = [...(cls.attributes?.get(attribute) ?? [])];
  for (const b of cls.bindings.get(attribute) ?? []) values.push(b.kind === 'local' ? b.value : undefined);
  return values;
}

/** What `self.<name>` may hold, from the class's own assignments to it. */
function attributeOrigins(doc: PythonDocument, values: readonly (BoundValue | undefined)[]): readonly string[] | undefined {
  // Never assigned here: set by a base class or from outside, so unknown.
  if (values.length === 0) return undefined;
  const out: string[] = [];
  for (const value of values) {
    const origins = boundValueOrigins(doc, value, 0);
    if (!origins) return undefined;
    out.push(...origins);
  }
  return out;
}

/**
 * The modules the value named `name` (at offset `at`) may come from, or undefined when
 * any possible origin is unknown. Only origins in known libraries are reported.
 */
export function valueOrigins(doc: PythonDocument, name: string, at: number, depth = 0): readonly string[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const lookup = doc.scopes.lookup(doc.scopes.scopeAt(at), name);
  switch (lookup.kind) {
    case 'import': {
      const out: string[] = [];
      for (const r of lookup.records) {
        if (!r.boundPath || !isKnownLibrary(r.boundPath)) return undefined;
        out.push(r.boundPath);
      }
      return out;
    }
    case 'unbound':
      return TYPED_BUILTINS.has(name) && doc.scopes.starImports.length === 0 ? [BUILTINS_MODULE] : undefined;
    case 'local': {
      const out: string[] = [];
      for (const b of lookup.bindings) {
        const origins = bindingOrigins(doc, b, depth);
        if (!origins) return undefined;
        out.push(...origins);
      }
      return out;
    }
  }
}

function bindingOrigins(doc: PythonDocument, binding: Binding, depth: number): readonly string[] | undefined {
  if (binding.kind === 'import') {
    const path = binding.record.boundPath;
    return path && isKnownLibrary(path) ? [path] : undefined;
  }
  return boundValueOrigins(doc, binding.value, depth);
}

function boundValueOrigins(doc: PythonDocument, value: BoundValue | undefined, depth: number): readonly string[] | undefined {
  if (!value) return undefined;
  if (value.kind === 'container') return [BUILTINS_MODULE];
  return valueOrigins(doc, value.head, value.at, depth + 1);
}
