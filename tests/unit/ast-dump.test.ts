/**
 * vm/syntax/ast-dump.ts against CPython's ast.dump, independently of our
 * parser: the trees come from CPython itself (tests/tools/cpython-ast.ts), so
 * any difference is dump's. Covers hand-written snippets for every rule in
 * every dump variant, hand-built trees, and real files: the CI sample by
 * default, the whole stdlib with PYSTM_FULL_CORPUS=1.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Mod, Node } from '../../vm/syntax/ast.js';
import { dump } from '../../vm/syntax/ast-dump.js';
import { IntMaxStrDigitsError } from '../../vm/format/repr.js';
import { cpythonParse } from '../tools/cpython-ast.js';
import {
  cpythonRecordsSync, dumpOptions, firstDifference, listPythonFiles, readSample, stdlibRoot,
  type DumpVariant,
} from '../tools/stdlib-corpus.js';

const VARIANTS: DumpVariant[] = [
  {},
  { include_attributes: true },
  { annotate_fields: false },
  { annotate_fields: false, include_attributes: true },
  { indent: 2 },
  { indent: '\t', include_attributes: true },
  { indent: 0, annotate_fields: false },
];

const SNIPPETS: Record<string, string> = {
  optionals: 'return\nraise\nfrom . import x\nfrom .. a import b as c\nimport os.path as p\nyield\nx: int\nassert x\n',
  functions:
    'def f(a, /, b=1, *args, c, d=2, **kw) -> int: pass\nasync def g(): await x\nlambda: 0\nlambda *a, **k: a\n',
  classes: '@dec\nclass C(B, metaclass=M):\n    x: int = 1\n    def m(self): return super().m()\n',
  control: 'for i in x:\n  break\nelse:\n  continue\nwhile 1: pass\nif a: pass\nelif b: pass\nelse: pass\n',
  exceptions: 'try: pass\nexcept: pass\nexcept E as e: pass\nelse: pass\nfinally: pass\ntry: pass\nexcept* E: pass\n',
  withs: 'with a as b, c: pass\nasync def f():\n  async with a: pass\n  async for x in y: pass\n',
  patterns: [
    'match x:',
    '  case {**rest}: pass',
    '  case {"k": 1, **r}: pass',
    '  case [*_]: pass',
    '  case [1, *rest, 2]: pass',
    '  case Point(x=1, y=_) as p if p: pass',
    '  case None | True | False: pass',
    '  case -1 | 1.5 | 2j | -1-2j | "s" | b"b": pass',
    '  case a.b.c: pass',
    '  case _: pass',
    '',
  ].join('\n'),
  strings: "f'{x!r:>{w}}' f'{y=}' u'u' b'\\x00\"' 'it\\'s' \"q\\\"\" '\\u2028\\ud800' r'\\d'\n'''\n'''\n",
  numbers: 'x = 0, 1, 1.5, 1e16, 1e-5, 10**400, 2j, 1e400, -0.0, 0x' + 'f'.repeat(500) + '\n',
  expressions:
    'a[1:2, ::3, ...]\n{**d, "a": 1}\n{1, 2}\n[*a, b]\n(x := 1)\nnot a and b or c\na < b <= c is not d\nx if y else z\n',
  comprehensions: '[x for x in y if x if z]\n{k: v for k, v in d}\n{x async for x in y}\n(x for x in y for z in x)\n',
  scope: 'global a, b\ndef f():\n  nonlocal c\ndel a, b[0], c.d\nx += 1\nx = y = None\n',
  unicode: 'naïve = "日本語 \\t é"\n# comment\nx = "😀"\n',
  surrogates: "x = '\\ud834\\udd20', '\\ud834' '\\udd20', '\\U0001d120', f'{y:\\ud834\\udd20}\\ud834' '\\udd20'\n",
  empty: '',
};

const tmp = mkdtempSync(join(tmpdir(), 'ast-dump-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Compares our dump of CPython's trees with CPython's own dumps, for every variant. */
function checkFiles(paths: string[], variants: DumpVariant[]): string[] {
  const problems: string[] = [];
  const CHUNK = 40; // cpythonParse holds a chunk's JSON trees in one string
  for (let start = 0; start < paths.length; start += CHUNK) {
    const chunk = paths.slice(start, start + CHUNK);
    const trees = cpythonParse(chunk);
    const records = cpythonRecordsSync(chunk, variants);
    chunk.forEach((path, i) => {
      const t = trees[i]!;
      const rec = records[i]!;
      if ('error' in t) {
        if (!rec.error) problems.push(`${path}: oracle disagreement`);
        return;
      }
      variants.forEach((v, j) => {
        const problem = compareOne(t.tree, v, rec.dumps?.[j], rec.dumpError?.msg);
        if (problem) problems.push(`${path} ${JSON.stringify(v)}: ${problem}`);
      });
    });
  }
  return problems;
}

function compareOne(
  tree: Mod, v: DumpVariant, expected: string | undefined, expectedError: string | undefined,
): string | null {
  let ours: string;
  try {
    ours = dump(tree, dumpOptions(v));
  } catch (e) {
    if (e instanceof IntMaxStrDigitsError && e.message === expectedError) return null;
    return `threw ${String(e)}`;
  }
  if (expected === undefined) return `CPython failed (${expectedError}), we did not`;
  if (ours === expected) return null;
  return firstDifference(ours, expected);
}

function snippetFiles(): string[] {
  return Object.entries(SNIPPETS).map(([name, text]) => {
    const path = join(tmp, `${name}.py`);
    writeFileSync(path, text);
    return path;
  });
}

describe('ast.dump of CPython trees', () => {
  it('snippets, every variant', () => {
    expect(checkFiles(snippetFiles(), VARIANTS)).toEqual([]);
  });

  it('an int too big to print fails as CPython does', () => {
    // The JSON oracle cannot carry such an int either, so the tree is built by hand.
    const path = join(tmp, 'huge.py');
    writeFileSync(path, 'x = 0x' + 'f'.repeat(4000) + '\n');
    const [rec] = cpythonRecordsSync([path], [{}]);
    expect(rec!.dumpError?.kind).toBe('ValueError');
    const value = { kind: 'int', value: (1n << 16000n) - 1n } as const;
    const tree = { _type: 'Expression', body: { _type: 'Constant', value, kind: null } } as unknown as Node;
    expect(() => dump(tree)).toThrow(rec!.dumpError!.msg);
    expect(() => dump(tree)).toThrow(IntMaxStrDigitsError);
  });

  const full = process.env.PYSTM_FULL_CORPUS === '1';
  it(full ? 'the whole stdlib (plain and with attributes)' : 'the CI sample of the stdlib', () => {
    const root = stdlibRoot();
    const paths = full ? listPythonFiles(root) : readSample().map((p) => join(root, p));
    const variants = full ? VARIANTS.slice(0, 2) : VARIANTS.slice(0, 3);
    expect(checkFiles(paths, variants)).toEqual([]);
  }, 600_000);
});

describe('ast.dump of hand-built trees (expected texts from python3)', () => {
  const pos = { lineno: 1, col_offset: 0, end_lineno: null, end_col_offset: null } as unknown as Record<string, number>;

  it('a null end position is omitted, except on patterns', () => {
    const name = { _type: 'Name', id: 'x', ctx: 'Load', ...pos } as Node;
    expect(dump(name, { includeAttributes: true })).toBe("Name(id='x', ctx=Load(), lineno=1, col_offset=0)");
    const matchAs = { _type: 'MatchAs', pattern: null, name: null, ...pos } as Node;
    expect(dump(matchAs, { includeAttributes: true }))
      .toBe('MatchAs(lineno=1, col_offset=0, end_lineno=None, end_col_offset=None)');
  });

  it('TypeIgnore: lineno is a field; fields after an omitted one are keyworded', () => {
    const mod: Node = { _type: 'Module', body: [], type_ignores: [{ _type: 'TypeIgnore', lineno: 3, tag: '[x]' }] };
    expect(dump(mod, { annotateFields: false })).toBe("Module([], [TypeIgnore(3, '[x]')])");
    expect(dump(mod, { includeAttributes: true, indent: 2 }))
      .toBe("Module(\n  body=[],\n  type_ignores=[\n    TypeIgnore(lineno=3, tag='[x]')])");
    const from = {
      _type: 'ImportFrom', module: null, level: 1, ...pos,
      names: [{ _type: 'alias', name: 'x', asname: null, ...pos }],
    } as unknown as Node;
    expect(dump(from, { annotateFields: false })).toBe("ImportFrom(names=[alias('x')], level=1)");
  });

  it('a negative or empty indent still breaks lines', () => {
    const mod = { _type: 'Module', body: [{ _type: 'Pass', ...pos }], type_ignores: [] } as unknown as Node;
    expect(dump(mod, { indent: -3 })).toBe('Module(\nbody=[\nPass()],\ntype_ignores=[])');
    expect(dump(mod, { indent: '' })).toBe(dump(mod, { indent: 0 }));
  });

  it('rejects a non-node', () => {
    expect(() => dump([] as unknown as Node)).toThrow(TypeError);
  });
});
