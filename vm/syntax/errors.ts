/**
 * Errors raised by the front end (source decoding, tokenizer, parser, symbol
 * table, compiler).
 *
 * The front end never throws anything else for bad input: every rejection is a
 * `PySyntaxError` carrying exactly the fields of CPython's `SyntaxError`
 * (`msg`, `filename`, `lineno`, `offset`, `end_lineno`, `end_offset`, `text`),
 * so the runtime can turn it into a Python exception and print it the way
 * `python3` does. A JavaScript `Error` of any other class escaping the front
 * end is a bug.
 *
 * Source nested beyond CPython's limits is not a SyntaxError in CPython but a
 * `MemoryError` (from the parser) or a `RecursionError` (from the compiler),
 * and undecodable source met while CPython tokenizes ahead after a parser
 * error is a bare `UnicodeDecodeError`; those travel in the same class with
 * that `kind` and no location.
 *
 * Conventions, as in CPython 3.11:
 * - `lineno`/`end_lineno` are 1-based;
 * - `offset`/`end_offset` are 1-based and count *characters* (code points) of
 *   the line, not UTF-8 bytes, unlike AST `col_offset`s;
 * - `text` is the whole source line including its newline, or null.
 */

export type SyntaxErrorKind =
  | 'SyntaxError' | 'IndentationError' | 'TabError' | 'RecursionError' | 'MemoryError' | 'UnicodeDecodeError';

/** Kinds that are not SyntaxError subclasses: printed as a bare `Kind: msg` line. */
const NOT_SYNTAX: ReadonlySet<SyntaxErrorKind> = new Set(['RecursionError', 'MemoryError', 'UnicodeDecodeError']);

export interface SyntaxErrorInfo {
  kind: SyntaxErrorKind;
  msg: string;
  /** Null only for the errors `python3 FILE` raises before it has a location
   *  (source decoding in file mode); they print as a bare `SyntaxError: msg`. */
  filename: string | null;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}

export class PySyntaxError extends Error implements SyntaxErrorInfo {
  kind: SyntaxErrorKind;
  msg: string;
  filename: string | null;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;

  constructor(info: SyntaxErrorInfo) {
    super(`${info.kind}: ${info.msg}`);
    this.name = 'PySyntaxError';
    this.kind = info.kind;
    this.msg = info.msg;
    this.filename = info.filename;
    this.lineno = info.lineno;
    this.offset = info.offset;
    this.end_lineno = info.end_lineno;
    this.end_offset = info.end_offset;
    this.text = info.text;
  }
}

/**
 * Formats a syntax error exactly as `python3 FILE` prints one that escaped
 * compilation of the main script (CPython 3.11's C-level printer, which the
 * default `sys.excepthook` uses; it differs from traceback.py):
 *
 *     File "x.py", line 3
 *       if x
 *           ^
 *   SyntaxError: expected ':'
 *
 * Rules of that printer, which this function reproduces:
 * - with no line number, only `Kind: msg (basename)` is printed (str() of the
 *   exception); a null filename prints as "<string>";
 * - the text loses its leading spaces/tabs/form feeds (the offset shifts with
 *   them) but keeps its trailing white space; a missing final newline is added;
 * - the caret line is `offset - 1` spaces (after the shift) and
 *   `end_offset - offset` carets (at least one), with no caret at all if the
 *   offset falls left of the stripped text;
 * - IndentationError and TabError always get a single caret; a range ending on
 *   a later line runs to the end of the first; the offset is clipped to the
 *   line and the carets to its length plus one.
 * Like CPython, lengths and clipping count UTF-8 bytes while the offsets count
 * characters, so carets under non-ASCII text can drift exactly as CPython's do.
 */
export function formatSyntaxError(e: SyntaxErrorInfo): string {
  const head = e.msg === '' ? e.kind : `${e.kind}: ${e.msg}`;
  if (NOT_SYNTAX.has(e.kind)) return `${head}\n`;
  if (e.lineno === null || e.lineno === undefined) return `${head}${locationSuffix(e.filename)}\n`;
  let out = `  File "${e.filename ?? '<string>'}", line ${e.lineno}\n`;
  if (e.text !== null && e.text !== undefined) {
    const text = UTF8.encode(e.text);
    const offset = e.offset ?? -1;
    let endOffset = e.end_offset ?? -1;
    const endLineno = e.end_lineno ?? e.lineno;
    if (e.kind !== 'SyntaxError') endOffset = -1;
    else if (endLineno > e.lineno) endOffset = text.length;
    if (endOffset > text.length + 1) endOffset = text.length + 1;
    out += sourceAndCarets(text, offset, endOffset);
  }
  return `${out}${head}\n`;
}

const UTF8 = new TextEncoder();
const UTF8_DECODER = new TextDecoder('utf-8', { ignoreBOM: true });

/** str(SyntaxError) without a line number: " (basename)" when there is a filename. */
function locationSuffix(filename: string | null | undefined): string {
  if (filename === null || filename === undefined) return '';
  return ` (${filename.slice(filename.lastIndexOf('/') + 1)})`;
}

/** The indented source line and the caret line (byte-level, as CPython's printer). */
function sourceAndCarets(bytes: Uint8Array, offset: number, endOffset: number): string {
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  const nul = bytes.indexOf(0);
  let text = nul < 0 ? bytes : bytes.subarray(0, nul);
  offset -= 1;
  let start = 0;
  while (start < text.length && (text[start] === 0x20 || text[start] === 0x09 || text[start] === 0x0c)) {
    start++;
    offset--;
  }
  text = text.subarray(start);
  let len = text.length > 0 && text[text.length - 1] === 0x0a ? text.length - 1 : text.length;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf(0x0a);
    if (nl < 0 || nl >= offset) break;
    text = text.subarray(nl + 1);
    len -= nl + 1;
    offset -= nl + 1;
  }
  let out = `    ${UTF8_DECODER.decode(text)}`;
  if (text[len] !== 0x0a) out += '\n';
  if (offset < 0) return out;
  return `${out}    ${' '.repeat(offset)}${'^'.repeat(carets)}\n`;
}
