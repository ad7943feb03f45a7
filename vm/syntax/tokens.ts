/**
 * Token types and the token record shared by the tokenizer and the parser.
 *
 * The numbering is CPython 3.11's `token` module, so token dumps can be
 * compared with CPython's directly. Operators carry their *exact* type
 * (LPAR, PLUSEQUAL, ...), never the generic OP; keywords and soft keywords are
 * NAME tokens, told apart by their `string`.
 *
 * Positions follow the AST's convention: `lineno`/`end_lineno` are 1-based,
 * `col_offset`/`end_col_offset` are 0-based and count UTF-8 *bytes* of the
 * line (CPython's convention for AST positions).
 */

/** The token table: one row per token type, in CPython's numbering. */
export const TOKEN_TABLE = [
  ['ENDMARKER', null],
  ['NAME', null],
  ['NUMBER', null],
  ['STRING', null],
  ['NEWLINE', null],
  ['INDENT', null],
  ['DEDENT', null],
  ['LPAR', '('],
  ['RPAR', ')'],
  ['LSQB', '['],
  ['RSQB', ']'],
  ['COLON', ':'],
  ['COMMA', ','],
  ['SEMI', ';'],
  ['PLUS', '+'],
  ['MINUS', '-'],
  ['STAR', '*'],
  ['SLASH', '/'],
  ['VBAR', '|'],
  ['AMPER', '&'],
  ['LESS', '<'],
  ['GREATER', '>'],
  ['EQUAL', '='],
  ['DOT', '.'],
  ['PERCENT', '%'],
  ['LBRACE', '{'],
  ['RBRACE', '}'],
  ['EQEQUAL', '=='],
  ['NOTEQUAL', '!='],
  ['LESSEQUAL', '<='],
  ['GREATEREQUAL', '>='],
  ['TILDE', '~'],
  ['CIRCUMFLEX', '^'],
  ['LEFTSHIFT', '<<'],
  ['RIGHTSHIFT', '>>'],
  ['DOUBLESTAR', '**'],
  ['PLUSEQUAL', '+='],
  ['MINEQUAL', '-='],
  ['STAREQUAL', '*='],
  ['SLASHEQUAL', '/='],
  ['PERCENTEQUAL', '%='],
  ['AMPEREQUAL', '&='],
  ['VBAREQUAL', '|='],
  ['CIRCUMFLEXEQUAL', '^='],
  ['LEFTSHIFTEQUAL', '<<='],
  ['RIGHTSHIFTEQUAL', '>>='],
  ['DOUBLESTAREQUAL', '**='],
  ['DOUBLESLASH', '//'],
  ['DOUBLESLASHEQUAL', '//='],
  ['AT', '@'],
  ['ATEQUAL', '@='],
  ['RARROW', '->'],
  ['ELLIPSIS', '...'],
  ['COLONEQUAL', ':='],
  ['OP', null],
  ['AWAIT', null],
  ['ASYNC', null],
  ['TYPE_IGNORE', null],
  ['TYPE_COMMENT', null],
  ['SOFT_KEYWORD', null],
  ['ERRORTOKEN', null],
  ['COMMENT', null],
  ['NL', null],
  ['ENCODING', null],
] as const;

type Row = (typeof TOKEN_TABLE)[number];
export type TokenName = Row[0];

/** `T.NAME`, `T.LPAR`, ...: the numeric type of each token name. */
export const T = Object.fromEntries(TOKEN_TABLE.map((row, i) => [row[0], i])) as {
  readonly [K in TokenName]: number;
};

/** Token type names by number, for dumps and error messages. */
export const TOKEN_NAMES: readonly TokenName[] = TOKEN_TABLE.map((row) => row[0]);

/** Exact operator type by its text: '(' -> T.LPAR. */
export const OPERATOR_TYPES: ReadonlyMap<string, number> = new Map(
  TOKEN_TABLE.flatMap((row, i) => (row[1] === null ? [] : [[row[1], i] as [string, number]])),
);

export interface Token {
  /** One of `T`; operators have their exact type. */
  type: number;
  /** The token's exact source text ('' for NEWLINE at EOF, INDENT/DEDENT, ENDMARKER). */
  string: string;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** Python 3.11's hard keywords. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
  'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
  'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Python 3.11's soft keywords: keywords only in some positions. */
export const SOFT_KEYWORDS: ReadonlySet<string> = new Set(['_', 'case', 'match']);
