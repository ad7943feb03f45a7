/**
 * `_json`: the native speed-ups under lib/json/ (https://docs.python.org/3.11/library/json.html).
 * The decoder and encoder are Python (lib/json/decoder.py, encoder.py);
 * the per-character work is here:
 *
 * - `scanstring(s, end, strict)`: the JSON string whose body starts at code
 *   point `end` (just after the opening quote) -> `(text, index after the
 *   closing quote)`, or `(None, message, position)` for a malformed string,
 *   so Python raises JSONDecodeError with CPython's message and position.
 * - `scan_number(s, idx)`: the JSON number at idx -> `(text, is_float, end)`
 *   or None.
 * - `skip_ws(s, idx)`: the index of the next non-whitespace character.
 * - `encode_basestring(s)` / `encode_basestring_ascii(s)`: the quoted JSON
 *   form of a str (with `\uXXXX` escapes for non-ASCII in the second).
 * - `encode(o, ...options)`: the whole JSON text of o (json-encode.ts).
 * - `scan(s, idx, ...hooks)`: the JSON value at idx (json-decode.ts).
 *
 * Positions are Python's (code points), also in strings with characters
 * outside the BMP.
 *
 * Invariants: pure functions; no state.
 */
import { K, raise, T, typeOf } from '../objects/core.js';
import { intFromNumber, isInt, toBigInt } from '../objects/int.js';
import { isTrue, typeNameOf } from '../objects/protocol.js';
import { encodeJson } from './json-encode.js';
import { scanJson } from './json-decode.js';
import { isAsciiOrBmp, jsString, newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import type { ModuleSpec } from './registry.js';

/** A str as UTF-16 text plus conversions between code-point and UTF-16 indexes. */
export interface Text {
  readonly s: string;
  toUnit(cp: number): number;
  toCp(unit: number): number;
}
export function textOf(ref: number): Text {
  if (typeOf(ref) !== T.str) throw raise(T.TypeError, `first argument must be a string, not ${typeNameOf(ref)}`);
  const s = jsString(ref);
  if (isAsciiOrBmp(ref)) return { s, toUnit: (i) => i, toCp: (i) => i };
  const cpToUnit: number[] = [];
  for (let u = 0; u < s.length; u++) {
    cpToUnit.push(u);
    const c = s.charCodeAt(u);
    if (c >= 0xd800 && c < 0xdc00 && u + 1 < s.length) {
      const d = s.charCodeAt(u + 1);
      if (d >= 0xdc00 && d < 0xe000) u++;
    }
  }
  cpToUnit.push(s.length);
  return {
    s,
    toUnit: (i) => cpToUnit[Math.min(i, cpToUnit.length - 1)]!,
    toCp: (u) => {
      let lo = 0, hi = cpToUnit.length - 1;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (cpToUnit[mid]! < u) lo = mid + 1; else hi = mid; }
      return lo;
    },
  };
}
function index(v: number): number {
  if (!isInt(v)) throw raise(T.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return Number(toBigInt(v));
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** A scanned JSON string body: its text and the UTF-16 index after the closing quote, or an error and where. */
export type Scanned = { readonly text: string; readonly end: number } | { readonly error: string; readonly at: number };

/** Scans the body of a JSON string starting at UTF-16 index `begin` (after the opening quote). */
export function scanStringText(s: string, begin: number, strict: boolean): Scanned {
  const parts: string[] = [];
  let i = begin;
  for (;;) {
    let j = i;
    while (j < s.length) {
      const c = s.charCodeAt(j);
      if (c === 0x22 || c === 0x5c || (c < 0x20 && strict)) break;
      j++;
    }
    if (j >= s.length) return { error: 'Unterminated string starting at', at: begin - 1 };
    parts.push(s.slice(i, j));
    const c = s.charCodeAt(j);
    if (c === 0x22) return { text: parts.join(''), end: j + 1 };
    if (c !== 0x5c) return { error: 'Invalid control character at', at: j };
    if (j + 1 >= s.length) return { error: 'Unterminated string starting at', at: begin - 1 };
    const esc = s[j + 1]!;
    if (esc !== 'u') {
      const ch = ESCAPES[esc];
      if (ch === undefined) return { error: 'Invalid \\escape', at: j };
      parts.push(ch);
      i = j + 2;
      continue;
    }
    const code = hex4(s, j + 2);
    if (code < 0) return { error: 'Invalid \\uXXXX escape', at: j + 1 };
    i = j + 6;
    if (code >= 0xd800 && code < 0xdc00 && s[i] === '\\' && s[i + 1] === 'u') {
      const low = hex4(s, i + 2);
      if (low < 0) return { error: 'Invalid \\uXXXX escape', at: i + 1 };
      if (low >= 0xdc00 && low < 0xe000) {
        parts.push(String.fromCodePoint(0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)));
        i += 6;
        continue;
      }
    }
    parts.push(String.fromCharCode(code));
  }
}

function scanString(t: Text, startCp: number, strict: boolean): number {
  const r = scanStringText(t.s, t.toUnit(startCp), strict);
  if ('error' in r) return newTuple([K.None, newStr(r.error), intFromNumber(t.toCp(r.at))]);
  return newTuple([newStr(r.text), intFromNumber(t.toCp(r.end))]);
}
function hex4(s: string, at: number): number {
  const h = s.slice(at, at + 4);
  return /^[0-9a-fA-F]{4}$/.test(h) ? parseInt(h, 16) : -1;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;

function scanNumber(t: Text, cp: number): number {
  const at = t.toUnit(cp);
  NUMBER.lastIndex = at;
  const m = NUMBER.exec(t.s);
  if (!m) return K.None;
  const isFloat = m[1] !== undefined || m[2] !== undefined;
  return newTuple([newStr(m[0]), isFloat ? K.True : K.False, intFromNumber(cp + m[0].length)]);
}

function skipWhitespace(t: Text, cp: number): number {
  let u = t.toUnit(cp);
  const s = t.s;
  while (u < s.length) {
    const c = s.charCodeAt(u);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    u++;
  }
  return t.toCp(u);
}

function escapeChar(c: string, ascii: boolean): string {
  switch (c) {
    case '"': return '\\"';
    case '\\': return '\\\\';
    case '\n': return '\\n';
    case '\r': return '\\r';
    case '\t': return '\\t';
    case '\b': return '\\b';
    case '\f': return '\\f';
  }
  const code = c.charCodeAt(0);
  if (code < 0x20 || ascii) return '\\u' + code.toString(16).padStart(4, '0');
  return c;
}

/** The quoted JSON form of `s` (`\uXXXX` escapes for all non-ASCII when `ascii`). */
export function quoteJson(s: string, ascii: boolean): string {
  const pattern = ascii ? /["\\\x00-\x1f\x7f-\uffff]/g : /["\\\x00-\x1f]/g;
  return '"' + s.replace(pattern, (c) => escapeChar(c, ascii)) + '"';
}

function strArg(v: number): number {
  if (typeOf(v) !== T.str) throw raise(T.TypeError, `first argument must be a string, not ${typeNameOf(v)}`);
  return v;
}

export const jsonModule: ModuleSpec = {
  name: '_json',
  doc: 'Native speed-ups of the json module (pystm).',
  functions: {
    scanstring: (a) => scanString(textOf(a[0]!), index(a[1]!), a.length < 3 || a[2] !== K.False),
    scan_number: (a) => scanNumber(textOf(a[0]!), index(a[1]!)),
    skip_ws: (a) => intFromNumber(skipWhitespace(textOf(a[0]!), index(a[1]!))),
    encode_basestring: (a) => newStr(quoteJson(jsString(strArg(a[0]!)), false)),
    encode_basestring_ascii: (a) => newStr(quoteJson(jsString(strArg(a[0]!)), true)),
    /** encode(o, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent, item_sep, key_sep, default). */
    /** scan(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant) (json-decode.ts). */
    scan: (a) => scanJson(textOf(a[0]!), index(a[1]!), {
      strict: isTrue(a[2]!), objectHook: a[3]!, pairsHook: a[4]!, parseFloat: a[5]!, parseInt: a[6]!, parseConstant: a[7]!,
    }),
    encode: (a) => newStr(encodeJson(a[0]!, {
      skipkeys: isTrue(a[1]!), ensureAscii: isTrue(a[2]!), checkCircular: isTrue(a[3]!), allowNan: isTrue(a[4]!),
      sortKeys: isTrue(a[5]!), indent: a[6] === K.None ? null : jsString(a[6]!),
      itemSeparator: jsString(a[7]!), keySeparator: jsString(a[8]!), fallback: a[9]!,
    })),
  },
  arity: { scan: '=8-8', encode: '=10-10', scanstring: '=2-3', scan_number: '=2-2', skip_ws: '=2-2', encode_basestring: '=1-1', encode_basestring_ascii: '=1-1' },
};
