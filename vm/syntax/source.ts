/**
 * Source decoding: the bytes of a .py file -> the text the tokenizer reads,
 * as CPython 3.11 reads source given as bytes (`compile(bytes, ...)`,
 * `ast.parse(bytes)`).
 *
 * Model (CPython's decode_str):
 * 1. A NUL byte anywhere is an error before anything else.
 * 2. `\r\n` and `\r` become `\n`, and a final newline is added (CPython's exec
 *    input; the text is meant for a module, `compile(..., 'exec')`).
 * 3. A UTF-8 BOM is removed and fixes the encoding to UTF-8.
 * 4. A PEP 263 cookie (`coding[:=]\s*name` in a comment-only line) is looked
 *    for on line 1, and on line 2 if line 1 is blank or a comment only.
 * 5. UTF-8 (the default, a BOM, or a cookie spelled `utf-8`/`utf_8`/...) is
 *    *not* validated up front: CPython finds bad bytes only where a token
 *    needs decoding (identifiers, string literals), and never in comments. So
 *    bad bytes are kept as U+DC80..U+DCFF (one per byte, like Python's
 *    surrogateescape) for the tokenizer and literal decoder to report.
 *    Any other encoding (including the spelling `utf8`) decodes the whole
 *    source at once, and failures are errors at line 0, offset -1.
 *
 * Supported encodings (source-codecs.ts, generated from Python's codecs): by
 * Python's names and aliases, UTF-8, latin-1, ASCII, Python's single-byte
 * codecs (ISO-8859-x, cp125x, DOS code pages, KOI8, Mac) with their exact
 * tables, and CJK codecs via Node's TextDecoder (error messages there are
 * approximate); others are "unknown encoding".
 */

import { PySyntaxError } from './errors.js';
import { codecName, decodeErrorMessage, decodeStrict, firstUtf8Error, sequenceLength, utf8ErrorAt } from './source-decode.js';

export interface DecodedSource {
  text: string;
  /** The encoding CPython records (`tok->encoding`): 'utf-8' for a BOM, the cookie's name, or null. */
  encoding: string | null;
  /** No BOM and no cookie: CPython then reports parser error offsets in bytes. */
  rawBytes: boolean;
}

/** Bytes of a .py file -> text, as CPython reads source (see the module comment). */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  return decodeSourceInfo(bytes, filename).text;
}

/** `decodeSource` with the facts about the encoding that error reporting needs. */
export function decodeSourceInfo(bytes: Uint8Array, filename: string): DecodedSource {
  if (bytes.indexOf(0) >= 0) throw initError('source code string cannot contain null bytes', filename, true);
  let data = translateNewlines(bytes);
  let encoding: string | null = null;
  if (data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    data = data.subarray(3);
    encoding = 'utf-8';
  }
  const cookie = findCookie(data);
  if (cookie !== null) {
    if (encoding !== null && cookie !== encoding) throw initError(`encoding problem: ${cookie} with BOM`, filename);
    encoding = cookie;
  }
  const rawBytes = encoding === null;
  if (encoding === null || encoding === 'utf-8') return { text: decodeUtf8Lazily(data), encoding, rawBytes };
  return { text: decodeWith(encoding, data, filename), encoding, rawBytes };
}

/** A SyntaxError CPython raises while setting up the tokenizer (line 0, offset -1). */
function initError(msg: string, filename: string, noLocation = false): PySyntaxError {
  return new PySyntaxError({
    kind: 'SyntaxError', msg, filename, lineno: noLocation ? null : 0, offset: noLocation ? null : -1,
    end_lineno: null, end_offset: null, text: null,
  });
}

/**
 * CPython's translate_newlines on exec input: `\r\n` and `\r` -> `\n`, a final
 * newline added if missing, and (faithfully; not for a file read line by
 * line, `crlfQuirk` false) one more after a final `\r\n`.
 */
export function translateNewlines(bytes: Uint8Array, crlfQuirk = true): Uint8Array {
  const n0 = bytes.length;
  const lastIsNewline = n0 > 0 && (bytes[n0 - 1] === 10 || bytes[n0 - 1] === 13);
  const crlfAtEnd = crlfQuirk && n0 >= 2 && bytes[n0 - 2] === 13 && bytes[n0 - 1] === 10;
  if (bytes.indexOf(13) < 0 && lastIsNewline) return bytes;
  const out = new Uint8Array(n0 + 1);
  let n = 0;
  for (let i = 0; i < n0; i++) {
    const b = bytes[i];
    if (b === 13) {
      out[n++] = 10;
      if (bytes[i + 1] === 10) i++;
    } else out[n++] = b;
  }
  if (!lastIsNewline || crlfAtEnd) out[n++] = 10;
  return out.subarray(0, n);
}

// ---------------------------------------------------------------------------
// PEP 263 cookies

/** The cookie of line 1 or 2 (of newline-translated data), normalised as CPython's get_normal_name, or null. */
export function findCookie(data: Uint8Array): string | null {
  return findCookieLine(data)?.name ?? null;
}

/** `findCookie` with the line (1 or 2) it is on. */
export function findCookieLine(data: Uint8Array): { name: string; line: 1 | 2 } | null {
  let nl1 = data.indexOf(10);
  if (nl1 < 0) nl1 = data.length; // CPython has appended the final newline by now
  const first = data.subarray(0, nl1);
  const spec = codingSpec(first);
  if (spec !== null) return { name: spec, line: 1 };
  if (!commentOrBlank(first)) return null;
  if (nl1 + 1 >= data.length) return null;
  const nl2 = data.indexOf(10, nl1 + 1);
  const spec2 = codingSpec(data.subarray(nl1 + 1, nl2 < 0 ? data.length : nl2 + 1));
  return spec2 === null ? null : { name: spec2, line: 2 };
}

function commentOrBlank(line: Uint8Array): boolean {
  for (const b of line) {
    if (b === 35) return true;
    if (b !== 32 && b !== 9 && b !== 12) return false;
  }
  return true;
}

const CODING = [99, 111, 100, 105, 110, 103]; // "coding"

/** CPython's get_coding_spec on one line (without its newline, or with it for line 2). */
function codingSpec(s: Uint8Array): string | null {
  const size = s.length;
  let i = 0;
  for (; i < size - 6; i++) {
    if (s[i] === 35) break;
    if (s[i] !== 32 && s[i] !== 9 && s[i] !== 12) return null;
  }
  for (; i < size - 6; i++) {
    let match = true;
    for (let k = 0; k < 6; k++) if (s[i + k] !== CODING[k]) { match = false; break; }
    if (!match) continue;
    let t = i + 6;
    if (s[t] !== 58 && s[t] !== 61) continue;
    do t++; while (s[t] === 32 || s[t] === 9);
    const begin = t;
    while (t < size && isSpecChar(s[t])) t++;
    if (begin < t) return normalName(String.fromCharCode(...s.subarray(begin, t)));
  }
  return null;
}

function isSpecChar(b: number): boolean {
  return (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 45 || b === 95 || b === 46;
}

/** CPython's get_normal_name: spellings of utf-8 and latin-1 (first 12 characters, case-folded). */
function normalName(s: string): string {
  const buf = s.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (buf === 'utf-8' || buf.startsWith('utf-8-')) return 'utf-8';
  if (buf === 'latin-1' || buf === 'iso-8859-1' || buf === 'iso-latin-1' || buf.startsWith('latin-1-')
    || buf.startsWith('iso-8859-1-') || buf.startsWith('iso-latin-1-')) return 'iso-8859-1';
  return s;
}

// ---------------------------------------------------------------------------
// Decoding

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 -> text, keeping each byte of an invalid sequence as U+DC00 + byte. */
export function decodeUtf8Lazily(data: Uint8Array): string {
  return decodeUtf8Checked(data).text;
}

/** `decodeUtf8Lazily`, telling whether every byte decoded. */
export function decodeUtf8Checked(data: Uint8Array): { text: string; valid: boolean } {
  try {
    return { text: strictUtf8.decode(data), valid: true };
  } catch {
    return { text: decodeUtf8Escaping(data), valid: false };
  }
}

function decodeUtf8Escaping(data: Uint8Array): string {
  let out = '';
  let from = 0;
  let i = 0;
  while (i < data.length) {
    const err = utf8ErrorAt(data, i, data.length);
    if (err === null) {
      i += sequenceLength(data[i]);
      continue;
    }
    out += strictUtf8.decode(data.subarray(from, i));
    for (let k = 0; k < err.length; k++) out += String.fromCharCode(0xdc00 + data[i + k]);
    i += err.length;
    from = i;
  }
  return out + strictUtf8.decode(data.subarray(from));
}

/** Python's message for the first UTF-8 error in `bytes`, or null if they decode. */
export function describeUtf8Error(bytes: Uint8Array): string | null {
  const found = firstUtf8Error(bytes, 0, bytes.length);
  if (found === null) return null;
  const { at, error } = found;
  return decodeErrorMessage({ encoding: 'utf-8', start: at, end: at + error.length, reason: error.reason, byte: bytes[at] });
}

/** Matches a code unit that stands for an undecodable source byte (a lone U+DC80..U+DCFF). */
export const UNDECODABLE = /(?<![\ud800-\udbff])[\udc80-\udcff]/;

/**
 * `text` as CPython shows source text in errors (decoded with "replace"): each
 * undecodable sequence (as Python's UTF-8 decoder delimits it) becomes one U+FFFD.
 */
export function replaceUndecodable(text: string): string {
  if (!UNDECODABLE.test(text)) return text;
  return text.replace(/(?<![\ud800-\udbff])[\udc80-\udcff]+/g, (run) => {
    const bytes = Uint8Array.from(run, (ch) => ch.charCodeAt(0) - 0xdc00);
    let out = '';
    for (let i = 0; i < bytes.length;) {
      const err = utf8ErrorAt(bytes, i, bytes.length);
      out += '\ufffd';
      i += err === null ? sequenceLength(bytes[i]) : err.length;
    }
    return out;
  });
}

/** Text -> the source bytes it came from: UTF-8, with U+DC80..U+DCFF standing for one raw byte. */
export function sourceTextBytes(text: string): Uint8Array {
  if (!UNDECODABLE.test(text)) return Buffer.from(text, 'utf8');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (c >= 0xdc80 && c <= 0xdcff && !(prev >= 0xd800 && prev <= 0xdbff)) out.push(c - 0xdc00);
    else {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      out.push(...Buffer.from(String.fromCodePoint(cp), 'utf8'));
    }
  }
  return Uint8Array.from(out);
}

/** Decodes the whole source with a non-UTF-8-lazy encoding; failures are line-0 errors. */
function decodeWith(encoding: string, data: Uint8Array, filename: string): string {
  const codec = codecName(encoding);
  if (codec === null) throw initError(`unknown encoding: ${encoding}`, filename);
  const { text, error } = decodeStrict(codec, data);
  if (error !== null) throw initError(decodeErrorMessage(error), filename);
  return text;
}
