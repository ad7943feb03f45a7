/**
 * The less common methods of int and float, merged into `intSpec` /
 * `floatSpec` (specs.ts): to_bytes / from_bytes, bit_count,
 * as_integer_ratio, float.hex / fromhex, __floor__ / __ceil__ / __trunc__,
 * __divmod__
 * (https://docs.python.org/3.11/library/stdtypes.html#additional-methods-on-integer-types,
 * https://docs.python.org/3.11/library/stdtypes.html#additional-methods-on-float).
 */
import { K, raise, small, T, typeOf } from '../objects/core.js';
import type { NativeFn } from '../objects/native.js';
import { BIN, binaryOp, callObject, isTrue, typeNameOf } from '../objects/protocol.js';
import { intFromBigInt, isInt, toBigInt } from '../objects/int.js';
import { floatValue, newFloat } from '../objects/float.js';
import { jsString } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { isSubtype } from '../objects/type.js';
import { bufferOf, newBytes } from '../objects/bytes.js';
import { toArray } from '../objects/protocol.js';

function kwOrPos(a: number[], kw: readonly string[] | null, pos: number, name: string): number | undefined {
  const nkw = kw ? kw.length : 0;
  if (kw) {
    const i = kw.indexOf(name);
    if (i >= 0) return a[a.length - nkw + i];
  }
  return pos < a.length - nkw ? a[pos] : undefined;
}

function byteOrder(v: number | undefined): 'big' | 'little' {
  if (v === undefined) return 'big';
  if (typeOf(v) !== T.str) throw raise(T.TypeError, `to_bytes() argument 'byteorder' must be str, not ${typeNameOf(v)}`);
  const s = jsString(v);
  if (s !== 'big' && s !== 'little') throw raise(T.ValueError, "byteorder must be either 'little' or 'big'");
  return s;
}

function toBytes(a: number[], kw: readonly string[] | null): number {
  const lenV = kwOrPos(a, kw, 1, 'length'), orderV = kwOrPos(a, kw, 2, 'byteorder'), signedV = kw && kw.includes('signed') ? a[a.length - kw.length + kw.indexOf('signed')] : undefined;
  const length = lenV === undefined ? 1 : Number(toBigInt(lenV));
  if (length < 0) throw raise(T.ValueError, 'length argument must be non-negative');
  const order = byteOrder(orderV);
  const signed = signedV !== undefined && isTrue(signedV);
  let v = toBigInt(a[0]!);
  if (v < 0n && !signed) throw raise(T.OverflowError, "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const fits = signed ? v >= -(1n << (bits - 1n)) && v < (1n << (bits - 1n)) : v < (1n << bits);
  if (length === 0 ? v !== 0n : !fits) throw raise(T.OverflowError, 'int too big to convert');
  if (v < 0n) v += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) { out[order === 'big' ? length - 1 - i : i] = Number(v & 255n); v >>= 8n; }
  return newBytes(out);
}

function fromBytes(a: number[], kw: readonly string[] | null): number {
  const cls = a[0]!;
  const src = kwOrPos(a, kw, 1, 'bytes');
  if (src === undefined) throw raise(T.TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
  const order = byteOrder(kwOrPos(a, kw, 2, 'byteorder'));
  const signedV = kw && kw.includes('signed') ? a[a.length - kw.length + kw.indexOf('signed')] : undefined;
  const data = bufferOf(src) ?? Uint8Array.from(toArray(src).map((x) => {
    const n = Number(toBigInt(x));
    if (n < 0 || n > 255) throw raise(T.ValueError, 'bytes must be in range(0, 256)');
    return n;
  }));
  let v = 0n;
  for (let i = 0; i < data.length; i++) v = (v << 8n) | BigInt(data[order === 'big' ? i : data.length - 1 - i]!);
  if (signedV !== undefined && isTrue(signedV) && data.length && v >= 1n << BigInt(data.length * 8 - 1)) v -= 1n << BigInt(data.length * 8);
  const r = intFromBigInt(v);
  return cls === T.int ? r : callObject(cls, [r]);
}

function popcount(v: bigint): number {
  let n = 0;
  for (let x = v < 0n ? -v : v; x > 0n; x >>= 1n) n += Number(x & 1n);
  return n;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** (mantissa, exponent) with x = m * 2**e exactly, m an integer. */
function decompose(x: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (exp) m |= 1n << 52n;
  const e = exp ? exp - 1075 : -1074;
  return [x < 0 ? -m : m, e];
}

function floatRatio(x: number): number {
  if (x !== x) throw raise(T.ValueError, 'cannot convert NaN to integer ratio');
  if (!isFinite(x)) throw raise(T.OverflowError, 'cannot convert Infinity to integer ratio');
  const [m, e] = decompose(x);
  let num = m, den = 1n;
  if (e > 0) num <<= BigInt(e); else den <<= BigInt(-e);
  const g = gcd(num, den) || 1n;
  return newTuple([intFromBigInt(num / g), intFromBigInt(den / g)]);
}

function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (!isFinite(x)) return x < 0 ? '-inf' : 'inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  const frac = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, '0');
  const e = exp ? exp - 1023 : -1022;
  return `${sign}0x${exp ? 1 : 0}.${frac}p${e >= 0 ? '+' : ''}${e}`;
}

function floatFromHex(text: string): number {
  const s = text.trim().toLowerCase();
  const special = /^([+-]?)(inf|infinity|nan)$/.exec(s);
  if (special) return special[2] === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw raise(T.ValueError, 'invalid hexadecimal floating-point string');
  const digits = (m[2] ?? '') + (m[3] ?? '');
  let mant = digits ? BigInt('0x' + digits) : 0n;
  let exp = Number(m[4] ?? 0) - 4 * (m[3] ?? '').length;
  // Exact value mant * 2**exp, rounded to the nearest double by scaling in steps.
  let v: number;
  if (mant === 0n) v = 0;
  else {
    const bits = mant.toString(2).length;
    if (bits > 60) { const drop = bits - 60; const sticky = (mant & ((1n << BigInt(drop)) - 1n)) !== 0n; mant >>= BigInt(drop); if (sticky) mant |= 1n; exp += drop; }
    v = Number(mant);
    while (exp > 0) { const k = Math.min(exp, 1000); v *= 2 ** k; exp -= k; }
    while (exp < 0) { const k = Math.min(-exp, 1000); v /= 2 ** k; exp += k; }
    if (!isFinite(v)) throw raise(T.OverflowError, 'hexadecimal value too large to represent as a float');
  }
  return m[1] === '-' ? -v : v;
}

function divmodOf(a: number, b: number): number {
  if (!isInt(b) && typeOf(b) !== T.float) return K.NotImplemented;
  return newTuple([binaryOp(BIN.FLOORDIV, a, b), binaryOp(BIN.MOD, a, b)]);
}

const asInt = (v: number): number => ((v & 1) || typeOf(v) === T.int ? v : intFromBigInt(toBigInt(v)));

export const INT_EXTRA_METHODS: Record<string, NativeFn> = {
  to_bytes: toBytes,
  bit_count: (a) => small(popcount(toBigInt(a[0]!))),
  as_integer_ratio: (a) => newTuple([asInt(a[0]!), small(1)]),
  __floor__: (a) => asInt(a[0]!),
  __ceil__: (a) => asInt(a[0]!),
  __trunc__: (a) => asInt(a[0]!),
  __divmod__: (a) => (isInt(a[1]!) ? divmodOf(a[0]!, a[1]!) : K.NotImplemented),
  __rdivmod__: (a) => (isInt(a[1]!) ? divmodOf(a[1]!, a[0]!) : K.NotImplemented),
  __getnewargs__: (a) => newTuple([asInt(a[0]!)]),
};
export const INT_EXTRA_CLASSMETHODS: Record<string, NativeFn> = { from_bytes: fromBytes };
export const INT_EXTRA_ARITY: Record<string, string> = {
  to_bytes: 'kw:0:length,byteorder,signed', bit_count: '', as_integer_ratio: '', from_bytes: 'kw:1:bytes,byteorder,signed',
};

function floorCeil(x: number, f: (x: number) => number): number {
  if (!isFinite(x)) throw raise(x !== x ? T.ValueError : T.OverflowError, x !== x ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
  return intFromBigInt(BigInt(f(x)));
}

export const FLOAT_EXTRA_METHODS: Record<string, NativeFn> = {
  as_integer_ratio: (a) => floatRatio(floatValue(a[0]!)),
  hex: (a) => jsStringToStr(floatHex(floatValue(a[0]!))),
  __floor__: (a) => floorCeil(floatValue(a[0]!), Math.floor),
  __ceil__: (a) => floorCeil(floatValue(a[0]!), Math.ceil),
  __trunc__: (a) => floorCeil(floatValue(a[0]!), Math.trunc),
  __divmod__: (a) => divmodOf(a[0]!, a[1]!),
  __rdivmod__: (a) => (isInt(a[1]!) || typeOf(a[1]!) === T.float ? divmodOf(a[1]!, a[0]!) : K.NotImplemented),
  __getnewargs__: (a) => newTuple([newFloat(floatValue(a[0]!))]),
};
export const FLOAT_EXTRA_CLASSMETHODS: Record<string, NativeFn> = {
  fromhex: (a) => {
    const s = a[1]!;
    if (typeOf(s) !== T.str && !isSubtype(typeOf(s), T.str)) throw raise(T.TypeError, `bad argument type for built-in operation`);
    const r = newFloat(floatFromHex(jsString(s)));
    return a[0] === T.float ? r : callObject(a[0]!, [r]);
  },
};
export const FLOAT_EXTRA_ARITY: Record<string, string> = { as_integer_ratio: '', hex: '', fromhex: 'O' };

import { newStr } from '../objects/str.js';
function jsStringToStr(s: string): number {
  return newStr(s);
}
