/**
 * Compares our parser's verdict (tree or SyntaxError) on source snippets
 * with CPython's, as reported by parser_errors_oracle.py.
 *
 *   npx tsx tests/tools/parse-errors.ts --doctests [--stub-literals] [--show N]
 *   npx tsx tests/tools/parse-errors.ts --snippets FILE.json [--stub-literals]
 *   npx tsx tests/tools/parse-errors.ts --write FILE.json --snippets IN.json
 *
 * --doctests takes every example of CPython's own syntax-error doctests
 * (test_syntax and friends). --write stores the oracle's verdicts for the
 * unit tests (tests/data/parser/*.json).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Mod, PyConstant } from '../../vm/syntax/ast.js';
import { PySyntaxError } from '../../vm/syntax/errors.js';
import type { Token } from '../../vm/syntax/tokens.js';
import { Tokenizer } from '../../vm/syntax/tokenizer.js';
import { Parser } from '../../vm/syntax/parser/core.js';
import { asSyntaxError, run } from '../../vm/syntax/parser/driver.js';
import type { StartRule } from '../../vm/syntax/parser/start.js';

const ORACLE = fileURLToPath(new URL('./parser_errors_oracle.py', import.meta.url));

export const DOCTEST_MODULES = [
  'test.test_syntax', 'test.test_unpack_ex', 'test.test_positional_only_arg', 'test.test_keywordonlyarg',
  'test.test_eof', 'test.test_genexps', 'test.test_setcomps', 'test.test_listcomps', 'test.test_named_expressions',
  'test.test_dictcomps',
];

export interface Verdict {
  src: string;
  mode: string;
  ok?: boolean;
  error?: { kind: string; msg: string; lineno?: number | null; offset?: number | null;
    end_lineno?: number | null; end_offset?: number | null };
}

export function oracle(args: string[]): Verdict[] {
  const out = execFileSync('python3', [ORACLE, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, cwd: '/tmp' });
  return JSON.parse(out) as Verdict[];
}

export function describe(v: Verdict['error'] | undefined): string {
  if (v === undefined) return 'ok';
  return `${v.kind}: ${v.msg} @${v.lineno}:${v.offset}-${v.end_lineno}:${v.end_offset}`;
}

/** Parses with placeholder literals (before fstring.ts / literals.ts exist). */
export function stubParser(src: string, _f: string, mode: string): Mod {
  try {
    const p = new Parser(new Tokenizer(src, '<s>', { execInput: mode === 'exec' }), '<s>');
    p.concatStrings = (tokens: Token[]) => {
      const a = tokens[0]!;
      const b = tokens[tokens.length - 1]!;
      const value: PyConstant = { kind: 'str', value: '' };
      return { _type: 'Constant', value, kind: null, lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
    };
    p.numberValue = (t: string): PyConstant => ({ kind: 'float', value: Number(t.replace(/_/g, '')) });
    return run(p, mode as StartRule) as Mod;
  } catch (e) {
    throw asSyntaxError(e, '<s>');
  }
}

/** Our verdict on one snippet, in the oracle's format. */
export function ours(src: string, mode: string, parse: (s: string, f: string, m: string) => Mod): Verdict['error'] | undefined {
  try {
    parse(src, '<s>', mode);
    return undefined;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) {
      return { kind: 'JS', msg: String((e as Error)?.stack ?? e) };
    }
    return { kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset };
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const snippets = opt('--snippets');
  const verdicts = snippets !== undefined ? oracle(['snippets', resolve(snippets)]) : oracle(['doctests', ...DOCTEST_MODULES]);
  const write = opt('--write');
  if (write !== undefined) {
    writeFileSync(write, `${JSON.stringify(verdicts, null, 1)}\n`);
    console.log(`wrote ${verdicts.length} verdicts to ${write}`);
    return;
  }
  const parse = args.includes('--stub-literals')
    ? stubParser
    : ((await import('../../vm/syntax/parse.js')).parse as (s: string, f: string, m: string) => Mod);
  const show = Number(opt('--show') ?? 50);
  let same = 0;
  let shown = 0;
  for (const v of verdicts) {
    const mine = ours(v.src, v.mode, parse);
    const a = describe(mine);
    const b = describe(v.error);
    if (a === b) same++;
    else if (shown++ < show) console.log(`${JSON.stringify(v.src)}\n  ours    ${a}\n  cpython ${b}`);
  }
  console.log(`same: ${same}/${verdicts.length}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
