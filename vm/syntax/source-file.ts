/**
 * Reading a program file as `python3 FILE` does: CPython 3.11's *file*
 * tokenizer, whose failures differ from those of `compile(bytes)` (source.ts).
 *
 * Model: CPython reads the file one line at a time, as the tokenizer asks for
 * lines, so a line that cannot be read fails only when the tokenizer gets
 * there (an error earlier in the file wins, unless the parser goes on
 * tokenizing past it). We decode the whole file at once and sum the reading
 * up as the text the tokenizer sees plus at most one `stop`: the first line
 * whose reading fails and the error it raises then.
 * - A BOM means UTF-8; a PEP 263 cookie is looked for on lines 1 and 2 as in
 *   string mode. A failing declaration raises at once, without location:
 *   "encoding problem: NAME" (unknown codec, or bytes the codec cannot decode
 *   in its first 8192-byte chunk) or "encoding problem: NAME with BOM".
 * - Without BOM or cookie, every line must be valid UTF-8 up to its first NUL
 *   ("Non-UTF-8 code starting with '\xNN' in file F on line N ...", without
 *   location); with a cookie on line 2 only line 1 is checked (it is read
 *   before the cookie is seen); after a BOM or a UTF-8 cookie bad bytes are
 *   reported where tokens need them, as in string mode.
 * - A codec other than UTF-8 reads the file through io.TextIOWrapper, opened
 *   at the last byte of the cookie line and decoding 8192-byte chunks: a bad
 *   byte in a later chunk fails the first line whose reading needs that
 *   chunk, reported as "(unicode error) ..." on the line before, offset 0.
 *   A pipe cannot be reopened that way: there any such codec is an
 *   "encoding problem".
 * - A line holding a NUL byte fails with "source code cannot contain null
 *   bytes" at that line, offset 0, the text being the line up to the NUL.
 * - "\r\n" and "\r" read as "\n" and a missing final newline is added; unlike
 *   compile(), a final "\r\n" adds no extra empty line.
 * The text ends with "\n". With a stop at line L it holds lines 1..L-1 and
 * one empty line standing for L, whose reading raises the stop's error.
 */

import { PySyntaxError } from './errors.js';
import { programTextReader, type ProgramText } from './program-text.js';
import { decodeUtf8Checked, findCookieLine, translateNewlines } from './source.js';
import { codecName, decodeErrorMessage, decodeReplace, decodeStrict, decodeUtf8Replace, firstUtf8Error } from './source-decode.js';

/** The first line whose reading fails, and how (`code`: the tokenizer's failure kind). */
export interface Stop {
  lineno: number;
  error: PySyntaxError;
  code: 'error' | 'decode';
}

export interface ProgramFile {
  /** What the tokenizer reads (see the module comment). */
  text: string;
  /** `tok->encoding`: 'utf-8' after a BOM, the cookie's name, or null. */
  encoding: string | null;
  /** No BOM and no cookie: CPython reports parser error offsets in bytes. */
  rawBytes: boolean;
  stop: Stop | null;
  /** SyntaxError.text read back from the file (null when `reReadable` was false). */
  programText: ProgramText;
}

/** io.TextIOWrapper's chunk size. */
const CHUNK = 8192;

/** Where the program's bytes come from. */
export interface FileKind {
  /** CPython can reopen the file by name to show error lines (not stdin). Default true. */
  reReadable?: boolean;
  /** The bytes come through a pipe, where CPython cannot seek (stdin not redirected from a file). */
  pipe?: boolean;
}

/**
 * Reads the bytes of program file `filename` as CPython's file tokenizer
 * does; throws the errors CPython raises before reading any token.
 */
export function readProgramFile(bytes: Uint8Array, filename: string, kind: FileKind = {}): ProgramFile {
  const reReadable = kind.reReadable ?? true;
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const data = bom ? bytes.subarray(3) : bytes;
  const lines = translateNewlines(data, false);
  const cookie = findCookieLine(lines);
  if (bom && cookie !== null && cookie.name !== 'utf-8') throw noLocation(`encoding problem: ${cookie.name} with BOM`);
  const encoding = bom ? 'utf-8' : cookie?.name ?? null;
  const programText: ProgramText = reReadable ? programTextReader(bytes, encoding) : () => null;
  let text = '';
  // pegen's text for an error at `lineno`: re-read from the file, or for stdin the line as read.
  const errorText = (lineno: number): string => programText(lineno) ?? (reReadable ? '' : lineOf(text, lineno));
  const file = new FileReading(data, filename, errorText);
  if (encoding === null || encoding === 'utf-8') {
    const decoded = decodeUtf8Checked(lines);
    text = decoded.text;
    // Lines CPython checks for UTF-8 before it knows of any declaration.
    const checkedLines = bom || cookie?.line === 1 ? 0 : cookie?.line === 2 ? 1 : Infinity;
    if (!decoded.valid || data.indexOf(0) >= 0) file.findBadLine(checkedLines);
  } else {
    // A cookie on line 2 takes effect only once line 1 has been read (raw, checked as UTF-8).
    if (cookie!.line === 2) {
      file.findBadLine(1);
      file.findNulLine((from, to) => decodeUtf8Replace(data.subarray(from, to)), 1);
    }
    if (file.stop === null) {
      const codec = codecName(encoding);
      if (codec === null || kind.pipe) throw noLocation(`encoding problem: ${encoding}`);
      text = decodeReplace(codec, lines);
      file.findCodecFailure(codec, encoding, cookie!.line);
    }
  }
  file.findNulLine((from, to) => encoding === null || encoding === 'utf-8'
    ? decodeUtf8Replace(data.subarray(from, to)) : decodeReplace(codecName(encoding)!, data.subarray(from, to)));
  const stop = file.stop;
  if (stop !== null) text = firstLines(text, stop.lineno - 1) + '\n';
  return { text, encoding, rawBytes: encoding === null, stop, programText };
}

/** A SyntaxError with no location at all (CPython sets only its message). */
function noLocation(msg: string): PySyntaxError {
  return new PySyntaxError({
    kind: 'SyntaxError', msg, filename: null, lineno: null, offset: null, end_lineno: null, end_offset: null, text: null,
  });
}

/** Line `lineno` of `text`, without its newline. */
function lineOf(text: string, lineno: number): string {
  let start = 0;
  for (let i = 1; i < lineno; i++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return '';
    start = nl + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

/** The first `n` lines of `text` (each ending in "\n"). */
function firstLines(text: string, n: number): string {
  let end = 0;
  for (let i = 0; i < n; i++) end = text.indexOf('\n', end) + 1;
  return text.slice(0, end);
}

/** Finds the failing lines of one file (raw bytes, after any BOM); keeps the first. */
class FileReading {
  stop: Stop | null = null;
  /** Line ends (exclusive, after the terminator) of the raw data, computed on demand. */
  private ends: number[] | null = null;

  constructor(
    private readonly data: Uint8Array,
    private readonly filename: string,
    private readonly errorText: (lineno: number) => string,
  ) {}

  /** Offers a failure at `lineno`; on a tie the one offered first wins. */
  private offer(stop: Stop): void {
    if (this.stop === null || stop.lineno < this.stop.lineno) this.stop = stop;
  }

  private lineEnds(): number[] {
    if (this.ends !== null) return this.ends;
    const d = this.data;
    const ends: number[] = [];
    for (let i = 0; i < d.length; i++) {
      if (d[i] === 10) ends.push(i + 1);
      else if (d[i] === 13) {
        if (d[i + 1] === 10) i++;
        ends.push(i + 1);
      }
    }
    if (ends.length === 0 || ends[ends.length - 1] !== d.length) ends.push(d.length);
    return (this.ends = ends);
  }

  /** 1-based line holding byte `at` (a line's terminator belongs to it). */
  private lineOf(at: number): number {
    const ends = this.lineEnds();
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }

  private lineStart(lineno: number): number {
    return lineno === 1 ? 0 : this.lineEnds()[lineno - 2]!;
  }

  /** The first line (among the first `checkedLines`) that is not UTF-8 before its first NUL. */
  findBadLine(checkedLines: number): void {
    if (checkedLines === 0) return;
    const d = this.data;
    const nul = d.indexOf(0);
    let limit = nul < 0 ? d.length : nul;
    if (checkedLines !== Infinity) limit = Math.min(limit, this.lineEnds()[checkedLines - 1] ?? d.length);
    const found = firstUtf8Error(d, 0, limit);
    if (found === null) return;
    const lineno = this.lineOf(found.at);
    const hex = d[found.at]!.toString(16).padStart(2, '0');
    this.offer({
      lineno, code: 'decode',
      error: noLocation(`Non-UTF-8 code starting with '\\x${hex}' in file ${this.filename} on line ${lineno}, `
        + 'but no encoding declared; see https://peps.python.org/pep-0263/ for details'),
    });
  }

  /** The line holding the first NUL byte (up to line `maxLine`); `decode` gives the text of raw bytes [from, to). */
  findNulLine(decode: (from: number, to: number) => string, maxLine = Infinity): void {
    const nul = this.data.indexOf(0);
    if (nul < 0) return;
    const lineno = this.lineOf(nul);
    if (lineno > maxLine) return;
    this.offer({
      lineno, code: 'error',
      error: new PySyntaxError({
        kind: 'SyntaxError', msg: 'source code cannot contain null bytes', filename: this.filename,
        lineno, offset: 0, end_lineno: lineno, end_offset: 0, text: decode(this.lineStart(lineno), nul),
      }),
    });
  }

  /**
   * A codec's first decoding error, as io.TextIOWrapper meets it reading from
   * the last byte of the cookie line in CHUNK-byte chunks.
   */
  findCodecFailure(codec: string, name: string, cookieLine: number): void {
    const from = this.lineEnds()[cookieLine - 1]! - 1;
    const stream = this.data.subarray(from);
    const error = decodeStrict(codec, stream).error;
    if (error === null) return;
    // A sequence cut by the end of the file shows only when the end is read.
    const atEnd = CUT_AT_END.has(error.reason);
    const detected = atEnd ? stream.length : error.reason === 'invalid continuation byte' ? error.end : error.start;
    // Reopening reads on to the end of the cookie line: the first chunk, or
    // (a codec where bytes "\n" decode to no newline: UTF-16) everything.
    if ((!atEnd && detected < CHUNK) || codec.startsWith('utf_16')) throw noLocation(`encoding problem: ${name}`);
    const chunkStart = atEnd ? stream.length : detected - (detected % CHUNK);
    const origin = Math.min(error.start, chunkStart);
    const reading = this.lineNeeding(from + chunkStart);
    const lineno = reading - 1;
    this.offer({
      lineno: reading, code: 'decode',
      error: new PySyntaxError({
        kind: 'SyntaxError', msg: `(unicode error) ${decodeErrorMessage(error, origin)}`, filename: this.filename,
        lineno, offset: 0, end_lineno: lineno, end_offset: -1, text: this.errorText(lineno),
      }),
    });
  }

  /**
   * The line whose readline needs the bytes from `at` on: the first whose
   * terminator lies there or after (or is a "\r" just before, which the
   * newline decoder holds back); past the last terminator, the last line if
   * unterminated, else the line after the end.
   */
  private lineNeeding(at: number): number {
    const d = this.data;
    const ends = this.lineEnds();
    for (let i = 0; i < ends.length; i++) {
      const end = ends[i]!;
      const terminated = end > 0 && (d[end - 1] === 10 || d[end - 1] === 13);
      if (!terminated) return i + 1;
      const t = d[end - 1] === 10 && end >= 2 && d[end - 2] === 13 ? end - 2 : end - 1;
      if (t >= at || (t === at - 1 && d[t] === 13)) return i + 1;
    }
    return ends.length + 1;
  }
}

/** Reasons of errors an incremental decoder reports only at the end of its input. */
const CUT_AT_END: ReadonlySet<string> = new Set(['unexpected end of data', 'truncated data', 'incomplete multibyte sequence']);
