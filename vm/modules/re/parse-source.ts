/**
 * The pattern tokenizer: splits a pattern (code points; bytes are taken as
 * Latin-1) into tokens that are either one character or a backslash plus the
 * next character, like CPython's re._parser.Tokenizer, and builds errors at
 * its current position.
 *
 * Invariants: `next` is the pending token (NONE at the end); `tell()` is the
 * index where that token starts, which is what error positions count from.
 */
import { asciiBackslash, cpsToString, RegexError } from './errors.js';
import { reprStr } from '../../format/repr.js';

export const NONE = -1;
/** Flag added to a token's code point when it is an escape ("\\" + char). */
export const ESC = 0x200000;

/** A warning CPython's parser would issue (the module passes it to warnings.warn). */
export interface RegexWarning {
  category: 'FutureWarning' | 'DeprecationWarning';
  message: string;
}

export class Source {
  readonly cps: readonly number[];
  readonly isText: boolean;
  readonly warnings: RegexWarning[] = [];
  index = 0;
  /** The pending token: NONE, a code point, or ESC | code point. */
  next = NONE;

  constructor(cps: readonly number[], isText: boolean) {
    this.cps = cps;
    this.isText = isText;
    this.advance();
  }

  private advance(): void {
    const i = this.index;
    if (i >= this.cps.length) {
      this.next = NONE;
      return;
    }
    let tok = this.cps[i]!;
    if (tok === 0x5c) {
      if (i + 1 >= this.cps.length) throw new RegexError('bad escape (end of pattern)', this.cps, this.cps.length - 1);
      tok = ESC | this.cps[i + 1]!;
      this.index = i + 2;
    } else {
      this.index = i + 1;
    }
    this.next = tok;
  }

  match(tok: number): boolean {
    if (tok === this.next) {
      this.advance();
      return true;
    }
    return false;
  }

  get(): number {
    const tok = this.next;
    this.advance();
    return tok;
  }

  /** Up to n plain characters accepted by `pred`. */
  getWhile(n: number, pred: (c: number) => boolean): number[] {
    const out: number[] = [];
    for (let k = 0; k < n; k++) {
      const c = this.next;
      if (c === NONE || c >= ESC || !pred(c)) break;
      out.push(c);
      this.advance();
    }
    return out;
  }

  /** Characters up to `terminator` (consumed); tokens are kept as their text. */
  getUntil(terminator: number, name: string): number[] {
    const out: number[] = [];
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === NONE) {
        if (out.length === 0) throw this.error('missing ' + name);
        throw this.error(`missing ${String.fromCharCode(terminator)}, unterminated name`, out.length);
      }
      if (c === terminator) {
        if (out.length === 0) throw this.error('missing ' + name, 1);
        break;
      }
      pushToken(out, c);
    }
    return out;
  }

  tell(): number {
    return this.index - tokenLength(this.next);
  }

  seek(index: number): void {
    this.index = index;
    this.advance();
  }

  error(msg: string, offset = 0): RegexError {
    return new RegexError(this.isText ? msg : asciiBackslash(msg), this.cps, this.tell() - offset);
  }

  /** Python's repr() of a name taken from the pattern. */
  repr(cps: readonly number[]): string {
    return reprStr(cpsToString(cps));
  }

  /** repr() for str patterns, ascii() for bytes patterns (names are Latin-1 decoded). */
  reprOrAscii(cps: readonly number[]): string {
    return this.isText ? this.repr(cps) : asciiBackslash(this.repr(cps));
  }

  warn(category: RegexWarning['category'], message: string): void {
    this.warnings.push({ category, message });
  }
}

export function tokenLength(tok: number): number {
  return tok === NONE ? 0 : tok >= ESC ? 2 : 1;
}

/** Appends a token's text (one or two code points). */
export function pushToken(out: number[], tok: number): void {
  if (tok >= ESC) out.push(0x5c, tok - ESC);
  else out.push(tok);
}

export function tokenText(tok: number): string {
  return tok >= ESC ? '\\' + String.fromCodePoint(tok - ESC) : String.fromCodePoint(tok);
}

export const isDigitChar = (c: number): boolean => c >= 0x30 && c <= 0x39;
export const isOctChar = (c: number): boolean => c >= 0x30 && c <= 0x37;
export const isHexChar = (c: number): boolean =>
  isDigitChar(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
export const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** int(text) for a run of ASCII digits (radix 8/10/16). */
export function digitsValue(cps: readonly number[], radix: number): number {
  return parseInt(String.fromCharCode(...cps), radix);
}
