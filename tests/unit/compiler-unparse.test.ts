/**
 * String annotations (`from __future__ import annotations`): the text stored
 * in __annotations__ must be CPython's ast_unparse output exactly.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpythonParse } from '../tools/cpython-ast.js';
import { unparse } from '../../vm/compiler/unparse.js';

const EXPRESSIONS = [
  'int', 'List[int]', 'dict[str, int]', 'Optional["X"]', 'a.b.c', '1', '-1', '+1', '~x', 'not x',
  '1.5', '1e100', '1e16', '1e15', '0.0001', '0.00001', '1e309', '-1e309', '1j', '2+3j', '(1, 2)', '()', '(1,)',
  '[1, 2]', '{1, 2}', '{}', '{"a": 1, **b}', "'s'", '"s\'"', "b'x\\x00'", 'None', 'True', '...',
  'a if b else c', 'lambda: 1', 'lambda x, /, y=1, *a, z, **k: x', 'lambda *, a: a', 'x and y or z',
  'a < b <= c', 'a is not b', 'a not in b', 'a + b * c', '(a + b) * c', 'a ** b ** c', '(a ** b) ** c',
  '-a ** b', '(-a) ** b', 'a // b % c @ d', 'a << b >> c', 'a | b ^ c & d', 'f(x, *y, z=1, **w)',
  'f(x for x in y)', 'f((x for x in y), 1)', '[x for x in y if x async for z in w]', '{k: v for k, v in d}',
  '{s for s in t}', '(x for x in y)', 'x[1:2]', 'x[::2]', 'x[a, b:c]', 'x[()]', 'a[*b]', 'f"{x}"', 'f"{x!r:>{w}}"', 'f"a{{b}}c"',
  'f"{ {1: 2}[1] }"', 'f"{x=}"', "f'{x}' 'y'", '1 .real', '1.5.real', 'a.b[c](d)', 'not (a and b)',
  '(a, b)[0]', 'f(*a)(b)', '"\\n\\t\\\\"', '"é\\u2028"', 'a if (b if c else d) else e', '(lambda: 1)()',
  'x if y else (lambda: z)', '[*a, *b]', '{**a}', '(a, *b)', 'a[b][c]', 'a[b:c, d]', 'x[1:2:3]',
  '{**a, "b": c}', 'f(**{})', '-(-1)', '- -x', '(-1) ** 2', '2 ** -1', 'a.b.c(*d, **e)[f]',
  'lambda: (y := 1)', 'lambda: (yield)', 'lambda: (yield x)', 'lambda: (await x)',
];

function cpythonAnnotations(exprs: string[]): string[] {
  const script = `
import json, sys
out = []
for e in json.load(sys.stdin):
    try:
        code = compile("from __future__ import annotations\\nx: " + e + "\\n", "<a>", "exec")
    except SyntaxError as err:
        out.append("SyntaxError")
        continue
    for c in code.co_consts:
        if isinstance(c, str) and c != "x":
            out.append(c)
            break
    else:
        out.append(None)
print(json.dumps(out))
`;
  return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(exprs), encoding: 'utf8' }));
}

describe('unparse', () => {
  it('matches CPython for annotation expressions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pystm-unparse-'));
    try {
      const paths = EXPRESSIONS.map((e, i) => {
        const p = join(dir, `e${i}.py`);
        writeFileSync(p, `x: ${e}\n`);
        return p;
      });
      const trees = cpythonParse(paths);
      const expected = cpythonAnnotations(EXPRESSIONS);
      const ours = trees.map((t) => {
        if ('error' in t) return `parse error ${t.error.msg}`;
        const stmt = (t.tree as { body: { annotation: Parameters<typeof unparse>[0] }[] }).body[0]!;
        return unparse(stmt.annotation);
      });
      expect(expected.filter((x) => x === 'SyntaxError')).toEqual([]);
      const bad = EXPRESSIONS.map((e, i) => [e, ours[i], expected[i]]).filter(([, a, b]) => a !== b);
      expect(bad).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
