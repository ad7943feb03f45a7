/**
 * Micro-benchmarks (tinybench) of our tokenizer, parser and compiler on a few
 * representative stdlib files, beside CPython's `ast.parse` and `compile()` on
 * the same files (median of repeated runs inside python3).
 *
 * Each of our tasks measures one stage only: tokenize = decode + tokenize to
 * ENDMARKER; parse = parseBytes (decode + tokenize + parse); compile = compile
 * of a tree parsed beforehand. Figures are medians of per-call latencies.
 */
import { Bench } from 'tinybench';
import type { CPythonTimer } from './cpython.js';
import { canCompile, canParse, canTokenize, compile, parse, tokenize, type Ours } from './front-end.js';

/** Representative files, relative to the stdlib root: small, classic, type-heavy, grammar-heavy. */
export const MICRO_FILES = ['json/decoder.py', 'argparse.py', 'typing.py', 'test/test_grammar.py'];

export interface MicroRow {
  file: string;
  bytes: number;
  /** Median milliseconds per call; null where the piece is missing or fails on the file. */
  tokenize: number | null;
  parse: number | null;
  compile: number | null;
  cpythonParse: number;
  cpythonCompile: number;
}

export interface MicroFile { name: string; path: string; bytes: Uint8Array; index: number }

export async function benchMicro(files: MicroFile[], cpython: CPythonTimer, ours: Ours, timeMs: number): Promise<MicroRow[]> {
  const rows: MicroRow[] = [];
  for (const f of files) {
    const runs = Math.max(5, Math.min(200, Math.round((timeMs / 1000) / (f.bytes.length / 8e6))));
    rows.push({
      file: f.name,
      bytes: f.bytes.length,
      ...(await benchOurs(f, ours, timeMs)),
      cpythonParse: (await cpython.file(f.index, 'parse', runs)) * 1000,
      cpythonCompile: (await cpython.file(f.index, 'compile', runs)) * 1000,
    });
  }
  return rows;
}

async function benchOurs(f: MicroFile, ours: Ours, timeMs: number): Promise<Pick<MicroRow, 'tokenize' | 'parse' | 'compile'>> {
  const bench = new Bench({ time: timeMs, warmupTime: Math.min(250, timeMs / 2), throws: false });
  if (canTokenize(ours) && tokenize(ours, ours.decode(f.bytes, f.path), f.path) === 'ok') {
    bench.add('tokenize', () => { tokenize(ours, ours.decode(f.bytes, f.path), f.path); });
  }
  const tree = canParse(ours) ? parse(ours, f.bytes, f.path) : 'rejected';
  if (typeof tree !== 'string') {
    bench.add('parse', () => { parse(ours, f.bytes, f.path); });
    if (canCompile(ours) && compile(ours, tree, f.bytes, f.path) === 'ok') {
      bench.add('compile', () => { compile(ours, tree, f.bytes, f.path); });
    }
  }
  await bench.run();
  const latency = (name: string): number | null => {
    const result = bench.tasks.find((t) => t.name === name)?.result;
    return result && result.state === 'completed' ? result.latency.p50 : null;
  };
  return { tokenize: latency('tokenize'), parse: latency('parse'), compile: latency('compile') };
}
