/**
 * Literal values: NUMBER token text -> int / float / imaginary, and the
 * bodies of STRING tokens -> str or bytes, with CPython 3.11's escape rules
 * (https://docs.python.org/3.11/reference/lexical_analysis.html#literals).
 *
 * Model:
 * - A string token is split into prefix, quotes and body (`splitString`); the
 *   body is then decoded as CPython's parsestr does: raw or escape-free bodies
 *   are taken as they are, others go through the unicode-escape decoder
 *   (str) or the bytes-escape decoder (bytes). Invalid escapes are kept
 *   verbatim (CPython only warns).
 * - Decoding errors are thrown as `LiteralError` carrying CPython's exact
 *   message ("(unicode error) 'unicodeescape' codec can't decode bytes in
 *   position 0-1: truncated \xXX escape"); the caller (fstring.ts) gives them
 *   CPython's position. Positions inside the messages are those of CPython's
 *   intermediate buffer, where every non-ASCII character of a str body with
 *   escapes counts 10 (it is rewritten as "\UXXXXXXXX" before decoding).
 * - Undecodable source bytes (U+DC80..U+DCFF, see source.ts) surface here as
 *   CPython's "(unicode error) 'utf-8' codec can't decode ..." errors.
 * - \N{...} names come from a table generated from CPython's own unicodedata
 *   (literals-names.ts), loaded on first use.
 */

import type { PyConstant } from './ast.js';
import { isHighSurrogate, isLowSurrogate, strCodePoints, type PyStr } from './py-str.js';
import { describeUtf8Error, sourceTextBytes, UNDECODABLE } from './source.js';
import { lookupUnicodeName } from './literals-unicode.js';

/** A literal CPython rejects; `message` is CPython's SyntaxError message. */
export class LiteralError extends Error {
  constructor(message: string, readonly atToken = false) {
    super(message);
    this.name = 'LiteralError';
  }
}

// ---------------------------------------------------------------------------
// Numbers

/** The value of a NUMBER token's text (already validated by the tokenizer). */
export function numberValue(text: string): PyConstant {
  const s = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
  const last = s.charCodeAt(s.length - 1);
  if (last === 106 || last === 74) return { kind: 'complex', real: 0, imag: Number(s.slice(0, -1)) };
  const c1 = s.charCodeAt(1);
  if (s.charCodeAt(0) === 48 && (c1 === 120 || c1 === 88 || c1 === 111 || c1 === 79 || c1 === 98 || c1 === 66)) {
    return { kind: 'int', value: BigInt(s) };
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return { kind: 'float', value: Number(s) };
  }
  return { kind: 'int', value: BigInt(s) };
}

/** CPython's limit on decimal digits converted to an int (sys.get_int_max_str_digits()). */
export const INT_MAX_STR_DIGITS = 4300;

/**
 * CPython's message when a decimal int literal exceeds the digit limit, else
 * null. CPython reports it at the token's line with no columns
 * (lineno..end_lineno, offset 0, end_offset 0).
 */
export function intLiteralLimitError(text: string): string | null {
  if (text.length <= INT_MAX_STR_DIGITS) return null;
  const c1 = text.charCodeAt(1) | 0x20;
  if (text.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) return null;
  if (numberValue(text).kind !== 'int') return null;
  const digits = text.length - (text.split('_').length - 1);
  if (digits <= INT_MAX_STR_DIGITS) return null;
  return `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits} digits;`
    + ' use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals'
    + ' to avoid decimal conversion limits.';
}

// ---------------------------------------------------------------------------
// String tokens

export interface StringParts {
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  /** Index of the body's first character in the token text. */
  bodyStart: number;
  /** Index just past the body (the closing quotes start here). */
  bodyEnd: number;
}

/** Splits a STRING token's text into its prefix flags and body. */
export function splitString(text: string): StringParts {
  let bytes = false, raw = false, fstring = false;
  let i = 0;
  for (;; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c === 98) bytes = true;
    else if (c === 114) raw = true;
    else if (c === 102) fstring = true;
    else if (c !== 117) break;
  }
  const quote = text.charCodeAt(i);
  const triple = text.length - i >= 6 && text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote;
  const q = triple ? 3 : 1;
  return { bytes, raw, fstring, bodyStart: i + q, bodyEnd: text.length - q };
}

/** The value of a str body (not an f-string): CPython's parsestr. */
export function decodeStrBody(body: string, raw: boolean): PyStr {
  if (raw || body.indexOf('\\') < 0) return { value: checkDecodable(body) };
  return decodeUnicodeEscapes(body);
}

/** Rejects a body holding undecodable source bytes, with Python's UTF-8 message. */
export function checkDecodable(body: string): string {
  if (!UNDECODABLE.test(body)) return body;
  throw new LiteralError(`(unicode error) ${describeUtf8Error(sourceTextBytes(body))}`);
}

/** The value of a bytes body: ASCII only, then bytes escapes unless raw. */
export function decodeBytesBody(body: string, raw: boolean): Uint8Array {
  const out = new Uint8Array(body.length);
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 0x80) throw new LiteralError('bytes can only contain ASCII literal characters', true);
    out[i] = c;
  }
  if (raw || body.indexOf('\\') < 0) return out;
  return decodeBytesEscapes(body);
}

// ---------------------------------------------------------------------------
// The unicode-escape decoder (str bodies with backslashes)

/**
 * CPython's decode_unicode_with_escapes: non-ASCII text is first rewritten as
 * "\UXXXXXXXX" escapes (a backslash before it as "\u005c"), then the whole
 * ASCII buffer is decoded with the unicode-escape codec.
 */
export function decodeUnicodeEscapes(body: string): PyStr {
  return unicodeEscape(escapeNonAscii(body));
}

function escapeNonAscii(body: string): string {
  let out = '';
  let from = 0;
  let i = 0;
  const n = body.length;
  while (i < n) {
    let c = body.charCodeAt(i);
    if (c === 92) {
      i++;
      if (i >= n || body.charCodeAt(i) >= 0x80) {
        out += body.slice(from, i) + 'u005c';
        from = i;
        if (i >= n) break;
      }
      c = body.charCodeAt(i);
    }
    if (c >= 0x80) {
      out += body.slice(from, i);
      const runStart = i;
      while (i < n && body.charCodeAt(i) >= 0x80) i++;
      out += escapeRun(body.slice(runStart, i));
      from = i;
    } else i++;
  }
  return out + body.slice(from);
}

/** A run of non-ASCII text as "\UXXXXXXXX" escapes; undecodable bytes are CPython's UTF-8 error. */
function escapeRun(run: string): string {
  checkDecodable(run);
  let out = '';
  for (const ch of run) out += '\\U' + ch.codePointAt(0)!.toString(16).padStart(8, '0');
  return out;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function unicodeEscapeError(start: number, end: number, reason: string): LiteralError {
  const where = end - start === 1 ? `byte 0x5c in position ${start}` : `bytes in position ${start}-${end - 1}`;
  return new LiteralError(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`);
}

const SIMPLE_ESCAPES: Record<number, string> = {
  92: '\\', 39: "'", 34: '"', 98: '\b', 102: '\f', 116: '\t', 110: '\n', 114: '\r', 118: '\v', 97: '\x07',
};

/**
 * Python's unicode-escape codec on an ASCII buffer. Each escape is one part
 * of the result; a \uXXXX or \UXXXXXXXX high surrogate directly followed by a
 * low one makes the str ambiguous as a JS string (see py-str.ts), and then
 * the parts give its code points.
 */
function unicodeEscape(s: string): PyStr {
  const parts: string[] = [];
  const n = s.length;
  let from = 0;
  let endsHigh = false;
  let pair = false;
  let i = s.indexOf('\\');
  while (i >= 0) {
    if (i > from) {
      parts.push(s.slice(from, i));
      endsHigh = false;
    }
    const start = i;
    i++;
    if (i >= n) throw unicodeEscapeError(start, i, '\\ at end of string');
    const c = s.charCodeAt(i++);
    let part: string | null = null;
    if (c === 10) { /* line continuation */ }
    else if (SIMPLE_ESCAPES[c] !== undefined) part = SIMPLE_ESCAPES[c];
    else if (c >= 48 && c <= 55) {
      let v = c - 48;
      for (let k = 0; k < 2 && i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 55; k++) v = v * 8 + s.charCodeAt(i++) - 48;
      part = String.fromCodePoint(v);
    } else if (c === 120 || c === 117 || c === 85) {
      const v = hexEscape(s, start, i, c === 120 ? 2 : c === 117 ? 4 : 8);
      i += c === 120 ? 2 : c === 117 ? 4 : 8;
      if (isLowSurrogate(v) && endsHigh) pair = true;
      parts.push(String.fromCodePoint(v));
      endsHigh = isHighSurrogate(v);
    } else if (c === 78) {
      const r = namedEscape(s, i, start);
      part = r.value;
      i = r.next;
    } else part = '\\' + String.fromCharCode(c);
    if (part !== null) {
      parts.push(part);
      endsHigh = false;
    }
    from = i;
    i = s.indexOf('\\', i);
  }
  parts.push(s.slice(from));
  const value = parts.join('');
  return pair ? { value, codePoints: partsCodePoints(parts) } : { value };
}

/** The value of the hex escape of `count` digits at `i` (the escape starts at `start`). */
function hexEscape(s: string, start: number, i: number, count: number): number {
  const reason = count === 2 ? 'truncated \\xXX escape' : count === 4 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
  let v = 0;
  for (let k = 0; k < count; k++, i++) {
    const h = i < s.length ? hexValue(s.charCodeAt(i)) : -1;
    if (h < 0) throw unicodeEscapeError(start, i, reason);
    v = v * 16 + h;
  }
  if (v > 0x10ffff) throw unicodeEscapeError(start, i, 'illegal Unicode character');
  return v;
}

/** The code points of the concatenated parts, each part read on its own. */
function partsCodePoints(parts: string[]): Uint32Array {
  const out: number[] = [];
  for (const p of parts) for (const cp of strCodePoints({ value: p })) out.push(cp);
  return Uint32Array.from(out);
}

/** "\N{name}" with the 'N' read; `i` is just after it. */
function namedEscape(s: string, i: number, start: number): { value: string; next: number } {
  const malformed = 'malformed \\N character escape';
  if (i >= s.length) throw unicodeEscapeError(start, i, malformed);
  if (s.charCodeAt(i) !== 123) throw unicodeEscapeError(start, i, malformed);
  const close = s.indexOf('}', i + 1);
  if (close < 0) throw unicodeEscapeError(start, s.length, malformed);
  if (close === i + 1) throw unicodeEscapeError(start, close, malformed);
  const cp = lookupUnicodeName(s.slice(i + 1, close));
  if (cp < 0) throw unicodeEscapeError(start, close + 1, 'unknown Unicode character name');
  return { value: String.fromCodePoint(cp), next: close + 1 };
}

// ---------------------------------------------------------------------------
// The bytes-escape decoder

function decodeBytesEscapes(s: string): Uint8Array {
  const out: number[] = [];
  const n = s.length;
  for (let i = 0; i < n;) {
    const c = s.charCodeAt(i++);
    if (c !== 92) {
      out.push(c);
      continue;
    }
    if (i >= n) throw new LiteralError('(value error) Trailing \\ in string');
    const e = s.charCodeAt(i++);
    if (e === 10) continue;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) out.push(simple.charCodeAt(0));
    else if (e >= 48 && e <= 55) {
      let v = e - 48;
      for (let k = 0; k < 2 && i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 55; k++) v = v * 8 + s.charCodeAt(i++) - 48;
      out.push(v & 0xff);
    } else if (e === 120) {
      const h1 = i + 1 < n ? hexValue(s.charCodeAt(i)) : -1;
      const h2 = i + 1 < n ? hexValue(s.charCodeAt(i + 1)) : -1;
      if (h1 < 0 || h2 < 0) throw new LiteralError(`(value error) invalid \\x escape at position ${i - 2}`);
      out.push(h1 * 16 + h2);
      i += 2;
    } else out.push(92, e);
  }
  return Uint8Array.from(out);
}
