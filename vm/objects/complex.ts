/**
 * complex: an immutable pair of IEEE-754 doubles (real, imag) in a COMPLEX
 * object (gc/layout.ts: two f64 raw fields right after the header).
 *
 * Semantics follow https://docs.python.org/3.11/library/stdtypes.html#numeric-types-int-float-complex
 * and CPython's algorithms where results are observable: division scales
 * by the larger divisor part (Smith's method), `**` with a small integral
 * exponent uses repeated squaring, any other power goes through polar form;
 * an int or float operand is first converted to complex with imag +0.0.
 * repr prints each part in shortest round-trip form, dropping a +0.0 real
 * part. hash is hash(real) + 1000003 * hash(imag) in 64-bit arithmetic.
 *
 * Invariants: a COMPLEX object never changes after creation (no barrier);
 * int and float are never converted to complex except as an operand or by
 * the constructor.
 */
import { allocateLayout, loadF64, storeF64 } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { HEADER_WORDS } from '../../gc/layout.js';
import { bool, K, raise, small, T, typeOf } from './core.js';
import { floatHashBig, floatValue, newFloat } from './float.js';
import { intFromBigInt, intToFloat } from './int.js';
import type { NativeFn, TypeSpec } from './native.js';
import { callSlot, compare, typeNameOf } from './protocol.js';

/** protocol.ts's CMP codes (not imported: protocol.ts imports this file). */
const CMP = { LT: 0, LE: 1, EQ: 2, NE: 3, GT: 4, GE: 5 } as const;
import { intern, jsString, newStr } from './str.js';
import { isSubtype, S, typeLookup, typeSlot } from './type.js';
import { newTuple } from './tuple.js';
import { hashHooks } from './hash.js';
// Correctly rounded exp / log / pow / cos / sin, as CPython's glibc.
import * as libm from './libm.js';
import { reprComplex, reprFloat, reprStr } from '../format/repr.js';

const RE = HEADER_WORDS;
const IM = HEADER_WORDS + 2;

export type Complex = readonly [number, number];

export function newComplex(re: number, im: number, type: number = T.complex): number {
  const ref = allocateLayout(L.COMPLEX, 0, type);
  storeF64(ref + RE, re);
  storeF64(ref + IM, im);
  return ref;
}

export function complexReal(ref: number): number {
  return loadF64(ref + RE);
}
export function complexImag(ref: number): number {
  return loadF64(ref + IM);
}

export function isComplex(v: number): boolean {
  if (v & 1 || v === 0) return false;
  const t = typeOf(v);
  return t === T.complex || isSubtype(t, T.complex);
}

/** int, bool, float or complex as a complex pair (ints converted as CPython: OverflowError if too large); null otherwise. */
export function asComplexOperand(v: number): Complex | null {
  if (v & 1) return [v >> 1, 0];
  const t = typeOf(v);
  if (t === T.complex) return [complexReal(v), complexImag(v)];
  if (t === T.float) return [floatValue(v), 0];
  if (t === T.int || t === T.bool) return [intToFloat(v), 0];
  if (isSubtype(t, T.complex)) return [complexReal(v), complexImag(v)];
  if (isSubtype(t, T.float)) return [floatValue(v), 0];
  if (isSubtype(t, T.int)) return [intToFloat(v), 0];
  return null;
}

// ---------------------------------------------------------------------------
// Arithmetic (CPython's _Py_c_* algorithms)

export function cProd(a: Complex, b: Complex): Complex {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** a / b, or null when b is zero. */
export function cQuot(a: Complex, b: Complex): Complex | null {
  const absBr = Math.abs(b[0]), absBi = Math.abs(b[1]);
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = b[1] / b[0], denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1], denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

function cPowu(x: Complex, n: number): Complex {
  let r: Complex = [1, 0], p = x;
  for (let mask = 1; n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = cProd(r, p);
    p = cProd(p, p);
  }
  return r;
}

/** a ** b as CPython's complex_pow; raises its ZeroDivisionError / OverflowError. */
export function cPow(a: Complex, b: Complex): Complex {
  let r: Complex | null;
  let domain = false;
  if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) {
    const n = b[0];
    r = n > 0 ? cPowu(a, n) : cQuot([1, 0], cPowu(a, -n));
    if (r === null) { domain = true; r = [0, 0]; }
  } else if (b[0] === 0 && b[1] === 0) {
    r = [1, 0];
  } else if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) domain = true;
    r = [0, 0];
  } else {
    const vabs = hypot(a[0], a[1]);
    let len = libm.pow(vabs, b[0]);
    const at = libm.atan2(a[1], a[0]);
    let phase = at * b[0];
    if (b[1] !== 0) {
      len /= libm.exp(at * b[1]);
      phase += b[1] * libm.log(vabs);
    }
    r = [len * libm.cos(phase), len * libm.sin(phase)];
  }
  if (domain) throw raise(T.ZeroDivisionError, '0.0 to a negative or complex power');
  if (!isFinite(r[0]) && r[0] === r[0] || !isFinite(r[1]) && r[1] === r[1]) throw raise(T.OverflowError, 'complex exponentiation');
  return r;
}

/** Exact a * b as [hi, lo] (Dekker's splitting). */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const SPLIT = 134217729; // 2^27 + 1
  const ca = SPLIT * a, ah = ca - (ca - a), al = a - ah;
  const cb = SPLIT * b, bh = cb - (cb - b), bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}

/**
 * sqrt(x^2 + y^2), correctly rounded in practice (as glibc's hypot, which
 * CPython's abs() uses; V8's Math.hypot is often one ulp off): both values
 * scaled by a power of two, squares summed in double-double, one
 * correction step of the square root.
 */
export function hypot(x: number, y: number): number {
  x = Math.abs(x); y = Math.abs(y);
  if (x === Infinity || y === Infinity) return Infinity;
  if (x !== x || y !== y) return NaN;
  if (x < y) [x, y] = [y, x];
  if (y === 0) return x;
  // Scale so that x is in [2^-1, 2^1) (two steps: the factor alone may overflow).
  const e = Math.floor(Math.log2(x));
  const s1 = Math.pow(2, Math.floor(-e / 2)), s2 = Math.pow(2, -e - Math.floor(-e / 2));
  const a = (x * s1) * s2, b = (y * s1) * s2;
  const [ah, al] = twoProduct(a, a), [bh, bl] = twoProduct(b, b);
  const sum = ah + bh;
  const lo = (ah - sum) + bh + al + bl;
  let h = Math.sqrt(sum + lo);
  const [hh, hl] = twoProduct(h, h);
  h += ((sum - hh) - hl + lo) / (2 * h);
  const u1 = Math.pow(2, Math.floor(e / 2)), u2 = Math.pow(2, e - Math.floor(e / 2));
  return (h * u1) * u2;
}

export function complexHashBig(re: number, im: number): bigint {
  const h = BigInt.asIntN(64, floatHashBig(re) + 1000003n * floatHashBig(im));
  return h === -1n ? -2n : h;
}

// hash() of a complex inside tuples / frozensets, with CPython's 64 bits (hash.ts's hook).
hashHooks.other = (v) => (typeOf(v) === T.complex ? complexHashBig(complexReal(v), complexImag(v)) : null);

// ---------------------------------------------------------------------------
// Construction: complex(real=0, imag=0) and complex('1+2j')

const NUM = String.raw`(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:e[+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)`;
const REAL_ONLY = new RegExp(`^([+-]?${NUM})$`, 'i');
const IMAG_ONLY = new RegExp(`^([+-]?${NUM}?)j$`, 'i');
const BOTH = new RegExp(`^([+-]?${NUM})([+-]${NUM}?)j$`, 'i');

function parseFloatText(t: string): number {
  const s = t.replace(/_/g, '').toLowerCase();
  if (s === '' || s === '+') return 1;
  if (s === '-') return -1;
  const body = s.replace(/^[+-]/, '');
  const neg = s[0] === '-';
  if (body.startsWith('inf')) return neg ? -Infinity : Infinity;
  if (body === 'nan') return NaN;
  return Number(s);
}

/** Parses complex()'s string argument; ValueError if malformed. */
export function parseComplex(text: string): Complex {
  let s = text.trim();
  if (s.includes('_')) {
    // Underscores are allowed only between digits (as in numeric literals).
    if (/(^|[^0-9])_|_([^0-9]|$)/.test(s)) throw raise(T.ValueError, `could not convert string to complex: ${reprStr(text)}`);
    s = s.replace(/_/g, '');
  }
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  let m = REAL_ONLY.exec(s);
  if (m) return [parseFloatText(m[1]!), 0];
  m = IMAG_ONLY.exec(s);
  if (m) return [0, parseFloatText(m[1]!)];
  m = BOTH.exec(s);
  if (m) return [parseFloatText(m[1]!), parseFloatText(m[2]!)];
  throw raise(T.ValueError, 'complex() arg is a malformed string');
}

/** The value of `v.__complex__()` if its type defines it, else null. */
export function complexDunder(v: number): Complex | null {
  const s = typeLookup(typeOf(v), intern('__complex__'));
  if (!s) return null;
  const r = callSlot(s, v, []);
  if (!isComplex(r)) throw raise(T.TypeError, `__complex__ returned non-complex (type ${typeNameOf(r)})`);
  return [complexReal(r), complexImag(r)];
}

/** A real number argument as a float, via __float__ / __index__; null if it is none. */
function realOf(v: number): number | null {
  const c = asComplexOperand(v);
  if (c !== null && typeOf(v) !== T.complex && !isSubtype(typeOf(v), T.complex)) return c[0];
  const f = typeSlot(typeOf(v), S.__float__);
  if (f) {
    const r = callSlot(f, v, []);
    if (typeOf(r) !== T.float && !isSubtype(typeOf(r), T.float)) throw raise(T.TypeError, `${typeNameOf(v)}.__float__ returned non-float (type ${typeNameOf(r)})`);
    return floatValue(r);
  }
  const i = typeSlot(typeOf(v), S.__index__);
  if (i) return intToFloat(callSlot(i, v, []));
  return null;
}

function complexNew(a: number[], kw: readonly string[] | null): number {
  const cls = a[0]!;
  const nkw = kw ? kw.length : 0;
  const pos = a.slice(1, a.length - nkw);
  if (pos.length > 2) throw raise(T.TypeError, `complex() takes at most 2 arguments (${pos.length} given)`);
  let r: number | undefined = pos[0], i: number | undefined = pos[1];
  for (let k = 0; k < nkw; k++) {
    const name = kw![k]!, v = a[a.length - nkw + k]!;
    const at = name === 'real' ? 0 : name === 'imag' ? 1 : -1;
    if (at < 0) throw raise(T.TypeError, `'${name}' is an invalid keyword argument for complex()`);
    if (at < pos.length) throw raise(T.TypeError, `argument for complex() given by name ('${name}') and position (${at + 1})`);
    if (at === 0) r = v; else i = v;
  }
  const [re, im] = complexArgs(r, i);
  if (cls === T.complex && r !== undefined && i === undefined && typeOf(r) === T.complex) return r;
  return newComplex(re, im, cls);
}

function complexArgs(r: number | undefined, i: number | undefined): Complex {
  if (r === undefined) r = small(0);
  if (typeOf(r) === T.str) {
    if (i !== undefined) throw raise(T.TypeError, "complex() can't take second arg if first is a string");
    return parseComplex(jsString(r));
  }
  if (i !== undefined && typeOf(i) === T.str) throw raise(T.TypeError, "complex() second arg can't be a string");
  let cr: Complex;
  let crIsComplex = false;
  const viaDunder = typeOf(r) === T.complex ? null : complexDunder(r);
  if (viaDunder) { cr = viaDunder; crIsComplex = true; }
  else if (isComplex(r)) { cr = [complexReal(r), complexImag(r)]; crIsComplex = true; }
  else {
    const x = realOf(r);
    if (x === null) throw raise(T.TypeError, `complex() first argument must be a string or a number, not '${typeNameOf(r)}'`);
    cr = [x, 0];
  }
  let ciReal: number, ciImag = 0, ciIsComplex = false;
  if (i === undefined) ciReal = cr[1];
  else if (isComplex(i)) { ciReal = complexReal(i); ciImag = complexImag(i); ciIsComplex = true; }
  else {
    const x = realOf(i);
    if (x === null) throw raise(T.TypeError, `complex() second argument must be a number, not '${typeNameOf(i)}'`);
    ciReal = x;
  }
  let re = cr[0];
  if (ciIsComplex) re -= ciImag;
  if (crIsComplex && i !== undefined) ciReal += cr[1];
  return [re, ciReal];
}

// ---------------------------------------------------------------------------
// Formatting: format(z, spec) (https://docs.python.org/3.11/library/string.html#formatspec)

interface Spec { fill: string; align: string; sign: string; alt: boolean; zero: boolean; width: number; group: string; precision: number; type: string }

function parseFormatSpec(spec: string): Spec {
  const m = /^(?:(.)?([<>^=]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?(.)?$/s.exec(spec);
  if (!m) throw raise(T.ValueError, 'Invalid format specifier');
  return {
    fill: m[1] ?? ' ', align: m[2] ?? '', sign: m[3] ?? '-', alt: !!m[4], zero: !!m[5], width: m[6] ? +m[6] : 0,
    group: m[7] ?? '', precision: m[8] !== undefined ? +m[8] : -1, type: m[9] ?? '',
  };
}

function groupDigits(s: string, sep: string): string {
  if (!sep) return s;
  const dot = s.search(/[.e]/);
  const int = dot < 0 ? s : s.slice(0, dot), rest = dot < 0 ? '' : s.slice(dot);
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep) + rest;
}

const BITS = new DataView(new ArrayBuffer(8));

/** A finite x > 0 as m * 2^e with m an integer (exact). */
function dyadic(x: number): [bigint, number] {
  BITS.setFloat64(0, x);
  const hi = BITS.getUint32(0), lo = BITS.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  return exp === 0 ? [frac, -1074] : [frac | (1n << 52n), exp - 1075];
}

/** round(num / den) with ties to even. */
function roundDiv(num: bigint, den: bigint): bigint {
  const q = num / den, r2 = (num % den) * 2n;
  return r2 > den || (r2 === den && (q & 1n) === 1n) ? q + 1n : q;
}

/** x (finite, >= 0) * 10^shift rounded half-even to an integer: the exact decimal rounding CPython does. */
function scaledDigits(x: number, shift: number): bigint {
  if (x === 0) return 0n;
  const [m, e] = dyadic(x);
  let num = m, den = 1n;
  if (e >= 0) num <<= BigInt(e); else den <<= BigInt(-e);
  if (shift >= 0) num *= 10n ** BigInt(shift); else den *= 10n ** BigInt(-shift);
  return roundDiv(num, den);
}

/** Fixed notation with `prec` decimals, correctly rounded. */
function toFixedExact(x: number, prec: number): string {
  const digits = scaledDigits(x, prec).toString().padStart(prec + 1, '0');
  return prec === 0 ? digits : digits.slice(0, -prec) + '.' + digits.slice(-prec);
}

/** [digits (prec + 1 of them), decimal exponent] of x rounded to prec + 1 significant digits. */
function significant(x: number, prec: number): [string, number] {
  if (x === 0) return ['0'.repeat(prec + 1), 0];
  let exp = Math.floor(Math.log10(x));
  for (;;) {
    const d = scaledDigits(x, prec - exp).toString();
    if (d.length > prec + 1) { exp++; continue; }
    if (d.length < prec + 1) { exp--; continue; }
    return [d, exp];
  }
}

function toExponentialExact(x: number, prec: number, alt: boolean): string {
  const [d, exp] = significant(x, prec);
  const mant = d[0]! + (prec > 0 || alt ? '.' : '') + d.slice(1);
  return mant + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
}

/** |x| (non-negative, finite or not) in presentation `type` with precision `prec`: CPython's float formatting. */
export function formatMagnitude(x: number, type: string, prec: number, alt: boolean): string {
  const upper = type === 'E' || type === 'F' || type === 'G';
  if (x !== x) return upper ? 'NAN' : 'nan';
  if (x === Infinity) return upper ? 'INF' : 'inf';
  let s: string;
  switch (type) {
    case 'r': s = reprFloat(x); if (s.endsWith('.0')) s = s.slice(0, -2); break;
    case 'f': case 'F': s = toFixedExact(x, prec); if (alt && prec === 0) s += '.'; break;
    case 'e': case 'E': s = toExponentialExact(x, prec, alt); break;
    default: { // g, G, n
      const p = prec === 0 ? 1 : prec;
      const [, exp] = significant(x, p - 1);
      if (exp >= -4 && exp < p) {
        s = toFixedExact(x, p - 1 - exp);
        if (!alt) { if (s.includes('.')) s = s.replace(/\.?0+$/, ''); }
        else if (!s.includes('.')) s += '.';
      } else {
        s = toExponentialExact(x, p - 1, alt);
        if (!alt) s = s.replace(/\.?0+e/, 'e');
      }
    }
  }
  return upper ? s.toUpperCase() : s;
}

function signOf(x: number, flag: string): string {
  if (x < 0 || Object.is(x, -0)) return '-';
  return flag === '+' ? '+' : flag === ' ' ? ' ' : '';
}

export function formatComplex(re: number, im: number, specText: string): string {
  if (specText === '') return reprComplex(re, im);
  const spec = parseFormatSpec(specText);
  if (spec.zero || (spec.fill === '0' && spec.align === '=')) {
    if (spec.zero) throw raise(T.ValueError, 'Zero padding is not allowed in complex format specifier');
  }
  if (spec.align === '=') throw raise(T.ValueError, "'=' alignment flag is not allowed in complex format specifier");
  let type = spec.type, prec = spec.precision, skipRe = false, parens = false;
  if (!'eEfFgGn'.includes(type) || type.length !== 1) {
    if (type !== '') throw raise(T.ValueError, `Unknown format code '${type}' for object of type 'complex'`);
  }
  if (type === '') {
    type = 'r';
    if (re === 0 && !Object.is(re, -0)) skipRe = true; else parens = true;
  }
  if (prec < 0) prec = type === 'r' ? 0 : 6;
  else if (type === 'r') type = 'g';
  if (type === 'n') type = 'g';
  const reStr = skipRe ? '' : signOf(re, spec.sign) + groupDigits(formatMagnitude(Math.abs(re), type, prec, spec.alt), spec.group);
  const imSign = skipRe ? signOf(im, spec.sign) : (im < 0 || Object.is(im, -0)) && im === im ? '-' : '+';
  const imStr = imSign + groupDigits(formatMagnitude(Math.abs(im), type, prec, spec.alt), spec.group) + 'j';
  const body = (parens ? '(' : '') + reStr + imStr + (parens ? ')' : '');
  const n = Array.from(body).length;
  if (n >= spec.width) return body;
  const padN = spec.width - n;
  switch (spec.align || '>') {
    case '<': return body + spec.fill.repeat(padN);
    case '^': return spec.fill.repeat(padN >> 1) + body + spec.fill.repeat(padN - (padN >> 1));
    default: return spec.fill.repeat(padN) + body;
  }
}

// ---------------------------------------------------------------------------
// The type's table

function parts(v: number): Complex {
  return [complexReal(v), complexImag(v)];
}

function binary(f: (a: Complex, b: Complex) => Complex, reflected: boolean): NativeFn {
  return (a) => {
    const other = asComplexOperand(a[1]!);
    if (other === null) return K.NotImplemented;
    const self = parts(a[0]!);
    const r = reflected ? f(other, self) : f(self, other);
    return newComplex(r[0], r[1]);
  };
}

const add = (a: Complex, b: Complex): Complex => [a[0] + b[0], a[1] + b[1]];
const sub = (a: Complex, b: Complex): Complex => [a[0] - b[0], a[1] - b[1]];
const div = (a: Complex, b: Complex): Complex => {
  const r = cQuot(a, b);
  if (r === null) throw raise(T.ZeroDivisionError, 'complex division by zero');
  return r;
};

function powMethod(reflected: boolean): NativeFn {
  return (a) => {
    if (a.length > 2 && a[2] !== K.None) throw raise(T.ValueError, 'complex modulo');
    return binary(cPow, reflected)(a.slice(0, 2), null);
  };
}

function richCompare(op: number): NativeFn {
  return (a) => {
    const [re, im] = parts(a[0]!);
    const o = a[1]!;
    if (op !== CMP.EQ && op !== CMP.NE) return K.NotImplemented;
    let eq: boolean;
    const t = typeOf(o);
    if (t === T.int || t === T.bool || (o & 1) === 1) eq = im === 0 && compare(newFloat(re), o, CMP.EQ) === K.True;
    else if (t === T.float || isSubtype(t, T.float)) eq = im === 0 && re === floatValue(o);
    else if (isComplex(o)) eq = re === complexReal(o) && im === complexImag(o);
    else if (isSubtype(t, T.int)) eq = im === 0 && compare(newFloat(re), o, CMP.EQ) === K.True;
    else return K.NotImplemented;
    return bool(op === CMP.EQ ? eq : !eq);
  };
}

function absValue(v: number): number {
  const [re, im] = parts(v);
  const r = hypot(re, im);
  if (r === Infinity && isFinite(re) && isFinite(im)) throw raise(T.OverflowError, 'absolute value too large');
  return r;
}

const str = (s: string) => newStr(s);

export const complexSpec: TypeSpec = {
  name: 'complex', layout: L.COMPLEX, subclassable: true,
  doc: 'Create a complex number from a real part and an optional imaginary part.',
  new: complexNew,
  arity: { conjugate: '', __format__: 'O', __complex__: '', __getnewargs__: '' },
  getters: {
    real: (v) => newFloat(complexReal(v)),
    imag: (v) => newFloat(complexImag(v)),
  },
  methods: {
    __add__: binary(add, false), __radd__: binary(add, true),
    __sub__: binary(sub, false), __rsub__: binary(sub, true),
    __mul__: binary(cProd, false), __rmul__: binary(cProd, true),
    __truediv__: binary(div, false), __rtruediv__: binary(div, true),
    __pow__: powMethod(false), __rpow__: powMethod(true),
    __eq__: richCompare(CMP.EQ), __ne__: richCompare(CMP.NE),
    __lt__: richCompare(CMP.LT), __le__: richCompare(CMP.LE), __gt__: richCompare(CMP.GT), __ge__: richCompare(CMP.GE),
    __neg__: (a) => newComplex(-complexReal(a[0]!), -complexImag(a[0]!)),
    __pos__: (a) => newComplex(complexReal(a[0]!), complexImag(a[0]!)),
    __abs__: (a) => newFloat(absValue(a[0]!)),
    __bool__: (a) => bool(complexReal(a[0]!) !== 0 || complexImag(a[0]!) !== 0),
    __hash__: (a) => intFromBigInt(complexHashBig(complexReal(a[0]!), complexImag(a[0]!))),
    __repr__: (a) => str(reprComplex(complexReal(a[0]!), complexImag(a[0]!))),
    __format__: (a) => {
      if (typeOf(a[1]!) !== T.str) throw raise(T.TypeError, `format() argument 2 must be str, not ${typeNameOf(a[1]!)}`);
      return str(formatComplex(complexReal(a[0]!), complexImag(a[0]!), jsString(a[1]!)));
    },
    __complex__: (a) => (typeOf(a[0]!) === T.complex ? a[0]! : newComplex(complexReal(a[0]!), complexImag(a[0]!))),
    __getnewargs__: (a) => tupleOf(newFloat(complexReal(a[0]!)), newFloat(complexImag(a[0]!))),
    conjugate: (a) => newComplex(complexReal(a[0]!), -complexImag(a[0]!)),
  },
};

function tupleOf(...items: number[]): number {
  return newTuple(items);
}
