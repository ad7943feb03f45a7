/**
 * The tokenizer against CPython 3.11: token streams of stdlib files (oracle:
 * the `tokenize` module, where it agrees with the C tokenizer), the C
 * tokenizer's own conventions (checked by hand), and syntax errors (oracle:
 * `ast.parse`).
 */
import { describe, expect, it } from 'vitest';
import { Tokenizer, byteOffsetToCharOffset, normalizeIdentifier } from '../../vm/syntax/tokenizer.js';
import { PySyntaxError } from '../../vm/syntax/errors.js';
import { cpythonParse } from '../tools/cpython-ast.js';
import {
  dumpTokens, oracleErrors, oracleTokens, ourTokens, stdlibFiles, tokenizerError, TOKENIZER_MESSAGE,
} from '../data/lexer/oracle.js';

const tokens = (src: string) => dumpTokens(new Tokenizer(src, '<test>'));

describe('token stream conventions of the C tokenizer', () => {
  it('gives NEWLINE the span from a comment to the newline and markers no extent', () => {
    expect(tokens('if x:  # c\n  y\n')).toEqual([
      ['NAME', 'if', 1, 0, 1, 2], ['NAME', 'x', 1, 3, 1, 4], ['COLON', ':', 1, 4, 1, 5],
      ['NEWLINE', '\n', 1, 7, 1, 10],
      ['INDENT', '', 2, -1, 2, -1], ['NAME', 'y', 2, 2, 2, 3], ['NEWLINE', '\n', 2, 3, 2, 3],
      ['DEDENT', '', 2, -1, 2, -1], ['ENDMARKER', '', 2, -1, 2, -1],
    ]);
  });

  it('adds the missing final newline and translates \\r\\n and \\r', () => {
    expect(tokens('a\r\nb\rc')).toEqual([
      ['NAME', 'a', 1, 0, 1, 1], ['NEWLINE', '\n', 1, 1, 1, 1], ['NAME', 'b', 2, 0, 2, 1],
      ['NEWLINE', '\n', 2, 1, 2, 1], ['NAME', 'c', 3, 0, 3, 1], ['NEWLINE', '\n', 3, 1, 3, 1],
      ['ENDMARKER', '', 3, -1, 3, -1],
    ]);
  });

  it('counts columns in UTF-8 bytes and spans multi-line strings', () => {
    expect(tokens('é = """a\nbé""" + 1\n').slice(0, 4)).toEqual([
      ['NAME', 'é', 1, 0, 1, 2], ['EQUAL', '=', 1, 3, 1, 4], ['STRING', '"""a\nbé"""', 1, 5, 2, 6],
      ['PLUS', '+', 2, 7, 2, 8],
    ]);
  });

  it('joins lines inside brackets and after a backslash, and skips blank lines', () => {
    const names = (src: string) => tokens(src).map((t) => t[0]);
    expect(names('x = (1,\n\n  2)\n')).toEqual(['NAME', 'EQUAL', 'LPAR', 'NUMBER', 'COMMA', 'NUMBER', 'RPAR', 'NEWLINE', 'ENDMARKER']);
    expect(names('x = 1 + \\\n    2\n\n   # c\n')).toEqual(['NAME', 'EQUAL', 'NUMBER', 'PLUS', 'NUMBER', 'NEWLINE', 'ENDMARKER']);
  });

  it('reads operators longest first, <> as NOTEQUAL and stray characters as OP', () => {
    expect(tokens('a **= b//c<>d->e:=...$!\n').map((t) => [t[0], t[1]])).toEqual([
      ['NAME', 'a'], ['DOUBLESTAREQUAL', '**='], ['NAME', 'b'], ['DOUBLESLASH', '//'], ['NAME', 'c'],
      ['NOTEQUAL', '<>'], ['NAME', 'd'], ['RARROW', '->'], ['NAME', 'e'], ['COLONEQUAL', ':='],
      ['ELLIPSIS', '...'], ['OP', '$'], ['OP', '!'], ['NEWLINE', '\n'], ['ENDMARKER', ''],
    ]);
  });

  it('splits a number from a following keyword (1if, 0x1for) as CPython does', () => {
    expect(tokens('1if 0x1for 1else 1_0.5e-3j\n').map((t) => t[1])).toEqual(
      ['1', 'if', '0x1f', 'or', '1', 'else', '1_0.5e-3j', '\n', '']);
  });

  it('measures indentation with tab stops of 8 and form feeds', () => {
    const kinds = tokens('if 1:\n\tif 2:\n\t\tx\n\f\ty\n').map((t) => t[0]);
    expect(kinds).toEqual(['NAME', 'NUMBER', 'COLON', 'NEWLINE', 'INDENT', 'NAME', 'NUMBER', 'COLON', 'NEWLINE',
      'INDENT', 'NAME', 'NEWLINE', 'DEDENT', 'NAME', 'NEWLINE', 'DEDENT', 'ENDMARKER']);
  });

  it('shifts first-line columns for f-string sub-tokenizers', () => {
    const tz = new Tokenizer('(a +\nb)', 'x', { firstLineno: 3, firstLineColOffset: 10 });
    expect(dumpTokens(tz).slice(0, 5)).toEqual([
      ['LPAR', '(', 3, 10, 3, 11], ['NAME', 'a', 3, 11, 3, 12], ['PLUS', '+', 3, 13, 3, 14],
      ['NAME', 'b', 4, 0, 4, 1], ['RPAR', ')', 4, 1, 4, 2],
    ]);
  });

  it('keeps returning ENDMARKER, and rethrows its error', () => {
    const tz = new Tokenizer('x', 'f');
    dumpTokens(tz);
    expect(tz.next().type).toBe(0);
    const bad = new Tokenizer('x = 1€', 'f');
    expect(() => dumpTokens(bad)).toThrow(PySyntaxError);
    expect(() => bad.next()).toThrow(/invalid character/);
    expect(bad.errorCode).toBe('error');
  });

  it('reports open brackets and source lines', () => {
    const tz = new Tokenizer('f(a,\n  [b', 'f');
    for (let i = 0; i < 5; i++) tz.next();
    expect(tz.openBrackets()).toEqual([{ char: '(', lineno: 1, col_offset: 1 }, { char: '[', lineno: 2, col_offset: 2 }]);
    expect(tz.line(1)).toBe('f(a,\n');
    expect(tz.line(2)).toBe('  [b\n');
    expect(tz.line(3)).toBe('');
  });

  it('normalises identifiers with NFKC', () => {
    expect(normalizeIdentifier('ℕ')).toBe('N');
    expect(normalizeIdentifier('abc')).toBe('abc');
  });

  it('converts byte columns to character offsets as CPython', () => {
    expect(byteOffsetToCharOffset('x = "éé" +\n', 10)).toBe(9);
    expect(byteOffsetToCharOffset('abc', 0)).toBe(1);
    expect(byteOffsetToCharOffset('abc', 10)).toBe(4);
    expect(byteOffsetToCharOffset('é', 0)).toBe(1);
    expect(byteOffsetToCharOffset('a😀b', 5)).toBe(3);
    expect(byteOffsetToCharOffset('abc', -1)).toBe(0);
  });
});

describe('tokens of stdlib files match CPython', () => {
  it('agrees with tokenize on a sample of files', () => {
    const files = stdlibFiles().filter((_, i) => i % 15 === 0);
    const expected = oracleTokens(files);
    let compared = 0;
    files.forEach((f, i) => {
      if (expected[i] === null) return;
      expect({ f, tokens: ourTokens(f) }).toEqual({ f, tokens: expected[i] });
      compared++;
    });
    expect(compared).toBeGreaterThan(100);
  });

  it('accepts every stdlib file CPython accepts', () => {
    const rejected: string[] = [];
    const ours = new Map<string, string>();
    for (const f of stdlibFiles()) {
      try {
        ourTokens(f);
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        rejected.push(f);
        ours.set(f, e.msg);
      }
    }
    const verdicts = cpythonParse(rejected);
    rejected.forEach((f, i) => {
      const v = verdicts[i];
      expect({ f, cpython: 'error' in v ? v.error.msg : 'accepted' }).toEqual({ f, cpython: ours.get(f) });
    });
  });
});

/** Sources whose CPython error is the tokenizer's. */
const ERROR_CASES = [
  'x = 1€\n', 'x = a€b\n', 'x = a\u00a0\n', 'x = \u00a0\n', 'x = \\ 1\n', 'x = 1 + \\', 'x = 1 + \\\n', 'x = \x0b\n', 'x = \x7f\n',
  '\ufeffx = 1\n', 'x = "abc\n', 'x = "abc\n  y', "x = 'ab' \\\n 'cd\n", 'if 1:\n  x = """abc\n\n', "x = '''abc\\\n",
  "x = 'abc\\\n", 'x = 0777\n', 'x = 0_7\n', 'x = 09\n', 'x = 0o78\n', 'x = 0o_8\n', 'x = 0x\n', 'x = 0xg\n', 'x = 0o\n',
  'x = 0b\n', 'x = 0b_\n', 'x = 0b12\n', 'x = 0b1_\n', 'x = 0b1__0\n', 'x = 1_\n', 'x = 1__0\n', 'x = 1.5_\n', 'x = 1e\n',
  'x = 1e+\n', 'x = 1.0e-\n', 'x = 1e1_\n', 'x = 1abc\n', 'x = 1.__class__\n', 'x = 1j__\n', 'x = 0_\n', ')', '(]', '(\n]',
  '[1, 2}\n', 'if 1:\n  x\n y\n', 'if 1:\n\tx\n        y\n', 'if 1:\n        x\n\ty\n', 'for x in y:\n    pass\n  z',
  'if 1:\n  x\n\f y\n', 'x = (', 'x = (1,\n', 'x = (1 +\n  2', 'def f():\n  pass\n  x = [1,', 'f(**\n', 'x = 1\n  \\\n',
  'x = 1 + \\\n  2 + \\ 3\n', 'x = "éé" + (\n', 'x = ∀ + 1\n', 'x = a∀b\n', 'x = (\n'.repeat(201),
  'if 1:\n' + Array.from({ length: 100 }, (_, i) => ' '.repeat(i + 1) + 'if 1:\n').join('') + ' '.repeat(101) + 'pass\n',
  'x = 1\ny = \u200b\n', '😀 = 1\n', 'x = a\U0001F600\n', 'x = f"abc\n', "x = rb'\\'\n", 'x = """\n\n\n',
];

/** Sources CPython accepts whose tokenization has traps. */
const VALID_CASES = [
  'x = 1if 2 else 3\n', 'x = 1or 2\n', 'x = 0x1for\n'.replace('for', ' or 1'), 'x = 1.e5j\n', 'x = 00_0\n', 'x = 0x_1_f\n',
  'x = 09.5\n', 'x = 09e1\n', 'x = 0e0\n', 'x = 5 .real\n', '\\\nx = 1\n', 'x = 1 \\\n\n', "x = 'abc\\\ndef'\n", 'if x:\n\tpass\n\t  \n',
  'x = ℕ + 1\n', 'x\u{E0100} = 4\n', 'ｉｆ = 1\n', "x = rb'a' Rb'b' bR'c' BR'd' f'' F'' fr'' rF'' u'' U''\n",
  'x = 1\n\f  \n', '#!/usr/bin/env python\n# coding: utf-8\n', '', '\n\n\n', '   ', '  # only a comment', 'x = [\n1,\n]',
];

function compareWithCPython(cases: string[], bytes: boolean): void {
  const verdicts = oracleErrors(cases.map((src) => ({ src, bytes })));
  const mismatches: unknown[] = [];
  cases.forEach((src, i) => {
    const cp = verdicts[i];
    const ours = tokenizerError(src, bytes);
    const expected = cp !== null && TOKENIZER_MESSAGE.test(cp.msg) ? cp : null;
    if (JSON.stringify(ours) !== JSON.stringify(expected)) mismatches.push({ src, ours, expected });
  });
  expect(mismatches).toEqual([]);
}

describe('tokenizer errors match CPython', () => {
  it('raises CPython\'s errors, at CPython\'s positions (str input)', () => {
    compareWithCPython(ERROR_CASES, false);
  });

  it('raises CPython\'s errors for bytes input (byte offsets where CPython keeps them)', () => {
    compareWithCPython(ERROR_CASES, true);
  });

  it('reports undecodable bytes in identifiers as CPython', () => {
    const cases = ['x = 1\n\udcff\n', 'x = a\udce9b + 1\n', 'é\udcc3 = 1\n', 'x = 1 # \udcff ok\n'];
    const verdicts = oracleErrors(cases.map((src) => ({ src, bytes: true })));
    expect(verdicts.slice(0, 3).every((v) => v !== null && v.msg.startsWith('(unicode error)'))).toBe(true);
    expect(cases.map((src) => tokenizerError(src, true))).toEqual(verdicts);
  });

  it('accepts what CPython accepts', () => {
    compareWithCPython(VALID_CASES, false);
  });
});

/** Seeded random snippets built from the characters that matter to the tokenizer. */
function randomSnippets(seed: number, count: number): string[] {
  let state = seed;
  const rnd = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const atoms = ['x', 'if', ' ', '  ', '\t', '\n', '\n', '\n  ', '\n\t', '(', ')', '[', ']', '{', '}', '\\', '\\\n', '#',
    "'", '"', '"""', "'''", '0', '1', '0x', '0o', '0b', '_', '.', 'e', 'j', '+', '-', '€', 'é', '\f', ':', ',', '=',
    'f', 'r', 'b', '\x01', '\u00a0', '1_0', '!', '$', '\r', '\r\n', 'else', 'ℕ', 'and', '\udcff'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = 1 + Math.floor(rnd() * 12);
    for (let k = 0; k < n; k++) s += atoms[Math.floor(rnd() * atoms.length)];
    out.push(s);
  }
  return out;
}

describe('random snippets against CPython', () => {
  for (const bytes of [false, true]) {
    it(`agrees on every tokenizer error and never rejects valid input (${bytes ? 'bytes' : 'str'})`, () => {
      const cases = randomSnippets(bytes ? 7 : 3, 2000).filter((s) => bytes || !s.includes('\udcff'));
      const verdicts = oracleErrors(cases.map((src) => ({ src, bytes })));
      const mismatches: unknown[] = [];
      cases.forEach((src, i) => {
        const cp = verdicts[i];
        const ours = tokenizerError(src, bytes);
        const cpTokenizer = cp !== null && TOKENIZER_MESSAGE.test(cp.msg);
        const bad = cpTokenizer ? JSON.stringify(ours) !== JSON.stringify(cp) : ours !== null && cp === null;
        if (bad) mismatches.push({ src, ours, cp });
      });
      expect(mismatches).toEqual([]);
    });
  }
});
