/**
 * The parser against CPython 3.11: trees (positions included) for snippets
 * of every construct, and SyntaxErrors (type, message, line and offsets)
 * for broken ones, CPython's own syntax-error doctests and stdlib code
 * mutated at random. python3 is the oracle (tests/tools/cpython-ast.ts,
 * tests/tools/parser_errors_oracle.py).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, parseBytes, type ParseMode } from '../../vm/syntax/parse.js';
import { PySyntaxError } from '../../vm/syntax/errors.js';
import { cpythonParse } from '../tools/cpython-ast.js';
import { canonical } from '../tools/parse-corpus.js';
import { DOCTEST_MODULES, describe as describeError, oracle, ours, type Verdict } from '../tools/parse-errors.js';
import { mutants } from '../tools/parse-fuzz.js';

const DATA = fileURLToPath(new URL('../data/parser/', import.meta.url));
const load = (name: string): unknown[] => JSON.parse(readFileSync(join(DATA, name), 'utf8')) as unknown[];
const parseAny = (s: string, f: string, m: string) => parse(s, f, m as ParseMode);

/** CPython's trees for sources (written to files for the file oracle). */
function cpythonTrees(sources: string[]): ReturnType<typeof cpythonParse> {
  const dir = mkdtempSync(join(tmpdir(), 'parser-test-'));
  const paths = sources.map((s, i) => {
    const p = join(dir, `snippet${i}.py`);
    writeFileSync(p, s);
    return p;
  });
  return cpythonParse(paths);
}

function expectSameVerdicts(verdicts: Verdict[]): void {
  const mismatches: string[] = [];
  for (const v of verdicts) {
    const mine = describeError(ours(v.src, v.mode, parseAny));
    const theirs = describeError(v.error);
    if (mine !== theirs) mismatches.push(`${JSON.stringify(v.src)} [${v.mode}]\n  ours    ${mine}\n  cpython ${theirs}`);
  }
  expect(mismatches.join('\n')).toBe('');
}

describe('parser: trees identical to CPython', () => {
  it('parses every construct with CPython nodes and positions', () => {
    const sources = load('valid-snippets.json') as string[];
    const trees = cpythonTrees(sources);
    sources.forEach((src, i) => {
      const expected = trees[i]!;
      if (!('tree' in expected)) throw new Error(`CPython rejects ${JSON.stringify(src)}`);
      expect(canonical(parseBytes(Buffer.from(src), `snippet${i}.py`)), src).toBe(canonical(expected.tree));
    });
  });

  it('gives f-string replacement fields file positions', () => {
    const sources = [
      'f"{x}"', 'a = f"ab{x+1}c{y!r:>{w}}"', 'f"{ x }"', 'f"""\n{\nx\n}"""', 'f"{(x, y)}"', 'f"{x,y}"',
      'f"é{x}"', 'f"{x}" f"{y}"', 'x = (f"a"\n  f"{y}")', 'x = f"""\n  {y}"""', 'f"{x=}"', 'f"{x!r:{y}}"',
      'f"{f\'{x}\'}"', 'f"{a[1:2]}"', 'f"{lambda: 1 if x else 2}"' ,'f"{yield}"', 'f"{x:=1}"',
    ];
    const trees = cpythonTrees(sources);
    sources.forEach((src, i) => {
      const expected = trees[i]!;
      if ('tree' in expected) expect(canonical(parse(src, 'f.py')), src).toBe(canonical(expected.tree));
      else expect(() => parse(src, 'f.py'), src).toThrow(PySyntaxError);
    });
  });

  it('parses eval, single and func_type input like compile()', () => {
    expectSameVerdicts(oracle(['snippets', join(DATA, 'mode-snippets.json')]));
  });
});

describe('parser: syntax errors identical to CPython', () => {
  it('reports every invalid_* rule and generic error as CPython does', () => {
    expectSameVerdicts(oracle(['snippets', join(DATA, 'error-snippets.json')]));
  });

  it("matches CPython's own syntax-error doctests", () => {
    expectSameVerdicts(oracle(['doctests', ...DOCTEST_MODULES]));
  });

  it('matches CPython on randomly broken stdlib code', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'parser-fuzz-'));
    const file = join(dir, 'mutants.json');
    writeFileSync(file, JSON.stringify(mutants(2024, 600, 3)));
    expectSameVerdicts(oracle(['snippets', file]));
  });

  it('reports offsets in bytes for undeclared bytes input, in characters otherwise', () => {
    const src = '"éé" $ 1\n';
    const at = (f: () => unknown): number | null => {
      try {
        f();
      } catch (e) {
        if (e instanceof PySyntaxError) return e.offset;
      }
      return null;
    };
    expect(at(() => parse(src, 'x.py'))).toBe(6);
    expect(at(() => parseBytes(Buffer.from(src), 'x.py'))).toBe(8);
    expect(at(() => parseBytes(Buffer.from(`# coding: utf-8\n${src}`), 'x.py'))).toBe(6);
  });
});

describe('parser: nesting limits', () => {
  const outcome = (src: string): string => {
    try {
      parse(src, 'deep.py');
      return 'ok';
    } catch (e) {
      if (e instanceof PySyntaxError) return `${e.kind}: ${e.msg}`;
      return `JS exception: ${String(e)}`;
    }
  };

  it('accepts the nesting CPython accepts', () => {
    expect(outcome(`${'('.repeat(200)}1${')'.repeat(200)}`)).toBe('ok');
    expect(outcome(`${'['.repeat(200)}${']'.repeat(200)}`)).toBe('ok');
    expect(outcome(`${'-'.repeat(5000)}1`)).toBe('ok');
    expect(outcome(`${'not '.repeat(5000)}1`)).toBe('ok');
    expect(outcome(`x${'.a'.repeat(100_000)}`)).toBe('ok');
    expect(outcome(`1${'+1'.repeat(100_000)}`)).toBe('ok');
  });

  it('raises what CPython raises (SyntaxError, or a bare MemoryError past the parser stack), never a JS exception', () => {
    expect(outcome(`${'('.repeat(201)}1${')'.repeat(201)}`)).toBe('SyntaxError: too many nested parentheses');
    for (const src of [
      `${'-'.repeat(100_000)}1`, `${'not '.repeat(100_000)}1`, `${'lambda:'.repeat(50_000)}1`,
      `${'a if b else '.repeat(50_000)}c`, `${'1**'.repeat(50_000)}1`, `if a: pass\n${'elif a: pass\n'.repeat(50_000)}`,
    ]) {
      expect(outcome(src)).toBe('MemoryError: ');
    }
  });
});
