import * as assert from 'node:assert/strict';
import { analyzePython } from '../../../src/core/python/documentAnalysis';
import { withCursor } from '../hover/glossaryIndex';

/** What the name at the marker means: 'import:<path>', 'local:<how>', or 'unbound'. */
function meaningAt(source: string): string {
  const { text, offset } = withCursor(source);
  const doc = analyzePython(text);
  let end = offset;
  while (end < text.length && /\w/.test(text.charAt(end))) end++;
  let start = offset;
  while (start > 0 && /\w/.test(text.charAt(start - 1))) start--;
  const lookup = doc.scopes.lookup(doc.scopes.scopeAt(start), text.slice(start, end));
  switch (lookup.kind) {
    case 'import': return `import:${lookup.records.map((r) => r.boundPath ?? '(relative)').join('|')}`;
    case 'local': return `local:${lookup.bindings.map((b) => (b.kind === 'local' ? b.how : 'import')).join('|')}`;
    case 'unbound': return 'unbound';
  }
}

describe('localBindings', () => {
  const cases: { name: string; code: string; expect: string }[] = [
    { name: 'an import', code: 'from a import Q\nQ‸', expect: 'import:a.Q' },
    { name: 'two imports of one name', code: 'try:\n    import ujson as json\nexcept ImportError:\n    import json\njson‸', expect: 'import:ujson|json' },
    { name: 'import then assignment', code: 'from a import Q\nQ = 1\nQ‸', expect: 'local:import|assignment' },
    { name: 'a def', code: 'def Q(): pass\nQ‸', expect: 'local:def' },
    { name: 'a class', code: 'class Q: pass\nQ‸', expect: 'local:class' },
    { name: 'a parameter', code: 'def f(a, Q=1):\n    Q‸', expect: 'local:parameter' },
    { name: 'a default value is not a parameter', code: 'from a import Q\ndef f(x=Q‸): pass', expect: 'import:a.Q' },
    { name: '*args and **kwargs', code: 'def f(*args, **kw):\n    kw‸', expect: 'local:parameter' },
    { name: 'a lambda parameter', code: 'f = lambda Q: Q‸', expect: 'local:parameter' },
    { name: 'a for target', code: 'for i, (Q, b) in x:\n    Q‸', expect: 'local:for' },
    { name: 'a with target', code: 'with a() as Q:\n    Q‸', expect: 'local:with' },
    { name: 'an except target', code: 'try:\n    pass\nexcept E as Q:\n    Q‸', expect: 'local:except' },
    { name: 'a walrus', code: 'if (Q := f()):\n    Q‸', expect: 'local:walrus' },
    { name: 'a comprehension target', code: 'x = [Q‸ for Q in y]', expect: 'local:comprehension' },
    { name: 'an augmented assignment', code: 'Q += 1\nQ‸', expect: 'local:augmented' },
    { name: 'a chained assignment', code: 'a = Q = 1\nQ‸', expect: 'local:assignment' },
    { name: 'an annotation without value', code: 'Q: int\nQ‸', expect: 'local:assignment' },
    { name: 'a del', code: 'del Q\nQ‸', expect: 'local:delete' },
    { name: 'a match capture', code: 'match x:\n    case {"k": Q}:\n        Q‸', expect: 'local:match' },
    { name: 'a match as-pattern', code: 'match x:\n    case [1, 2] as Q:\n        Q‸', expect: 'local:match' },
    { name: 'an attribute assignment binds nothing', code: 'from a import Q\nself.Q = 1\nQ‸', expect: 'import:a.Q' },
    { name: 'a type alias', code: 'type Q = int\nQ‸', expect: 'local:type' },
    { name: 'a builtin', code: 'len‸(x)', expect: 'unbound' },
    { name: 'a class body is invisible to its methods', code: 'class A:\n    Q = 1\n    def m(self):\n        return Q‸', expect: 'unbound' },
    { name: 'a class body sees its own names', code: 'class A:\n    Q = 1\n    R = Q‸', expect: 'local:assignment' },
    { name: 'a closure sees the enclosing function', code: 'def f(Q):\n    def g():\n        return Q‸', expect: 'local:parameter' },
    { name: 'a local of another function is invisible', code: 'from a import Q\ndef f():\n    Q = 1\ndef g():\n    return Q‸', expect: 'import:a.Q' },
    { name: 'global makes an assignment the module\'s', code: 'from a import Q\ndef f():\n    global Q\n    Q = 1\n    return Q‸', expect: 'local:import|assignment' },
    { name: 'nonlocal makes an assignment the enclosing function\'s', code: 'def f():\n    Q = 0\n    def g():\n        nonlocal Q\n        Q = 1\n    return Q‸', expect: 'local:assignment|assignment' },
    { name: 'the statement after a def is outside it', code: 'def f(Q):\n    return Q\nQ‸', expect: 'unbound' },
  ];
  for (const c of cases) {
    it(`${c.name} -> ${c.expect}`, () => assert.equal(meaningAt(c.code), c.expect));
  }

  it('remembers the first parameter of a method and what it assigns to self', () => {
    const doc = analyzePython('class A:\n    def __init__(me, x):\n        me.cache = {}\n        me.other = x\n        other.y = 1\n');
    const method = doc.scopes.methodAt(doc.text.indexOf('me.cache'));
    assert.ok(method);
    assert.equal(method.fn.firstParam, 'me');
    assert.deepEqual([...(method.cls.attributes?.keys() ?? [])], ['cache', 'other']);
    assert.deepEqual(method.cls.attributes?.get('cache'), [{ kind: 'container' }]);
    const x = doc.text.indexOf('x\n        other');
    assert.deepEqual(method.cls.attributes?.get('other'), [{ kind: 'derived', head: 'x', at: x, from: x, to: x + 1 }]);
  });

  it('knows what a parameter annotation says about the value', () => {
    const doc = analyzePython('def f(a: dict, b: pd.DataFrame, c: Optional[X], d: "Q", *e):\n    pass\n');
    const fn = doc.scopes.scopeAt(doc.text.indexOf('pass'));
    const valueOf = (name: string) => {
      const b = fn.bindings.get(name)?.[0];
      return b?.kind === 'local' ? b.value : undefined;
    };
    assert.deepEqual(valueOf('a'), { kind: 'container' });
    const pd = doc.text.indexOf('pd.');
    assert.deepEqual(valueOf('b'), { kind: 'derived', head: 'pd', at: pd, from: pd, to: pd + 'pd.DataFrame'.length });
    assert.equal(valueOf('c'), undefined);
    assert.equal(valueOf('d'), undefined);
    assert.deepEqual(valueOf('e'), { kind: 'container' });
  });
});
