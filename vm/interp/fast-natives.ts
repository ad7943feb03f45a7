/**
 * Natives the call instructions run straight from the value stack: no
 * argument array, no arity wrapper, no call through the `NATIVES` table
 * (the per-call cost of `len(x)` or `seen.add(q)` was mostly those), as
 * CPython 3.11 specialises PRECALL for `len`, `list.append` and one-argument
 * builtins (https://peps.python.org/pep-0659/).
 *
 * Model:
 * - A fast entry receives the call's argument words — a method's self
 *   first — and their count, and returns the result, or 0 when it does not
 *   apply (another type, another count, an argument it does not take
 *   inline). The ordinary call then runs, so an entry returns 0 before
 *   changing anything.
 * - It gives exactly the native's result and errors; the entries below
 *   call the same helpers as the natives (`listAppend`, `setAdd`,
 *   `lengthOf`, libm), and pass anything else on.
 * - Entries are found by the native's qualname once per native id (ids are
 *   the same in every worker, see vm/objects/native.ts); the resolved
 *   table is a per-worker cache of immutable data.
 */
import { load, loadF64 } from '../../gc/heap.js';
import { FLOAT_VALUE, K, LIST, NATIVE, T } from '../objects/core.js';
import { openForRead } from '../../stm/access.js';
import { newFloat } from '../objects/float.js';
import { intFromNumber } from '../objects/int.js';
import { listAppend } from '../objects/list.js';
import { setAdd } from '../objects/set.js';
import { lengthOf } from '../objects/protocol.js';
import { NATIVES } from '../objects/native.js';
import * as libm from '../objects/libm.js';

/** A fast entry: the argument words `a`, `b` (a method's self first), their count `n`; the result or 0. */
type FastNative = (a: number, b: number, n: number) => number;

function isExact(v: number, t: number): boolean {
  return (v & 1) === 0 && load(v) === t;
}

/** A float argument of a math function, finite; NaN when it is anything else (the native handles those). */
function finiteFloat(v: number): number {
  if (v & 1) return v >> 1;
  if (load(v) !== T.float) return NaN;
  const x = loadF64(v + FLOAT_VALUE);
  return x - x === 0 ? x : NaN;
}

function len(a: number, _b: number, n: number): number {
  if (n !== 1) return 0;
  if (isExact(a, T.list)) {
    openForRead(a);
    return (load(a + LIST.LEN) << 1) | 1;
  }
  return intFromNumber(lengthOf(a));
}

/** math.<f> for a function finite on every finite argument at least 0 (`lo` = 0) or on all (`lo` = -Infinity). */
function math1(f: (x: number) => number, lo: number): FastNative {
  return (a, _b, n) => {
    if (n !== 1) return 0;
    const x = finiteFloat(a);
    return x >= lo ? newFloat(f(x)) : 0;
  };
}

/** A small int or an exact float as a JS number; NaN for anything else (a float NaN stays NaN: such calls go to the native). */
function realNumber(v: number): number {
  if (v & 1) return v >> 1;
  return load(v) === T.float ? loadF64(v + FLOAT_VALUE) : NaN;
}

function abs(a: number, _b: number, n: number): number {
  if (n !== 1) return 0;
  if (a & 1) return intFromNumber(Math.abs(a >> 1));
  return load(a) === T.float ? newFloat(Math.abs(loadF64(a + FLOAT_VALUE))) : 0;
}

/** min(a, b) / max(a, b) of two real numbers: the first of the extreme ones, as the natives' `<` / `>` scan. */
function extreme(wantLess: boolean): FastNative {
  return (a, b, n) => {
    if (n !== 2) return 0;
    const x = realNumber(a), y = realNumber(b);
    if (x !== x || y !== y) return 0;
    return (wantLess ? y < x : y > x) ? b : a;
  };
}

const FAST_NATIVES: Readonly<Record<string, FastNative>> = {
  'abs': abs,
  'min': extreme(true),
  'max': extreme(false),
  'len': len,
  'list.append': (a, b, n) => (n === 2 && isExact(a, T.list) ? (listAppend(a, b), K.None) : 0),
  'set.add': (a, b, n) => (n === 2 && isExact(a, T.set) ? (setAdd(a, b), K.None) : 0),
  'math.sqrt': math1(Math.sqrt, 0),
  'math.sin': math1(libm.sin, -Infinity),
  'math.cos': math1(libm.cos, -Infinity),
};

/** By native id: the fast entry, null if it has none, undefined until looked up. */
const byId: (FastNative | null | undefined)[] = [];

/**
 * Calls native `f` (a builtin_function_or_method) with the `nargs` words at
 * `argBase` of heap view `h` if it has a fast entry that applies; returns
 * the result, or 0 (nothing done).
 */
export function tryFastNative(h: Int32Array<ArrayBufferLike>, f: number, argBase: number, nargs: number): number {
  const id = h[f + NATIVE.ID]!;
  let fast = byId[id];
  if (fast === undefined) fast = byId[id] = FAST_NATIVES[NATIVES[id]!.name] ?? null;
  if (fast === null) return 0;
  const self = h[f + NATIVE.SELF]!;
  if (self) return nargs === 1 ? fast(self, h[argBase]!, 2) : 0;
  return fast(h[argBase]!, nargs > 1 ? h[argBase + 1]! : 0, nargs);
}
