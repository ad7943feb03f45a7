/**
 * Constant folding: the parts of CPython 3.11's AST optimiser (ast_opt.c)
 * that change which constants the compiler loads.
 *
 * Folded: tuples whose items are constants (recursively), `+` / `-` of int,
 * float and complex constants and `~` of ints, sums and differences with a
 * complex constant (complex literals such as `1+2j`, which match statements
 * require to be constants), str + str, bytes + bytes and str / bytes * int
 * (within CPython's limit: a non-negative count and at most 4096 items;
 * strs keep their exact code points, see vm/syntax/py-str.ts), `__debug__` (always True:
 * pystm runs without -O), and a literal list / set that is iterated over or
 * is the right operand of `in` / `not in` (to a tuple / frozenset constant,
 * or a tuple display when its items are not all constant). Everything else
 * is compiled as written; folding must never change behaviour, so no
 * operation that could raise or whose result depends on run-time state is
 * folded.
 */

import type { Expr, PyConstant } from '../syntax/ast.js';
import { concatStr, repeatStr, strLength } from '../syntax/py-str.js';
import type { ConstValue } from './code.js';

/** The constant value of `e` after folding, or null. */
export function foldConst(e: Expr): ConstValue | null {
  switch (e._type) {
    case 'Constant':
      return e.value;
    case 'Name':
      return e.id === '__debug__' && e.ctx === 'Load' ? { kind: 'bool', value: true } : null;
    case 'Tuple': {
      if (e.ctx !== 'Load') return null;
      const items: ConstValue[] = [];
      for (const x of e.elts) {
        const v = foldConst(x);
        if (v === null) return null;
        items.push(v);
      }
      return { kind: 'tuple', items };
    }
    case 'UnaryOp': {
      if (e.op === 'Not') return null;
      const v = foldConst(e.operand);
      return v === null ? null : foldUnary(e.op, v);
    }
    case 'BinOp': {
      if (e.op !== 'Add' && e.op !== 'Sub' && e.op !== 'Mult') return null;
      const a = foldConst(e.left);
      if (a === null) return null;
      const b = foldConst(e.right);
      if (b === null) return null;
      return e.op === 'Mult' ? foldRepeat(a, b) ?? foldRepeat(b, a) : foldComplex(e.op, a, b) ?? (e.op === 'Add' ? foldConcat(a, b) : null);
    }
    default:
      return null;
  }
}

/** CPython's MAX_STR_SIZE: the longest str or bytes a folded multiplication may make. */
const MAX_STR_SIZE = 4096;

/** str + str, bytes + bytes. */
function foldConcat(a: ConstValue, b: ConstValue): PyConstant | null {
  if (a.kind === 'str' && b.kind === 'str') {
    const s = concatStr(a, b);
    return s.codePoints === undefined ? { kind: 'str', value: s.value } : { kind: 'str', value: s.value, codePoints: s.codePoints };
  }
  if (a.kind === 'bytes' && b.kind === 'bytes') {
    const value = new Uint8Array(a.value.length + b.value.length);
    value.set(a.value);
    value.set(b.value, a.value.length);
    return { kind: 'bytes', value };
  }
  return null;
}

/** str * int, bytes * int (CPython's safe_multiply: an empty sequence always, else 0 <= n <= MAX_STR_SIZE / size). */
function foldRepeat(seq: ConstValue, count: ConstValue): PyConstant | null {
  if (count.kind !== 'int' && count.kind !== 'bool') return null;
  if (seq.kind !== 'str' && seq.kind !== 'bytes') return null;
  const n = count.kind === 'bool' ? (count.value ? 1n : 0n) : count.value;
  const size = seq.kind === 'str' ? strLength(seq) : seq.value.length;
  if (size !== 0 && (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size)))) return null;
  const times = size === 0 || n < 0n ? 0 : Number(n);
  if (seq.kind === 'bytes') {
    const value = new Uint8Array(size * times);
    for (let k = 0; k < times; k++) value.set(seq.value, k * size);
    return { kind: 'bytes', value };
  }
  const s = repeatStr(seq, times);
  return s.codePoints === undefined ? { kind: 'str', value: s.value } : { kind: 'str', value: s.value, codePoints: s.codePoints };
}

/** `a + bj` / `a - bj`: sums and differences involving a complex constant (complex literals). */
function foldComplex(op: 'Add' | 'Sub', a: ConstValue, b: ConstValue): PyConstant | null {
  if (a.kind !== 'complex' && b.kind !== 'complex') return null;
  const x = asComplex(a), y = asComplex(b);
  if (x === null || y === null) return null;
  return op === 'Add'
    ? { kind: 'complex', real: x[0] + y[0], imag: x[1] + y[1] }
    : { kind: 'complex', real: x[0] - y[0], imag: x[1] - y[1] };
}

function asComplex(v: ConstValue): [number, number] | null {
  switch (v.kind) {
    case 'complex': return [v.real, v.imag];
    case 'float': return [v.value, 0];
    case 'int': {
      const f = Number(v.value);
      return Number.isFinite(f) ? [f, 0] : null;
    }
    default: return null;
  }
}

function foldUnary(op: 'UAdd' | 'USub' | 'Invert', v: ConstValue): PyConstant | null {
  switch (v.kind) {
    case 'int':
      if (op === 'USub') return { kind: 'int', value: -v.value };
      if (op === 'Invert') return { kind: 'int', value: ~v.value };
      return v;
    case 'float':
      if (op === 'Invert') return null;
      return op === 'USub' ? { kind: 'float', value: -v.value } : v;
    case 'complex':
      if (op === 'Invert') return null;
      return op === 'USub' ? { kind: 'complex', real: -v.real, imag: -v.imag } : v;
    default:
      return null;
  }
}

export type FoldedIter = { kind: 'const'; value: ConstValue } | { kind: 'tuple'; elts: readonly Expr[] };

/** How to load an iterable (or the operand of `in`): literal lists / sets fold. */
export function foldIter(e: Expr): FoldedIter | null {
  if (e._type === 'List' && e.ctx === 'Load') {
    const items = constItems(e.elts);
    return items ? { kind: 'const', value: { kind: 'tuple', items } } : { kind: 'tuple', elts: e.elts };
  }
  if (e._type === 'Set') {
    const items = constItems(e.elts);
    return items ? { kind: 'const', value: { kind: 'frozenset', items } } : null;
  }
  return null;
}

function constItems(elts: readonly Expr[]): ConstValue[] | null {
  const items: ConstValue[] = [];
  for (const x of elts) {
    const v = foldConst(x);
    if (v === null) return null;
    items.push(v);
  }
  return items;
}
