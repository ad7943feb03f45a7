/**
 * Errors raised by the symbol table and the compiler, with CPython 3.11's
 * fields.
 *
 * CPython reports these with the AST node's positions: `offset` and
 * `end_offset` are the node's UTF-8 *byte* columns plus one (not character
 * columns, unlike the parser's errors), and `text` is the source line read
 * back from the file (with its newline), or None without a source. We do
 * the same so `python3` and pystm print identical errors.
 */

import { PySyntaxError } from '../syntax/errors.js';
import { UNDECODABLE } from '../syntax/source.js';

export interface ErrorContext {
  filename: string;
  /** The source text, or undefined when unknown (then `text` is null). */
  source: string | undefined;
  /** Lazily built line start offsets (UTF-16 indices) of `source`. */
  lineStarts?: number[];
}

/** A node-like span: 1-based lines, 0-based byte columns; -1 when unknown. */
export interface Span {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export function syntaxError(ctx: ErrorContext, msg: string, span: Span): PySyntaxError {
  return new PySyntaxError({
    kind: 'SyntaxError',
    msg,
    filename: ctx.filename,
    lineno: span.lineno,
    offset: span.col_offset + 1,
    end_lineno: span.end_lineno,
    end_offset: span.end_col_offset + 1,
    text: sourceLine(ctx, span.lineno),
  });
}

/** A syntax error with only a line and offset (as PyErr_SyntaxLocationObject). */
export function syntaxErrorAt(ctx: ErrorContext, msg: string, lineno: number, offset: number): PySyntaxError {
  return new PySyntaxError({
    kind: 'SyntaxError', msg, filename: ctx.filename, lineno, offset,
    end_lineno: lineno, end_offset: null, text: sourceLine(ctx, lineno),
  });
}

/**
 * CPython raises RecursionError("maximum recursion depth exceeded during
 * compilation") for ASTs nested deeper than its limit.
 */
export class CompileRecursionError extends PySyntaxError {
  constructor(filename: string) {
    super({
      kind: 'RecursionError', msg: 'maximum recursion depth exceeded during compilation',
      filename, lineno: null, offset: null, end_lineno: null, end_offset: null, text: null,
    });
  }
}

/**
 * `text` for line `lineno`, as CPython's err_programtext reads it back from
 * the file: the line with its terminator as "\n", but of a line longer than
 * its 1000-byte buffer only the last buffer-full (null if that cuts a UTF-8
 * sequence). Null without a source or past its end.
 */
export function sourceLine(ctx: ErrorContext, lineno: number): string | null {
  const src = ctx.source;
  if (src === undefined || lineno < 1) return null;
  const starts = ctx.lineStarts ?? (ctx.lineStarts = lineStartsOf(src));
  if (lineno > starts.length) return null;
  const start = starts[lineno - 1]!;
  const end = lineno < starts.length ? starts[lineno]! : src.length;
  if (start >= src.length) return null;
  let line = src.slice(start, end);
  if (line.endsWith('\r\n')) line = line.slice(0, -2) + '\n';
  else if (line.endsWith('\r')) line = line.slice(0, -1) + '\n';
  // CPython shows no text for a line it cannot decode as UTF-8.
  if (UNDECODABLE.test(line)) return null;
  return line.length < FGETS_CHUNK / 4 ? line : lastChunk(line);
}

/** fgets(buf, 1000) reads at most 999 bytes at a time. */
const FGETS_CHUNK = 999;

function lastChunk(line: string): string | null {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= FGETS_CHUNK) return line;
  const from = Math.floor((bytes.length - 1) / FGETS_CHUNK) * FGETS_CHUNK;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(from));
  } catch {
    return null;
  }
}

function lineStartsOf(src: string): number[] {
  const starts = [0];
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (src.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
