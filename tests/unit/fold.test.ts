/**
 * vm/compiler/fold.ts against CPython 3.11: constant tuples folded from str
 * and bytes sums and products (within CPython's limits), strs that keep lone
 * surrogates apart, and constants that a JS string would confuse kept in
 * separate slots. The oracle is the repr() of the tuple constants CPython's
 * compile() makes for the same source.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compile } from '../../vm/compiler/compile.js';
import { pyRepr } from '../../vm/compiler/pyrepr.js';
import type { CodeObject, ConstValue } from '../../vm/compiler/code.js';
import { parse } from '../../vm/syntax/parse.js';

function ours(src: string): CodeObject {
  return compile(parse(src, 'fold.py'), { filename: 'fold.py', mode: 'exec', source: src });
}

/** repr() of every tuple constant CPython's compile() makes, per source. */
function cpythonTuples(sources: string[]): string[][] {
  const script = 'import json, sys\nout = []\nfor s in json.load(sys.stdin):\n'
    + '    co = compile(s, "fold.py", "exec")\n'
    + '    out.append([repr(c) for c in co.co_consts if isinstance(c, tuple)])\n'
    + 'print(json.dumps(out, ensure_ascii=True))';
  return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(sources), encoding: 'utf8' })) as string[][];
}

const tuples = (code: CodeObject): string[] => code.consts.filter((c: ConstValue) => c.kind === 'tuple').map(pyRepr);

const SOURCES = [
  "x = ('\\ud834' + '\\udd20', 1)\n",
  "x = ('\\udd20\\ud834' * 3, 2)\n",
  "x = (2 * '\\udd20\\ud834', True * 'ab', 'ab' * False)\n",
  "x = ('a' * -1, 1)\n",
  "x = ('ab' * 2049, 1)\n",
  "x = ('ab' * 2048, 1)\n",
  "x = ('' * -3, b'' * -1)\n",
  "x = (b'ab' + b'\\xff', b'\\x00' * 4)\n",
  "x = ('\\ud834' '\\udd20', '\\U0001d120', ('\\ud834' + '\\udd20') * 2)\n",
  "x = ('a' + 'b' + 'c' + 'd', 1)\n",
  "x = ('a' + b'b', 1)\n",
];

describe('constant folding', () => {
  it('folds str and bytes sums and products into constant tuples as CPython does', () => {
    const theirs = cpythonTuples(SOURCES);
    SOURCES.forEach((src, i) => expect(tuples(ours(src)), src).toEqual(theirs[i]));
  });

  it('keeps a pair of lone surrogates and the astral character in separate constants', () => {
    const code = ours("a = '\\ud834\\udd20'\nb = '\\U0001d120'\nc = '\\ud834' '\\udd20'\n");
    const strs = code.consts.filter((c) => c.kind === 'str').map(pyRepr);
    expect(strs).toEqual(["'\\ud834\\udd20'", "'\u{1d120}'"]);
  });

  it('tells such constants apart as mapping pattern keys', () => {
    expect(() => ours("match x:\n    case {'\\ud834\\udd20': 1, '\\U0001d120': 2}: pass\n")).not.toThrow();
    expect(() => ours("match x:\n    case {'\\ud834\\udd20': 1, '\\ud834' '\\udd20': 2}: pass\n"))
      .toThrow("mapping pattern checks duplicate key ('\\ud834\\udd20')");
  });
});
