/**
 * String concatenation and f-strings against CPython 3.11: trees with all
 * positions, and errors, for a list of tricky cases (tests/data/lexer/
 * string-cases.json) parsed end to end; and, independently of the parser,
 * where concatenateStrings asks for replacement-field expressions to be
 * parsed (CPython 3.11.7's fstring_find_expr_location).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Expr } from '../../vm/syntax/ast.js';
import { concatenateStrings, type StringEnv } from '../../vm/syntax/fstring.js';
import { PySyntaxError } from '../../vm/syntax/errors.js';
import { parse, parseBytes } from '../../vm/syntax/parse.js';
import { sourceTextBytes } from '../../vm/syntax/source.js';
import { Tokenizer } from '../../vm/syntax/tokenizer.js';
import { T, type Token } from '../../vm/syntax/tokens.js';
import { oracleSources, toOracleShape } from '../data/lexer/oracle.js';

const CASES = JSON.parse(readFileSync(new URL('../data/lexer/string-cases.json', import.meta.url), 'utf8')) as {
  str: string[]; bytes: string[];
};

function ours(src: string, bytes: boolean): unknown {
  try {
    return toOracleShape(bytes ? parseBytes(sourceTextBytes(src), '<unknown>') : parse(src, '<unknown>'));
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    const { kind, msg, lineno, offset, end_lineno, end_offset, text } = e;
    return { error: { kind, msg, lineno, offset, end_lineno, end_offset, text } };
  }
}

function compare(cases: string[], bytes: boolean): void {
  const expected = oracleSources(cases.map((src) => ({ src, bytes })));
  const mismatches = cases.flatMap((src, i) => {
    const got = ours(src, bytes);
    return JSON.stringify(got) === JSON.stringify(expected[i]) ? [] : [{ src, got, expected: expected[i] }];
  });
  expect(mismatches).toEqual([]);
}

describe('strings and f-strings parse as in CPython', () => {
  it('builds the same trees and errors (str source)', () => compare(CASES.str, false));
  it('builds the same trees and errors (bytes source, byte offsets)', () => compare(CASES.str, true));
  it('reports undecodable bytes in literals as CPython', () => compare(CASES.bytes, true));
});

/** The STRING tokens of a one-line source, and an environment recording parseExpression calls. */
function strings(src: string): { tokens: Token[]; env: StringEnv; calls: [string, number, number][] } {
  const tz = new Tokenizer(src, '<test>');
  const tokens: Token[] = [];
  for (let t = tz.next(); t.type !== T.ENDMARKER; t = tz.next()) if (t.type === T.STRING) tokens.push(t);
  const calls: [string, number, number][] = [];
  const env: StringEnv = {
    tokenizer: tz,
    parseExpression(source, lineno, colOffset) {
      calls.push([source, lineno, colOffset]);
      const node: Expr = {
        _type: 'Name', id: source.trim(), ctx: 'Load',
        lineno, col_offset: colOffset, end_lineno: lineno, end_col_offset: colOffset + source.length,
      };
      return node;
    },
  };
  return { tokens, env, calls };
}

describe('concatenateStrings', () => {
  it('asks for each field at CPython 3.11.7\'s position', () => {
    const { tokens, env, calls } = strings('x = (f"a{b}" f"""\n  {c!r}é{d:{e}}\n{\nf}""")\n');
    concatenateStrings(tokens, env);
    expect(calls).toEqual([['b', 1, 9], ['c', 2, 3], ['d', 2, 10], ['e', 2, 13], ['\nf', 3, 1]]);
  });

  it('merges literal parts and spans every part over the whole concatenation', () => {
    const { tokens, env } = strings("x = u'a' f'b{c=}' 'd'\n");
    const node = concatenateStrings(tokens, env) as Extract<Expr, { _type: 'JoinedStr' }>;
    expect(node._type).toBe('JoinedStr');
    expect(node.values.map((v) => v._type)).toEqual(['Constant', 'FormattedValue', 'Constant']);
    const first = node.values[0] as Extract<Expr, { _type: 'Constant' }>;
    expect(first.value).toEqual({ kind: 'str', value: 'abc=' });
    expect(first.kind).toBe('u');
    expect([first.col_offset, first.end_col_offset]).toEqual([4, 21]);
    expect((node.values[1] as Extract<Expr, { _type: 'FormattedValue' }>).conversion).toBe(114);
  });

  it('returns a plain Constant for plain strings, and bytes for bytes', () => {
    const s = strings("x = 'a' 'b'\n");
    expect(concatenateStrings(s.tokens, s.env)).toMatchObject({ _type: 'Constant', value: { kind: 'str', value: 'ab' } });
    const b = strings("x = b'a' B'\\x62'\n");
    const node = concatenateStrings(b.tokens, b.env) as Extract<Expr, { _type: 'Constant' }>;
    expect(node.value.kind).toBe('bytes');
    expect(Buffer.from((node.value as { value: Uint8Array }).value).toString()).toBe('ab');
  });

  it('raises CPython\'s errors as PySyntaxError', () => {
    for (const [src, msg] of [["x = b'a' 'b'\n", 'cannot mix bytes and nonbytes literals'], ["x = f'{}'\n", 'f-string: empty expression not allowed'],
      ["x = f'}'\n", "f-string: single '}' is not allowed"], ["x = f'{a!x}'\n", "f-string: invalid conversion character: expected 's', 'r', or 'a'"]]) {
      const { tokens, env } = strings(src);
      expect(() => concatenateStrings(tokens, env)).toThrow(new PySyntaxError({
        kind: 'SyntaxError', msg, filename: '', lineno: 0, offset: 0, end_lineno: 0, end_offset: 0, text: '',
      }).message);
    }
  });
});
