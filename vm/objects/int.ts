/**
 * int: arbitrary-precision integers.
 *
 * Values in [-2^30, 2^30) are tagged small ints (core.ts) and never boxed;
 * larger ones are BIGINT objects holding the magnitude as little-endian u32
 * limbs and a sign word. Arithmetic on two small ints is done inline in JS
 * numbers (exact below 2^53) by the interpreter and here; anything else goes
 * through JS BigInt (the slow path). Results are always normalised: a value
 * that fits the small range is returned tagged.
 *
 * Semantics follow https://docs.python.org/3.11/library/stdtypes.html#numeric-types-int-float-complex:
 * floor division and modulo round toward negative infinity, shifts and
 * bitwise operators act on two's complement with infinite sign extension.
 */
import { allocateLayout, load, loadU32, store, storeU32 } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { BIGINT, fitsSmall, K, raise, small, T, typeOf, TYPE } from './core.js';

/** A Python int value from a JS integer number (exact, |n| <= 2^53 or any safe integer). */
export function intFromNumber(n: number): number {
  if (fitsSmall(n)) return small(n);
  if (!Number.isSafeInteger(n)) return intFromBigInt(BigInt(n));
  // Medium ints (up to 2^53): two limbs computed without BigInt.
  const m = n < 0 ? -n : n;
  const hi = Math.floor(m / 4294967296), lo = m - hi * 4294967296;
  const ref = allocateLayout(L.BIGINT, hi ? 2 : 1, T.int);
  store(ref + BIGINT.SIGN, n < 0 ? -1 : 1);
  storeU32(ref + BIGINT.LIMBS, lo);
  if (hi) storeU32(ref + BIGINT.LIMBS + 1, hi);
  return ref;
}

/** The int's value as a JS number when |v| < 2^53 (NaN otherwise); ints and bools only. */
export function mediumValue(v: number): number {
  if (v & 1) return v >> 1;
  if (v === K.True) return 1;
  if (v === K.False) return 0;
  const n = load(v + BIGINT.NLIMBS);
  if (n > 2) return NaN;
  const lo = n > 0 ? loadU32(v + BIGINT.LIMBS) : 0, hi = n > 1 ? loadU32(v + BIGINT.LIMBS + 1) : 0;
  if (hi >= 0x200000) return NaN;
  const m = hi * 4294967296 + lo;
  return load(v + BIGINT.SIGN) < 0 ? -m : m;
}

export function intFromBigInt(b: bigint): number {
  if (b >= -1073741824n && b <= 1073741823n) return small(Number(b));
  const neg = b < 0n;
  let m = neg ? -b : b;
  const limbs: number[] = [];
  while (m > 0n) {
    limbs.push(Number(m & 0xffffffffn));
    m >>= 32n;
  }
  const ref = allocateLayout(L.BIGINT, limbs.length, T.int);
  store(ref + BIGINT.SIGN, neg ? -1 : 1);
  for (let i = 0; i < limbs.length; i++) storeU32(ref + BIGINT.LIMBS + i, limbs[i]!);
  return ref;
}

/** Whether v is an int (including bool and int subclasses). */
export function isInt(v: number): boolean {
  if (v & 1) return true;
  const t = load(v);
  return t === T.int || t === T.bool || isIntSubtypeHook.test(t);
}
/** Subclasses of int are the other types whose instances use the BIGINT layout. */
export const isIntSubtypeHook = { test: (t: number): boolean => load(t + TYPE.LAYOUT) === L.BIGINT };

/** The BigInt value of an int or bool. */
export function toBigInt(v: number): bigint {
  if (v & 1) return BigInt(v >> 1);
  if (v === K.True) return 1n;
  if (v === K.False) return 0n;
  const n = load(v + BIGINT.NLIMBS);
  let m = 0n;
  for (let i = n - 1; i >= 0; i--) m = (m << 32n) | BigInt(loadU32(v + BIGINT.LIMBS + i));
  return load(v + BIGINT.SIGN) < 0 ? -m : m;
}

/** The value as a JS number if it is exactly representable, else NaN. */
export function toSafeNumber(v: number): number {
  if (v & 1) return v >> 1;
  if (v === K.True) return 1;
  if (v === K.False) return 0;
  const b = toBigInt(v);
  return b >= -(2n ** 53n) && b <= 2n ** 53n ? Number(b) : NaN;
}

/** Converts to a float value with Python's rounding; OverflowError if too large. */
export function intToFloat(v: number): number {
  if (v & 1) return v >> 1;
  const f = Number(toBigInt(v));
  if (!isFinite(f)) throw raise(T.OverflowError, 'int too large to convert to float');
  return f;
}

// ---------------------------------------------------------------------------
// Arithmetic (a and b are ints or bools)

export function intAdd(a: number, b: number): number {
  const x = mediumValue(a), y = mediumValue(b), r = x + y;
  if (Number.isSafeInteger(r)) return intFromNumber(r);
  return intFromBigInt(toBigInt(a) + toBigInt(b));
}
export function intSub(a: number, b: number): number {
  const x = mediumValue(a), y = mediumValue(b), r = x - y;
  if (Number.isSafeInteger(r)) return intFromNumber(r);
  return intFromBigInt(toBigInt(a) - toBigInt(b));
}
export function intMul(a: number, b: number): number {
  const r = mediumValue(a) * mediumValue(b);
  if (Number.isSafeInteger(r)) return intFromNumber(r);
  return intFromBigInt(toBigInt(a) * toBigInt(b));
}
export function intFloorDiv(a: number, b: number): number {
  const x = mediumValue(a), y = mediumValue(b);
  if (x === x && y === y) {
    if (y === 0) throw raise(T.ZeroDivisionError, 'integer division or modulo by zero');
    const q = Math.floor(x / y);
    // x / y is exact enough below 2^53 except when the quotient is huge; verify.
    if (Number.isSafeInteger(q) && Math.abs(q) < 2 ** 52) {
      const r = x - q * y;
      if (r === 0 || (r > 0) === (y > 0) && Math.abs(r) < Math.abs(y)) return intFromNumber(q);
    }
  }
  const bx = toBigInt(a), by = toBigInt(b);
  if (by === 0n) throw raise(T.ZeroDivisionError, 'integer division or modulo by zero');
  return intFromBigInt(bigFloorDiv(bx, by));
}
export function intMod(a: number, b: number): number {
  const x = mediumValue(a), y = mediumValue(b);
  if (x === x && y === y) {
    if (y === 0) throw raise(T.ZeroDivisionError, 'integer modulo by zero');
    const r = x % y;
    return intFromNumber(r !== 0 && (r < 0) !== (y < 0) ? r + y : r);
  }
  const bx = toBigInt(a), by = toBigInt(b);
  if (by === 0n) throw raise(T.ZeroDivisionError, 'integer modulo by zero');
  return intFromBigInt(bx - bigFloorDiv(bx, by) * by);
}
export function bigFloorDiv(x: bigint, y: bigint): bigint {
  const q = x / y;
  return (x % y !== 0n) && ((x < 0n) !== (y < 0n)) ? q - 1n : q;
}
export function intTrueDiv(a: number, b: number): number {
  const x = toBigInt(a), y = toBigInt(b);
  if (y === 0n) throw raise(T.ZeroDivisionError, 'division by zero');
  const fx = Number(x), fy = Number(y);
  if (Number.isSafeInteger(fx) && Number.isSafeInteger(fy)) return fx / fy;
  return bigTrueDiv(x, y);
}
/** Correctly rounded enough for huge operands: scale to 64 significant bits. */
function bigTrueDiv(x: bigint, y: bigint): number {
  const neg = (x < 0n) !== (y < 0n);
  let ax = x < 0n ? -x : x, ay = y < 0n ? -y : y;
  const shift = ax.toString(2).length - ay.toString(2).length - 64;
  if (shift > 0) ay <<= BigInt(shift); else ax <<= BigInt(-shift);
  const q = Number(ax / ay) * 2 ** shift;
  if (!isFinite(q)) throw raise(T.OverflowError, 'integer division result too large for a float');
  return neg ? -q : q;
}
export function intPow(a: number, b: number): number {
  const y = toBigInt(b);
  if (y < 0n) return -1; // caller switches to float
  return intFromBigInt(toBigInt(a) ** y);
}
export function intNeg(a: number): number {
  if (a & 1) return intFromNumber(-(a >> 1));
  return intFromBigInt(-toBigInt(a));
}
export function intInvert(a: number): number {
  if (a & 1) return small(~(a >> 1));
  return intFromBigInt(~toBigInt(a));
}
export function intLshift(a: number, b: number): number {
  const s = toBigInt(b);
  if (s < 0n) throw raise(T.ValueError, 'negative shift count');
  if (a & 1 && s < 22n) return intFromNumber((a >> 1) * 2 ** Number(s));
  return intFromBigInt(toBigInt(a) << s);
}
export function intRshift(a: number, b: number): number {
  const s = toBigInt(b);
  if (s < 0n) throw raise(T.ValueError, 'negative shift count');
  if (a & 1) return small((a >> 1) >> Math.min(31, Number(s)));
  return intFromBigInt(toBigInt(a) >> s);
}
export function intAnd(a: number, b: number): number {
  if (a & b & 1) return a & b;
  return intFromBigInt(toBigInt(a) & toBigInt(b));
}
export function intOr(a: number, b: number): number {
  if (a & b & 1) return a | b;
  return intFromBigInt(toBigInt(a) | toBigInt(b));
}
export function intXor(a: number, b: number): number {
  if (a & b & 1) return (a ^ b) | 1;
  return intFromBigInt(toBigInt(a) ^ toBigInt(b));
}
/** -1, 0 or 1. */
export function intCompare(a: number, b: number): number {
  if (a & b & 1) return a < b ? -1 : a > b ? 1 : 0;
  const x = mediumValue(a), y = mediumValue(b);
  if (x === x && y === y) return x < y ? -1 : x > y ? 1 : 0;
  const bx = toBigInt(a), by = toBigInt(b);
  return bx < by ? -1 : bx > by ? 1 : 0;
}

const MODULUS = (1n << 61n) - 1n;
/** hash(int) as CPython: n mod (2^61 - 1) with the sign, -1 -> -2; low 32 bits for tables. */
export function intHash(v: number): number {
  if (v & 1) return v === -1 ? -2 : v >> 1;
  const m = mediumValue(v);
  if (m === m && m !== -1) return Number(BigInt.asIntN(32, BigInt(m))) | 0;
  return Number(BigInt.asIntN(32, intHashBig(toBigInt(v))));
}
export function intHashBig(b: bigint): bigint {
  const neg = b < 0n;
  let h = (neg ? -b : b) % MODULUS;
  if (neg) h = -h;
  return h === -1n ? -2n : h;
}

/** Parses `int(text, base)` as Python does; null if invalid. */
export function parseIntLiteral(text: string, base: number): bigint | null {
  let s = text.trim().replace(/_/g, (m, i: number, str: string) => (i > 0 && /[0-9a-zA-Z]/.test(str[i - 1]!) && /[0-9a-zA-Z]/.test(str[i + 1] ?? '') ? '' : '!'));
  let neg = false;
  if (s[0] === '+' || s[0] === '-') { neg = s[0] === '-'; s = s.slice(1); }
  const prefix = s.slice(0, 2).toLowerCase();
  const prefixes: Record<string, number> = { '0x': 16, '0o': 8, '0b': 2 };
  if (base === 0) {
    if (prefixes[prefix]) { base = prefixes[prefix]!; s = s.slice(2); if (s[0] === '!') s = s.slice(1); }
    else if (/^0+$/.test(s)) return 0n;
    else if (s[0] === '0') return null;
    else base = 10;
  } else if (prefixes[prefix] === base) { s = s.slice(2); if (s[0] === '!') s = s.slice(1); }
  if (s === '' || s.includes('!')) return null;
  let r = 0n;
  const B = BigInt(base);
  for (const ch of s) {
    const d = digitValue(ch);
    if (d < 0 || d >= base) return null;
    r = r * B + BigInt(d);
  }
  return neg ? -r : r;
}
function digitValue(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  if (!ND.test(ch)) return -1;
  // Decimal digits come in runs of ten from their zero; find the run's start.
  let start = c;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (c - start) % 10;
}
const ND = /^\p{Nd}$/u;

export function intTypeOf(v: number): boolean {
  return typeOf(v) === T.int;
}

/** An int subclass instance (always boxed, whatever its size) holding `b`. */
export function newIntOfType(b: bigint, type: number): number {
  const neg = b < 0n;
  let m = neg ? -b : b;
  const limbs: number[] = [];
  while (m > 0n) { limbs.push(Number(m & 0xffffffffn)); m >>= 32n; }
  const ref = allocateLayout(L.BIGINT, limbs.length, type);
  store(ref + BIGINT.SIGN, neg ? -1 : 1);
  for (let i = 0; i < limbs.length; i++) storeU32(ref + BIGINT.LIMBS + i, limbs[i]!);
  return ref;
}
