/**
 * `repr()` of Python's literal values, byte-identical to CPython 3.11:
 * str, bytes, int, float, complex, and the `PyConstant`s of the AST.
 *
 * Model:
 * - A Python str is a JS string read by code point; a surrogate that is not
 *   half of a well-formed pair stands for that lone surrogate code point. A
 *   str holding a lone high then a lone low surrogate, which a JS string
 *   cannot tell from the astral character they encode, comes with its exact
 *   code points (the AST's `codePoints`, see vm/syntax/py-str.ts).
 * - Printability is CPython's `str.isprintable()` at Unicode 14.0, from the
 *   generated table in unicode-printable.ts, never from the host's ICU.
 * - Floats print the shortest digit string that round-trips (JS's
 *   Number#toExponential() gives the same digits as CPython's dtoa) laid out
 *   with Python's rules (`float_repr_style == 'short'`).
 * - An int of more than `maxStrDigits` decimal digits (default 4300, as
 *   `sys.get_int_max_str_digits()`) cannot be converted: `reprInt` throws
 *   `IntMaxStrDigitsError`, which the runtime raises as ValueError.
 *
 * Reference: https://docs.python.org/3.11/library/functions.html#repr and
 * https://docs.python.org/3.11/library/stdtypes.html#int-max-str-digits
 */
import type { PyConstant } from '../syntax/ast.js';
import { NON_PRINTABLE_RANGES } from './unicode-printable.js';

// ---------------------------------------------------------------------------
// Printability

/** CPython's `chr(cp).isprintable()`. */
export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  const r = NON_PRINTABLE_RANGES;
  // Find the last range start <= cp; ranges are [r[2i], r[2i+1]).
  let lo = 0;
  let hi = (r.length >> 1) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (r[mid << 1]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return !(r[lo << 1]! <= cp && cp < r[(lo << 1) + 1]!);
}

// ---------------------------------------------------------------------------
// str

const HEX = '0123456789abcdef';
const QUOTE = 0x27; // '
const DQUOTE = 0x22; // "
const BACKSLASH = 0x5c;

/**
 * `repr(s)` for a Python str: the JS string `s`, or exactly the code points
 * `codePoints` when given (`s` is then their nearest JS string).
 */
export function reprStr(s: string, codePoints?: Uint32Array): string {
  if (codePoints !== undefined) return reprCodePoints(s, codePoints);
  const quote = chooseQuote(s);
  const n = s.length;
  let out = '';
  let run = 0; // start of the pending stretch copied verbatim
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      if (c !== quote && c !== BACKSLASH) continue;
    } else if (c >= 0xa0) {
      let cp = c;
      let width = 1;
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      if (isPrintable(cp)) {
        i += width - 1;
        continue;
      }
      out += s.slice(run, i) + escapeCodePoint(cp);
      i += width - 1;
      run = i + 1;
      continue;
    }
    out += s.slice(run, i) + escapeAscii(c);
    run = i + 1;
  }
  const q = quote === DQUOTE ? '"' : "'";
  return run === 0 ? q + s + q : q + out + s.slice(run) + q;
}

/** `repr()` of the str of code points `cps` (`s`: the same text as a JS string, for the quote). */
function reprCodePoints(s: string, cps: Uint32Array): string {
  const quote = chooseQuote(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (cp >= 0x20 && cp < 0x7f) out += cp === quote || cp === BACKSLASH ? escapeAscii(cp) : String.fromCharCode(cp);
    else if (cp < 0xa0) out += escapeAscii(cp);
    else out += isPrintable(cp) ? String.fromCodePoint(cp) : escapeCodePoint(cp);
  }
  const q = quote === DQUOTE ? '"' : "'";
  return q + out + q;
}

/** `"` when the text has a ' and no ", else `'` (as CPython). */
function chooseQuote(s: string): number {
  if (s.indexOf("'") < 0) return QUOTE;
  return s.indexOf('"') < 0 ? DQUOTE : QUOTE;
}

/** The escape of a code point below 0xa0 that is a quote, a backslash or a control. */
function escapeAscii(c: number): string {
  switch (c) {
    case 0x09: return '\\t';
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
    case QUOTE: return "\\'";
    case DQUOTE: return '\\"';
    case BACKSLASH: return '\\\\';
    default: return hexEscape('\\x', c, 2);
  }
}

function escapeCodePoint(cp: number): string {
  if (cp <= 0xff) return hexEscape('\\x', cp, 2);
  if (cp <= 0xffff) return hexEscape('\\u', cp, 4);
  return hexEscape('\\U', cp, 8);
}

function hexEscape(prefix: string, v: number, width: number): string {
  let s = '';
  for (let k = width - 1; k >= 0; k--) s += HEX[(v >>> (k * 4)) & 15];
  return prefix + s;
}

// ---------------------------------------------------------------------------
// bytes

/** `repr(b)` for a Python bytes object. */
export function reprBytes(b: Uint8Array): string {
  let hasQuote = false;
  let hasDquote = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === QUOTE) hasQuote = true;
    else if (b[i] === DQUOTE) hasDquote = true;
  }
  const quote = hasQuote && !hasDquote ? DQUOTE : QUOTE;
  const parts: string[] = [quote === DQUOTE ? 'b"' : "b'"];
  let chunk = '';
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c >= 0x20 && c < 0x7f && c !== quote && c !== BACKSLASH) chunk += String.fromCharCode(c);
    else chunk += escapeAscii(c);
    if (chunk.length > 4096) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk, quote === DQUOTE ? '"' : "'");
  return parts.join('');
}

// ---------------------------------------------------------------------------
// int

export const DEFAULT_MAX_STR_DIGITS = 4300;

/** Converting an int with too many decimal digits: Python's ValueError. */
export class IntMaxStrDigitsError extends Error {
  readonly pythonType = 'ValueError';
  constructor(limit: number) {
    super(
      `Exceeds the limit (${limit} digits) for integer string conversion; ` +
        'use sys.set_int_max_str_digits() to increase the limit',
    );
    this.name = 'IntMaxStrDigitsError';
  }
}

const LOG10_2 = Math.log10(2);
const SMALL = 10n ** 15n; // below any limit Python allows (its minimum is 640)

/** `repr(v)` for a Python int; `maxStrDigits` 0 means no limit. */
export function reprInt(v: bigint, maxStrDigits: number = DEFAULT_MAX_STR_DIGITS): string {
  if (maxStrDigits > 0 && (v >= SMALL || v <= -SMALL)) {
    // A value of b bits has at least floor((b - 1) * log10 2) + 1 digits:
    // reject the hopeless ones before paying for the conversion.
    const bits = (v < 0n ? -v : v).toString(16).length * 4 - 3;
    if (Math.floor((bits - 1) * LOG10_2) + 1 > maxStrDigits + 1) throw new IntMaxStrDigitsError(maxStrDigits);
    const s = v.toString();
    if (s.length - (v < 0n ? 1 : 0) > maxStrDigits) throw new IntMaxStrDigitsError(maxStrDigits);
    return s;
  }
  return v.toString();
}

// ---------------------------------------------------------------------------
// float and complex

/** `repr(x)` for a Python float. */
export function reprFloat(x: number): string {
  return formatFloat(x, true, false);
}

/** `repr(complex(re, im))`. */
export function reprComplex(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return formatFloat(im, false, false) + 'j';
  return '(' + formatFloat(re, false, false) + formatFloat(im, false, true) + 'j)';
}

/**
 * The shortest round-trip form of `x` as CPython's `float_repr` ('r' format):
 * exponent notation when the decimal exponent is < -4 or >= 16; `addDot0`
 * appends '.0' to an integral value in positional notation; `sign` forces '+'.
 */
function formatFloat(x: number, addDot0: boolean, sign: boolean): string {
  if (x !== x) return sign ? '+nan' : 'nan';
  const neg = x < 0 || Object.is(x, -0);
  const lead = neg ? '-' : sign ? '+' : '';
  if (x === Infinity || x === -Infinity) return lead + 'inf';
  if (x === 0) return lead + (addDot0 ? '0.0' : '0');
  const e = (neg ? -x : x).toExponential(); // "d.ddde+N" with the shortest digits
  const ePos = e.indexOf('e');
  const digits = e.charCodeAt(1) === 0x2e ? e[0]! + e.slice(2, ePos) : e.slice(0, ePos);
  const exp = +e.slice(ePos + 1);
  if (exp < -4 || exp >= 16) {
    const mantissa = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const absExp = exp < 0 ? -exp : exp;
    return lead + mantissa + (exp < 0 ? 'e-' : 'e+') + (absExp < 10 ? '0' : '') + absExp;
  }
  const point = exp + 1; // digits before the decimal point
  if (point <= 0) return lead + '0.' + '0'.repeat(-point) + digits;
  if (point < digits.length) return lead + digits.slice(0, point) + '.' + digits.slice(point);
  return lead + digits + '0'.repeat(point - digits.length) + (addDot0 ? '.0' : '');
}

// ---------------------------------------------------------------------------
// AST constants

/** `repr()` of an AST constant's value. */
export function reprConstant(c: PyConstant, maxStrDigits: number = DEFAULT_MAX_STR_DIGITS): string {
  switch (c.kind) {
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'bool': return c.value ? 'True' : 'False';
    case 'int': return reprInt(c.value, maxStrDigits);
    case 'float': return reprFloat(c.value);
    case 'complex': return reprComplex(c.real, c.imag);
    case 'str': return reprStr(c.value, c.codePoints);
    case 'bytes': return reprBytes(c.value);
  }
}
