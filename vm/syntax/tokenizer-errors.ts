/**
 * The tokenizer's syntax errors, with exactly the fields CPython 3.11 reports.
 *
 * CPython builds tokenizer errors in two ways, and their fields differ:
 * - errors the tokenizer raises itself (`syntaxerror()` in tokenizer.c): the
 *   offset counts *characters* from the line start to the read position, the
 *   end offset equals it, and the text is the line without its newline;
 * - failures the tokenizer only signals (`tok->done` = E_EOF, E_DEDENT,
 *   E_TABSPACE, E_TOODEEP, E_LINECONT) and pegen turns into errors: the offset
 *   comes from byte columns (converted to characters unless the source was
 *   raw bytes without an encoding declaration), and the text is the
 *   line re-read from the file, or the tokenizer's current buffer
 *   (`Tokenizer.pegenErrorText`).
 * Every method throws; the return type `never` lets callers use them as
 * expressions.
 */

import { PySyntaxError, type SyntaxErrorKind } from './errors.js';
import type { Tokenizer, TokenizerErrorCode } from './tokenizer.js';
import { byteOffsetToCharOffset, utf8Length } from './tokenizer-text.js';
import { describeUtf8Error, replaceUndecodable, sourceTextBytes } from './source.js';

/**
 * Number of characters CPython counts in `s[from, to)`: code points of the text
 * decoded with "replace" (a surrogate pair counts once; an undecodable
 * sequence once).
 */
export function codePointCount(s: string, from: number, to: number): number {
  const replaced = replaceUndecodable(s.slice(from, to));
  if (replaced.length !== to - from) return codePointCount(replaced, 0, replaced.length);
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

export class TokenizerErrors {
  constructor(private readonly tz: Tokenizer) {}

  private fail(code: TokenizerErrorCode, kind: SyntaxErrorKind, msg: string, lineno: number,
    offset: number | null, endLineno: number | null, endOffset: number | null, text: string | null): never {
    this.tz.setErrorCode(code);
    throw new PySyntaxError({
      kind, msg, filename: this.tz.filename, lineno, offset, end_lineno: endLineno,
      end_offset: endOffset, text: text === null ? null : replaceUndecodable(text),
    });
  }

  /** The current line's text without its newline, from `lineStart`. */
  private lineText(lineStart: number): string {
    const src = this.tz.src;
    const nl = src.indexOf('\n', lineStart);
    return src.slice(lineStart, nl < 0 ? src.length : nl);
  }

  /** An error the tokenizer raises itself, located at the read position. */
  syntaxError(msg: string): never {
    const tz = this.tz;
    const start = tz.currentLineStart;
    const offset = codePointCount(tz.src, start, Math.min(tz.readPos, tz.src.length));
    return this.fail('error', 'SyntaxError', msg, tz.lineno, offset, tz.lineno, offset, this.lineText(start));
  }

  /** An error the tokenizer raises itself with byte columns given (CPython does not convert them). */
  knownRange(offset: number, endOffset: number, msg: string): never {
    const tz = this.tz;
    return this.fail('error', 'SyntaxError', msg, tz.lineno, offset, tz.lineno, endOffset, this.lineText(tz.currentLineStart));
  }

  /** An unterminated string starting at `start` (line `lineno`, which starts at `lineStart`). */
  unterminatedString(triple: boolean, start: number, lineno: number, lineStart: number): never {
    const tz = this.tz;
    const what = triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
    const msg = `${what} (detected at line ${tz.lineno})`;
    const offset = codePointCount(tz.src, lineStart, start + 1);
    return this.fail('error', 'SyntaxError', msg, lineno, offset, lineno, offset, this.lineText(lineStart));
  }

  nonPrintable(c: number): never {
    return this.syntaxError(`invalid non-printable character U+${hex4(c)}`);
  }

  /** A character that cannot be part of an identifier (the read position is just after it). */
  invalidCharacter(cp: number): never {
    const ch = String.fromCodePoint(cp);
    if (!isPrintable(ch)) return this.nonPrintable(cp);
    return this.syntaxError(`invalid character '${ch}' (U+${hex4(cp)})`);
  }

  /** Undecodable bytes in the identifier `src[start, end)`: pegen's "(unicode error)" at the read position. */
  decodeError(start: number, end: number): never {
    const bytes = sourceTextBytes(this.tz.src.slice(start, end));
    const reason = describeUtf8Error(bytes) ?? "'utf-8' codec can't decode the identifier";
    return this.signalled('decode', 'SyntaxError', `(unicode error) ${reason}`);
  }

  /**
   * A failure pegen reports at the "current position" of its last token, which
   * has none (CPython's ERRORTOKEN): the byte column of the read position.
   */
  private signalled(code: TokenizerErrorCode, kind: SyntaxErrorKind, msg: string): never {
    const tz = this.tz;
    const lineno = tz.lineno;
    const text = tz.pegenErrorText(lineno);
    const atBufStart = tz.readPos === tz.bufferStart;
    const col = atBufStart ? 0 : utf8Length(tz.src, tz.currentLineStart, tz.readPos);
    const offset = tz.rawBytes ? col : byteOffsetToCharOffset(text, col - 1);
    return this.fail(code, kind, msg, lineno, offset, lineno, -1, text);
  }

  /** A failure pegen reports at a known byte column of the current line. */
  private known(code: TokenizerErrorCode, kind: SyntaxErrorKind, msg: string, lineno: number, col: number): never {
    const tz = this.tz;
    const text = tz.pegenErrorText(lineno);
    const offset = tz.rawBytes ? col + 1 : byteOffsetToCharOffset(text, col);
    return this.fail(code, kind, msg, lineno, offset, lineno, 0, text);
  }

  /** End of input after a line continuation (inside brackets: "'(' was never closed"). */
  unexpectedEof(): never {
    if (this.tz.innermostBracket() !== null) return this.unclosedBracket();
    return this.signalled('eof', 'SyntaxError', 'unexpected EOF while parsing');
  }

  dedentError(): never {
    this.tz.setPos(this.endOfLine());
    return this.signalled('dedent', 'IndentationError', 'unindent does not match any outer indentation level');
  }

  indentError(): never {
    this.tz.setPos(this.endOfLine());
    return this.known('tabspace', 'TabError', 'inconsistent use of tabs and spaces in indentation', this.tz.lineno, 0);
  }

  tooDeep(): never {
    this.tz.setPos(this.endOfLine());
    return this.known('toodeep', 'IndentationError', 'too many levels of indentation', this.tz.lineno, 0);
  }

  /** After a backslash, a character other than a newline (the read position is just past it). */
  lineContinuation(): never {
    const tz = this.tz;
    const col = utf8Length(tz.src, tz.bufferStart, tz.readPos - 1);
    return this.known('linecont', 'SyntaxError', 'unexpected character after line continuation character', tz.lineno, col);
  }

  /** End of input with brackets open: "'(' was never closed" at the innermost one. */
  unclosedBracket(): never {
    const open = this.tz.innermostBracket()!;
    return this.known('eof', 'SyntaxError', `'${open.char}' was never closed`, open.lineno, open.col_offset);
  }

  private endOfLine(): number {
    const src = this.tz.src;
    const nl = src.indexOf('\n', this.tz.currentLineStart);
    return nl < 0 ? src.length : nl + 1;
  }
}

function hex4(c: number): string {
  return c.toString(16).toUpperCase().padStart(4, '0');
}

const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** Python's str.isprintable for one character (space is printable). */
export function isPrintable(ch: string): boolean {
  return ch === ' ' || !NON_PRINTABLE.test(ch);
}
