/**
 * `math`: https://docs.python.org/3.11/library/math.html
 *
 * Model: every function converts its arguments as CPython does (a float, an
 * int converted exactly or OverflowError, else `__float__`, else
 * `__index__`; "must be real number, not X"), computes with JS doubles, and
 * reports failures with CPython's rules: a NaN from a non-NaN argument is
 * "math domain error", an infinity from a finite argument is "math range
 * error" (OverflowError) for the functions that can overflow and a domain
 * error for the others. Integer functions (factorial, comb, perm, isqrt,
 * gcd, lcm) and log of huge ints work on BigInt values. fsum is exact
 * (Shewchuk's partials, with CPython's final half-way correction).
 *
 * Invariants: no state; the exported argument converters (`argFloat`,
 * `argIndex`) are shared by cmath, random, time and struct.
 */
import { K, raise, small, T, typeOf } from '../objects/core.js';
import { floatValue, newFloat } from '../objects/float.js';
import { intFromBigInt, intFromNumber, intToFloat, isInt, toBigInt } from '../objects/int.js';
import { binaryOp, BIN, callSlot, getIter, indexOf, iterNext, toArray, typeNameOf } from '../objects/protocol.js';
import { intern } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { isSubtype, S, typeLookup, typeSlot } from '../objects/type.js';
import { dictSet } from '../objects/dict.js';
import type { NativeFn } from '../objects/native.js';
import type { ModuleSpec } from './registry.js';
import * as libm from '../objects/libm.js';

// ---------------------------------------------------------------------------
// Argument conversion

/** PyFloat_AsDouble: float, int (exact or OverflowError), `__float__`, `__index__`. */
export function argFloat(v: number): number {
  if (v & 1) return v >> 1;
  const t = typeOf(v);
  if (t === T.float) return floatValue(v);
  if (t === T.int || t === T.bool) return intToFloat(v);
  if (isSubtype(t, T.float)) return floatValue(v);
  const f = typeSlot(t, S.__float__);
  if (f) {
    const r = callSlot(f, v, []);
    if (typeOf(r) !== T.float && !isSubtype(typeOf(r), T.float)) {
      throw raise(T.TypeError, `${typeNameOf(v)}.__float__ returned non-float (type ${typeNameOf(r)})`);
    }
    return floatValue(r);
  }
  if (isInt(v)) return intToFloat(v);
  const i = typeSlot(t, S.__index__);
  if (i) return intToFloat(callSlot(i, v, []));
  throw raise(T.TypeError, `must be real number, not ${typeNameOf(v)}`);
}

/** An int argument via `__index__` ("'float' object cannot be interpreted as an integer"). */
export function argIndex(v: number): bigint {
  return indexOf(v);
}

const domainError = () => raise(T.ValueError, 'math domain error');
const rangeError = () => raise(T.OverflowError, 'math range error');

/** CPython's math_1: NaN from non-NaN is a domain error; inf from finite is a range error if `canOverflow`. */
function math1(f: (x: number) => number, canOverflow: boolean): NativeFn {
  return (a) => {
    const x = argFloat(a[0]!);
    const r = f(x);
    if (r !== r && x === x) throw domainError();
    if ((r === Infinity || r === -Infinity) && isFinite(x)) throw canOverflow ? rangeError() : domainError();
    return newFloat(r);
  };
}

/** A function that reports its own errors by throwing (gamma, lgamma, erf...). */
function math1a(f: (x: number) => number): NativeFn {
  return (a) => newFloat(f(argFloat(a[0]!)));
}

// ---------------------------------------------------------------------------
// Special functions

/**
 * gamma and lgamma: a Lanczos approximation (g = 6.0246800407767296,
 * 13 terms, as a ratio of polynomials), CPython's m_tgamma / m_lgamma
 * algorithm; exact factorials for small integral arguments.
 */
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
  1925.0, 66.0, 1.0,
];
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;

function lanczosSum(x: number): number {
  let num = 0, den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) { num = num * x + LANCZOS_NUM[i]!; den = den * x + LANCZOS_DEN[i]!; }
  } else {
    for (let i = 0; i < 13; i++) { num = num / x + LANCZOS_NUM[i]!; den = den / x + LANCZOS_DEN[i]!; }
  }
  return num / den;
}

/** sin(pi * x), exact at integers and half-integers. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2, n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0: r = libm.sin(Math.PI * y); break;
    case 1: r = libm.cos(Math.PI * (y - 0.5)); break;
    case 2: r = libm.sin(Math.PI * (1 - y)); break;
    case 3: r = -libm.cos(Math.PI * (y - 1.5)); break;
    default: r = libm.sin(Math.PI * (y - 2)); break;
  }
  return x < 0 ? -r : r;
}

const FACTORIALS: number[] = [1];
for (let i = 1; i <= 23; i++) FACTORIALS.push(FACTORIALS[i - 1]! * i);

function gamma(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === -Infinity || x === 0) throw domainError();
  if (x === Math.floor(x)) {
    if (x < 0) throw domainError();
    if (x <= 23) return FACTORIALS[x - 1]!;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    if (!isFinite(r)) throw rangeError();
    return r;
  }
  if (absx > 200) {
    if (x < 0) return 0 / sinpi(x);
    throw rangeError();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z = absx > LANCZOS_G_MINUS_HALF ? (y - absx) - LANCZOS_G_MINUS_HALF : (y - LANCZOS_G_MINUS_HALF) - absx;
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0) {
    r = -Math.PI / sinpi(absx) / absx * libm.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= libm.pow(y, absx - 0.5);
    else { const sp = libm.pow(y, absx / 2 - 0.25); r /= sp; r /= sp; }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140) r *= libm.pow(y, absx - 0.5);
    else { const sp = libm.pow(y, absx / 2 - 0.25); r *= sp; r *= sp; }
  }
  if (!isFinite(r)) throw rangeError();
  return r;
}

function lgamma(x: number): number {
  if (x !== x) return x;
  if (!isFinite(x)) return Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) throw domainError();
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm.log(absx);
  let r = libm.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = libm.log(Math.PI) - libm.log(Math.abs(sinpi(absx))) - libm.log(absx) - r;
  if (!isFinite(r)) throw rangeError();
  return r;
}

/** erf by its Taylor series (|x| < 1.5) or 1 - erfc by a continued fraction. */
function erfSeries(x: number): number {
  let acc = 0, fk = 25 + 0.5;
  const x2 = x * x;
  for (let i = 0; i < 25; i++) {
    acc = 2 + x2 * acc / fk;
    fk -= 1;
  }
  return acc * x * Math.exp(-x2) / Math.sqrt(Math.PI);
}
function erfcContfrac(x: number): number {
  if (x >= 30) return 0;
  const x2 = x * x;
  let a = 0, da = 0.5, p = 1, pLast = 0, q = da + x2, qLast = 1;
  for (let i = 0; i < 50; i++) {
    a += da;
    da += 2;
    const b = da + x2;
    [p, pLast] = [b * p - a * pLast, p];
    [q, qLast] = [b * q - a * qLast, q];
  }
  return p / q * x * Math.exp(-x2) / Math.sqrt(Math.PI);
}
function erf(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 1.5) return erfSeries(x);
  const cf = erfcContfrac(ax);
  return x > 0 ? 1 - cf : cf - 1;
}
function erfc(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 1.5) return 1 - erfSeries(x);
  const cf = erfcContfrac(ax);
  return x > 0 ? cf : 2 - cf;
}

// ---------------------------------------------------------------------------
// Float helpers

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

const BITS = new DataView(new ArrayBuffer(8));

/** x = m * 2^e with 0.5 <= |m| < 1 (C frexp), read from the bits. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !isFinite(x)) return [x, 0];
  let adjust = 0;
  if (Math.abs(x) < 2 ** -1022) { x *= 2 ** 64; adjust = -64; }
  BITS.setFloat64(0, x);
  const hi = BITS.getUint32(0);
  const e = ((hi >>> 20) & 0x7ff) - 1022;
  BITS.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [BITS.getFloat64(0), e + adjust];
}

/** x * 2^e, exact (C ldexp). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !isFinite(x)) return x;
  if (e > 2100) return x > 0 ? Infinity : -Infinity;
  if (e < -2200) return x > 0 ? 0 : -0;
  // Apply in steps so that intermediate powers stay representable; the last step rounds once.
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; }
  while (e < -1000) {
    if (Math.abs(x) < 2 ** -50) break;
    x *= 2 ** -1000; e += 1000;
  }
  if (e < -1000) {
    // Scale down exactly as far as possible, then one rounding multiplication.
    const [m, me] = frexp(x);
    return m * Math.pow(2, me + e + 60) * 2 ** -60;
  }
  return x * Math.pow(2, e);
}

/** The sign bit of x (also for -0.0 and a negative NaN). */
export function signBit(x: number): boolean {
  F64[0] = x;
  return U64[0]! >> 63n === 1n;
}

export function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  F64[0] = x;
  if ((y > x) === (x > 0)) U64[0]! += 1n; else U64[0]! -= 1n;
  return F64[0]!;
}

function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const next = nextafter(x, Infinity);
  if (next === Infinity) return x - nextafter(x, -Infinity);
  return next - x;
}

/** IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even). */
function remainder(x: number, y: number): number {
  if (x !== x) return x;
  if (y !== y) return y;
  if (!isFinite(x) || y === 0) throw domainError();
  if (!isFinite(y)) return x;
  const absx = Math.abs(x), absy = Math.abs(y);
  const m = fmod(absx, absy);
  const c = absy - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2 * fmod(0.5 * (absx - m), absy);
  return signBit(x) ? -r : r;
}

function fmod(x: number, y: number): number {
  return x % y;
}

function pow(x: number, y: number): number {
  // C99 Annex F special cases that JS's ** answers differently.
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (!isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    if (y > 0) return ax > 1 ? Infinity : 0;
    return ax < 1 ? Infinity : 0;
  }
  if (!isFinite(x)) {
    const odd = Number.isInteger(y) && Math.abs(y % 2) === 1;
    if (x > 0) return y > 0 ? Infinity : 0;
    if (y > 0) return odd ? -Infinity : Infinity;
    return odd ? -0 : 0;
  }
  if (x === 0) {
    if (y < 0) throw domainError();
    const odd = Number.isInteger(y) && Math.abs(y % 2) === 1;
    return odd ? x : 0;
  }
  if (x < 0 && !Number.isInteger(y)) throw domainError();
  const r = libm.pow(x, y);
  if (!isFinite(r)) throw rangeError();
  return r;
}

// ---------------------------------------------------------------------------
// Rounding to int: floor / ceil / trunc

function floatToInt(x: number): number {
  if (x !== x) throw raise(T.ValueError, 'cannot convert float NaN to integer');
  if (!isFinite(x)) throw raise(T.OverflowError, 'cannot convert float infinity to integer');
  return Number.isSafeInteger(x) ? intFromNumber(x) : intFromBigInt(BigInt(x));
}

function rounding(dunder: string, f: (x: number) => number, fallbackFloat: boolean): NativeFn {
  return (a) => {
    const v = a[0]!;
    if (v & 1) return v;
    const t = typeOf(v);
    if (t === T.float) return floatToInt(f(floatValue(v)));
    if (t === T.int) return v;
    if (t === T.bool) return small(v === K.True ? 1 : 0);
    const m = typeLookup(t, intern(dunder));
    if (m) return callSlot(m, v, []);
    if (!fallbackFloat) throw raise(T.TypeError, `type ${typeNameOf(v)} doesn't define ${dunder} method`);
    return floatToInt(f(argFloat(v)));
  };
}

// ---------------------------------------------------------------------------
// Integer functions

function nonNegative(v: number, what: string): bigint {
  const n = argIndex(v);
  if (n < 0n) throw raise(T.ValueError, `${what} must be a non-negative integer`);
  return n;
}

/** Product of the integers in [lo, hi) by binary splitting. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n < 16n) {
    let r = 1n;
    for (let i = lo; i < hi; i++) r *= i;
    return r;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

function factorial(a: number[]): number {
  const n = argIndex(a[0]!);
  if (n < 0n) throw raise(T.ValueError, 'factorial() not defined for negative values');
  return intFromBigInt(rangeProduct(1n, n + 1n));
}

function comb(a: number[]): number {
  const n = nonNegative(a[0]!, 'n'), k0 = nonNegative(a[1]!, 'k');
  if (k0 > n) return small(0);
  const k = k0 > n - k0 ? n - k0 : k0;
  if (k > 64n) return intFromBigInt(rangeProduct(n - k + 1n, n + 1n) / rangeProduct(1n, k + 1n));
  let r = 1n;
  for (let i = 0n; i < k; i++) r = (r * (n - i)) / (i + 1n);
  return intFromBigInt(r);
}

function perm(a: number[]): number {
  const n = nonNegative(a[0]!, 'n');
  if (a.length < 2 || a[1] === K.None) return intFromBigInt(rangeProduct(1n, n + 1n));
  const k = nonNegative(a[1]!, 'k');
  if (k > n) return small(0);
  return intFromBigInt(rangeProduct(n - k + 1n, n + 1n));
}

export function bigIsqrt(n: bigint): bigint {
  if (n < 2n) return n;
  if (n < 1n << 52n) return BigInt(Math.floor(Math.sqrt(Number(n))));
  // Newton's method from a power of two above the root: decreases monotonically to floor(sqrt(n)).
  let x = 1n << BigInt((n.toString(2).length + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  return x;
}

function gcd2(x: bigint, y: bigint): bigint {
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y) [x, y] = [y, x % y];
  return x;
}

function gcd(a: number[]): number {
  let g = 0n;
  for (const v of a) g = gcd2(g, argIndex(v));
  return intFromBigInt(g);
}

function lcm(a: number[]): number {
  let l = 1n;
  for (const v of a) {
    const x = argIndex(v);
    if (x === 0n || l === 0n) { l = 0n; continue; }
    const ax = x < 0n ? -x : x;
    l = (l / gcd2(l, ax)) * ax;
  }
  return intFromBigInt(l);
}

// ---------------------------------------------------------------------------
// Logarithms (big-int aware, as CPython's loghelper)

function logOf(v: number, f: (x: number) => number): number {
  if (isInt(v) && !(v & 1)) {
    const b = toBigInt(v);
    if (b <= 0n) throw domainError();
    const x = Number(b);
    if (!isFinite(x)) {
      const bits = b.toString(2).length;
      const shift = bits - 64;
      const m = Number(b >> BigInt(shift)) / 2 ** 64;
      return f(m) + f(2) * (shift + 64);
    }
    return f(x);
  }
  const x = argFloat(v);
  if (x !== x) return x;
  if (x <= 0) throw domainError();
  return f(x);
}

const ln = libm.log;
const log2 = libm.log2;
const log10 = libm.log10;

function log(a: number[]): number {
  if (a.length < 1 || a.length > 2) throw raise(T.TypeError, 'math.log requires 1 to 2 arguments');
  const num = logOf(a[0]!, ln);
  if (a.length === 1) return newFloat(num);
  const den = logOf(a[1]!, ln);
  if (den === 0) throw raise(T.ZeroDivisionError, 'float division by zero');
  return newFloat(num / den);
}

// ---------------------------------------------------------------------------
// Sums, products, norms

/** Exact sum of floats: Shewchuk's non-overlapping partials. */
function fsum(a: number[]): number {
  const it = getIter(a[0]!);
  const partials: number[] = [];
  let special = 0, infSum = 0;
  for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
    let x = argFloat(v);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j]!;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!isFinite(x)) {
        if (isFinite(xsave)) throw raise(T.OverflowError, 'intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        special += xsave;
        partials.length = 0;
      } else partials.push(x);
    }
  }
  if (special !== 0) {
    if (infSum !== infSum) throw raise(T.ValueError, '-inf + inf in fsum');
    return newFloat(special);
  }
  let n = partials.length, hi = 0, lo = 0;
  if (n > 0) {
    hi = partials[--n]!;
    while (n > 0) {
      const x = hi, y = partials[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2, x = hi + y, yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return newFloat(hi);
}

function prod(a: number[], kw: readonly string[] | null): number {
  const nkw = kw ? kw.length : 0, npos = a.length - nkw;
  if (npos !== 1) throw raise(T.TypeError, `prod() takes exactly 1 positional argument (${npos} given)`);
  let acc = small(1);
  for (let i = 0; i < nkw; i++) {
    if (kw![i] !== 'start') throw raise(T.TypeError, `'${kw![i]}' is an invalid keyword argument for prod()`);
    acc = a[npos + i]!;
  }
  const it = getIter(a[0]!);
  for (let v = iterNext(it); v !== 0; v = iterNext(it)) acc = binaryOp(BIN.MUL, acc, v);
  return acc;
}

/** Exact product a*b as hi + lo (Dekker's splitting). */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const SPLIT = 134217729; // 2^27 + 1
  const ca = SPLIT * a, ah = ca - (ca - a), al = a - ah;
  const cb = SPLIT * b, bh = cb - (cb - b), bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}

/**
 * sqrt of a sum of squares: values scaled by a power of two near the
 * largest, squares accumulated in double-double, then one correction step
 * of the square root (CPython's vector_norm approach).
 */
function vectorNorm(xs: number[]): number {
  let max = 0, nan = false;
  for (const x of xs) {
    const a = Math.abs(x);
    if (a === Infinity) return Infinity;
    if (a !== a) nan = true;
    else if (a > max) max = a;
  }
  if (nan) return NaN;
  if (max === 0 || xs.length === 1) return max;
  const [, e] = frexp(max);
  // Scale by 2^-e in two exact steps (2^-e alone may overflow for subnormal inputs).
  const s1 = Math.pow(2, Math.floor(-e / 2)), s2 = Math.pow(2, -e - Math.floor(-e / 2));
  let hi = 0, lo = 0;
  for (const x of xs) {
    const s = (Math.abs(x) * s1) * s2;
    const [p, pl] = twoProduct(s, s);
    const t = hi + p;
    lo += (Math.abs(hi) >= Math.abs(p) ? (hi - t) + p : (p - t) + hi) + pl;
    hi = t;
  }
  const sum = hi + lo;
  lo = lo - (sum - hi);
  hi = sum;
  let h = Math.sqrt(hi);
  const [hh, hl] = twoProduct(h, h);
  h += ((hi - hh) - hl + lo) / (2 * h);
  return ldexp(h, e);
}

function hypot(a: number[]): number {
  return newFloat(vectorNorm(a.map(argFloat)));
}

function dist(a: number[]): number {
  const p = toArray(a[0]!), q = toArray(a[1]!);
  if (p.length !== q.length) throw raise(T.ValueError, 'both points must have the same number of dimensions');
  return newFloat(vectorNorm(p.map((x, i) => argFloat(x) - argFloat(q[i]!))));
}

function isclose(a: number[], kw: readonly string[] | null): number {
  const nkw = kw ? kw.length : 0, npos = a.length - nkw;
  if (npos > 2) throw raise(T.TypeError, `isclose() takes exactly 2 positional arguments (${npos} given)`);
  const vals: (number | undefined)[] = [a[0], a[1], undefined, undefined];
  const names = ['a', 'b', 'rel_tol', 'abs_tol'];
  for (let i = 0; i < nkw; i++) {
    const at = names.indexOf(kw![i]!);
    if (at < 0) throw raise(T.TypeError, `'${kw![i]}' is an invalid keyword argument for isclose()`);
    if (at < npos) throw raise(T.TypeError, `argument for isclose() given by name ('${kw![i]}') and position (${at + 1})`);
    vals[at] = a[npos + i];
  }
  if (vals[0] === undefined) throw raise(T.TypeError, "isclose() missing required argument 'a' (pos 1)");
  if (vals[1] === undefined) throw raise(T.TypeError, "isclose() missing required argument 'b' (pos 2)");
  const x = argFloat(vals[0]), y = argFloat(vals[1]);
  const rel = vals[2] === undefined ? 1e-9 : argFloat(vals[2]), abs = vals[3] === undefined ? 0 : argFloat(vals[3]);
  if (rel < 0 || abs < 0) throw raise(T.ValueError, 'tolerances must be non-negative');
  if (x === y) return K.True;
  if (!isFinite(x) || !isFinite(y)) return K.False;
  const diff = Math.abs(y - x);
  const close = (diff <= Math.abs(rel * y)) || (diff <= Math.abs(rel * x)) || diff <= abs;
  return close ? K.True : K.False;
}

// ---------------------------------------------------------------------------
// The module table

const f1 = (f: (x: number) => number, canOverflow = false) => math1(f, canOverflow);
const f2 = (f: (x: number, y: number) => number): NativeFn => (a) => newFloat(f(argFloat(a[0]!), argFloat(a[1]!)));
const pred = (f: (x: number) => boolean): NativeFn => (a) => (f(argFloat(a[0]!)) ? K.True : K.False);

function atanhChecked(x: number): number {
  if (Math.abs(x) >= 1 && x === x) throw domainError();
  return libm.atanh(x);
}

function modf(a: number[]): number {
  const x = argFloat(a[0]!);
  if (!isFinite(x)) {
    if (x !== x) return newTuple([newFloat(x), newFloat(x)]);
    return newTuple([newFloat(x > 0 ? 0 : -0), newFloat(x)]);
  }
  const ip = Math.trunc(x);
  const fp = x - ip;
  return newTuple([newFloat(fp === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : fp), newFloat(ip)]);
}

function ldexpFn(a: number[]): number {
  const x = argFloat(a[0]!);
  const e = a[1]!;
  if (!isInt(e)) throw raise(T.TypeError, 'Expected an int as second argument to ldexp.');
  const big = toBigInt(e);
  const n = big > 100000n ? 100000 : big < -100000n ? -100000 : Number(big);
  const r = ldexp(x, n);
  if (!isFinite(r) && isFinite(x)) throw rangeError();
  return newFloat(r);
}

function fmodFn(a: number[]): number {
  const x = argFloat(a[0]!), y = argFloat(a[1]!);
  if (y !== y || x !== x) return newFloat(NaN);
  if (!isFinite(x) || y === 0) throw domainError();
  if (!isFinite(y)) return newFloat(x);
  return newFloat(fmod(x, y));
}

function sqrtChecked(x: number): number {
  return Math.sqrt(x);
}

export const mathModule: ModuleSpec = {
  name: 'math',
  doc: 'This module provides access to the mathematical functions\ndefined by the C standard.',
  functions: {
    acos: f1(libm.acos), acosh: f1(libm.acosh), asin: f1(libm.asin), asinh: f1(libm.asinh), atan: f1(libm.atan),
    atan2: f2(libm.atan2), atanh: math1a(atanhChecked), cbrt: f1(Math.cbrt),
    ceil: rounding('__ceil__', Math.ceil, true), comb, copysign: f2((x, y) => (signBit(y) ? -Math.abs(x) : Math.abs(x))),
    cos: f1(libm.cos), cosh: f1(libm.cosh, true),
    degrees: (a) => newFloat(argFloat(a[0]!) * (180 / Math.PI)), dist, erf: math1a(erf), erfc: math1a(erfc),
    exp: f1(libm.exp, true), exp2: f1((x) => libm.pow(2, x), true), expm1: f1(Math.expm1, true), fabs: f1(Math.abs),
    factorial, floor: rounding('__floor__', Math.floor, true), fmod: fmodFn,
    frexp: (a) => { const [m, e] = frexp(argFloat(a[0]!)); return newTuple([newFloat(m), intFromNumber(e)]); },
    fsum, gamma: math1a(gamma), gcd, hypot, isclose,
    isfinite: pred(isFinite), isinf: pred((x) => x === Infinity || x === -Infinity), isnan: pred((x) => x !== x),
    isqrt: (a) => {
      const n = argIndex(a[0]!);
      if (n < 0n) throw raise(T.ValueError, 'isqrt() argument must be nonnegative');
      return intFromBigInt(bigIsqrt(n));
    },
    lcm, ldexp: ldexpFn, lgamma: math1a(lgamma), log,
    log10: (a) => newFloat(logOf(a[0]!, log10)), log1p: f1(Math.log1p), log2: (a) => newFloat(logOf(a[0]!, log2)),
    modf, nextafter: f2(nextafter), perm,
    pow: f2(pow), prod, radians: (a) => newFloat(argFloat(a[0]!) * (Math.PI / 180)), remainder: f2(remainder),
    sin: f1(libm.sin), sinh: f1(libm.sinh, true), sqrt: f1(sqrtChecked), tan: f1(libm.tan), tanh: f1(libm.tanh),
    trunc: rounding('__trunc__', Math.trunc, false), ulp: (a) => newFloat(ulp(argFloat(a[0]!))),
  },
  arity: {
    acos: 'O', acosh: 'O', asin: 'O', asinh: 'O', atan: 'O', atan2: '=2-2', atanh: 'O', cbrt: 'O', ceil: 'O',
    comb: '=2-2', copysign: '=2-2', cos: 'O', cosh: 'O', degrees: 'O', dist: '=2-2', erf: 'O', erfc: 'O',
    exp: 'O', exp2: 'O', expm1: 'O', fabs: 'O', factorial: 'O', floor: 'O', fmod: '=2-2', frexp: 'O',
    fsum: 'O', gamma: 'O', gcd: '0-1000000000', lcm: '0-1000000000', hypot: '0-1000000000', isfinite: 'O', isinf: 'O', isnan: 'O', isqrt: 'O', ldexp: '=2-2', lgamma: 'O',
    log10: 'O', log1p: 'O', log2: 'O', modf: 'O', nextafter: '=2-2', perm: '=1-2', pow: '=2-2',
    radians: 'O', remainder: '=2-2', sin: 'O', sinh: 'O', sqrt: 'O', tan: 'O', tanh: 'O', trunc: 'O', ulp: 'O',
  },
  init: (d) => {
    dictSet(d, intern('pi'), newFloat(Math.PI));
    dictSet(d, intern('e'), newFloat(Math.E));
    dictSet(d, intern('tau'), newFloat(2 * Math.PI));
    dictSet(d, intern('inf'), newFloat(Infinity));
    dictSet(d, intern('nan'), newFloat(NaN));
  },
};
