/**
 * The tokenizer: Python source text -> the token stream CPython 3.11's C
 * tokenizer (Parser/tokenizer.c) hands to its PEG parser.
 *
 * Model:
 * - The source is one JS string. The constructor turns `\r\n` and `\r` into
 *   `\n` and (exec input) appends a final `\n` if missing, as CPython does
 *   before tokenizing. `pos` is the index of the next unread code unit;
 *   everything else (line starts, byte columns) is derived lazily.
 * - Tokens are produced one at a time (`next()`); an error late in the file is
 *   raised only when the parser asks for the token there. After ENDMARKER,
 *   ENDMARKER forever; after an error, the same error again.
 * - Only NAME, NUMBER, STRING, operators (exact types; unknown printable
 *   characters such as `$` or `!` are OP), NEWLINE, INDENT, DEDENT and
 *   ENDMARKER are produced. Comments and blank lines never make tokens.
 * - Line numbers follow the C tokenizer: `lineno` is the line holding the last
 *   character read; it moves to the next line only when a character of that
 *   line is read. So DEDENT/ENDMARKER at EOF sit on the last line.
 * - Columns are UTF-8 byte offsets (AST convention). A line is measured only
 *   if it holds non-ASCII text; an all-ASCII source skips that entirely.
 * - As in CPython, INDENT, DEDENT and ENDMARKER have no extent: their
 *   `col_offset` and `end_col_offset` are -1 (the parser then reports such
 *   errors at `cursorByteCol()`). NEWLINE spans from a preceding comment's `#`
 *   (or the newline itself) to the newline, with `end_col_offset` equal to the
 *   newline's column.
 * - Errors are PySyntaxError with CPython's final fields. `errorCode` tells
 *   which kind of tokenizer failure produced it (CPython's `tok->done`), which
 *   the parser needs to rank errors the way pegen does.
 *
 * Scanning of numbers and strings lives in tokenizer-scan.ts, the error
 * constructors in tokenizer-errors.ts, character classes and UTF-8
 * arithmetic in tokenizer-text.ts.
 */

import { T, type Token } from './tokens.js';
import { PySyntaxError } from './errors.js';
import { scanNumber, scanString, isDigit } from './tokenizer-scan.js';
import { TokenizerErrors } from './tokenizer-errors.js';
import { replaceUndecodable, UNDECODABLE } from './source.js';
import type { ProgramText } from './program-text.js';
import type { Stop } from './source-file.js';
import { CLASS, ID_CHAR, ID_START, isXidContinue, isXidStart, translateNewlines, utf8Length } from './tokenizer-text.js';

// Token types as module constants (read once: hot paths avoid property loads).
const { AMPER, AMPEREQUAL, AT, ATEQUAL, CIRCUMFLEX, CIRCUMFLEXEQUAL, COLON, COLONEQUAL, COMMA, DEDENT, DOT, DOUBLESLASH, DOUBLESLASHEQUAL, DOUBLESTAR, DOUBLESTAREQUAL, ELLIPSIS, ENDMARKER, EQEQUAL, EQUAL, GREATER, GREATEREQUAL, INDENT, LBRACE, LEFTSHIFT, LEFTSHIFTEQUAL, LESS, LESSEQUAL, LPAR, LSQB, MINEQUAL, MINUS, NAME, NEWLINE, NOTEQUAL, NUMBER, OP, PERCENT, PERCENTEQUAL, PLUS, PLUSEQUAL, RARROW, RBRACE, RIGHTSHIFT, RIGHTSHIFTEQUAL, RPAR, RSQB, SEMI, SLASH, SLASHEQUAL, STAR, STAREQUAL, TILDE, VBAR, VBAREQUAL } = T;

/** Why the tokenizer stopped (CPython's `tok->done` codes that matter to the parser). */
export type TokenizerErrorCode =
  /** The tokenizer raised the error itself (CPython: exception already set). */
  | 'error'
  /** End of input inside brackets or after a line continuation. */
  | 'eof'
  /** Dedent to a column matching no outer indentation level. */
  | 'dedent'
  /** Inconsistent use of tabs and spaces (TabError). */
  | 'tabspace'
  /** More than 100 indentation levels. */
  | 'toodeep'
  /** A character other than newline after a backslash. */
  | 'linecont'
  /** Undecodable bytes in an identifier (the source came from bytes). */
  | 'decode';

export interface TokenizerOptions {
  /** Append a final newline if the source lacks one (CPython's exec input). Default true. */
  execInput?: boolean;
  /** Line number of the source's first line (default 1): f-string sub-tokenizers. */
  firstLineno?: number;
  /** Byte column added to tokens that end on the first line (f-string sub-tokenizers). */
  firstLineColOffset?: number;
  /** The source came from bytes with no BOM and no coding cookie. CPython 3.11
   *  then leaves parser-computed error offsets in UTF-8 bytes rather than characters. */
  rawBytes?: boolean;
  /** Source lines as CPython re-reads them from the file for parser errors' text. */
  programText?: ProgramText;
  /** The source is a program file read by CPython's file tokenizer (source-file.ts). */
  fileInput?: FileInput;
}

/** How CPython's file tokenizer reads the source (`python3 FILE`). */
export interface FileInput {
  /** Reading this line raises its error (see source-file.ts). */
  stop: Stop | null;
  /** The file is standard input: parser errors show the line as read, without newline. */
  stdin: boolean;
}

export interface OpenBracket { char: string; lineno: number; col_offset: number }

const EOF = -1;
const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

export {
  byteOffsetToCharOffset, isPotentialIdentifierChar, normalizeIdentifier, translateNewlines, utf8Length, utf8Units,
} from './tokenizer-text.js';

export class Tokenizer {
  readonly filename: string;
  readonly rawBytes: boolean;
  private readonly programText: ProgramText | null;
  private readonly fileInput: FileInput | null;
  /** The line whose reading fails (file input), or -1. */
  private readonly stopLine: number;
  /** The normalised source text being tokenized. */
  readonly src: string;
  private readonly len: number;
  private readonly ascii: boolean;
  private readonly firstLineno: number;
  private readonly firstLineColOffset: number;
  /** For an f-string sub-tokenizer, the byte column its first line starts at (pegen's
   *  starting_col_offset); -1 for a file or string. */
  readonly startingColOffset: number;

  private pos = 0;
  /** Line of the last character read (0 before any). */
  lineno: number;
  /** Index where line `lineno` starts. */
  private lineStart = 0;
  /** Whether line `lineno` is all ASCII (byte column == index - lineStart). */
  private lineAscii = true;
  /** On a non-ASCII line: an index and its byte column, where the last measurement ended. */
  private colCacheIndex = -1;
  private colCacheBytes = 0;
  /** Start of CPython's `tok->buf`: the first line of the current logical chunk. */
  private bufStart = 0;
  /** Whether a token is being scanned (CPython's `tok->start != NULL`). */
  private inToken = false;

  private atbol = true;
  private pendin = 0;
  private readonly indstack: number[] = [0];
  private readonly altindstack: number[] = [0];
  private readonly parenChars: number[] = [];
  private readonly parenLinenos: number[] = [];
  private readonly parenCols: number[] = [];

  private finished: Token | null = null;
  private failure: PySyntaxError | null = null;
  /** Why the last `next()` threw, or null. */
  errorCode: TokenizerErrorCode | null = null;
  /** The last token returned (the parser's last filled token). */
  lastToken: Token | null = null;
  private readonly errors: TokenizerErrors;

  /** Lazily grown index of line starts: lineStarts[n - firstLineno] = start of line n. */
  private readonly lineStarts: number[] = [0];

  constructor(source: string, filename: string, options: TokenizerOptions = {}) {
    this.filename = filename;
    this.rawBytes = options.rawBytes ?? false;
    this.programText = options.programText ?? null;
    this.fileInput = options.fileInput ?? null;
    this.stopLine = this.fileInput?.stop?.lineno ?? -1;
    if (source.indexOf('\0') >= 0) {
      throw new PySyntaxError({
        kind: 'SyntaxError', msg: 'source code string cannot contain null bytes', filename,
        lineno: null, offset: null, end_lineno: null, end_offset: null, text: null,
      });
    }
    this.src = translateNewlines(source, options.execInput ?? true);
    this.len = this.src.length;
    this.ascii = !/[^\x00-\x7f]/.test(this.src);
    this.firstLineno = options.firstLineno ?? 1;
    this.firstLineColOffset = options.firstLineColOffset ?? 0;
    this.startingColOffset = options.firstLineColOffset ?? -1;
    this.lineno = this.firstLineno - 1;
    this.errors = new TokenizerErrors(this);
  }

  // -------------------------------------------------------------------------
  // Public surface

  next(): Token {
    if (this.failure !== null) throw this.failure;
    if (this.finished !== null) return this.finished;
    try {
      const tok = this.get();
      this.lastToken = tok;
      if (tok.type === ENDMARKER) this.finished = tok;
      return tok;
    } catch (e) {
      if (e instanceof PySyntaxError) {
        this.failure = e;
        if (this.errorCode === null) this.errorCode = 'error';
      }
      throw e;
    }
  }

  /** Source line `lineno` including its newline; '' past the end (undecodable bytes shown as U+FFFD). */
  line(lineno: number): string {
    const start = this.lineStartOf(lineno);
    if (start < 0) return '';
    const nl = this.src.indexOf('\n', start);
    return this.shown(this.src.slice(start, nl < 0 ? this.len : nl + 1));
  }

  /** Source text as CPython shows it in errors (undecodable bytes as U+FFFD). */
  private shown(text: string): string {
    return this.ascii ? text : replaceUndecodable(text);
  }

  /** Brackets still open at this point, innermost last (col_offset in bytes). */
  openBrackets(): readonly OpenBracket[] {
    const out: OpenBracket[] = [];
    for (let i = 0; i < this.parenChars.length; i++) {
      out.push({
        char: String.fromCharCode(this.parenChars[i]),
        lineno: this.parenLinenos[i],
        col_offset: this.parenCols[i],
      });
    }
    return out;
  }

  /** Byte column of the read position in the current line (CPython's `tok->cur - tok->line_start`). */
  cursorByteCol(): number {
    return this.byteCol(this.pos);
  }

  /**
   * SyntaxError.text of an error pegen raises at `lineno`
   * (_PyPegen_raise_error_known_location): for standard input, the line as
   * read; else the line re-read from the file if there is one; else the
   * tokenizer's buffer (`errorLineText`), which a file tokenizer that has
   * met the end of the file no longer holds.
   */
  pegenErrorText(lineno: number): string {
    const fileInput = this.fileInput;
    if (fileInput?.stdin) return this.lineWithoutNewline(lineno);
    const text = this.programText?.(lineno) ?? null;
    if (text !== null) return text;
    if (fileInput !== null && !this.bufferHolds(lineno)) return '';
    return this.errorLineText(lineno);
  }

  /**
   * The text CPython puts in SyntaxError.text for an error the parser raises at
   * `lineno` when it reads no file: the tokenizer's current buffer (from the
   * first line of the current logical chunk to the end of the current line)
   * when `lineno` is not before the current line, else that line alone
   * without its newline.
   */
  errorLineText(lineno: number): string {
    if (this.bufferHolds(lineno)) {
      const nl = this.src.indexOf('\n', this.lineStart);
      return this.shown(this.src.slice(this.bufStart, nl < 0 ? this.len : nl + 1));
    }
    return this.lineWithoutNewline(lineno);
  }

  /** Whether pegen takes line `lineno`'s text from the buffer (CPython: `tok->lineno <= lineno && tok->inp > tok->buf`). */
  private bufferHolds(lineno: number): boolean {
    if (this.lineno > lineno || this.lineno < this.firstLineno) return false;
    const nl = this.src.indexOf('\n', this.lineStart);
    return (nl < 0 ? this.len : nl + 1) > this.bufStart;
  }

  private lineWithoutNewline(lineno: number): string {
    const text = this.line(lineno);
    return text.endsWith('\n') ? text.slice(0, -1) : text;
  }

  // -------------------------------------------------------------------------
  // Positions

  /** Code unit at `i`, or EOF. */
  ch(i: number): number {
    return i < this.len ? this.src.charCodeAt(i) : EOF;
  }

  /** UTF-8 byte column of index `i` on the current line. */
  byteCol(i: number): number {
    if (this.lineAscii) return i - this.lineStart;
    // Tokens move forward along a line: measure on from the last point.
    if (i < this.colCacheIndex || this.colCacheIndex < this.lineStart) {
      this.colCacheIndex = this.lineStart;
      this.colCacheBytes = 0;
    }
    this.colCacheBytes += utf8Length(this.src, this.colCacheIndex, i);
    this.colCacheIndex = i;
    return this.colCacheBytes;
  }

  get currentLineStart(): number {
    return this.lineStart;
  }

  get readPos(): number {
    return this.pos;
  }

  /** Moves to the line starting at `start` (called when its first character is read). */
  advanceLine(start: number): void {
    this.lineno++;
    if (this.lineno === this.stopLine) this.readFailure();
    this.lineStart = start;
    if (!this.inToken) this.bufStart = start;
    const idx = this.lineno - this.firstLineno;
    if (idx === this.lineStarts.length) this.lineStarts.push(start);
    if (this.ascii) return;
    let ascii = true;
    for (let i = start; i < this.len; i++) {
      const c = this.src.charCodeAt(i);
      if (c === 10) break;
      if (c >= 128) { ascii = false; break; }
    }
    this.lineAscii = ascii;
  }

  /** The file's line `stopLine` cannot be read (file input). */
  private readFailure(): never {
    const stop = this.fileInput!.stop!;
    this.errorCode = stop.code;
    throw stop.error;
  }

  /**
   * The end of the input was read outside a token: CPython's file tokenizer
   * has emptied its buffer to read the next line, so errors then see the read
   * position at the buffer's start.
   */
  private endOfFile(p: number): void {
    if (this.fileInput !== null) this.bufStart = p;
  }

  private lineStartOf(lineno: number): number {
    const idx = lineno - this.firstLineno;
    if (idx < 0) return -1;
    while (idx >= this.lineStarts.length) {
      const last = this.lineStarts[this.lineStarts.length - 1];
      const nl = this.src.indexOf('\n', last);
      if (nl < 0 || nl + 1 >= this.len) return -1;
      this.lineStarts.push(nl + 1);
    }
    return this.lineStarts[idx];
  }

  /** Builds a token from `start` (index on line `lineno`/byte col `col`) to the read position. */
  makeToken(type: number, start: number, lineno: number, col: number): Token {
    const end = this.pos;
    let endCol = this.byteCol(end);
    if (this.lineno === this.firstLineno) {
      endCol += this.firstLineColOffset;
      if (lineno === this.firstLineno) col += this.firstLineColOffset;
    }
    return { type, string: this.src.slice(start, end), lineno, col_offset: col, end_lineno: this.lineno, end_col_offset: endCol };
  }

  private markerToken(type: number): Token {
    return { type, string: '', lineno: this.lineno, col_offset: -1, end_lineno: this.lineno, end_col_offset: -1 };
  }

  // -------------------------------------------------------------------------
  // The token loop (CPython's tok_get)

  private get(): Token {
    for (;;) {
      this.inToken = false;
      let blankline = false;
      if (this.atbol) {
        this.atbol = false;
        blankline = this.indentation();
      }
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++;
          return this.markerToken(DEDENT);
        }
        this.pendin--;
        return this.markerToken(INDENT);
      }
      const tok = this.token(blankline);
      if (tok !== null) return tok;
    }
  }

  /**
   * Measures the indentation of a new line and queues INDENT/DEDENTs.
   * Returns whether the line is blank (only white space and/or a comment).
   */
  private indentation(): boolean {
    let col = 0;
    let altcol = 0;
    let contLineCol = 0;
    let p = this.pos;
    if (p < this.len) this.advanceLine(p);
    let c: number;
    for (;;) {
      c = this.ch(p);
      if (c === 32) { col++; altcol++; }
      else if (c === 9) { col = ((col / TABSIZE) | 0) * TABSIZE + TABSIZE; altcol++; }
      else if (c === 12) { col = altcol = 0; }
      else if (c === 92) {
        contLineCol = contLineCol !== 0 ? contLineCol : col;
        this.pos = p + 1;
        p = this.continuationLine();
        continue;
      } else break;
      p++;
    }
    this.pos = p;
    if (c === EOF) this.endOfFile(p);
    if (c === 35 || c === 10) return true;
    if (this.parenChars.length === 0) {
      if (contLineCol !== 0) col = altcol = contLineCol;
      this.measureIndent(col, altcol);
    }
    return false;
  }

  /** Compares a logical line's indentation with the stack (CPython's indent logic). */
  private measureIndent(col: number, altcol: number): void {
    let top = this.indstack.length - 1;
    if (col === this.indstack[top]) {
      if (altcol !== this.altindstack[top]) this.errors.indentError();
    } else if (col > this.indstack[top]) {
      if (top + 1 >= MAXINDENT) this.errors.tooDeep();
      if (altcol <= this.altindstack[top]) this.errors.indentError();
      this.pendin++;
      this.indstack.push(col);
      this.altindstack.push(altcol);
    } else {
      while (top > 0 && col < this.indstack[top]) {
        this.pendin--;
        this.indstack.pop();
        this.altindstack.pop();
        top--;
      }
      if (col !== this.indstack[top]) this.errors.dedentError();
      if (altcol !== this.altindstack[top]) this.errors.indentError();
    }
  }

  /**
   * After a backslash (already read; `pos` is past it): requires a newline,
   * then moves to the next line. Returns the new read position.
   */
  private continuationLine(): number {
    const p = this.pos;
    if (this.ch(p) !== 10) {
      this.pos = p + 1;
      this.errors.lineContinuation();
    }
    if (p + 1 >= this.len) {
      this.pos = this.len;
      if (!this.inToken) this.endOfFile(this.len);
      this.errors.unexpectedEof();
    }
    this.advanceLine(p + 1);
    this.pos = p + 1;
    return p + 1;
  }

  /** One token after indentation; null when a newline was skipped (blank line, brackets). */
  private token(blankline: boolean): Token | null {
    let p = this.pos;
    let c = this.ch(p);
    for (;;) {
      while (c === 32 || c === 9 || c === 12) c = this.ch(++p);
      if (c !== 92) break;
      // Backslash continuation: the token starts on the next line.
      this.inToken = true;
      this.pos = p + 1;
      p = this.continuationLine();
      c = this.ch(p);
    }
    const start = p;
    this.inToken = true;
    if (c === 35) {
      // A comment runs to the newline; the NEWLINE token then starts at '#'.
      const nl = this.src.indexOf('\n', p);
      p = nl < 0 ? this.len : nl;
      c = this.ch(p);
    }
    this.pos = p;
    if (c === EOF) {
      this.endOfFile(p);
      if (this.parenChars.length > 0) this.errors.unclosedBracket();
      return this.markerToken(ENDMARKER);
    }
    if (c < 128 ? (CLASS[c] & ID_START) !== 0 : true) return this.nameOrString(c, start);
    if (c === 10) return this.newline(start, p, blankline);
    const col = this.byteCol(start);
    if (c === 46) return this.dot(p, col);
    if (isDigit(c)) {
      this.pos = p + 1;
      scanNumber(this, start, c);
      return this.makeToken(NUMBER, start, this.lineno, col);
    }
    if (c === 39 || c === 34) return scanString(this, start, this.lineno, this.lineStart, col);
    this.pos = p + 1;
    return this.operator(c, start, col);
  }

  /** The newline at `nl` ends a logical line (NEWLINE) unless the line is blank or inside brackets. */
  private newline(start: number, nl: number, blankline: boolean): Token | null {
    this.pos = nl + 1;
    this.atbol = true;
    if (blankline || this.parenChars.length > 0) return null;
    const shift = this.lineno === this.firstLineno ? this.firstLineColOffset : 0;
    return {
      type: NEWLINE, string: '\n', lineno: this.lineno, col_offset: this.byteCol(start) + shift,
      end_lineno: this.lineno, end_col_offset: this.byteCol(nl) + shift,
    };
  }

  private dot(p: number, col: number): Token {
    const c = this.ch(p + 1);
    if (isDigit(c)) {
      this.pos = p + 1;
      scanNumber(this, p, 46);
      return this.makeToken(NUMBER, p, this.lineno, col);
    }
    if (c === 46 && this.ch(p + 2) === 46) {
      this.pos = p + 3;
      return this.makeToken(ELLIPSIS, p, this.lineno, col);
    }
    this.pos = p + 1;
    return this.makeToken(DOT, p, this.lineno, col);
  }

  /** A NAME, or a STRING with a prefix (b, r, u, f and their legal combinations). */
  private nameOrString(c: number, start: number): Token {
    let sawB = false, sawR = false, sawU = false, sawF = false;
    let p = start;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
      else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
      else break;
      c = this.ch(++p);
      if (c === 34 || c === 39) {
        this.pos = p;
        return scanString(this, start, this.lineno, this.lineStart, this.byteCol(start));
      }
    }
    let nonascii = false;
    for (;;) {
      if (c < 128) {
        if (c < 0 || (CLASS[c] & ID_CHAR) === 0) break;
      } else nonascii = true;
      c = this.ch(++p);
    }
    this.pos = p;
    if (nonascii) this.verifyIdentifier(start, p);
    return this.makeToken(NAME, start, this.lineno, this.byteCol(start));
  }

  /** Checks a non-ASCII identifier: XID_Start (or '_') then XID_Continue. */
  private verifyIdentifier(start: number, end: number): void {
    const text = this.src.slice(start, end);
    if (UNDECODABLE.test(text)) this.errors.decodeError(start, end);
    let i = 0;
    for (const ch of text) {
      const ok = i === 0 ? ch === '_' || isXidStart(ch) : isXidContinue(ch);
      if (!ok) {
        this.pos = start + i + ch.length;
        this.errors.invalidCharacter(ch.codePointAt(0)!);
      }
      i += ch.length;
    }
  }

  /** Operators and brackets, longest match first; other printable ASCII is OP. */
  private operator(c: number, start: number, col: number): Token {
    const c2 = this.ch(this.pos);
    let type = twoCharType(c, c2);
    if (type !== OP) {
      this.pos++;
      const t3 = threeCharType(c, c2, this.ch(this.pos));
      if (t3 !== OP) {
        this.pos++;
        type = t3;
      }
      return this.makeToken(type, start, this.lineno, col);
    }
    switch (c) {
      case 40: case 91: case 123: this.openBracket(c, col); break;
      case 41: case 93: case 125: this.closeBracket(c); break;
    }
    if (c < 32 || c === 127) this.errors.nonPrintable(c);
    return this.makeToken(oneCharType(c), start, this.lineno, col);
  }

  private openBracket(c: number, col: number): void {
    if (this.parenChars.length >= MAXLEVEL) this.errors.syntaxError('too many nested parentheses');
    this.parenChars.push(c);
    this.parenLinenos.push(this.lineno);
    this.parenCols.push(col);
  }

  private closeBracket(c: number): void {
    const open = this.parenChars.pop();
    if (open === undefined) {
      this.errors.syntaxError(`unmatched '${String.fromCharCode(c)}'`);
      return;
    }
    const line = this.parenLinenos.pop()!;
    this.parenCols.pop();
    if ((open === 40 && c === 41) || (open === 91 && c === 93) || (open === 123 && c === 125)) return;
    const msg = `closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${String.fromCharCode(open)}'`;
    this.errors.syntaxError(line !== this.lineno ? `${msg} on line ${line}` : msg);
  }

  // -------------------------------------------------------------------------
  // Hooks for the scanners and error constructors

  setPos(p: number): void {
    this.pos = p;
  }

  get length(): number {
    return this.len;
  }

  get tokenErrors(): TokenizerErrors {
    return this.errors;
  }

  /** Records the failure kind before an error is thrown. */
  setErrorCode(code: TokenizerErrorCode): void {
    this.errorCode = code;
  }

  /** The innermost open bracket (for "'(' was never closed"). */
  innermostBracket(): OpenBracket | null {
    const n = this.parenChars.length;
    if (n === 0) return null;
    return { char: String.fromCharCode(this.parenChars[n - 1]), lineno: this.parenLinenos[n - 1], col_offset: this.parenCols[n - 1] };
  }

  get bufferStart(): number {
    return this.bufStart;
  }
}

// ---------------------------------------------------------------------------
// Operator tables (CPython's PyToken_OneChar / TwoChars / ThreeChars)

function oneCharType(c: number): number {
  switch (c) {
    case 37: return PERCENT;
    case 38: return AMPER;
    case 40: return LPAR;
    case 41: return RPAR;
    case 42: return STAR;
    case 43: return PLUS;
    case 44: return COMMA;
    case 45: return MINUS;
    case 46: return DOT;
    case 47: return SLASH;
    case 58: return COLON;
    case 59: return SEMI;
    case 60: return LESS;
    case 61: return EQUAL;
    case 62: return GREATER;
    case 64: return AT;
    case 91: return LSQB;
    case 93: return RSQB;
    case 94: return CIRCUMFLEX;
    case 123: return LBRACE;
    case 124: return VBAR;
    case 125: return RBRACE;
    case 126: return TILDE;
    default: return OP;
  }
}

function twoCharType(c1: number, c2: number): number {
  switch (c1) {
    case 33: return c2 === 61 ? NOTEQUAL : OP;
    case 37: return c2 === 61 ? PERCENTEQUAL : OP;
    case 38: return c2 === 61 ? AMPEREQUAL : OP;
    case 42: return c2 === 42 ? DOUBLESTAR : c2 === 61 ? STAREQUAL : OP;
    case 43: return c2 === 61 ? PLUSEQUAL : OP;
    case 45: return c2 === 61 ? MINEQUAL : c2 === 62 ? RARROW : OP;
    case 47: return c2 === 47 ? DOUBLESLASH : c2 === 61 ? SLASHEQUAL : OP;
    case 58: return c2 === 61 ? COLONEQUAL : OP;
    case 60: return c2 === 60 ? LEFTSHIFT : c2 === 61 ? LESSEQUAL : c2 === 62 ? NOTEQUAL : OP;
    case 61: return c2 === 61 ? EQEQUAL : OP;
    case 62: return c2 === 61 ? GREATEREQUAL : c2 === 62 ? RIGHTSHIFT : OP;
    case 64: return c2 === 61 ? ATEQUAL : OP;
    case 94: return c2 === 61 ? CIRCUMFLEXEQUAL : OP;
    case 124: return c2 === 61 ? VBAREQUAL : OP;
    default: return OP;
  }
}

function threeCharType(c1: number, c2: number, c3: number): number {
  if (c3 !== 61) return OP;
  if (c1 === 42 && c2 === 42) return DOUBLESTAREQUAL;
  if (c1 === 47 && c2 === 47) return DOUBLESLASHEQUAL;
  if (c1 === 60 && c2 === 60) return LEFTSHIFTEQUAL;
  if (c1 === 62 && c2 === 62) return RIGHTSHIFTEQUAL;
  return OP;
}
