/**
 * The format-specification mini-language for int, float and str, as
 * CPython 3.11's `format(value, spec)`: text in, text out, no heap.
 *
 * Model:
 * - `parseSpec` reads `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`;
 *   a bad spec or an option the type rejects throws `FormatSpecError` with
 *   CPython's exception class name and message; the runtime turns it into
 *   that Python exception (vm/runtime/formatting.ts).
 * - Floats are laid out from their exact decimal expansion (every double is
 *   a finite decimal), rounded half-even as CPython's dtoa does, so `.2f` of
 *   2.675 is 2.67 and `.0f` of 2.5 is 2 (JS's toFixed rounds ties up).
 * - Zero padding with grouping grows the digits until the grouped text
 *   fills the width, as CPython (`format(1234, '08,')` is `0,001,234`).
 *
 * Reference: https://docs.python.org/3.11/library/string.html#format-specification-mini-language
 */
import { reprFloat } from './repr.js';

/** A Python exception to raise: its builtin class name and message. */
export class FormatSpecError extends Error {
  constructor(readonly kind: 'ValueError' | 'TypeError' | 'OverflowError' | 'IndexError' | 'KeyError', message: string) {
    super(message);
  }
}

export interface Spec {
  fill: string;
  align: string;       // '' when not given
  sign: string;        // '' when not given
  z: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;    // '', ',' or '_'
  precision: number;   // -1 when not given
  type: string;        // '' when not given
}

const SPEC_RE = /^(?:([\s\S])?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([\s\S])?$/u;

export function parseSpec(spec: string): Spec {
  let m = SPEC_RE.exec(spec);
  // One char that is not an alignment cannot be a fill: "x" alone is a type.
  if (!m) {
    if (/^(?:[\s\S]?[<>=^])?[-+ ]?z?#?0?\d*[,_]?\.$/u.test(spec)) throw new FormatSpecError('ValueError', 'Format specifier missing precision');
    throw new FormatSpecError('ValueError', 'Invalid format specifier');
  }
  if (m[10] !== undefined && /[\d,_.]/.test(m[10])) m = null;
  if (!m) throw new FormatSpecError('ValueError', 'Invalid format specifier');
  const zero = m[6] !== undefined;
  return {
    fill: m[1] ?? (zero ? '0' : ' '),
    align: m[2] ?? '',
    sign: m[3] ?? '',
    z: m[4] !== undefined,
    alt: m[5] !== undefined,
    zero,
    width: m[7] ? Number(m[7]) : 0,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : -1,
    type: m[10] ?? '',
  };
}

/** CPython's check of the grouping option against the presentation type. */
function checkGrouping(p: Spec): void {
  if (!p.grouping || p.type === '') return;
  const allowed = p.grouping === ',' ? 'deEfFgG%' : 'deEfFgG%boxX';
  if (!allowed.includes(p.type)) throw new FormatSpecError('ValueError', `Cannot specify '${p.grouping}' with '${p.type}'.`);
}

function unknownCode(type: string, typeName: string): FormatSpecError {
  return new FormatSpecError('ValueError', `Unknown format code '${type}' for object of type '${typeName}'`);
}

// ---------------------------------------------------------------------------
// Padding and grouping

function groupDigits(digits: string, sep: string, every: number): string {
  if (!sep || digits.length <= every) return digits;
  const parts: string[] = [];
  let i = digits.length;
  for (; i > every; i -= every) parts.unshift(digits.slice(i - every, i));
  parts.unshift(digits.slice(0, i));
  return parts.join(sep);
}

/**
 * Lays out a number: `prefix` (sign and 0x), integer digits (grouped), and
 * `rest` (fraction, exponent, %), padded to the spec's width.
 */
function layoutNumber(prefix: string, intDigits: string, rest: string, p: Spec, every: number): string {
  const fill = p.fill;
  const align = p.align || (p.zero ? '=' : '>');
  let digits = intDigits;
  let body = groupDigits(digits, p.grouping, every);
  if (align === '=' && fill === '0' && p.zero && !p.align && /^\d/.test(digits)) {
    const want = p.width - prefix.length - rest.length;
    while (body.length < want) {
      digits = '0' + digits;
      body = groupDigits(digits, p.grouping, every);
    }
    return prefix + body + rest;
  }
  return pad(prefix, body + rest, p.width, align, fill);
}

function pad(prefix: string, body: string, width: number, align: string, fill: string): string {
  const len = [...prefix].length + [...body].length;
  if (len >= width) return prefix + body;
  const n = width - len;
  switch (align) {
    case '<': return prefix + body + fill.repeat(n);
    case '^': return fill.repeat(n >> 1) + prefix + body + fill.repeat(n - (n >> 1));
    case '=': return prefix + fill.repeat(n) + body;
    default: return fill.repeat(n) + prefix + body;
  }
}

function signOf(negative: boolean, sign: string): string {
  if (negative) return '-';
  return sign === '+' ? '+' : sign === ' ' ? ' ' : '';
}

// ---------------------------------------------------------------------------
// str

export function formatStr(s: string, spec: string): string {
  if (spec === '') return s;
  const p = parseSpec(spec);
  if (p.type !== '' && p.type !== 's') throw unknownCode(p.type, 'str');
  if (p.sign) throw new FormatSpecError('ValueError', 'Sign not allowed in string format specifier');
  if (p.alt) throw new FormatSpecError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (p.z) throw new FormatSpecError('ValueError', 'Negative zero coercion (z) not allowed in format specifier');
  if (p.grouping) throw new FormatSpecError('ValueError', `Cannot specify '${p.grouping}' with 's'.`);
  if (p.align === '=') throw new FormatSpecError('ValueError', "'=' alignment not allowed in string format specifier");
  const text = p.precision >= 0 ? [...s].slice(0, p.precision).join('') : s;
  return pad('', text, p.width, p.align || '<', p.fill);
}

// ---------------------------------------------------------------------------
// int

/** format(int, spec); `asFloat` formats it as a float for the float types. */
export function formatInt(v: bigint, spec: string, typeName = 'int', asFloat?: (spec: string) => string): string {
  const p = parseSpec(spec);
  checkGrouping(p);
  if ('eEfFgG%'.includes(p.type) && p.type !== '') {
    if (asFloat) return asFloat(spec);
    return formatFloat(Number(v), spec);
  }
  if (!'bcdoxXn'.includes(p.type) || p.type.length !== 1) {
    if (p.type !== '') throw unknownCode(p.type, typeName);
  }
  if (p.precision >= 0) throw new FormatSpecError('ValueError', 'Precision not allowed in integer format specifier');
  if (p.z) throw new FormatSpecError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  const type = p.type || 'd';
  if (type === 'c') {
    if (p.sign) throw new FormatSpecError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (p.alt) throw new FormatSpecError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (p.grouping) throw new FormatSpecError('ValueError', `Cannot specify '${p.grouping}' with 'c'.`);
    if (v < -(2n ** 63n) || v >= 2n ** 63n) throw new FormatSpecError('OverflowError', 'Python int too large to convert to C long');
    if (v < 0n || v > 0x10ffffn) throw new FormatSpecError('OverflowError', '%c arg not in range(0x110000)');
    return pad('', String.fromCodePoint(Number(v)), p.width, p.align || '<', p.fill);
  }
  if (p.grouping === ',' && 'boxXn'.includes(type)) throw new FormatSpecError('ValueError', `Cannot specify ',' with '${type}'.`);
  if (p.grouping === '_' && type === 'n') throw new FormatSpecError('ValueError', "Cannot specify '_' with 'n'.");
  const neg = v < 0n;
  const mag = neg ? -v : v;
  const radix = type === 'x' || type === 'X' ? 16 : type === 'o' ? 8 : type === 'b' ? 2 : 10;
  let digits = mag.toString(radix);
  if (type === 'X') digits = digits.toUpperCase();
  let prefix = signOf(neg, p.sign);
  if (p.alt && radix !== 10) prefix += type === 'X' ? '0X' : `0${type}`;
  return layoutNumber(prefix, digits, '', p, radix === 10 ? 3 : 4);
}

// ---------------------------------------------------------------------------
// float: exact decimal digits, rounded half-even

interface Decimal {
  digits: string;   // no leading zeros; '' for zero
  point: number;    // value = 0.digits × 10^point
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** The exact decimal expansion of a finite, non-negative double. */
function exactDecimal(x: number): Decimal {
  if (x === 0) return { digits: '', point: 0 };
  F64[0] = x;
  const hi = U32[1]!, lo = U32[0]!;
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else { mant |= 1n << 52n; e = bexp - 1075; }
  let digits: string, point: number;
  if (e >= 0) {
    digits = (mant << BigInt(e)).toString();
    point = digits.length;
  } else {
    // mant / 2^-e = mant * 5^-e / 10^-e
    digits = (mant * 5n ** BigInt(-e)).toString();
    point = digits.length + e;
  }
  digits = digits.replace(/0+$/, '');
  return { digits, point };
}

/** Rounds to `n` digits (n >= 0) half-even; may carry into a new leading digit. */
function roundDigits(d: Decimal, n: number): Decimal {
  if (d.digits.length <= n) return d;
  if (n < 0) return { digits: '', point: d.point };
  const keep = d.digits.slice(0, n);
  const next = d.digits.charCodeAt(n) - 48;
  const restNonZero = d.digits.length > n + 1;
  const lastOdd = n > 0 && (keep.charCodeAt(n - 1) - 48) % 2 === 1;
  const up = next > 5 || (next === 5 && (restNonZero || lastOdd));
  if (!up) return { digits: keep.replace(/0+$/, ''), point: d.point };
  if (n === 0) return { digits: '1', point: d.point + 1 };
  const bumped = (BigInt(keep) + 1n).toString();
  if (bumped.length > n) return { digits: bumped.replace(/0+$/, ''), point: d.point + 1 };
  return { digits: bumped.replace(/0+$/, ''), point: d.point };
}

/** Fixed notation with `prec` fraction digits: [integer digits, fraction digits]. */
function fixed(x: number, prec: number): [string, string] {
  const d = roundDigits(exactDecimal(x), exactDecimal(x).point + prec);
  const all = d.digits.padEnd(d.point + prec, '0');
  if (d.point <= 0) return ['0', ('0'.repeat(-d.point) + d.digits).padEnd(prec, '0').slice(0, prec)];
  return [all.slice(0, d.point) || '0', all.slice(d.point, d.point + prec)];
}

/** Scientific notation with `prec` fraction digits: [mantissa digits, exponent]. */
function scientific(x: number, prec: number): [string, number] {
  if (x === 0) return ['0'.repeat(prec + 1), 0];
  const d = roundDigits(exactDecimal(x), prec + 1);
  return [d.digits.padEnd(prec + 1, '0'), d.point - 1];
}

function expText(e: number): string {
  const a = Math.abs(e);
  return (e < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

/** The general ('g') format's [integer part, rest]; `dotZero` is the '' type's at-least-one-fraction-digit rule. */
function general(x: number, precision: number, alt: boolean, upper: boolean, dotZero: boolean): [string, string] {
  const P = precision === 0 ? 1 : precision;
  const [mant, exp] = scientific(x, P - 1);
  const e = x === 0 ? 0 : exp;
  if (e >= -4 && e < (dotZero ? P - 1 : P)) {
    let [ip, fp] = fixed(x, Math.max(0, P - 1 - e));
    if (!alt) fp = fp.replace(/0+$/, '');
    if (fp === '' && dotZero) fp = '0';
    return [ip, fp || alt ? '.' + fp : ''];
  }
  let frac = mant.slice(1);
  if (!alt) frac = frac.replace(/0+$/, '');
  return [mant[0]!, (frac || alt ? '.' + frac : '') + (upper ? 'E' : 'e') + expText(e)];
}

export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return reprFloat(x);
  const p = parseSpec(spec);
  checkGrouping(p);
  const type = p.type;
  if (!'eEfFgGn%'.includes(type) || type.length > 1) throw unknownCode(type, typeName);
  if (p.grouping && type === 'n') throw new FormatSpecError('ValueError', `Cannot specify '${p.grouping}' with 'n'.`);
  let neg = x < 0 || Object.is(x, -0);
  let a = Math.abs(x);
  const upper = type === 'E' || type === 'F' || type === 'G';
  let ip: string, rest: string;
  if (!Number.isFinite(a)) {
    ip = '';
    rest = (a !== a ? 'nan' : 'inf') + (type === '%' ? '%' : '');
    if (upper) rest = rest.toUpperCase();
    if (a !== a) neg = false;
  } else {
    const prec = p.precision < 0 ? 6 : p.precision;
    switch (type) {
      case 'f': case 'F': case '%': {
        if (type === '%') a *= 100;
        const [i, f] = fixed(a, prec);
        ip = i;
        rest = (f || p.alt ? '.' + f : '') + (type === '%' ? '%' : '');
        break;
      }
      case 'e': case 'E': {
        const [m, e] = scientific(a, prec);
        ip = m[0]!;
        rest = (prec > 0 || p.alt ? '.' + m.slice(1) : '') + (upper ? 'E' : 'e') + expText(a === 0 ? 0 : e);
        break;
      }
      case 'g': case 'G': case 'n':
        [ip, rest] = general(a, prec, p.alt, upper, false);
        break;
      default: {
        if (p.precision < 0) {
          const r = reprFloat(a);
          const m = /^(\d+)(.*)$/s.exec(r)!;
          ip = m[1]!; rest = m[2]!;
        } else {
          [ip, rest] = general(a, p.precision, p.alt, false, true);
        }
      }
    }
    if (p.z && neg && /^[0.]*$/.test(ip + rest.replace(/[eE%].*$/, ''))) neg = false;
  }
  const prefix = signOf(neg, p.sign);
  if (ip === '') return pad(prefix, rest, p.width, p.align || (p.zero ? '=' : '>'), p.fill);
  return layoutNumber(prefix, ip, rest, p, 3);
}
