/**
 * Parser acceptance over the local CPython standard library: parses every
 * .py file with our parser and with CPython's `ast.parse` (the oracle in
 * cpython-ast.ts) and reports how many trees, positions included, are
 * identical, the first difference of each mismatch, and the parse time of
 * both sides.
 *
 *   npx tsx tests/tools/parse-corpus.ts [--root DIR] [--filter TEXT] [--limit N] [--show N]
 *                                       [--stub-literals]
 *   npx tsx tests/tools/parse-corpus.ts --bench [--rounds N]
 *
 * --bench times our parseBytes and CPython's ast.parse (tree built, no
 * JSON) over the same files, best of N rounds each.
 *
 * --stub-literals parses with placeholder string/number support instead of
 * vm/syntax/fstring.ts and literals.ts (for working on the grammar before or
 * without them): every string literal becomes Constant('<str>') with the
 * span CPython gives the concatenation, on both sides.
 *
 * A file CPython rejects matches when we reject it with the same error
 * kind, message, line and offsets.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Expr, Mod, PyConstant } from '../../vm/syntax/ast.js';
import { PySyntaxError } from '../../vm/syntax/errors.js';
import type { Token } from '../../vm/syntax/tokens.js';
import { Tokenizer } from '../../vm/syntax/tokenizer.js';
import { decodeSourceInfo } from '../../vm/syntax/source.js';
import { programTextReader } from '../../vm/syntax/program-text.js';
import { Parser } from '../../vm/syntax/parser/core.js';
import { asSyntaxError, run } from '../../vm/syntax/parser/driver.js';
import { cpythonParse, type CPythonParse } from './cpython-ast.js';

const DEFAULT_ROOT = '/root/.pyenv/versions/3.11.7/lib/python3.11';

export function stdlibFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'site-packages') walk(p);
      } else if (e.name.endsWith('.py')) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

/** JSON with bigints and bytes, for deep comparison. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x) => {
    if (typeof x === 'bigint') return `${x}n`;
    if (x instanceof Uint8Array) return `b:${Buffer.from(x).toString('hex')}`;
    if (typeof x === 'number' && !Number.isFinite(x)) return String(x);
    if (Object.is(x, -0)) return '-0';
    return x;
  });
}

/** The first path where `a` and `b` differ, with both values (short). */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (canonical(a) === canonical(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d !== null) return d;
    }
  }
  const cut = (s: string | undefined): string => (s === undefined ? "undefined" : s.length > 300 ? `${s.slice(0, 300)}...` : s);
  return `${path}: ours ${cut(canonical(a))} | cpython ${cut(canonical(b))}`;
}

// ---------------------------------------------------------------------------
// Placeholder literals (--stub-literals)

const STUB: PyConstant = { kind: 'str', value: '<str>' };

function stubNumber(text: string): PyConstant {
  const t = text.replace(/_/g, '');
  const last = t[t.length - 1]!;
  if (last === 'j' || last === 'J') return { kind: 'complex', real: 0, imag: Number(t.slice(0, -1)) };
  if (/^0[xob]/i.test(t)) return { kind: 'int', value: BigInt(t) };
  if (/[.eE]/.test(t)) return { kind: 'float', value: Number(t) };
  return { kind: 'int', value: BigInt(t) };
}

function stubStrings(tokens: Token[]): Expr {
  const a = tokens[0]!;
  const b = tokens[tokens.length - 1]!;
  return {
    _type: 'Constant', value: STUB, kind: null,
    lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset,
  };
}

/** Replaces string constants and f-strings by the placeholder in CPython's tree. */
function stubTree(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stubTree);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (o._type === 'JoinedStr' || (o._type === 'Constant' && ['str', 'bytes'].includes((o.value as PyConstant).kind))) {
    return { _type: 'Constant', value: STUB, kind: null, lineno: o.lineno, col_offset: o.col_offset, end_lineno: o.end_lineno, end_col_offset: o.end_col_offset };
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) out[k] = k === 'value' && o._type === 'MatchSingleton' ? x : stubTree(x);
  return out;
}

function parseStubbed(bytes: Uint8Array, filename: string): Mod {
  try {
    const d = decodeSourceInfo(bytes, filename);
    const p = new Parser(new Tokenizer(d.text, filename, { rawBytes: d.rawBytes, programText: programTextReader(bytes, d.encoding) }), filename, -1);
    p.concatStrings = stubStrings;
    p.numberValue = stubNumber;
    return run(p, 'exec') as Mod;
  } catch (e) {
    throw asSyntaxError(e, filename);
  }
}

// ---------------------------------------------------------------------------

function errorKey(e: { kind: string; msg: string; lineno?: number | null; offset?: number | null;
  end_lineno?: number | null; end_offset?: number | null }): string {
  return `${e.kind}: ${e.msg} @${e.lineno}:${e.offset}-${e.end_lineno}:${e.end_offset}`;
}

/** Seconds CPython's `ast.parse` takes over `files` (best of `rounds`, one process). */
function cpythonParseSeconds(files: string[], rounds: number): number {
  const script = [
    'import ast, sys, time',
    'files = sys.argv[2:]',
    'data = [open(f, "rb").read() for f in files]',
    'best = None',
    'for _ in range(int(sys.argv[1])):',
    '    t = time.perf_counter()',
    '    for f, b in zip(files, data):',
    '        try: ast.parse(b, f)',
    '        except Exception: pass',
    '    t = time.perf_counter() - t',
    '    best = t if best is None else min(best, t)',
    'print(best)',
  ].join('\n');
  return Number(execFileSync('python3', ['-c', script, String(rounds), ...files], { encoding: 'utf8', maxBuffer: 1 << 26 }));
}

/** --bench: our parse time against CPython's ast.parse over the same files. */
async function bench(files: string[], rounds: number): Promise<void> {
  const { parseBytes } = await import('../../vm/syntax/parse.js');
  const contents = files.map((f) => new Uint8Array(readFileSync(f)));
  const mb = contents.reduce((n, c) => n + c.length, 0) / 1e6;
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    for (let i = 0; i < files.length; i++) {
      try {
        parseBytes(contents[i]!, files[i]!);
      } catch {
        // rejected files count too
      }
    }
    best = Math.min(best, (performance.now() - t) / 1000);
  }
  const cpython = cpythonParseSeconds(files, rounds);
  console.log(`${files.length} files, ${mb.toFixed(1)} MB, best of ${rounds} rounds:`);
  console.log(`  ours    parseBytes: ${best.toFixed(2)} s (${(mb / best).toFixed(2)} MB/s)`);
  console.log(`  CPython ast.parse:  ${cpython.toFixed(2)} s (${(mb / cpython).toFixed(2)} MB/s)`);
  console.log(`  ratio ours/CPython: ${(best / cpython).toFixed(2)}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const stub = args.includes('--stub-literals');
  let files = stdlibFiles(opt('--root') ?? DEFAULT_ROOT);
  const filter = opt('--filter');
  if (filter !== undefined) files = files.filter((f) => f.includes(filter));
  const limit = Number(opt('--limit') ?? files.length);
  files = files.slice(0, limit);
  const show = Number(opt('--show') ?? 20);
  if (args.includes('--bench')) {
    await bench(files, Number(opt('--rounds') ?? 3));
    return;
  }
  const parseBytes = stub ? parseStubbed : (await import('../../vm/syntax/parse.js')).parseBytes;

  const t0 = performance.now();
  const oracle: CPythonParse[] = [];
  for (let i = 0; i < files.length; i += 200) oracle.push(...cpythonParse(files.slice(i, i + 200)));
  const tOracle = performance.now() - t0;

  const contents = files.map((f) => readFileSync(f));
  let same = 0;
  let bytes = 0;
  let shown = 0;
  let ours = 0;
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    const data = new Uint8Array(contents[i]!);
    bytes += data.length;
    let mine: { tree: Mod } | { error: PySyntaxError } | { crash: unknown };
    const t = performance.now();
    try {
      mine = { tree: parseBytes(data, f) };
    } catch (e) {
      mine = e instanceof PySyntaxError ? { error: e } : { crash: e };
    }
    ours += performance.now() - t;
    const theirs = oracle[i]!;
    let diff: string | null;
    if ('crash' in mine) diff = `JS exception: ${(mine.crash as Error)?.stack ?? mine.crash}`;
    else if ('error' in theirs) {
      diff = 'error' in mine && errorKey(mine.error) === errorKey(theirs.error) ? null
        : `cpython error ${errorKey(theirs.error)} | ours ${'error' in mine ? errorKey(mine.error) : 'parsed'}`;
    } else if ('error' in mine) diff = `ours error ${errorKey(mine.error)}`;
    else diff = firstDifference(mine.tree, stub ? stubTree(theirs.tree) : theirs.tree);
    if (diff === null) same++;
    else if (shown++ < show) console.log(`${f}\n  ${diff}`);
  }
  const mb = bytes / 1e6;
  console.log(`identical: ${same}/${files.length} (${((100 * same) / files.length).toFixed(2)}%)`);
  console.log(`ours: ${(ours / 1000).toFixed(2)} s, ${(mb / (ours / 1000)).toFixed(2)} MB/s over ${mb.toFixed(1)} MB;`
    + ` oracle process (parse + JSON): ${(tOracle / 1000).toFixed(2)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
