/**
 * Compiles every file of the local CPython standard library (CPython's own
 * trees as input), verifies the bytecode, compares code-object facts and
 * compile errors with CPython's compile(), and measures throughput.
 *
 *   npx tsx tests/tools/compiler-corpus.ts [--limit N] [--filter substring] [--names] [--our-parser]
 *
 * With --our-parser the trees come from pystm's parser (vm/syntax/parse.ts)
 * instead of CPython's, and parse + compile throughput is measured too.
 */
import { readFileSync } from 'node:fs';
import { cpythonParse } from './cpython-ast.js';
import { cpythonCompile, diffCompile, ourCompile } from './compiler-oracle.js';
import { corpusFiles } from './symtable-corpus.js';
import { verify } from '../../vm/compiler/verify.js';
import { compile } from '../../vm/compiler/compile.js';
import { PySyntaxError } from '../../vm/syntax/errors.js';
import type { Mod } from '../../vm/syntax/ast.js';
import { parseBytes } from '../../vm/syntax/parse.js';

function main(): void {
  const args = process.argv.slice(2);
  const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
  const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1]! : '';
  const names = args.includes('--names');
  const ourParser = args.includes('--our-parser');
  const files = corpusFiles().filter((f) => f.includes(filter)).slice(0, limit);
  let ok = 0, mismatch = 0, invalid = 0, unparsable = 0, bytes = 0;
  const timed: { tree: Mod; path: string; source: string }[] = [];
  const BATCH = 150;
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const trees = ourParser ? batch.map(parseOurs) : cpythonParse(batch);
    const oracle = cpythonCompile(batch);
    batch.forEach((path, j) => {
      const t = trees[j]!;
      if ('error' in t) { unparsable++; return; }
      const source = readFileSync(path, 'utf8');
      bytes += Buffer.byteLength(source);
      timed.push({ tree: t.tree, path, source });
      const ours = ourCompile(t.tree, { filename: path, mode: 'exec', source });
      const diff = diffCompile(ours, oracle[j]!, { names });
      if (diff !== null) { mismatch++; console.log(`MISMATCH ${path}\n  ${diff}`); }
      else ok++;
      if (ours.codeObject) {
        const problems = verify(ours.codeObject);
        if (problems.length) { invalid++; console.log(`INVALID ${path}\n  ${problems.slice(0, 5).join('\n  ')}`); }
      }
    });
  }
  console.log(`compiler corpus: ${ok} match, ${mismatch} mismatch, ${invalid} fail verification, ${unparsable} unparsable (of ${files.length})`);
  measure(timed, bytes);
  if (ourParser) measureWithParser(timed, bytes);
  if (mismatch || invalid) process.exitCode = 1;
}

/** Compile throughput over the corpus (trees already built), best of 3 runs. */
function measure(items: { tree: Mod; path: string; source: string }[], bytes: number): void {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    for (const it of items) {
      try { compile(it.tree, { filename: it.path, mode: 'exec', source: it.source }); } catch (e) { if (!(e instanceof PySyntaxError)) throw e; }
    }
    best = Math.min(best, performance.now() - t0);
  }
  const s = best / 1000;
  console.log(`throughput: ${items.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${s.toFixed(2)} s: ` +
    `${(items.length / s).toFixed(0)} files/s, ${(bytes / 1e6 / s).toFixed(1)} MB/s (symtable + codegen + assembly)`);
}

function parseOurs(path: string): { tree: Mod } | { error: { msg: string } } {
  try {
    return { tree: parseBytes(readFileSync(path), path, 'exec') };
  } catch (e) {
    if (e instanceof PySyntaxError) return { error: { msg: e.msg } };
    throw e;
  }
}

/** Parse (pystm's parser) + compile throughput, best of 3 runs. */
function measureWithParser(items: { path: string; source: string }[], bytes: number): void {
  const raw = items.map((it) => ({ path: it.path, bytes: readFileSync(it.path) }));
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    for (const it of raw) {
      try { compile(parseBytes(it.bytes, it.path, 'exec'), { filename: it.path, mode: 'exec' }); } catch (e) { if (!(e instanceof PySyntaxError)) throw e; }
    }
    best = Math.min(best, performance.now() - t0);
  }
  const s = best / 1000;
  console.log(`parse + compile: ${raw.length} files in ${s.toFixed(2)} s: ${(raw.length / s).toFixed(0)} files/s, ${(bytes / 1e6 / s).toFixed(1)} MB/s`);
}

main();
