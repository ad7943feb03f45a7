/**
 * Syntax errors raised by the front end (source decoding, tokenizer, parser,
 * symbol table, compiler).
 *
 * The front end never throws anything else for bad input: every rejection is a
 * `PySyntaxError` carrying exactly the fields of CPython's `SyntaxError`
 * (`msg`, `filename`, `lineno`, `offset`, `end_lineno`, `end_offset`, `text`),
 * so the runtime can turn it into a Python exception and print it the way
 * `python3` does. A JavaScript `Error` of any other class escaping the front
 * end is a bug.
 *
 * Conventions, as in CPython 3.11:
 * - `lineno`/`end_lineno` are 1-based;
 * - `offset`/`end_offset` are 1-based and count *characters* (code points) of
 *   the line, not UTF-8 bytes, unlike AST `col_offset`s;
 * - `text` is the whole source line including its newline, or null.
 */

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export interface SyntaxErrorInfo {
  kind: SyntaxErrorKind;
  msg: string;
  filename: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}

export class PySyntaxError extends Error implements SyntaxErrorInfo {
  kind: SyntaxErrorKind;
  msg: string;
  filename: string;
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
 * Formats a syntax error the way CPython's default excepthook prints one that
 * escaped `compile()` at top level (no traceback lines above it):
 *
 *     File "x.py", line 3
 *       if x
 *           ^
 *   SyntaxError: expected ':'
 *
 * The caret line follows `traceback.TracebackException._format_syntax_error`:
 * the text is stripped of leading white space (the carets shift with it) and
 * of trailing white space; a range `offset..end_offset` on one line prints as
 * several carets.
 */
export function formatSyntaxError(e: SyntaxErrorInfo): string {
  let out = `  File "${e.filename}", line ${e.lineno ?? '?'}\n`;
  if (e.text !== null && e.text !== undefined) {
    const raw = e.text.replace(/\n$/, '');
    const stripped = raw.replace(/^[ \t\f]+/, '');
    const shift = [...raw].length - [...stripped].length;
    const line = stripped.replace(/[ \t\f\r\n\v]+$/, '');
    out += `    ${line}\n`;
    if (e.offset !== null && e.offset !== undefined) {
      const start = Math.max(e.offset - shift, 1);
      let end = start + 1;
      if (e.end_offset !== null && e.end_offset !== undefined && e.end_lineno === e.lineno) {
        end = Math.max(e.end_offset - shift, start + 1);
      }
      const lineLen = [...line].length;
      if (start <= lineLen + 1) {
        const caretStart = start - 1;
        const caretEnd = Math.min(end - 1, lineLen + 1);
        const pad = [...line].slice(0, caretStart).map((c) => (/\s/.test(c) ? c : ' ')).join('');
        out += `    ${pad}${'^'.repeat(Math.max(caretEnd - caretStart, 1))}\n`;
      }
    }
  }
  out += `${e.kind}: ${e.msg}\n`;
  return out;
}
