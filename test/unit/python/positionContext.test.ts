import * as assert from 'node:assert/strict';
import { parsePython } from '../../../src/core/python/pythonParser';
import { contextAt, type PositionContext } from '../../../src/core/python/positionContext';
import { withCursor } from '../hover/glossaryIndex';

function contextOf(source: string): PositionContext | undefined {
  const { text, offset } = withCursor(source);
  return contextAt(parsePython(text), text, offset);
}

/** A compact description: role, flags, receiver. */
function describeContext(ctx: PositionContext | undefined): string {
  if (!ctx) return 'nothing';
  if (ctx.kind !== 'identifier') return ctx.kind;
  const flags = [ctx.isCall && 'call', ctx.inDecorator && 'decorator', ctx.inClassBody && 'class-body'].filter(Boolean);
  const r = ctx.receiver;
  const receiver = r ? ` of ${r.kind}${r.names ? `:${r.names.join('.')}` : ''}${r.head ? ` head=${r.head.name}` : ''}` : '';
  return `${ctx.name} ${ctx.role}${flags.length ? ` [${flags.join(',')}]` : ''}${receiver}`;
}

describe('positionContext', () => {
  const cases: { name: string; code: string; expect: string }[] = [
    { name: 'a name', code: 'Q‸', expect: 'Q reference' },
    { name: 'a called name', code: 'Q‸(a=1)', expect: 'Q reference [call]' },
    { name: 'a name passed as an argument is not called', code: 'f(Q‸)', expect: 'Q reference' },
    { name: 'a method call', code: 'qs.values‸("a")', expect: 'values attribute [call] of names:qs head=qs' },
    { name: 'an attribute', code: 'serializer.validated_data‸["x"]', expect: 'validated_data attribute of names:serializer head=serializer' },
    { name: 'a dotted receiver', code: 'django.db.models.Q‸()', expect: 'Q attribute [call] of names:django.db.models head=django' },
    { name: 'a call result receiver', code: 'pd.DataFrame(d).aggregate‸("sum")', expect: 'aggregate attribute [call] of expression head=pd' },
    { name: 'a subscript receiver', code: 'x[0].values‸()', expect: 'values attribute [call] of expression head=x' },
    { name: 'a dict literal receiver', code: '{}.values‸()', expect: 'values attribute [call] of literal' },
    { name: 'a list literal receiver', code: '[1].only‸()', expect: 'only attribute [call] of literal' },
    { name: 'a string receiver', code: '"a".values‸', expect: 'values attribute of literal' },
    { name: 'an f-string receiver', code: 'f"{a}".values‸()', expect: 'values attribute [call] of literal' },
    { name: 'a decorator', code: '@login_required‸\ndef f(): pass', expect: 'login_required reference [decorator]' },
    { name: 'a decorator call', code: '@shared_task‸(bind=True)\ndef f(): pass', expect: 'shared_task reference [call,decorator]' },
    { name: 'a dotted decorator', code: '@transaction.atomic‸\ndef f(): pass', expect: 'atomic attribute [decorator] of names:transaction head=transaction' },
    { name: 'a dotted decorator call', code: '@app.middleware‸("http")\nasync def f(r, n): pass', expect: 'middleware attribute [call,decorator] of names:app head=app' },
    { name: 'the head of a dotted decorator', code: '@app‸.middleware("http")\nasync def f(r, n): pass', expect: 'app reference [decorator]' },
    { name: 'a keyword argument', code: 'f(bind‸=True)', expect: 'bind keyword' },
    { name: 'a keyword argument of a decorator', code: '@task(bind‸=True)\ndef f(): pass', expect: 'bind keyword' },
    { name: 'a keyword in class bases', code: 'class A(B, metaclass‸=M): pass', expect: 'metaclass keyword' },
    { name: 'a keyword value', code: 'f(bind=True, x=y‸)', expect: 'y reference' },
    { name: 'a def name', code: 'def f‸(): pass', expect: 'f definition' },
    { name: 'a method name', code: 'class A:\n    def has_object_permission‸(self): pass', expect: 'has_object_permission definition [class-body]' },
    { name: 'a decorated method name', code: 'class A:\n    @property\n    def m‸(self): pass', expect: 'm definition [class-body]' },
    { name: 'a class-body assignment', code: 'class V:\n    permission_classes‸ = [A]', expect: 'permission_classes assignment-target [class-body]' },
    { name: 'a class-body assignment in a statement group', code: 'class V:\n    a = 1; permission_classes‸ = [A]', expect: 'permission_classes assignment-target [class-body]' },
    { name: 'an assignment in a method', code: 'class V:\n    def m(self):\n        x‸ = 1', expect: 'x assignment-target' },
    { name: 'the value of an assignment', code: 'x = y‸', expect: 'y reference' },
    { name: 'a parameter', code: 'def f(a, b‸=1): pass', expect: 'b parameter' },
    { name: 'a default value', code: 'def f(a, b=c‸): pass', expect: 'c reference' },
    { name: 'an annotation', code: 'def f(a: Session‸): pass', expect: 'Session reference' },
    { name: 'a class name', code: 'class Book‸(Model): pass', expect: 'Book class-name' },
    { name: 'a name in an import', code: 'from a import Q‸', expect: 'Q import' },
    { name: 'a name inside f-string code', code: 'f"{Q‸(1)}"', expect: 'Q reference [call]' },
    { name: 'a comment', code: 'x = 1  # Q‸ here', expect: 'comment' },
    { name: 'a string', code: 'x = "Q‸"', expect: 'string' },
    { name: 'a docstring', code: 'def f():\n    """Q‸ here"""', expect: 'string' },
    { name: 'f-string text', code: 'x = f"Q‸ {y}"', expect: 'string' },
    { name: 'an operator', code: 'a ‸+ b', expect: 'nothing' },
    { name: 'a match attribute pattern', code: 'match x:\n    case Color.RED‸:\n        pass', expect: 'RED attribute of names:Color head=Color' },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.expect}`, () => assert.equal(describeContext(contextOf(c.code)), c.expect));
  }

  it('answers nothing outside the text', () => {
    const tree = parsePython('Q');
    assert.equal(contextAt(tree, 'Q', -1), undefined);
    assert.equal(contextAt(tree, 'Q', 2), undefined);
  });

  it('gives the identifier range', () => {
    const ctx = contextOf('x = models.Q‸()');
    assert.ok(ctx && ctx.kind === 'identifier');
    assert.deepEqual([ctx.from, ctx.to], [11, 12]);
  });
});
