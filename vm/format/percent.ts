/**
 * printf-style formatting: `str % values` and `bytes % values`
 * (https://docs.python.org/3.11/library/stdtypes.html#printf-style-string-formatting).
 *
 * Model: the format is a JS string (for bytes, one char per byte); each
 * conversion `%[(key)][flags][width][.precision][length]type` takes the
 * next positional value (or `values[key]` from a mapping). How a value
 * becomes text for %s / %r / %c differs between str and bytes, so the
 * caller passes those three conversions; numbers are formatted here.
 */
import { K, raise, T, typeOf } from '../objects/core.js';
import { asNumber, getItem, indexOf, reprOf, typeNameOf, getAttrOrZero, callObject } from '../objects/protocol.js';
import { isInt, toBigInt } from '../objects/int.js';
import { isFloat, floatValue } from '../objects/float.js';
import { tupleItems } from '../objects/tuple.js';
import { intern, newStr } from '../objects/str.js';
import { isSubtype } from '../objects/type.js';
import { reprFloat } from './repr.js';
import { newBytes } from '../objects/bytes.js';

export interface PercentConversions {
  str: (v: number) => string;
  repr: (v: number) => string;
  char: (v: number) => string;
  /** bytes formatting: %b is %s, %a/%r give ASCII reprs, no %u of str... */
  isBytes: boolean;
}

interface Spec {
  flags: string;
  width: number;
  prec: number;
  type: string;
}

function isMapping(v: number): boolean {
  if (v & 1) return false;
  const t = typeOf(v);
  if (t === T.tuple || t === T.str || isSubtype(t, T.tuple) || isSubtype(t, T.str)) return false;
  if (t === T.bytes || t === T.bytearray) return false;
  return getAttrOrZero(t, intern('__getitem__')) !== 0;
}

/** `fmt % values`. */
export function percentFormat(fmt: string, values: number, conv: PercentConversions): string {
  const isTuple = !(values & 1) && (typeOf(values) === T.tuple || isSubtype(typeOf(values), T.tuple));
  const items = isTuple ? tupleItems(values) : [values];
  const mapping = !isTuple && isMapping(values);
  let next = 0;
  let usedMapping = false;
  const take = (): number => {
    if (next >= items.length) throw raise(T.TypeError, `not enough arguments for format string`);
    return items[next++]!;
  };
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) { out += fmt.slice(i); break; }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (i >= fmt.length) throw raise(T.ValueError, 'incomplete format');
    let key: number | null = null;
    if (fmt[i] === '(') {
      if (!mapping) throw raise(T.TypeError, 'format requires a mapping');
      let depth = 1, j = i + 1;
      while (j < fmt.length && depth) { if (fmt[j] === '(') depth++; else if (fmt[j] === ')') depth--; j++; }
      if (depth) throw raise(T.ValueError, 'incomplete format key');
      const name = fmt.slice(i + 1, j - 1);
      key = conv.isBytes ? newBytes(Array.from(name, (c) => c.charCodeAt(0) & 255)) : newStr(name);
      i = j;
      usedMapping = true;
    }
    let flags = '';
    while (i < fmt.length && '-+ #0'.includes(fmt[i]!)) flags += fmt[i++];
    let width = -1;
    if (fmt[i] === '*') { width = starArg(take()); i++; if (width < 0) { flags += '-'; width = -width; } }
    else { let w = ''; while (i < fmt.length && fmt[i]! >= '0' && fmt[i]! <= '9') w += fmt[i++]; if (w) width = +w; }
    let prec = -1;
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') { prec = Math.max(0, starArg(take())); i++; }
      else { let p = ''; while (i < fmt.length && fmt[i]! >= '0' && fmt[i]! <= '9') p += fmt[i++]; prec = p ? +p : 0; }
    }
    while (i < fmt.length && 'hlL'.includes(fmt[i]!)) i++;
    if (i >= fmt.length) throw raise(T.ValueError, 'incomplete format');
    const type = fmt[i++]!;
    if (type === '%') { out += '%'; continue; }
    const v = key !== null ? getItem(values, key) : take();
    out += convertOne(v, { flags, width, prec, type }, conv, i - 1);
  }
  if (next < items.length && !usedMapping && !(mapping && next === 0 && !isTuple)) {
    throw raise(T.TypeError, conv.isBytes ? 'not all arguments converted during bytes formatting' : 'not all arguments converted during string formatting');
  }
  return out;
}

function starArg(v: number): number {
  if (!isInt(v)) throw raise(T.TypeError, '* wants int');
  return Number(toBigInt(v));
}

function convertOne(v: number, s: Spec, conv: PercentConversions, at: number): string {
  let body: string;
  let sign = '';
  switch (s.type) {
    case 's': case 'b':
      if (s.type === 'b' && !conv.isBytes) throw unsupported(s.type, at);
      body = conv.str(v);
      if (s.prec >= 0) body = Array.from(body).slice(0, s.prec).join('');
      return padText(body, s);
    case 'r': case 'a':
      body = s.type === 'a' || conv.isBytes ? asciiRepr(v) : conv.repr(v);
      if (s.prec >= 0) body = Array.from(body).slice(0, s.prec).join('');
      return padText(body, s);
    case 'c':
      return padText(conv.char(v), s);
    case 'd': case 'i': case 'u': {
      const n = integerOf(v, s.type, true);
      sign = n < 0n ? '-' : s.flags.includes('+') ? '+' : s.flags.includes(' ') ? ' ' : '';
      body = (n < 0n ? -n : n).toString();
      if (s.prec > body.length) body = body.padStart(s.prec, '0');
      return padNumber(sign, body, s);
    }
    case 'x': case 'X': case 'o': {
      const n = integerOf(v, s.type, false);
      sign = n < 0n ? '-' : s.flags.includes('+') ? '+' : s.flags.includes(' ') ? ' ' : '';
      body = (n < 0n ? -n : n).toString(s.type === 'o' ? 8 : 16);
      if (s.type === 'X') body = body.toUpperCase();
      if (s.prec > body.length) body = body.padStart(s.prec, '0');
      if (s.flags.includes('#')) sign += s.type === 'o' ? '0o' : s.type === 'x' ? '0x' : '0X';
      return padNumber(sign, body, s);
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const x = floatOf(v, s.type);
      sign = x < 0 || Object.is(x, -0) ? '-' : s.flags.includes('+') ? '+' : s.flags.includes(' ') ? ' ' : '';
      body = formatFloatBody(Math.abs(x), s.type, s.prec < 0 ? 6 : s.prec, s.flags.includes('#'));
      return padNumber(sign, body, s, !isFinite(x));
    }
    default:
      throw unsupported(s.type, at);
  }
}

function unsupported(type: string, at: number): unknown {
  const code = type.codePointAt(0)!;
  return raise(T.ValueError, `unsupported format character '${type}' (0x${code.toString(16)}) at index ${at}`);
}

function asciiRepr(v: number): string {
  return reprOf(v).replace(/[^\x00-\x7f]/gu, (c) => {
    const cp = c.codePointAt(0)!;
    if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
    if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
    return '\\U' + cp.toString(16).padStart(8, '0');
  });
}

function integerOf(v: number, type: string, realOk: boolean): bigint {
  if (isInt(v)) return toBigInt(v);
  if (realOk) {
    if (isFloat(v)) {
      const x = floatValue(v);
      if (!isFinite(x)) throw raise(x !== x ? T.ValueError : T.OverflowError, x !== x ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
      return BigInt(Math.trunc(x));
    }
    const intFn = !(v & 1) ? getAttrOrZero(typeOf(v), intern('__int__')) : 0;
    if (intFn) return toBigInt(callObject(intFn, [v]));
    const idx = !(v & 1) ? getAttrOrZero(typeOf(v), intern('__index__')) : 0;
    if (idx) return indexOf(v);
    throw raise(T.TypeError, `%${type} format: a real number is required, not ${typeNameOf(v)}`);
  }
  const idx = !(v & 1) ? getAttrOrZero(typeOf(v), intern('__index__')) : 0;
  if (idx) return indexOf(v);
  throw raise(T.TypeError, `%${type} format: an integer is required, not ${typeNameOf(v)}`);
}

function floatOf(v: number, type: string): number {
  const x = asNumber(v);
  if (x === null) {
    const f = !(v & 1) ? getAttrOrZero(typeOf(v), intern('__float__')) : 0;
    if (f) return floatValue(callObject(f, [v]));
    throw raise(T.TypeError, `must be real number, not ${typeNameOf(v)}`);
  }
  void type;
  return x;
}

function padText(body: string, s: Spec): string {
  const n = Array.from(body).length;
  if (s.width <= n) return body;
  return s.flags.includes('-') ? body + ' '.repeat(s.width - n) : ' '.repeat(s.width - n) + body;
}

function padNumber(sign: string, body: string, s: Spec, noZero = false): string {
  const len = sign.length + body.length;
  if (s.width <= len) return sign + body;
  if (s.flags.includes('-')) return sign + body + ' '.repeat(s.width - len);
  if (s.flags.includes('0') && !noZero) return sign + '0'.repeat(s.width - len) + body;
  return ' '.repeat(s.width - len) + sign + body;
}

/** Fixed-point digits of a non-negative finite x with `prec` decimals (exact, like CPython). */
export function fixedDigits(x: number, prec: number): string {
  if (x < 1e21 && prec <= 100) return x.toFixed(prec);
  // Exact decimal expansion of the double, then round half-even at `prec`.
  const [m, e] = decompose(x);
  let num = m, den = 1n;
  if (e >= 0) num <<= BigInt(e); else den <<= BigInt(-e);
  const scale = 10n ** BigInt(prec);
  const scaled = num * scale;
  let q = scaled / den;
  const r = scaled % den;
  if (r * 2n > den || (r * 2n === den && q % 2n === 1n)) q += 1n;
  const digits = q.toString().padStart(prec + 1, '0');
  return prec ? digits.slice(0, -prec) + '.' + digits.slice(-prec) : digits;
}

function decompose(x: number): [bigint, number] {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (exp === 0) return [mant, -1074];
  return [mant | (1n << 52n), exp - 1075];
}

/** The digits of a non-negative float for %e / %f / %g (no sign). */
export function formatFloatBody(a: number, type: string, prec: number, alt: boolean): string {
  const upper = type === 'E' || type === 'F' || type === 'G';
  if (!isFinite(a)) return upper ? (a !== a ? 'NAN' : 'INF') : (a !== a ? 'nan' : 'inf');
  let body: string;
  switch (type) {
    case 'f': case 'F':
      body = fixedDigits(a, prec);
      if (alt && prec === 0) body += '.';
      break;
    case 'e': case 'E':
      body = expDigits(a, prec);
      if (alt && prec === 0) body = body.replace('e', '.e');
      break;
    default: {
      const p = prec === 0 ? 1 : prec;
      const exp = a === 0 ? 0 : Number(expDigits(a, p - 1).split('e')[1]);
      if (exp >= -4 && exp < p) {
        body = fixedDigits(a, p - 1 - exp);
        if (!alt && body.includes('.')) body = body.replace(/\.?0+$/, '');
        else if (alt && !body.includes('.')) body += '.';
      } else {
        body = expDigits(a, p - 1);
        if (!alt) body = body.replace(/\.?0+e/, 'e');
        else if (!body.includes('.')) body = body.replace('e', '.e');
      }
    }
  }
  return upper ? body.toUpperCase() : body;
}

function expDigits(a: number, prec: number): string {
  let s = prec <= 100 ? a.toExponential(prec) : a.toExponential(100) + '';
  s = s.replace(/e([+-])(\d)$/, 'e$10$2');
  return s;
}

/** `str % values` with str's own %s / %r / %c. */
export function percentFormatStr(fmt: string, values: number, strOf: (v: number) => string): string {
  return percentFormat(fmt, values, {
    str: strOf,
    repr: reprOf,
    char: (v) => {
      if (isInt(v)) {
        const n = toBigInt(v);
        if (n < 0n || n > 0x10ffffn) throw raise(T.OverflowError, '%c arg not in range(0x110000)');
        return String.fromCodePoint(Number(n));
      }
      if (!(v & 1) && (typeOf(v) === T.str || isSubtype(typeOf(v), T.str))) {
        const s = strOf(v);
        if (Array.from(s).length === 1) return s;
      }
      throw raise(T.TypeError, `%c requires int or char`);
    },
    isBytes: false,
  });
}

void K; void reprFloat;
