/**
 * String literals in the AST: one or more adjacent STRING tokens (implicit
 * concatenation) -> the Constant or JoinedStr CPython 3.11 builds, parsing
 * f-strings the 3.11 way (Parser/string_parser.c): each f-string is a single
 * STRING token whose replacement fields are found by scanning its text.
 *
 * Model:
 * - A running "last string" collects literal text (from plain strings, the
 *   literal parts of f-strings, and `=` debug texts); it becomes a Constant
 *   when an expression follows or at the end. Empty pieces are dropped.
 * - Every Constant and FormattedValue of the top-level JoinedStr spans the
 *   whole concatenation (first token's start to last token's end), as in
 *   3.11. A format spec's JoinedStr spans its own token only, and so does
 *   the spec's trailing Constant.
 * - `kind` is 'u' when the first token's text starts with a lower-case `u`.
 * - A replacement field's expression is parsed by `env.parseExpression` at
 *   the place CPython 3.11.7 computes (fstring_find_expr_location): line = the
 *   token's line + newlines before the '{'; column (of the text after the
 *   '{') = 1 + the '{''s byte offset within its line of the token text, plus
 *   the token's column when that line is the token's first. A '{' followed by
 *   only white space up to a newline counts as offset 0 (a CPython quirk).
 * - Errors are raised as pegen does: RAISE_SYNTAX_ERROR at the parser's last
 *   token (`env.raiseAtLastToken`, else the tokenizer's last token), "bytes
 *   can only contain ASCII literal characters" at the offending token.
 */

import type { Constant, Expr, FormattedValue, JoinedStr, Position } from './ast.js';
import type { Token } from './tokens.js';
import { PySyntaxError } from './errors.js';
import type { Tokenizer } from './tokenizer.js';
import { byteOffsetToCharOffset, utf8Length } from './tokenizer-text.js';
import {
  LiteralError, checkDecodable, decodeBytesBody, decodeStrBody, decodeUnicodeEscapes, splitString,
} from './literals.js';
import { concatStr, type PyStr } from './py-str.js';

export interface StringEnv {
  tokenizer: Tokenizer;                    // for filename and line texts in errors
  /** Parses the text of an f-string replacement field as an expression (the parser provides this;
   *  it runs a sub-parser over `source`, whose first character is at line `lineno`, UTF-8 byte
   *  column `colOffset`, and returns the node with positions in the enclosing file's coordinates). */
  parseExpression(source: string, lineno: number, colOffset: number): Expr;
  /** The parser's RAISE_SYNTAX_ERROR (at its last token). Optional: the tokenizer's last token otherwise. */
  raiseAtLastToken?(msg: string): never;
  /** The parser's RAISE_SYNTAX_ERROR_KNOWN_LOCATION. Optional, as above. */
  raiseKnownLocation?(pos: Position, msg: string): never;
}

/** Nesting limit of brackets inside one replacement field (CPython's MAXLEVEL). */
const MAXLEVEL = 200;

/** The spans CPython gives the nodes it builds: the whole concatenation, and the current token. */
interface Spans {
  first: Token;
  last: Token;
  t: Token;
}

class FstringState {
  lastStr: PyStr | null = null;
  readonly exprs: Expr[] = [];
  fmode = false;

  /** Appends literal text (Python's concatenation: lone surrogates may pair up, see py-str.ts). */
  add(s: PyStr): void {
    if (s.value.length === 0) return;
    this.lastStr = this.lastStr === null ? s : concatStr(this.lastStr, s);
  }

  /** Turns the pending literal text into a Constant spanning first..last. */
  flush(first: Token, last: Token): void {
    if (this.lastStr === null) return;
    this.exprs.push(strNode(this.lastStr, first, last));
    this.lastStr = null;
  }
}

function strNode(s: PyStr, first: Token, last: Token): Constant {
  const value = s.codePoints === undefined ? { kind: 'str' as const, value: s.value } : { kind: 'str' as const, value: s.value, codePoints: s.codePoints };
  return {
    _type: 'Constant', value, kind: first.string.charCodeAt(0) === 117 ? 'u' : null,
    lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
  };
}

/**
 * One or more adjacent STRING tokens -> the expression CPython 3.11 builds: a
 * Constant (str or bytes) or a JoinedStr of Constant / FormattedValue parts.
 */
export function concatenateStrings(tokens: Token[], env: StringEnv): Expr {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const state = new FstringState();
  let bytesmode = false;
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const parts = splitString(t.string);
    let value: PyStr | Uint8Array | null = null;
    if (!parts.fstring) value = decodeToken(env, t, parts.bytes, parts.raw, parts.bodyStart, parts.bodyEnd);
    if (i !== 0 && bytesmode !== parts.bytes) raise(env, 'cannot mix bytes and nonbytes literals');
    bytesmode = parts.bytes;
    if (parts.fstring) {
      const spans = { first, last, t };
      guard(env, () => concatFstring(env, state, t.string, parts.bodyStart, parts.bodyEnd, parts.raw, 0, spans));
    } else if (value instanceof Uint8Array) chunks.push(value);
    else state.add(value!);
  }
  if (bytesmode) return bytesNode(chunks, first, last);
  return finish(state, first, last);
}

function decodeToken(env: StringEnv, t: Token, bytes: boolean, raw: boolean, from: number, to: number): PyStr | Uint8Array {
  const body = t.string.slice(from, to);
  return guard(env, () => (bytes ? decodeBytesBody(body, raw) : decodeStrBody(body, raw)), t);
}

function bytesNode(chunks: Uint8Array[], first: Token, last: Token): Constant {
  const value = chunks.length === 1 ? chunks[0] : Uint8Array.from(chunks.flatMap((c) => [...c]));
  return {
    _type: 'Constant', value: { kind: 'bytes', value }, kind: null,
    lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
  };
}

/** CPython's FstringParser_Finish: a plain Constant, or the JoinedStr of the parts. */
function finish(state: FstringState, first: Token, last: Token): Expr {
  if (!state.fmode) return strNode(state.lastStr ?? { value: '' }, first, last);
  state.flush(first, last);
  const node: JoinedStr = {
    _type: 'JoinedStr', values: state.exprs,
    lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
  };
  return node;
}

// ---------------------------------------------------------------------------
// Scanning an f-string's text

/**
 * Parses f-string text `text[pos, end)` into `state` (CPython's
 * FstringParser_ConcatFstring). `recurse` is 0 for the string itself, 1 for a
 * format spec. Returns the position reached (at the spec's closing '}').
 */
function concatFstring(env: StringEnv, state: FstringState, text: string, pos: number, end: number,
  raw: boolean, recurse: number, spans: Spans): number {
  state.fmode = true;
  for (;;) {
    const lit = findLiteral(env, text, pos, end, raw, recurse);
    pos = lit.pos;
    if (lit.literal !== null) state.add(lit.literal);
    if (lit.more) continue;
    if (pos >= end || text.charCodeAt(pos) === 125) break;
    const field = findExpr(env, text, pos, end, raw, recurse, spans);
    pos = field.pos;
    if (field.exprText !== null) state.add({ value: field.exprText });
    state.flush(spans.first, spans.last);
    state.exprs.push(field.expression);
  }
  if (recurse === 0 && pos < end - 1) raise(env, 'f-string: unexpected end of string');
  if (recurse !== 0 && text.charCodeAt(pos) !== 125) raise(env, "f-string: expecting '}'");
  return pos;
}

interface Literal {
  literal: PyStr | null;
  pos: number;
  /** A doubled brace ended the literal: scanning continues after it. */
  more: boolean;
}

/** Literal text up to an undoubled '{' (or a '}' in a spec), decoded (CPython's fstring_find_literal). */
function findLiteral(env: StringEnv, text: string, pos: number, end: number, raw: boolean, recurse: number): Literal {
  const start = pos;
  let s = pos;
  let more = false;
  while (s < end) {
    let ch = text.charCodeAt(s++);
    if (!raw && ch === 92 && s < end) {
      ch = text.charCodeAt(s++);
      if (ch === 78) {
        // Skip "\N{...}" so its braces do not start a field.
        if (s < end && text.charCodeAt(s++) === 123) {
          while (s < end && text.charCodeAt(s++) !== 125);
        }
        continue;
      }
    }
    if (ch === 123 || ch === 125) {
      if (recurse === 0) {
        if (s < end && text.charCodeAt(s) === ch) {
          pos = s + 1;
          more = true;
          break;
        }
        if (ch === 125) raise(env, "f-string: single '}' is not allowed");
      }
      s--;
      break;
    }
  }
  const litEnd = more ? pos - 1 : s;
  if (!more) pos = s;
  if (litEnd === start) return { literal: null, pos, more };
  const body = text.slice(start, litEnd);
  const literal = guard(env, (): PyStr => (raw ? { value: checkDecodable(body) } : decodeUnicodeEscapes(body)));
  return { literal, pos, more };
}

interface Field {
  expression: FormattedValue;
  exprText: string | null;
  pos: number;
}

/** The end of a replacement field's expression text (CPython's scan in fstring_find_expr). */
function scanExpr(env: StringEnv, text: string, s: number, end: number): number {
  let quote = 0;
  let triple = false;
  const stack: number[] = [];
  for (; s < end; s++) {
    const ch = text.charCodeAt(s);
    if (ch === 92) raise(env, 'f-string expression part cannot include a backslash');
    if (quote !== 0) {
      if (ch !== quote) continue;
      if (!triple) quote = 0;
      else if (s + 2 < end && text.charCodeAt(s + 1) === ch && text.charCodeAt(s + 2) === ch) {
        s += 2;
        quote = 0;
      }
      continue;
    }
    if (ch === 39 || ch === 34) {
      triple = s + 2 < end && text.charCodeAt(s + 1) === ch && text.charCodeAt(s + 2) === ch;
      if (triple) s += 2;
      quote = ch;
    } else if (ch === 91 || ch === 123 || ch === 40) {
      if (stack.length >= MAXLEVEL) raise(env, 'f-string: too many nested parenthesis');
      stack.push(ch);
    } else if (ch === 35) {
      raise(env, "f-string expression part cannot include '#'");
    } else if (stack.length === 0 && (ch === 33 || ch === 58 || ch === 125 || ch === 61 || ch === 62 || ch === 60)) {
      const next = s + 1 < end ? text.charCodeAt(s + 1) : -1;
      if (next === 61 && ch !== 58 && ch !== 125) {
        s++;
        continue;
      }
      if (ch === 62 || ch === 60) continue;
      break;
    } else if (ch === 93 || ch === 125 || ch === 41) {
      const open = stack.pop();
      if (open === undefined) raise(env, `f-string: unmatched '${String.fromCharCode(ch)}'`);
      if (!((open === 40 && ch === 41) || (open === 91 && ch === 93) || (open === 123 && ch === 125))) {
        raise(env, `f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(open)}'`);
      }
    }
  }
  if (quote !== 0) raise(env, 'f-string: unterminated string');
  if (stack.length > 0) raise(env, `f-string: unmatched '${String.fromCharCode(stack[stack.length - 1])}'`);
  return s;
}

/** One replacement field starting at the '{' at `brace` (CPython's fstring_find_expr). */
function findExpr(env: StringEnv, text: string, brace: number, end: number, raw: boolean, recurse: number,
  spans: Spans): Field {
  if (recurse >= 2) raise(env, 'f-string: expressions nested too deeply');
  const exprStart = brace + 1;
  let s = scanExpr(env, text, exprStart, end);
  if (s >= end) raise(env, "f-string: expecting '}'");
  const value = compileExpr(env, text, brace, s, spans.t);
  let exprText: string | null = null;
  if (text.charCodeAt(s) === 61) {
    s++;
    while (isAsciiSpace(text.charCodeAt(s))) s++;
    if (s >= end) raise(env, "f-string: expecting '}'");
    exprText = guard(env, () => checkDecodable(text.slice(exprStart, s)));
  }
  let conversion = -1;
  if (text.charCodeAt(s) === 33) {
    s++;
    if (s >= end) raise(env, "f-string: expecting '}'");
    conversion = text.charCodeAt(s++);
    if (!(conversion === 115 || conversion === 114 || conversion === 97)) {
      raise(env, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  let spec: Expr | null = null;
  if (s < end && text.charCodeAt(s) === 58) {
    s++;
    if (s >= end) raise(env, "f-string: expecting '}'");
    const inner = new FstringState();
    s = concatFstring(env, inner, text, s, end, raw, recurse + 1, spans);
    spec = finish(inner, spans.t, spans.t);
  }
  if (s >= end || text.charCodeAt(s) !== 125) raise(env, "f-string: expecting '}'");
  s++;
  if (exprText !== null && spec === null && conversion === -1) conversion = 114;
  const { first, last } = spans;
  const expression: FormattedValue = {
    _type: 'FormattedValue', value, conversion, format_spec: spec,
    lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
  };
  return { expression, exprText, pos: s };
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Parses the field text between the '{' at `brace` and `exprEnd` (CPython's fstring_compile_expr). */
function compileExpr(env: StringEnv, text: string, brace: number, exprEnd: number, t: Token): Expr {
  let s = brace + 1;
  while (s < exprEnd) {
    const c = text.charCodeAt(s);
    if (!(c === 32 || c === 9 || c === 10 || c === 12)) break;
    s++;
  }
  if (s === exprEnd) {
    const c = text.charCodeAt(exprEnd);
    if (c === 33 || c === 58 || c === 61) raise(env, `f-string: expression required before '${text[exprEnd]}'`);
    raise(env, 'f-string: empty expression not allowed');
  }
  const { lines, cols } = exprLocation(text, brace);
  const col = lines === 0 ? t.col_offset + cols : cols;
  return env.parseExpression(text.slice(brace + 1, exprEnd), t.lineno + lines, col + 1);
}

/**
 * CPython 3.11's fstring_find_expr_location: newlines of the token text
 * before the '{', and the '{''s byte offset from the start of its line of the
 * token text (0 when only white space and a newline follow the '{').
 */
function exprLocation(text: string, brace: number): { lines: number; cols: number } {
  let newlineAfterBrace = true;
  for (let i = brace + 1; ; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c === 125 || c === 10) break;
    if (c !== 32 && c !== 9 && c !== 12) {
      newlineAfterBrace = false;
      break;
    }
  }
  let cols = 0;
  if (!newlineAfterBrace) {
    let start = brace;
    while (start > 0 && text.charCodeAt(start) !== 10) start--;
    cols = utf8Length(text, start, brace);
    if (text.charCodeAt(start) === 10) cols -= 1;
  }
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < brace; i = text.indexOf('\n', i + 1)) lines++;
  return { lines, cols };
}

// ---------------------------------------------------------------------------
// Errors

/** Runs `f`, turning a LiteralError into CPython's SyntaxError (at `t` for token-located ones). */
function guard<R>(env: StringEnv, f: () => R, t?: Token): R {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof LiteralError)) throw e;
    if (e.atToken && t !== undefined) raiseAtToken(env, t, e.message);
    return raise(env, e.message);
  }
}

/** RAISE_SYNTAX_ERROR: at the parser's last token. */
function raise(env: StringEnv, msg: string): never {
  if (env.raiseAtLastToken) return env.raiseAtLastToken(msg);
  const tz = env.tokenizer;
  const t = tz.lastToken!;
  const col = t.col_offset === -1 ? (tz.readPos === tz.bufferStart ? 0 : tz.cursorByteCol()) : t.col_offset + 1;
  const endCol = t.end_col_offset === -1 ? -1 : t.end_col_offset + 1;
  return raiseRaw(tz, msg, t.lineno, col, t.end_lineno, endCol);
}

/** RAISE_SYNTAX_ERROR_KNOWN_LOCATION at token `t`. */
function raiseAtToken(env: StringEnv, t: Token, msg: string): never {
  if (env.raiseKnownLocation) return env.raiseKnownLocation(t, msg);
  return raiseRaw(env.tokenizer, msg, t.lineno, t.col_offset + 1, t.end_lineno, t.end_col_offset + 1);
}

/** pegen's error construction from 1-based byte columns (see Tokenizer.pegenErrorText). */
function raiseRaw(tz: Tokenizer, msg: string, lineno: number, col1: number, endLineno: number, endCol1: number): never {
  const text = tz.pegenErrorText(lineno);
  let offset = col1;
  let endOffset = endCol1;
  if (tz.startingColOffset >= 0) {
    msg = `f-string: ${msg}`;
    offset -= tz.startingColOffset;
    endOffset -= tz.startingColOffset;
  } else if (!tz.rawBytes) {
    offset = byteOffsetToCharOffset(text, col1 - 1);
    if (endCol1 > 0) endOffset = byteOffsetToCharOffset(text, endCol1 - 1);
  }
  throw new PySyntaxError({
    kind: 'SyntaxError', msg, filename: tz.filename, lineno, offset, end_lineno: endLineno, end_offset: endOffset, text,
  });
}
