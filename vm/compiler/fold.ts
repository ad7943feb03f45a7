/**
 * Constant folding: the parts of CPython 3.11's AST optimiser (ast_opt.c)
 * that change which constants the compiler loads.
 *
 * Folded: tuples whose items are constants (recursively), `+` / `-` of int,
 * float and complex constants and `~` of ints, sums and differences with a
 * complex constant (complex literals such as `1+2j`, which match statements
 * require to be constants), `__debug__` (always True:
 * pystm runs without -O), and a literal list / set that is iterated over or
 * is the right operand of `in` / `not in` (to a tuple / frozenset constant,
 * or a tuple display when its items are not all constant). Everything else
 * is compiled as written; folding must never change behaviour, so no
 * operation that could raise or whose result depends on run-time state is
 * folded.
 */

import type { Expr, PyConstant } from '../syntax/ast.js';
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
    case 'BinOp':
      return e.op === 'Add' || e.op === 'Sub' ? foldComplex(e.op, e.left, e.right) : null;
    default:
      return null;
  }
}

/** `a + bj` / `a - bj`: sums and differences involving a complex constant (complex literals). */
function foldComplex(op: 'Add' | 'Sub', left: Expr, right: Expr): PyConstant | null {
  const a = foldConst(left), b = foldConst(right);
  if (a === null || b === null || (a.kind !== 'complex' && b.kind !== 'complex')) return null;
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
