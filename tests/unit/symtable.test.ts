/**
 * Symbol tables must equal CPython 3.11's `symtable` module output: every
 * scope's symbols with their DEF_* flags and resolved scope, parameters,
 * children order, and the same SyntaxErrors (message and position).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpythonParse } from '../tools/cpython-ast.js';
import { cpythonSymtables, diffSymtables, ourSymtable } from '../tools/symtable-oracle.js';
import { buildSymbolTable, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, mangle } from '../../vm/compiler/symtable.js';
import { futureFeatures } from '../../vm/compiler/future.js';
import type { Mod } from '../../vm/syntax/ast.js';

const CASES: string[] = [
  // closures, cells, free variables
  'def f(x):\n  def g(): return x\n  return g\n',
  'def f():\n  x = 1\n  def g():\n    def h(): return x\n    return h\n',
  'def f():\n  def g():\n    nonlocal x\n    x = 2\n  x = 1\n',
  'def f(a):\n  return lambda: a\n',
  'x = 1\ndef f():\n  global x\n  x = 2\n  def g(): return x\n',
  'def f():\n  global x\n  def g(): return x\n',
  // classes
  'class C:\n  x = 1\n  def m(self): return x\n',
  'def f():\n  x = 1\n  class C:\n    x = 2\n    def m(self): return x\n',
  'def f():\n  x = 1\n  class C:\n    y = x\n    def m(self): return x\n',
  'def f():\n  x = 1\n  class C:\n    global x\n    def m(self): return x\n',
  'class C:\n  def m(self): return super().m()\n',
  'class C:\n  def m(self): return __class__\n  def n(self): return [__class__ for _ in x]\n',
  'class C:\n  __class__ = 1\n  def m(self): return __class__\n',
  'class A:\n  __x = 1\n  def f(self, __y): return self.__x + __y + __z__\n  class B:\n    __w = 2\n',
  'class _:\n  __x = 1\n',
  'class __:\n  __x = 1\n',
  // comprehensions
  '[x for x in range(3)]\n{y for y in z}\n{k: v for k, v in w}\n(g for g in h)\n',
  'def f():\n  return [x for x in range(3) if x for y in x]\n',
  'def f():\n  [(j := i) for i in range(5)]\n  return j\n',
  '[(j := i) for i in range(5)]\n',
  'def f():\n  global j\n  [(j := i) for i in range(5)]\n',
  'def f():\n  nonlocal_ = 1\n  [[(k := j) for j in range(2)] for i in range(2)]\n',
  'class C:\n  y = [x for x in range(3)]\n  z = [y for _ in range(3)]\n',
  'async def f():\n  return [x async for x in y]\n',
  'def f():\n  return [[x async for x in y] for z in w]\n',
  // imports, annotations, match
  'import a.b.c\nimport d as e\nfrom f import g, h as i\nfrom j import *\n',
  'def f():\n  import os.path\n  from m import x as y\n',
  'x: int\ny: str = "s"\ndef f(a: A, *b: B, c: C = 1, **d: D) -> R:\n  z: int = 1\n  w: int\n  (q): int = 2\n  o.p: int\n',
  'from __future__ import annotations\nx: Lambda = lambda: y\ndef f(a: (lambda: b)) -> (lambda: c): pass\n',
  'match x:\n  case [a, *b] | [*b, a]:\n    pass\n  case {"k": v, **rest}:\n    pass\n  case C(p, q=r) as s:\n    pass\n',
  // misc
  'def f():\n  try:\n    pass\n  except E as e:\n    pass\n  with a as (b, c):\n    pass\n  for d in e: pass\n  del f\n',
  'def f(a, /, b, *, c, **d): pass\ndef g(*args, **kwargs): pass\nlambda x, *y, z=1, **w: 0\n',
  'def gen():\n  x = yield\n  yield from x\n',
  '__debug__\nprint(__debug__)\n',
  'def f():\n  super\ndef g():\n  class C:\n    def h(self): super\n',
  // errors
  'def f(x):\n  global x\n',
  'def f():\n  x = 1\n  global x\n',
  'def f():\n  print(x)\n  nonlocal x\n',
  'nonlocal x\n',
  'def f():\n  nonlocal x\n',
  'def f():\n  global x\n  nonlocal x\n',
  '[x for x in y if (x := 1)]\n',
  '[i for i in range(3) if (j := i) for j in range(3)]\n',
  'class C:\n  [(j := i) for i in range(5)]\n',
  'def f():\n  ((yield x) for x in y)\n',
  'def f(a, a): pass\n',
  'def f():\n  from os import *\n',
  'from __future__ import annotations\nx: (y := 1)\n',
];

function check(sources: string[]): [string, string | null][] {
  const dir = mkdtempSync(join(tmpdir(), 'pystm-symtable-'));
  try {
    const paths = sources.map((s, i) => {
      const p = join(dir, `case${i}.py`);
      writeFileSync(p, s);
      return p;
    });
    const trees = cpythonParse(paths);
    const tables = cpythonSymtables(paths);
    return sources.map((s, i) => {
      const t = trees[i]!;
      if ('error' in t) return [s, `unparsable: ${t.error.msg}`];
      return [s, diffSymtables(ourSymtable(t.tree, paths[i]!, s), tables[i]!)];
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('symbol tables', () => {
  it('match CPython on scoping cases and errors', () => {
    expect(check(CASES).filter(([, d]) => d !== null)).toEqual([]);
  });

  it('resolve scopes as the compiler needs them', () => {
    const src = 'def f(a):\n  b = 1\n  global g\n  def h():\n    return a, b, g, len\n  return h\n';
    const [t] = cpythonParse([writeTemp(src)]);
    const tree = (t as { tree: Mod }).tree;
    const ctx = { filename: 'x.py', source: src };
    const st = buildSymbolTable(tree, futureFeatures(tree, ctx), ctx);
    const f = st.top.children[0]!;
    const h = f.children[0]!;
    expect([f.scopeOf('a'), f.scopeOf('b'), f.scopeOf('g'), f.scopeOf('h')]).toEqual([CELL, CELL, GLOBAL_EXPLICIT, LOCAL]);
    expect([h.scopeOf('a'), h.scopeOf('b'), h.scopeOf('g'), h.scopeOf('len')]).toEqual([FREE, FREE, GLOBAL_IMPLICIT, GLOBAL_IMPLICIT]);
  });

  it('mangles private names like CPython', () => {
    expect(mangle('Foo', '__x')).toBe('_Foo__x');
    expect(mangle('_Foo', '__x')).toBe('_Foo__x');
    expect(mangle('__', '__x')).toBe('__x');
    expect(mangle('Foo', '__x__')).toBe('__x__');
    expect(mangle('Foo', '__a.b')).toBe('__a.b');
    expect(mangle('Foo', '_x')).toBe('_x');
    expect(mangle(null, '__x')).toBe('__x');
  });
});

let tempCount = 0;
function writeTemp(src: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pystm-symtable-'));
  const p = join(dir, `t${tempCount++}.py`);
  writeFileSync(p, src);
  return p;
}
