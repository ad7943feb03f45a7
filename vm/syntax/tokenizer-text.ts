/**
 * Text utilities of the tokenizer: character classes, CPython 3.11's
 * identifier rules (Unicode 14.0), UTF-8 byte arithmetic on JS strings (where
 * a lone U+DC80..U+DCFF stands for one undecodable source byte, see
 * source.ts), and CPython's newline translation.
 */

import { NOT_XID_START, NOT_XID_CONTINUE } from './tokenizer-unicode.js';

// Character classes of ASCII code units.
export const ID_START = 1;
export const ID_CHAR = 2;
export const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
  if (letter) CLASS[c] = ID_START | ID_CHAR;
  else if (c >= 48 && c <= 57) CLASS[c] = ID_CHAR;
}

/** CPython's `is_potential_identifier_char`: ASCII letters, digits, `_`, and any non-ASCII. */
export function isPotentialIdentifierChar(c: number): boolean {
  return c >= 128 || (c >= 0 && (CLASS[c] & ID_CHAR) !== 0);
}

const XID_START = /^\p{XID_Start}$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;

/** Whether `cp` lies in one of the sorted inclusive ranges `pairs`. */
function inRanges(cp: number, pairs: readonly number[]): boolean {
  let lo = 0;
  let hi = pairs.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < pairs[2 * mid]) hi = mid - 1;
    else if (cp > pairs[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** CPython 3.11's identifier classes (Unicode 14.0): JavaScript's, minus newer characters. */
export function isXidStart(ch: string): boolean {
  return XID_START.test(ch) && !inRanges(ch.codePointAt(0)!, NOT_XID_START);
}

export function isXidContinue(ch: string): boolean {
  return XID_CONTINUE.test(ch) && !inRanges(ch.codePointAt(0)!, NOT_XID_CONTINUE);
}

/** Identifier text -> the name Python uses (NFKC-normalised when non-ASCII). */
export function normalizeIdentifier(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 128) return text.normalize('NFKC');
  }
  return text;
}

/** UTF-8 length of the code unit at `i` of `s` (a surrogate pair counts 2 + 2). */
export function utf8Units(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff ? 2 : 3;
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const b = s.charCodeAt(i - 1);
    if (i > 0 && b >= 0xd800 && b <= 0xdbff) return 2;
    // An undecodable source byte kept as U+DC80..U+DCFF stands for one byte.
    return c >= 0xdc80 ? 1 : 3;
  }
  return 3;
}

/** UTF-8 byte length of `s[from, to)`. */
export function utf8Length(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += utf8Units(s, i);
  return n;
}

/**
 * UTF-8 byte column -> 1-based character offset (what SyntaxError.offset
 * wants): the number of characters in the first `byteCol + 1` bytes of
 * `lineText`, a cut character counting as one, clamped to the line length + 1
 * (CPython's `_PyPegen_byte_offset_to_character_offset(line, byteCol + 1)`).
 * `byteCol` = -1 gives 0.
 */
export function byteOffsetToCharOffset(lineText: string, byteCol: number): number {
  let bytes = byteCol + 1;
  if (bytes <= 0) return bytes;
  let chars = 0;
  let i = 0;
  while (bytes > 0 && i < lineText.length) {
    const units = utf8Units(lineText, i);
    const c = lineText.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && units === 2;
    bytes -= pair ? 4 : units;
    i += pair ? 2 : 1;
    chars++;
  }
  // Bytes past the end of the text: CPython clamps to len + 1.
  return bytes > 0 ? chars + 1 : chars;
}

/**
 * CPython's translate_newlines: `\r\n` and `\r` -> `\n`; exec input gets a
 * final newline if it lacks one. Faithfully to CPython, a source ending in
 * `\r\n` gets one more newline (an extra empty last line).
 */
export function translateNewlines(source: string, execInput: boolean): string {
  let out = source;
  if (source.indexOf('\r') >= 0) out = source.replace(/\r\n?/g, '\n');
  if (!execInput) return out;
  if (out.charCodeAt(out.length - 1) !== 10 || source.endsWith('\r\n')) out += '\n';
  return out;
}
