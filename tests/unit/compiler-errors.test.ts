/**
 * Compiler and symbol-table errors: message, line, offsets and text must be
 * CPython 3.11's, and valid code must produce the same code-object facts
 * (names, locals, cells, frees, flags, qualnames). Oracle: python3.
 */
import { describe, expect, it } from 'vitest';
import { compareSources } from '../tools/compiler-oracle.js';

const ERRORS: string[] = [
  // symbol table
  'def f(x):\n  global x\n',
  'def f():\n  x = 1\n  global x\n',
  'def f():\n  print(x)\n  global x\n',
  'def f():\n  x: int\n  global x\n',
  'def f():\n  global x\n  x: int = 1\n',
  'nonlocal x\n',
  'def f():\n  nonlocal x\n',
  'class C:\n  nonlocal x\n',
  'def f():\n  global x\n  nonlocal x\n',
  'def f(x):\n  nonlocal x\n',
  'def f():\n  x = 1\n  def g():\n    print(x)\n    nonlocal x\n',
  'def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x\n',
  '[x for x in y if (x := 1)]\n',
  '[i for i in range(5) for j in (k := range(i))]\n',
  '[i := 0 for i, j in z]\n',
  '[[(j := j) for i in range(5)] for j in range(5)]\n',
  'class C:\n  [(j := i) for i in range(5)]\n',
  '[x for x in (y := [1])]\n',
  '[i for i in range(3) if (j := i) for j in range(3)]\n',
  'def f():\n  [(yield x) for x in y]\n',
  'def f():\n  {(yield x) for x in y}\n',
  'def f():\n  ((yield x) for x in y)\n',
  'def f():\n  {x: (yield x) for x in y}\n',
  'def f():\n  from os import *\n',
  'class C:\n  from os import *\n',
  'def f(a, b, a): pass\n',
  'lambda a, a: 1\n',
  'def f(a, *, a): pass\n',
  'def f(**a, ): pass\ndef g(a, **a): pass\n',
  'from __future__ import annotations\nx: (y := 1) = 2\n',
  'from __future__ import annotations\nx: (yield) = 2\n',
  'from __future__ import annotations\ndef f(x: (await y)): pass\n',
  'from __future__ import annotations\ndef f() -> (yield): pass\n',
  // __future__
  'from __future__ import braces\n',
  "'doc'\nfrom __future__ import nested_scopes, spam\n",
  'import os\nfrom __future__ import annotations\n',
  'from __future__ import annotations; import os; from __future__ import division\n',
  'from __future__ import annotations\ndef f():\n  from __future__ import division\n',
  "'doc'\n'doc2'\nfrom __future__ import division\n",
  'from __future__ import *\n',
  'x=1\n\nfrom __future__ import print_function\n',
  // compiler
  'return\n',
  'class C:\n  return 1\n',
  'def f():\n  class C:\n    return x\n',
  'break\n',
  'continue\n',
  'for x in y:\n  def f():\n    break\n',
  'while x:\n  class C:\n    continue\n',
  'yield x\n',
  'class C:\n  yield x\n',
  'class C:\n  x = yield from y\n',
  'await x\n',
  'def f():\n  await x\n',
  'class C:\n  await x\n',
  'lambda: await x\n',
  'def f():\n  [await x for x in y]\n',
  'def f():\n  async for x in y: pass\n',
  'def f():\n  async with x: pass\n',
  'async def f():\n  yield 1\n  return 2\n',
  'async def f():\n  yield from x\n',
  'def h():\n    return [[x async for x in y] for z in w]\n',
  'def h():\n    return [x async for x in y]\n',
  'async def f():\n  def g():\n    [x async for x in y]\n',
  'async def f():\n  [x async for x in y]\n  lambda: [x async for x in y]\n',
  'try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n',
  'try:\n  pass\nexcept:\n  pass\nexcept:\n  pass\n',
  'for x in y:\n  try:\n    pass\n  except* E:\n    break\n',
  'for x in y:\n  try:\n    pass\n  except* E:\n    continue\n',
  'def f():\n  try:\n    pass\n  except* E:\n    return 1\n',
  'def f():\n  try:\n    pass\n  except* E:\n    return x\n',
  'def f():\n  try:\n    pass\n  except* E:\n    try:\n      pass\n    finally:\n      return\n',
  'a, *b, *c = x\n',
  '[a, *b, *c] = x\n',
  '*a = x\n',
  'x = *a\n',
  'print(*a)\nx = [*a]\nx = *a,\n',
  '__debug__ = 1\n',
  'del __debug__\n',
  'def f(__debug__): pass\n',
  'def f(*, __debug__=1): pass\n',
  'lambda __debug__: 1\n',
  'x.__debug__ = 1\n',
  'f(__debug__=1)\n',
  'f(a=1, a=2)\n',
  'f(a=1, b=2, *c, a=3)\n',
  'import __debug__\n',
  'from x import __debug__\n',
  'import a.b as __debug__\n',
  'x.__debug__: int\n',
  'class C:\n  __debug__: int\n',
  'for __debug__ in x: pass\n',
  'with x as __debug__: pass\n',
  'try:\n  pass\nexcept E as __debug__:\n  pass\n',
  '(__debug__ := 1)\n',
  'x += 1; __debug__ += 1\n',
  'def f():\n  x = 1\n  nonlocal x\n',
  'if 1:\n  for x in y:\n    pass\n  break\n',
  'while 1:\n  try:\n    pass\n  finally:\n    continue\n',
  'def f():\n  yield\n  class C:\n    return\n',
  // match
  'match x:\n  case y:\n    pass\n  case 1:\n    pass\n',
  'match x:\n  case _:\n    pass\n  case 1:\n    pass\n',
  'match x:\n  case [a, a]:\n    pass\n',
  'match x:\n  case {"a": y, "b": y}:\n    pass\n',
  'match x:\n  case [a] | [b]:\n    pass\n',
  'match x:\n  case [a, b] | [b]:\n    pass\n',
  'match x:\n  case (a | b):\n    pass\n',
  'match x:\n  case a | 1:\n    pass\n',
  'match x:\n  case 1 | a:\n    pass\n',
  'match x:\n  case {1: _, 1: _}:\n    pass\n',
  'match x:\n  case {1: _, True: _}:\n    pass\n',
  'match x:\n  case {"a": _, "a": _}:\n    pass\n',
  'match x:\n  case C(a=1, a=2):\n    pass\n',
  'match x:\n  case C(__debug__=1):\n    pass\n',
  'match x:\n  case __debug__:\n    pass\n',
  'match x:\n  case [*__debug__]:\n    pass\n',
  'match x:\n  case {**__debug__}:\n    pass\n',
  'match x:\n  case [a, *b, *c]:\n    pass\n',
  'match x:\n  case C(x) if x:\n    pass\n  case y:\n    pass\n  case z:\n    pass\n',
  'match x:\n  case {"a": a, **a}:\n    pass\n',
  'match x:\n  case (a as b) as a:\n    pass\n',
  // limits
  Array.from({ length: 21 }, (_, i) => `${'  '.repeat(i)}for x${i} in y:\n`).join('') + '  '.repeat(21) + 'pass\n',
  Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}for x${i} in y:\n`).join('') + '  '.repeat(20) + 'pass\n',
  Array.from({ length: 256 }, (_, i) => `a${i}, `).join('') + '*rest = x\n',
  Array.from({ length: 255 }, (_, i) => `a${i}, `).join('') + '*rest = x\n',
  'def f():\n' + Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i + 1)}try:\n`).join('') + '  '.repeat(21) + 'pass\n' +
    Array.from({ length: 20 }, (_, i) => `${'  '.repeat(20 - i)}finally:\n${'  '.repeat(21 - i)}pass\n`).join(''),
];

const VALID: string[] = [
  'x = 1\ndef f(a, /, b=2, *c, d, e=5, **g):\n  "doc"\n  y = a + b\n  def inner():\n    nonlocal y\n    return y\n  return inner\n',
  'class C(B, metaclass=M):\n  z: int = 3\n  def m(self):\n    return super().m(__class__)\n  class D:\n    def n(self): return __class__\n',
  'def f():\n  x = 1\n  class C:\n    x = 2\n    def g(self): return x\n  return C\n',
  'def f():\n  x = 1\n  class C:\n    y = x\n    def g(self): return x\n',
  'def f():\n  global g\n  def g(): pass\n  class K: pass\n  return K\n',
  'def outer():\n  def f():\n    global __x\n    class C:\n      __x = 1\n      def m(self): return __x\n',
  'class _:\n  __x = 1\n  def f(self, __y): return self.__x, __y, __z__\n',
  'async def f():\n  async with a as b, c:\n    async for x in y:\n      await z\n  return [x async for x in y]\n',
  'async def g():\n  yield 1\n  await x\n',
  'def gen():\n  x = yield\n  yield from x\n  return (yield)\n',
  'lambda: (yield)\n',
  'f = lambda x, *y, z=1, **w: (x, y, z, w)\n',
  'def f():\n  return [lambda: i for i in range(3)], {i: j for i in a for j in b if i if j}\n',
  'def f(a):\n  def g():\n    return [a for _ in range(2)]\n  return g\n',
  '[x for x in range(3)]\n(y for y in z)\n{k: v for k, v in w}\n{s for s in t}\n',
  'def f():\n  [(j := i) for i in range(5)]\n  return j\n',
  '[(j := i) for i in range(5)]\n',
  'def f():\n  global j\n  [(j := i) for i in range(5)]\n',
  'try:\n  pass\nexcept* ValueError as e:\n  raise\nexcept* (TypeError, KeyError):\n  pass\nelse:\n  pass\nfinally:\n  pass\n',
  'match p:\n  case Point(x=0, y=0) | [0, 0] as origin if origin:\n    pass\n  case {"k": v, **rest}:\n    pass\n  case [1, 2, *others]:\n    pass\n  case str() | bytes():\n    pass\n  case -1 | 1.5 | 2+3j | -4-5j | None | True:\n    pass\n  case _:\n    pass\n',
  'from __future__ import annotations\ndef f(x: int = 1, *a: str, **k: List[int]) -> dict[str, int]: pass\nclass C:\n  y: Optional[int] = None\n',
  'import a.b.c\nimport a.b.c as d\nfrom . import x\nfrom ..m import y as z\nfrom os import *\n',
  'def f():\n  try:\n    return g()\n  finally:\n    del x\n',
  'for i in x:\n  with a:\n    try:\n      continue\n    finally:\n      break\nelse:\n  pass\n',
  'del a, b.c, d[e], (f, g), [h]\n',
  'a[1:2, ::3] = b.c[d] = e\na.b += 1\nc[d] -= 2\nx @= y\n',
  'print(f"{a!r:{b}.{c}} {d!s} {e!a} {f=}")\n',
  'assert x, "msg"\nassert y\n',
  'x = (1, (2, 3), -4, ~5, +6.5, -7j, ...)\ny = x in [1, 2]\nz = x not in {3, 4}\nfor q in [a, b]: pass\n',
  'def f(*, a=1, b, c=lambda: __class__): pass\n',
  'class A:\n  def f(self): super\n  def g(self): return [__class__ for _ in x]\n',
  'if __debug__:\n  x = __debug__\n',
  'global x\nx = 1\n',
  'def f():\n  def g():\n    def h():\n      nonlocal x\n      x = 2\n    x = 1\n  x = 0\n',
];

describe('compiler errors match CPython', () => {
  it.each([0])('all error cases (batched)', () => {
    const diffs = compareSources(ERRORS);
    const bad = ERRORS.map((src, i) => [src, diffs[i]] as const).filter(([, d]) => d !== null);
    expect(bad).toEqual([]);
  });
});

describe('valid programs match CPython code-object facts', () => {
  it('all valid cases (batched)', () => {
    const diffs = compareSources(VALID, 'exec', { names: true });
    const bad = VALID.map((src, i) => [src, diffs[i]] as const).filter(([, d]) => d !== null);
    expect(bad).toEqual([]);
  });

  it('eval and single modes', () => {
    const evals = ['x + 1', 'lambda y: y', '[i for i in x]', '(yield)'];
    const singles = ['x = 1\n', '1 + 1\n', 'if x:\n  y\n\n', 'def f(): return 1\n'];
    const bad = [
      ...compareSources(evals, 'eval', { names: true }).map((d, i) => [evals[i], d]),
      ...compareSources(singles, 'single', { names: true }).map((d, i) => [singles[i], d]),
    ].filter(([, d]) => d !== null);
    expect(bad).toEqual([]);
  });
});
