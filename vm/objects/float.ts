/**
 * float: an immutable IEEE-754 double in a 4-word FLOAT object (the value at
 * the even word right after the header). repr/str are CPython's shortest
 * round-trip form (vm/format/repr.ts). hash is CPython's (the value's
 * rational hash modulo 2^61 - 1), low 32 bits kept for tables.
 */
import { allocate, load, loadF64, storeF64 } from '../../gc/heap.js';
import { FLOAT_VALUE, T } from './core.js';
import { intHashBig } from './int.js';

export function newFloat(x: number): number {
  const ref = allocate(4, T.float);
  storeF64(ref + FLOAT_VALUE, x);
  return ref;
}

export function floatValue(ref: number): number {
  return loadF64(ref + FLOAT_VALUE);
}

const MODULUS = (1n << 61n) - 1n;

export function floatHash(x: number): number {
  if (Number.isInteger(x) && Math.abs(x) < 2 ** 30) return x === -1 ? -2 : x;
  return Number(BigInt.asIntN(32, floatHashBig(x)));
}

/** CPython's full 64-bit hash of a float. */
export function floatHashBig(x: number): bigint {
  if (Number.isInteger(x)) return intHashBig(BigInt(x));
  if (x !== x) return 0n;
  if (!isFinite(x)) return x > 0 ? 314159n : -314159n;
  // x = m * 2^e with m an odd integer: hash = m * 2^e mod P (inverse power for e < 0).
  let m = x, e = 0;
  while (!Number.isInteger(m)) { m *= 2; e--; }
  const neg = m < 0;
  let h = BigInt(neg ? -m : m) % MODULUS;
  const ee = ((e % 61) + 61) % 61;
  h = ((h << BigInt(ee)) | (h >> BigInt(61 - ee))) & MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

/** Python's float modulo: the result has the sign of the divisor. */
export function floatMod(x: number, y: number): number {
  let r = x % y;
  if (r !== 0 && (r < 0) !== (y < 0)) r += y;
  else if (r === 0) r = y < 0 ? -0 : 0;
  return r;
}

export function floatFloorDiv(x: number, y: number): number {
  const mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0 && (y < 0) !== (mod < 0)) div -= 1;
  if (div === 0) return (x / y) < 0 ? -0 : 0;
  const f = Math.floor(div);
  return div - f > 0.5 ? f + 1 : f;
}

export function isFloat(v: number): boolean {
  return (v & 1) === 0 && v !== 0 && load(v) === T.float;
}
