/**
 * Scanning of NUMBER and STRING tokens, following CPython 3.11's C tokenizer
 * step by step so that the same texts are accepted and the same errors are
 * raised at the same positions.
 *
 * Conventions: the scanners work on the tokenizer's read position (`readPos`,
 * CPython's `tok->cur`); "read" a character = take the code unit at the read
 * position and advance; "back up" = step back one. At the end of input a read
 * yields EOF (-1) and still advances, so a later back-up stays balanced.
 * A number's value is computed later (literals.ts); a string's too.
 */

import { T, type Token } from './tokens.js';
import type { Tokenizer } from './tokenizer.js';
import { isPotentialIdentifierChar } from './tokenizer-text.js';

// Token types as module constants (read once: hot paths avoid property loads).
const { STRING } = T;


export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** A cursor over the tokenizer's source with C-tokenizer read/back-up semantics. */
class Cursor {
  p: number;
  constructor(readonly tz: Tokenizer) {
    this.p = tz.readPos;
  }
  read(): number {
    return this.tz.ch(this.p++);
  }
  backup(): void {
    this.p--;
  }
  /** Publishes the cursor as the tokenizer's read position (before an error or at the end). */
  sync(): void {
    this.tz.setPos(this.p);
  }
  error(msg: string): never {
    this.sync();
    return this.tz.tokenErrors.syntaxError(msg);
  }
}

/**
 * Scans the rest of a number whose first character `first` (a digit, or '.'
 * followed by a digit) starts at `start`; the read position is just after it.
 * Leaves the read position at the end of the number.
 */
export function scanNumber(tz: Tokenizer, start: number, first: number): void {
  const cur = new Cursor(tz);
  let c: number;
  if (first === 46) c = fraction(cur, cur.read());
  else if (first === 48) c = afterZero(cur, start);
  else c = decimalRest(cur, decimalTail(cur));
  if (c !== -2) cur.backup();
  cur.sync();
}

/** Digits and single underscores after a digit; returns the first character after them. */
function decimalTail(cur: Cursor): number {
  for (;;) {
    let c: number;
    do c = cur.read(); while (isDigit(c));
    if (c !== 95) return c;
    c = cur.read();
    if (!isDigit(c)) {
      cur.backup();
      cur.error('invalid decimal literal');
    }
  }
}

/** A number starting with '0': hex, octal, binary, or a decimal made of zeros (or a float). */
function afterZero(cur: Cursor, start: number): number {
  let c = cur.read();
  if (c === 120 || c === 88) return radixDigits(cur, 16, 'hexadecimal');
  if (c === 111 || c === 79) return radixDigits(cur, 8, 'octal');
  if (c === 98 || c === 66) return radixDigits(cur, 2, 'binary');
  let nonzero = false;
  for (;;) {
    if (c === 95) {
      c = cur.read();
      if (!isDigit(c)) {
        cur.backup();
        cur.error('invalid decimal literal');
      }
    }
    if (c !== 48) break;
    c = cur.read();
  }
  const zerosEnd = cur.p;
  if (isDigit(c)) {
    nonzero = true;
    c = decimalTail(cur);
  }
  if (c === 46) return fraction(cur, cur.read());
  if (c === 101 || c === 69) return exponent(cur, c);
  if (c === 106 || c === 74) return imaginary(cur);
  if (nonzero) {
    cur.backup();
    cur.sync();
    const tz = cur.tz;
    tz.tokenErrors.knownRange(tz.byteCol(start) + 1, tz.byteCol(Math.min(zerosEnd, tz.length)),
      'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers');
  }
  verifyEnd(cur, c, 'decimal');
  return c;
}

/** Digits of a 0x / 0o / 0b literal, after the prefix. */
function radixDigits(cur: Cursor, radix: number, kind: string): number {
  let c = cur.read();
  const ok = radix === 16 ? isHexDigit : radix === 8 ? (d: number) => d >= 48 && d <= 55 : (d: number) => d === 48 || d === 49;
  do {
    if (c === 95) c = cur.read();
    if (!ok(c)) {
      if (radix !== 16 && isDigit(c)) cur.error(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
      cur.backup();
      cur.error(`invalid ${kind} literal`);
    }
    do c = cur.read(); while (ok(c));
  } while (c === 95);
  if (radix !== 16 && isDigit(c)) cur.error(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
  verifyEnd(cur, c, kind);
  return c;
}

/** After the first digits of a decimal: fraction, exponent, imaginary suffix. */
function decimalRest(cur: Cursor, c: number): number {
  if (c === 46) return fraction(cur, cur.read());
  if (c === 101 || c === 69) return exponent(cur, c);
  if (c === 106 || c === 74) return imaginary(cur);
  verifyEnd(cur, c, 'decimal');
  return c;
}

/** After the '.': `c` is the character following it. */
function fraction(cur: Cursor, c: number): number {
  if (isDigit(c)) c = decimalTail(cur);
  if (c === 101 || c === 69) return exponent(cur, c);
  if (c === 106 || c === 74) return imaginary(cur);
  verifyEnd(cur, c, 'decimal');
  return c;
}

/**
 * After an 'e' or 'E'. Returns -2 when the 'e' turned out not to belong to the
 * number (`1else`): the read position is then already at the number's end.
 */
function exponent(cur: Cursor, e: number): number {
  let c = cur.read();
  if (c === 43 || c === 45) {
    c = cur.read();
    if (!isDigit(c)) {
      cur.backup();
      cur.error('invalid decimal literal');
    }
  } else if (!isDigit(c)) {
    cur.backup();
    verifyEnd(cur, e, 'decimal');
    cur.backup();
    return -2;
  }
  c = decimalTail(cur);
  if (c === 106 || c === 74) return imaginary(cur);
  verifyEnd(cur, c, 'decimal');
  return c;
}

function imaginary(cur: Cursor): number {
  const c = cur.read();
  verifyEnd(cur, c, 'imaginary');
  return c;
}

/**
 * CPython's verify_end_of_number: a number directly followed by a keyword that
 * may legally follow it (`1if x else y`) passes (CPython only warns); followed
 * by any other ASCII identifier character it is "invalid <kind> literal".
 * `c` has been read; the read position is after it.
 */
function verifyEnd(cur: Cursor, c: number, kind: string): void {
  let r = false;
  if (c === 97) r = lookahead(cur, 'nd');
  else if (c === 101) r = lookahead(cur, 'lse');
  else if (c === 102) r = lookahead(cur, 'or');
  else if (c === 105) {
    const c2 = cur.tz.ch(cur.p);
    r = c2 === 102 || c2 === 110 || c2 === 115;
  } else if (c === 111) r = lookahead(cur, 'r');
  else if (c === 110) r = lookahead(cur, 'ot');
  if (r) return;
  // Non-ASCII after a number is left to the identifier check ("invalid character").
  if (c < 128 && isPotentialIdentifierChar(c)) {
    cur.backup();
    cur.error(`invalid ${kind} literal`);
  }
}

/** Whether the keyword's `rest` follows the read position, as a whole word. */
function lookahead(cur: Cursor, rest: string): boolean {
  const tz = cur.tz;
  for (let i = 0; i < rest.length; i++) {
    if (tz.ch(cur.p + i) !== rest.charCodeAt(i)) return false;
  }
  return !isPotentialIdentifierChar(tz.ch(cur.p + rest.length));
}

// ---------------------------------------------------------------------------
// Strings

/**
 * Scans a string literal whose prefix starts at `start` (line `lineno`, which
 * starts at `lineStart`, byte column `col`); the read position is at the
 * opening quote. Quotes and backslash escapes are only skipped here, newlines
 * inside triple-quoted strings (or escaped ones) move to the next line.
 */
export function scanString(tz: Tokenizer, start: number, lineno: number, lineStart: number, col: number): Token {
  const src = tz.src;
  const len = tz.length;
  let p = tz.readPos;
  const quote = src.charCodeAt(p);
  let triple = false;
  if (tz.ch(p + 1) === quote) {
    if (tz.ch(p + 2) === quote) {
      triple = true;
      p += 3;
    } else {
      tz.setPos(p + 2);
      return tz.makeToken(STRING, start, lineno, col);
    }
  } else p += 1;
  let endQuotes = 0;
  const need = triple ? 3 : 1;
  while (endQuotes !== need) {
    if (p >= len) return unterminated(tz, triple, start, lineno, lineStart, len);
    const c = src.charCodeAt(p++);
    if (c === quote) {
      endQuotes++;
      continue;
    }
    endQuotes = 0;
    if (c === 10) {
      if (!triple) return unterminated(tz, triple, start, lineno, lineStart, p);
      if (p < len) tz.advanceLine(p);
    } else if (c === 92) {
      if (p >= len) continue;
      if (src.charCodeAt(p++) === 10 && p < len) tz.advanceLine(p);
    }
  }
  tz.setPos(p);
  return tz.makeToken(STRING, start, lineno, col);
}

function unterminated(tz: Tokenizer, triple: boolean, start: number, lineno: number, lineStart: number, p: number): never {
  tz.setPos(p);
  return tz.tokenErrors.unterminatedString(triple, start, lineno, lineStart);
}

