/**
 * Parser state shared by every grammar rule: the token buffer, mark/reset,
 * memoisation, node positions and error raising.
 *
 * Model (CPython 3.11's PEG parser, Parser/pegen.c):
 * - Tokens are pulled lazily from the tokenizer into `tokens` the first time
 *   a rule looks at them, so a tokenizer error surfaces exactly when the
 *   parser reaches it. `fill` tokens have been fetched; the last one fetched
 *   is where a generic "invalid syntax" is reported.
 * - `pos` is the mark. A rule returns its node on success (with `pos` after
 *   the text it matched) or null on failure, in which case it leaves `pos`
 *   wherever it likes: the caller always resets to its own saved mark before
 *   trying an alternative. Rules never throw for a mere mismatch.
 * - A rule marked (memo) in CPython's grammar, and each left-recursive rule
 *   (written here as a loop), is memoised per start token: `memoGet` /
 *   `memoSet`. In the error pass the memo is semantic, not just a cache: a
 *   result memoised while invalid rules were off (inside
 *   `expression_without_invalid`) is reused where they are on, as in
 *   CPython, so every rule CPython memoises is memoised there. In the first
 *   pass it is only a cache, kept for the rules that are re-tried.
 * - `callInvalid` turns the `invalid_*` rules on (error pass, outside
 *   `expression_without_invalid`); `errorPass` tells the passes apart.
 * - Errors are raised by throwing `PySyntaxError`: the first error raised
 *   anywhere wins, exactly like CPython's error indicator.
 * - Positions: a node starts at the first token of its rule and ends at the
 *   last token before `pos` that is not NEWLINE/INDENT/DEDENT/ENDMARKER.
 */
import type { Token } from '../tokens.js';
import type { Expr, Name, Node, Position, ExprContext, PyConstant } from '../ast.js';
import { PySyntaxError, type SyntaxErrorKind } from '../errors.js';
import type { Tokenizer } from '../tokenizer.js';
import {
  COMMA, DEDENT, ENDMARKER, NAME, NEWLINE, isCloseBracket, isOpenBracket, nameKind,
} from './kinds.js';

/** A node that carries a position, and the same before its span is known. */
type Positioned = Extract<Node, Position>;
type WithoutPosition<N> = N extends Position ? Omit<N, keyof Position> : never;
export type Draft = WithoutPosition<Positioned>;
export type PositionedOf<T> = Extract<Positioned, { _type: T }>;

/** Rule ids of the memoised rules. */
export const M_EXPRESSION = 0;
export const M_STAR_EXPRESSION = 1;
export const M_DISJUNCTION = 2;
export const M_CONJUNCTION = 3;
export const M_INVERSION = 4;
export const M_FACTOR = 5;
export const M_AWAIT_PRIMARY = 6;
export const M_BITWISE_OR = 7;
export const M_BITWISE_XOR = 8;
export const M_BITWISE_AND = 9;
export const M_SHIFT_EXPR = 10;
export const M_SUM = 11;
export const M_TERM = 12;
export const M_PRIMARY = 13;
export const M_T_PRIMARY = 14;
export const M_STRINGS = 15;
export const M_ARGUMENTS = 16;
export const M_STAR_TARGET = 17;
export const M_TARGET_WITH_STAR_ATOM = 18;
export const M_DEL_TARGET = 19;
export const M_SIMPLE_STMT = 20;
export const M_BLOCK = 21;
export const M_CLOSED_PATTERN = 22;
export const M_STAR_PATTERN = 23;
export const M_INVALID_NAMED_EXPRESSION = 24;
export const M_DOTTED_NAME = 25;
export const M_ATTR = 26;
const MEMO_RULES = 27;

/**
 * The rules worth memoising in the first pass, where the memo is only a
 * cache (no invalid rule runs, so no result depends on it): the ones the
 * grammar re-tries at the same token (measured over the stdlib). In the
 * error pass every rule CPython memoises is memoised, for fidelity.
 */
const MEMO_IN_FIRST_PASS: readonly boolean[] = Array.from({ length: MEMO_RULES }, (_, r) =>
  r === M_EXPRESSION || r === M_T_PRIMARY || r === M_STRINGS || r === M_ARGUMENTS
  || r === M_CLOSED_PATTERN || r === M_ATTR || r === M_TARGET_WITH_STAR_ATOM || r === M_STAR_TARGET);

const EMPTY_ENDS = new Int32Array(0);
const EMPTY_VALS: unknown[] = [];

/** Returned by `memoGet` when the rule has not been tried at that token. */
export const MISS: unique symbol = Symbol('miss');

/**
 * CPython's parser gives up beyond 6000 nested rule calls (MemoryError).
 * We count a subset of rules with weights that approximate its count.
 */
export const MAX_DEPTH = 6000;

/** What is thrown when nesting exceeds MAX_DEPTH: CPython's bare MemoryError. */
export function tooDeepError(filename: string): PySyntaxError {
  return new PySyntaxError({
    kind: 'MemoryError', msg: '', filename,
    lineno: null, offset: null, end_lineno: null, end_offset: null, text: null,
  });
}

export class Parser {
  readonly tokens: Token[] = [];
  /** Kind (see kinds.ts) of each fetched token. */
  kinds = new Int32Array(256);
  /** Bracket depth at each fetched token (CPython's `token->level`). */
  levels = new Int32Array(256);
  fill = 0;
  pos = 0;
  callInvalid = false;
  /** The second pass (invalid rules on, except inside `expression_without_invalid`). */
  errorPass = false;
  /** Nesting counter standing in for CPython's `p->level`. */
  depth = 0;
  private bracketDepth = 0;
  /** Parsing in 'single' mode, and whether a token was fetched since the last implied NEWLINE. */
  singleInput = false;
  private parsingStarted = false;
  private memoEnds: Int32Array[] = [];
  private memoVals: unknown[][] = [];
  /** Builds the node for adjacent STRING tokens (strings and f-strings). */
  concatStrings: (tokens: Token[]) => Expr = () => {
    throw new Error('no string support installed');
  };
  /** The value of a NUMBER token's text. */
  numberValue: (text: string) => PyConstant = () => {
    throw new Error('no number support installed');
  };

  /** Report SyntaxError offsets in characters (else in UTF-8 bytes, as
   *  CPython does for bytes input that declares no encoding). */
  readonly charOffsets: boolean;

  /**
   * @param startingCol for an f-string sub-parser, the file column its
   *   "(expr)" text starts at (the replacement field's brace); -1 for a file.
   */
  constructor(
    readonly tok: Tokenizer,
    readonly filename: string,
    readonly startingCol = -1,
  ) {
    this.charOffsets = startingCol < 0 && !tok.rawBytes;
    this.resetMemo();
  }

  // -------------------------------------------------------------------------
  // Tokens

  /** Pulls one more token from the tokenizer (ENDMARKER repeats forever). */
  fetch(): void {
    const n = this.fill;
    let t = n > 0 && this.kinds[n - 1] === ENDMARKER ? this.tokens[n - 1]! : this.tok.next();
    if (this.singleInput) t = this.singleInputToken(t);
    if (n === this.kinds.length) this.grow();
    const kind = t.type === NAME ? nameKind(t.string) : t.type;
    if (isOpenBracket(kind)) this.bracketDepth++;
    else if (isCloseBracket(kind) && this.bracketDepth > 0) this.bracketDepth--;
    this.tokens.push(t);
    this.kinds[n] = kind;
    this.levels[n] = this.bracketDepth;
    this.fill = n + 1;
  }

  /**
   * 'single' mode (CPython's _PyPegen_fill_token): the first ENDMARKER after
   * some input is turned into a NEWLINE, so that a last statement without
   * its newline (or a compound statement's closing NEWLINE) is complete.
   */
  private singleInputToken(t: Token): Token {
    if (t.type === ENDMARKER && this.parsingStarted) {
      this.parsingStarted = false;
      return { ...t, type: NEWLINE, string: '' };
    }
    this.parsingStarted = true;
    return t;
  }

  private grow(): void {
    const kinds = new Int32Array(this.kinds.length * 2);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const levels = new Int32Array(this.levels.length * 2);
    levels.set(this.levels);
    this.levels = levels;
  }

  /** Kind of the token at the mark (fetching it if needed). */
  peek(): number {
    if (this.pos === this.fill) this.fetch();
    return this.kinds[this.pos]!;
  }

  /** Kind of the token `k` places after the mark. */
  peekAt(k: number): number {
    const i = this.pos + k;
    while (i >= this.fill) this.fetch();
    return this.kinds[i]!;
  }

  /** The token at the mark (fetched). */
  token(): Token {
    if (this.pos === this.fill) this.fetch();
    return this.tokens[this.pos]!;
  }

  /**
   * The grammar's `','.item+`: one or more items separated by commas, or null
   * (mark unchanged) without a first item. A comma not followed by an item is
   * left unconsumed; a trailing `[',']` is the caller's.
   */
  gather<T>(item: (p: Parser) => T | null): T[] | null {
    const first = item(this);
    return first === null ? null : this.commaItems([first], item);
  }

  /** The `(',' item)*` tail of a gather: appends the items to `out`. */
  commaItems<T>(out: T[], item: (p: Parser) => T | null): T[] {
    for (;;) {
      const m = this.pos;
      if (!this.expect(COMMA)) return out;
      const next = item(this);
      if (next === null) {
        this.pos = m;
        return out;
      }
      out.push(next);
    }
  }

  /** Consumes a token of `kind` if it is next. */
  expect(kind: number): boolean {
    if (this.pos === this.fill) this.fetch();
    if (this.kinds[this.pos] === kind) {
      this.pos++;
      return true;
    }
    return false;
  }

  /** Like `expect` but returns the token's index, or -1. */
  expectIdx(kind: number): number {
    if (this.pos === this.fill) this.fetch();
    if (this.kinds[this.pos] === kind) return this.pos++;
    return -1;
  }

  /** True if the next token is the soft keyword `word`. */
  atSoftKeyword(word: string): boolean {
    return this.peek() === NAME && this.tokens[this.pos]!.string === word;
  }

  /** Consumes the soft keyword `word`; returns its index or -1. */
  expectSoft(word: string): number {
    if (this.peek() === NAME && this.tokens[this.pos]!.string === word) return this.pos++;
    return -1;
  }

  /** `&&tok`: the token must come next, else "expected 'x'" here and now. */
  expectForced(kind: number, text: string): void {
    if (this.peek() === kind) {
      this.pos++;
      return;
    }
    const t = this.tokens[this.pos]!;
    this.raiseKnownLocation(t, `expected '${text}'`);
  }

  /** NAME as an expression node (Load), or null. */
  name(): Name | null {
    if (this.pos === this.fill) this.fetch();
    if (this.kinds[this.pos] !== NAME) return null;
    return this.nameAt(this.pos++, 'Load');
  }

  /** The identifier of the NAME token at index `i`. */
  idAt(i: number): string {
    return identifier(this.tokens[i]!.string);
  }

  /** The Name node for the NAME token at index `i`. */
  nameAt(i: number, ctx: ExprContext): Name {
    const t = this.tokens[i]!;
    return {
      _type: 'Name', id: identifier(t.string), ctx,
      lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset,
    };
  }

  // -------------------------------------------------------------------------
  // Positions

  /** The last token before the mark that is not layout (NEWLINE etc.). */
  lastToken(): Token {
    const kinds = this.kinds;
    let m = this.pos - 1;
    let k = kinds[m]!;
    while (m > 0 && (k === ENDMARKER || (k >= NEWLINE && k <= DEDENT))) k = kinds[--m]!;
    return this.tokens[m < 0 ? 0 : m]!;
  }

  /** The span from token `start` to the last token consumed. */
  span(start: number): Position {
    const s = this.tokens[start]!;
    const e = this.lastToken();
    return { lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  }

  /** Gives `n` the span from token `start` to the last token consumed. */
  fin<D extends Draft>(start: number, n: D): PositionedOf<D['_type']> {
    const s = this.tokens[start]!;
    const e = this.lastToken();
    const r = n as unknown as Position;
    r.lineno = s.lineno;
    r.col_offset = s.col_offset;
    r.end_lineno = e.end_lineno;
    r.end_col_offset = e.end_col_offset;
    return r as unknown as PositionedOf<D['_type']>;
  }

  // -------------------------------------------------------------------------
  // Memoisation

  resetMemo(): void {
    this.memoEnds = [];
    this.memoVals = [];
    for (let i = 0; i < MEMO_RULES; i++) {
      this.memoEnds.push(EMPTY_ENDS);
      this.memoVals.push(EMPTY_VALS);
    }
  }

  /** The memoised result of `rule` at token `start` (moving the mark), or MISS. */
  memoGet(rule: number, start: number): unknown {
    if (!this.errorPass && !MEMO_IN_FIRST_PASS[rule]) return MISS;
    const ends = this.memoEnds[rule]!;
    if (start >= ends.length) return MISS;
    const end = ends[start]!;
    if (end === 0) return MISS;
    this.pos = end - 1;
    return this.memoVals[rule]![start];
  }

  /** Records `value` as the result of `rule` at `start`, ending at the mark. */
  memoSet(rule: number, start: number, value: unknown): void {
    if (!this.errorPass && !MEMO_IN_FIRST_PASS[rule]) return;
    let ends = this.memoEnds[rule]!;
    if (start >= ends.length) {
      const grown = new Int32Array(Math.max(this.kinds.length, 64));
      grown.set(ends);
      this.memoEnds[rule] = ends = grown;
    }
    ends[start] = this.pos + 1;
    let vals = this.memoVals[rule]!;
    if (vals === EMPTY_VALS) this.memoVals[rule] = vals = [];
    while (vals.length < start) vals.push(undefined);
    vals[start] = value;
  }

  // -------------------------------------------------------------------------
  // Nesting

  /** Counts `weight` levels of rule nesting; raises beyond MAX_DEPTH. */
  enter(weight: number): void {
    this.depth += weight;
    if (this.depth > MAX_DEPTH) this.raiseTooDeep();
  }

  leave(weight: number): void {
    this.depth -= weight;
  }

  raiseTooDeep(): never {
    throw tooDeepError(this.filename);
  }

  // -------------------------------------------------------------------------
  // Errors (CPython's RAISE_* macros)

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION: the span of node or token `a`. */
  raiseKnownLocation(a: Position, msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    return this.raiseRaw(kind, msg, a.lineno, a.col_offset + 1, a.end_lineno, a.end_col_offset + 1);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE: from the start of `a` to the end of `b`. */
  raiseKnownRange(a: Position, b: Position, msg: string): never {
    return this.raiseRaw('SyntaxError', msg, a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM: from `a` to the tokenizer's position. */
  raiseStartingFrom(a: Position, msg: string): never {
    return this.raiseRaw('SyntaxError', msg, a.lineno, a.col_offset + 1, this.tok.lineno, this.tok.cursorByteCol());
  }

  /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched. */
  raiseAtLastToken(msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    const t = this.tokens[this.fill - 1]!;
    // Layout tokens have no columns: CPython reports the tokenizer's position.
    const col = t.col_offset === -1
      ? (this.tok.readPos === this.tok.bufferStart ? 0 : this.tok.cursorByteCol())
      : t.col_offset + 1;
    const endCol = t.end_col_offset === -1 ? -1 : t.end_col_offset + 1;
    return this.raiseRaw(kind, msg, t.lineno, col, t.end_lineno, endCol);
  }

  /**
   * _PyPegen_raise_error_known_location: `col1`/`endCol1` are 1-based byte
   * columns (end <= 0: none), converted to characters when the source's
   * encoding is known.
   */
  raiseRaw(kind: SyntaxErrorKind, msg: string, lineno: number, col1: number,
    endLineno: number, endCol1: number): never {
    let offset = col1;
    let endOffset = endCol1;
    let text: string;
    if (this.startingCol >= 0) {
      msg = `f-string: ${msg}`;
      offset -= this.startingCol;
      endOffset -= this.startingCol;
      text = this.tok.errorLineText(lineno);
    } else {
      text = this.tok.pegenErrorText(lineno);
      if (this.charOffsets) {
        offset = charOffset(text, col1);
        if (endCol1 > 0) endOffset = charOffset(text, endCol1);
      }
    }
    throw new PySyntaxError({
      kind, msg, filename: this.filename, lineno, offset, end_lineno: endLineno, end_offset: endOffset, text,
    });
  }
}

/**
 * The character offset CPython reports for a 1-based byte offset `b` into
 * `line`: the number of characters in the line's first `b` UTF-8 bytes
 * (a cut character counts, and one position past the end is allowed).
 */
export function charOffset(line: string, b: number): number {
  if (b <= 0) return b;
  let bytes = 0;
  let chars = 0;
  const n = line.length;
  for (let i = 0; i < n && bytes < b; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      bytes += 4;
      i++;
    } else bytes += 3;
    chars++;
  }
  if (bytes < b) chars++;
  return chars;
}

/** An identifier as CPython stores it: NFKC-normalised if not ASCII. */
export function identifier(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) return s.normalize('NFKC');
  }
  return s;
}

/** A copy of target `e` with context `ctx` (CPython's set_expr_context). */
export function withContext<E extends { _type: string }>(e: E, ctx: ExprContext): E {
  const n = e as unknown as Record<string, unknown> & { _type: string };
  switch (n._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return { ...n, ctx } as unknown as E;
    case 'Starred':
      return { ...n, value: withContext(n.value as E, ctx), ctx } as unknown as E;
    case 'List':
    case 'Tuple':
      return { ...n, elts: (n.elts as E[]).map((x) => withContext(x, ctx)), ctx } as unknown as E;
    default:
      return e;
  }
}
