/**
 * The `re` module binding (vm/modules/_re.ts + lib/re.py): programs cached
 * per worker are rebuilt from the pattern key alone, subjects of every
 * representation (narrow str, str with surrogate pairs, bytes) give the same
 * spans, and engine errors become `re.error` with CPython's attributes.
 * Behaviour against CPython is covered by tests/conformance/run/re_*.py.
 */
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../tools/run-in-process.js';
import { forgetCompiled } from '../../vm/modules/_re.js';

function run(source: string): string {
  const r = runInProcess(source);
  expect(r.err).toBe('');
  return r.out;
}

describe('re binding', () => {
  it('rebuilds a program from its key in a fresh worker', () => {
    const first = run("import re\np = re.compile(r'(\\w)(\\d)', re.I)\nprint(p._key, p.findall('a1 b2'))\n");
    expect(first).toBe("s2:(\\w)(\\d) [('a', '1'), ('b', '2')]\n");
    forgetCompiled();
    // A key never compiled in this worker: _re recompiles it from the key text.
    expect(run("import _re\nprint(_re.match('s0:b+', 'abbc', 0, None, 1, False))\n")).toBe('(-1, 1, 3)\n');
    expect(run("import _re\nprint(_re.findall('b0:[a-c]', b'xaycz', 0, None))\n")).toBe("[b'a', b'c']\n");
  });

  it('matches str with surrogate pairs by code point', () => {
    const out = run("import re\nt = 'x\\U0001f600y'\nprint(re.search('y', t).span(), re.findall('.', t) == ['x', '\\U0001f600', 'y'], re.sub('x', '\\U0001f601', t) == '\\U0001f601\\U0001f600y')\n");
    expect(out).toBe('(2, 3) True True\n');
  });

  it('raises re.error with msg, pattern, pos, lineno and colno', () => {
    const out = run("import re\ntry:\n    re.compile('a\\n(b')\nexcept re.error as e:\n    print(e.msg, e.pos, e.lineno, e.colno, type(e).__module__)\n");
    expect(out).toBe('missing ), unterminated subpattern 2 2 1 re\n');
  });

  it('keeps Pattern and Match as heap objects of lib/re.py classes', () => {
    const out = run("import re\nm = re.match('(?P<x>a)', 'ab')\nprint(type(m).__name__, type(m.re).__name__, m.re is re.compile('(?P<x>a)'), m.lastgroup)\n");
    expect(out).toBe('Match Pattern True x\n');
  });
});
