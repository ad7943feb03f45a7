/**
 * The opcode table, the code-object encoding, the verifier (it must reject
 * broken code) and compile + verify over a sample of the CPython standard
 * library (the full run is tests/tools/compiler-corpus.ts).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cpythonParse } from '../tools/cpython-ast.js';
import { cpythonCompile, diffCompile, ourCompile } from '../tools/compiler-oracle.js';
import { corpusFiles } from '../tools/symtable-corpus.js';
import { compile } from '../../vm/compiler/compile.js';
import { CompileRecursionError } from '../../vm/compiler/compile-error.js';
import type { CodeObject } from '../../vm/compiler/code.js';
import {
  argOf, ARG_LIMIT, encode, Op, OP_NAMES, OP_SPECS, OPCODES, opcodeOf, stackEffect, stackNeeds,
} from '../../vm/compiler/opcodes.js';
import { verify } from '../../vm/compiler/verify.js';
import { ArgumentLimitError, Unit } from '../../vm/compiler/unit.js';
import { buildSymbolTable } from '../../vm/compiler/symtable.js';
import { disassemble } from '../../vm/compiler/dis.js';
import type { Expr, Mod } from '../../vm/syntax/ast.js';

const pos = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 1 };
const name = (id: string): Expr => ({ _type: 'Name', id, ctx: 'Load', ...pos });
const exprModule = (e: Expr): Mod => ({ _type: 'Module', body: [{ _type: 'Expr', value: e, ...pos }], type_ignores: [] });

function compileSource(src: string): CodeObject {
  const dir = '/tmp';
  const path = `${dir}/pystm-compiler-test-${process.pid}-${Math.random().toString(36).slice(2)}.py`;
  writeFileSync(path, src);
  const [t] = cpythonParse([path]);
  rmSync(path);
  if ('error' in t!) throw new Error(t.error.msg);
  return compile(t!.tree, { filename: 'x.py', mode: 'exec', source: src });
}

describe('opcode table', () => {
  it('numbers opcodes by row and fits them in 8 bits', () => {
    expect(OP_NAMES.length).toBeLessThanOrEqual(256);
    expect(Op.NOP).toBe(0);
    OP_NAMES.forEach((n, i) => expect(Op[n]).toBe(i));
    expect(OP_NAMES).toEqual(Object.keys(OPCODES));
  });

  it('describes every opcode consistently', () => {
    for (const [i, spec] of OP_SPECS.entries()) {
      expect(spec.doc.length, OP_NAMES[i]).toBeGreaterThan(5);
      const jumps = spec.operand === 'jump-forward' || spec.operand === 'jump-backward';
      expect(jumps, OP_NAMES[i]).toBe(spec.flow === 'jump' || spec.flow === 'branch');
      if (spec.flow === 'branch') expect(spec.jumpPush, OP_NAMES[i]).toBeTypeOf('number');
    }
  });

  it('encodes 24-bit arguments', () => {
    const w = encode(Op.LOAD_CONST, ARG_LIMIT - 1);
    expect(opcodeOf(w)).toBe(Op.LOAD_CONST);
    expect(argOf(w)).toBe(ARG_LIMIT - 1);
    expect(new Int32Array([w])[0]! >>> 8).toBe(ARG_LIMIT - 1);
  });

  it('gives stack effects as functions of the argument and the branch taken', () => {
    expect(stackEffect(Op.BUILD_TUPLE, 3, false)).toBe(-2);
    expect(stackEffect(Op.FOR_ITER, 0, false)).toBe(1);
    expect(stackEffect(Op.FOR_ITER, 0, true)).toBe(-1);
    expect(stackEffect(Op.JUMP_IF_TRUE_OR_POP, 0, true)).toBe(0);
    expect(stackEffect(Op.JUMP_IF_TRUE_OR_POP, 0, false)).toBe(-1);
    expect(stackEffect(Op.MAKE_FUNCTION, 0b1011, false)).toBe(-3);
    expect(stackEffect(Op.UNPACK_EX, 2 | (3 << 8), false)).toBe(5);
    expect(stackNeeds(Op.SWAP, 3)).toBe(3);
    expect(stackNeeds(Op.WITH_EXCEPT_START, 0)).toBe(4);
  });
});

describe('verifier', () => {
  const good = () => compileSource('def f(x):\n  for i in x:\n    try:\n      g(i)\n    except E:\n      pass\n  return x\n');
  const fn = (co: CodeObject) => co.consts.find((c) => c.kind === 'code') as CodeObject;

  it('accepts compiled code', () => {
    expect(verify(good())).toEqual([]);
  });

  it('rejects an out-of-range constant', () => {
    const co = good();
    const f = fn(co);
    f.code[0] = encode(Op.LOAD_CONST, 99);
    expect(verify(co).join()).toMatch(/const index out of range/);
  });

  it('rejects a stack underflow', () => {
    const co = good();
    const f = fn(co);
    f.code[0] = encode(Op.POP_TOP, 0);
    expect(verify(co).join()).toMatch(/needs 1 items/);
  });

  it('rejects a wrong stack size and a backward forward-jump', () => {
    const co = good();
    fn(co).stacksize += 1;
    expect(verify(co).join()).toMatch(/stacksize/);
    const co2 = good();
    const f2 = fn(co2);
    const i = Array.from(f2.code).findIndex((w) => opcodeOf(w) === Op.FOR_ITER);
    f2.code[i] = encode(Op.FOR_ITER, 0);
    expect(verify(co2).join()).toMatch(/bad forward target/);
  });

  it('rejects a malformed exception table', () => {
    const co = good();
    const f = fn(co);
    f.exceptionTable[1] = f.code.length + 5;
    expect(verify(co).join()).toMatch(/bad range/);
  });
});

describe('compiler', () => {
  it('raises RecursionError, not a JavaScript error, for absurdly deep trees', () => {
    let e: Expr = name('x');
    for (let i = 0; i < 100_000; i++) e = { _type: 'UnaryOp', op: 'USub', operand: e, ...pos };
    expect(() => compile(exprModule(e), { filename: 'x', mode: 'exec' })).toThrow(CompileRecursionError);
    let l: Expr = name('x');
    for (let i = 0; i < 2900; i++) l = { _type: 'List', elts: [l], ctx: 'Load', ...pos };
    try {
      compile(exprModule(l), { filename: 'x', mode: 'exec' });
    } catch (err) {
      expect(err).toBeInstanceOf(CompileRecursionError);
    }
  });

  it('reports 24-bit argument overflow as a compile error, not EXTENDED_ARG', () => {
    const names = Array.from({ length: 20 }, (_, i) => name(`n${i}`));
    const co = compile(exprModule({ _type: 'Tuple', elts: names, ctx: 'Load', ...pos }), { filename: 'x', mode: 'exec' });
    expect(verify(co)).toEqual([]);
    const unit = new Unit(buildSymbolTable(exprModule(name('x')), { flags: 0, lastFutureLine: 0 }, { filename: 'x', source: undefined }).top, 'm', 'module', 1);
    expect(() => unit.emit(Op.LOAD_CONST, ARG_LIMIT)).toThrow(/too many constants/);
    expect(() => unit.emit(Op.LOAD_FAST, ARG_LIMIT + 5)).toThrow(ArgumentLimitError);
  });

  it('compiles a deep but legal expression', () => {
    let e: Expr = name('x');
    for (let i = 0; i < 1000; i++) e = { _type: 'BinOp', left: e, op: 'Add', right: name('y'), ...pos };
    expect(verify(compile(exprModule(e), { filename: 'x', mode: 'exec' }))).toEqual([]);
  });

  it('produces serialisable code objects', () => {
    const co = compileSource('class C:\n  async def f(self, *a): return [x async for x in a]\n');
    const clone = structuredClone(co);
    expect(disassemble(clone)).toBe(disassemble(co));
  });

  it('compiles, verifies and matches CPython on a sample of the standard library', () => {
    const files = corpusFiles().filter((_, i) => i % 40 === 0);
    const trees = cpythonParse(files);
    const oracle = cpythonCompile(files);
    const bad: string[] = [];
    files.forEach((path, i) => {
      const t = trees[i]!;
      if ('error' in t) return;
      const source = readFileSync(path, 'utf8');
      const ours = ourCompile(t.tree, { filename: path, mode: 'exec', source });
      const d = diffCompile(ours, oracle[i]!, { names: true });
      if (d) bad.push(`${path}: ${d}`);
      if (ours.codeObject) bad.push(...verify(ours.codeObject));
    });
    expect(bad).toEqual([]);
  });
});
