/**
 * Token kinds as the parser sees them.
 *
 * The tokenizer reports keywords as NAME tokens (vm/syntax/tokens.ts); the
 * grammar, like CPython's generated parser, wants each hard keyword to be its
 * own token type so that `NAME` never matches `if`. The parser therefore keeps
 * one small integer per token, its *kind*: the token type for everything but
 * NAME, and for a NAME either NAME or the keyword's kind below. `async` and
 * `await` map to CPython's ASYNC and AWAIT types. Soft keywords (`match`,
 * `case`, `_`) stay NAME and are told apart by their text.
 */
import { T } from '../tokens.js';

export const ENDMARKER = T.ENDMARKER;
export const NAME = T.NAME;
export const NUMBER = T.NUMBER;
export const STRING = T.STRING;
export const NEWLINE = T.NEWLINE;
export const INDENT = T.INDENT;
export const DEDENT = T.DEDENT;
export const LPAR = T.LPAR;
export const RPAR = T.RPAR;
export const LSQB = T.LSQB;
export const RSQB = T.RSQB;
export const COLON = T.COLON;
export const COMMA = T.COMMA;
export const SEMI = T.SEMI;
export const PLUS = T.PLUS;
export const MINUS = T.MINUS;
export const STAR = T.STAR;
export const SLASH = T.SLASH;
export const VBAR = T.VBAR;
export const AMPER = T.AMPER;
export const LESS = T.LESS;
export const GREATER = T.GREATER;
export const EQUAL = T.EQUAL;
export const DOT = T.DOT;
export const PERCENT = T.PERCENT;
export const LBRACE = T.LBRACE;
export const RBRACE = T.RBRACE;
export const EQEQUAL = T.EQEQUAL;
export const NOTEQUAL = T.NOTEQUAL;
export const LESSEQUAL = T.LESSEQUAL;
export const GREATEREQUAL = T.GREATEREQUAL;
export const TILDE = T.TILDE;
export const CIRCUMFLEX = T.CIRCUMFLEX;
export const LEFTSHIFT = T.LEFTSHIFT;
export const RIGHTSHIFT = T.RIGHTSHIFT;
export const DOUBLESTAR = T.DOUBLESTAR;
export const PLUSEQUAL = T.PLUSEQUAL;
export const DOUBLESLASHEQUAL = T.DOUBLESLASHEQUAL;
export const DOUBLESLASH = T.DOUBLESLASH;
export const AT = T.AT;
export const RARROW = T.RARROW;
export const ELLIPSIS = T.ELLIPSIS;
export const COLONEQUAL = T.COLONEQUAL;
export const AWAIT = T.AWAIT;
export const ASYNC = T.ASYNC;
export const TYPE_COMMENT = T.TYPE_COMMENT;

// Hard keywords other than async/await.
export const KW_FALSE = 100;
export const KW_NONE = 101;
export const KW_TRUE = 102;
export const KW_AND = 103;
export const KW_AS = 104;
export const KW_ASSERT = 105;
export const KW_BREAK = 106;
export const KW_CLASS = 107;
export const KW_CONTINUE = 108;
export const KW_DEF = 109;
export const KW_DEL = 110;
export const KW_ELIF = 111;
export const KW_ELSE = 112;
export const KW_EXCEPT = 113;
export const KW_FINALLY = 114;
export const KW_FOR = 115;
export const KW_FROM = 116;
export const KW_GLOBAL = 117;
export const KW_IF = 118;
export const KW_IMPORT = 119;
export const KW_IN = 120;
export const KW_IS = 121;
export const KW_LAMBDA = 122;
export const KW_NONLOCAL = 123;
export const KW_NOT = 124;
export const KW_OR = 125;
export const KW_PASS = 126;
export const KW_RAISE = 127;
export const KW_RETURN = 128;
export const KW_TRY = 129;
export const KW_WHILE = 130;
export const KW_WITH = 131;
export const KW_YIELD = 132;

const KEYWORD_KINDS: ReadonlyMap<string, number> = new Map([
  ['False', KW_FALSE], ['None', KW_NONE], ['True', KW_TRUE], ['and', KW_AND], ['as', KW_AS],
  ['assert', KW_ASSERT], ['async', ASYNC], ['await', AWAIT], ['break', KW_BREAK],
  ['class', KW_CLASS], ['continue', KW_CONTINUE], ['def', KW_DEF], ['del', KW_DEL],
  ['elif', KW_ELIF], ['else', KW_ELSE], ['except', KW_EXCEPT], ['finally', KW_FINALLY],
  ['for', KW_FOR], ['from', KW_FROM], ['global', KW_GLOBAL], ['if', KW_IF],
  ['import', KW_IMPORT], ['in', KW_IN], ['is', KW_IS], ['lambda', KW_LAMBDA],
  ['nonlocal', KW_NONLOCAL], ['not', KW_NOT], ['or', KW_OR], ['pass', KW_PASS],
  ['raise', KW_RAISE], ['return', KW_RETURN], ['try', KW_TRY], ['while', KW_WHILE],
  ['with', KW_WITH], ['yield', KW_YIELD],
]);

/** The kind of a NAME token with text `s`: a keyword kind or NAME. */
export function nameKind(s: string): number {
  // Keywords are 2..8 characters starting with a lower-case letter or F/N/T.
  const n = s.length;
  if (n < 2 || n > 8) return NAME;
  const c = s.charCodeAt(0);
  if (c < 97 ? c !== 70 && c !== 78 && c !== 84 : c > 121) return NAME;
  return KEYWORD_KINDS.get(s) ?? NAME;
}

/** True for the kinds that open a bracket. */
export function isOpenBracket(kind: number): boolean {
  return kind === LPAR || kind === LSQB || kind === LBRACE;
}

/** True for the kinds that close a bracket. */
export function isCloseBracket(kind: number): boolean {
  return kind === RPAR || kind === RSQB || kind === RBRACE;
}
