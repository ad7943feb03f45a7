/**
 * The front-end benchmark (`npm run bench`):
 *
 *   npx tsx bench/run.ts [--quick] [--rounds N] [--budget SECONDS] [--root DIR]
 *                        [--filter TEXT] [--no-corpus] [--no-micro]
 *
 * (a) whole-corpus throughput of our decode+tokenize, decode+parse and compile
 *     against CPython 3.11's `ast.parse` and `compile()` over every stdlib
 *     .py file CPython compiles (bench/corpus.ts);
 * (b) tinybench micro-benchmarks on a few representative files
 *     (bench/micro.ts).
 * Files are read into memory before anything is timed; python3 times itself
 * with perf_counter in one long-lived process (bench/cpython.ts), so neither
 * process start nor file reading is measured. The acceptance target is a
 * parse+compile time within 2x of CPython's compile().
 * `--quick` (every 8th file, 2 rounds, short micro runs) is for checking the
 * harness, not for figures. The full run takes about 2-3 minutes.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { listPythonFiles, stdlibRoot } from '../tests/tools/stdlib-corpus.js';
import { CPythonTimer } from './cpython.js';
import { benchCorpus, type CorpusFile, type CorpusTimes } from './corpus.js';
import { loadOurs } from './front-end.js';
import { MICRO_FILES, benchMicro, type MicroFile, type MicroRow } from './micro.js';

interface Options {
  quick: boolean; rounds: number; budget: number; root: string; filter: string | null; corpus: boolean; micro: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { quick: false, rounds: 3, budget: 100, root: '', filter: null, corpus: true, micro: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') Object.assign(o, { quick: true, rounds: 2, budget: 20 });
    else if (a === '--rounds') o.rounds = Math.max(1, Number(argv[++i]));
    else if (a === '--budget') o.budget = Number(argv[++i]);
    else if (a === '--root') o.root = argv[++i] ?? '';
    else if (a === '--filter') o.filter = argv[++i] ?? '';
    else if (a === '--no-corpus') o.corpus = false;
    else if (a === '--no-micro') o.micro = false;
    else throw new Error(`unknown argument ${a}; see the comment at the top of bench/run.ts`);
  }
  if (o.root === '') o.root = stdlibRoot();
  return o;
}

// ---------------------------------------------------------------------------
// Printing

const log = (line: string): void => { process.stderr.write(line + '\n'); };

function mbps(bytes: number, seconds: number | null): string {
  return seconds === null || seconds <= 0 ? '-' : `${(bytes / 1e6 / seconds).toFixed(1)} MB/s`;
}

function secs(s: number | null): string {
  return s === null ? 'n/a' : `${s.toFixed(2)} s`;
}

function ratio(ours: number | null, theirs = 1): string {
  return ours === null ? '-' : `${(ours / theirs).toFixed(2)}x`;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

function printCorpus(t: CorpusTimes, total: number): void {
  const both = t.oursParse !== null && t.oursCompile !== null ? t.oursParse + t.oursCompile : null;
  console.log(`\n(a) stdlib corpus: ${t.files} files CPython compiles (of ${total}), ${(t.bytes / 1e6).toFixed(2)} MB; median of ${t.rounds} round(s) after a warm-up`);
  console.log(table([
    ['stage', 'ours', 'ours MB/s', 'CPython', 'CPython', 'CPython MB/s', 'ours/CPython'],
    ['tokenize (+decode)', secs(t.oursTokenize), mbps(t.bytes, t.oursTokenize), '', '', '', ''],
    ['parse (+decode)', secs(t.oursParse), mbps(t.bytes, t.oursParse), 'ast.parse', secs(t.cpythonParse), mbps(t.bytes, t.cpythonParse), ratio(t.parseRatio)],
    ['compile only', secs(t.oursCompile), mbps(t.bytes, t.oursCompile), '', '', '', ''],
    ['parse + compile', secs(both), mbps(t.bytes, both), 'compile()', secs(t.cpythonCompile), mbps(t.bytes, t.cpythonCompile), ratio(t.totalRatio)],
  ]));
  console.log('ours/CPython: time ratio within a round, median over rounds (target: parse + compile <= 2x).');
  console.log('CPython\'s ast.parse also builds Python AST objects; its compile() does not. MB = 10^6 bytes.');
  printFailures(t.failures);
}

function printFailures(failures: CorpusTimes['failures']): void {
  if (failures.length === 0) return;
  const counts = new Map<string, number>();
  for (const f of failures) counts.set(`${f.stage} ${f.outcome}`, (counts.get(`${f.stage} ${f.outcome}`) ?? 0) + 1);
  console.log(`files CPython compiles that we do not: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')} (timed anyway), e.g.`);
  for (const f of failures.slice(0, 5)) console.log(`  ${f.stage} ${f.outcome}: ${f.path}`);
}

function printMicro(rows: MicroRow[]): void {
  const ms = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(2)} ms`);
  const pc = (r: MicroRow) => (r.parse !== null && r.compile !== null ? r.parse + r.compile : null);
  console.log('\n(b) micro-benchmarks (median per call)');
  console.log(table([
    ['file', 'KB', 'tokenize', 'parse', 'compile', 'CPy ast.parse', 'CPy compile()', 'parse x', 'parse+compile x'],
    ...rows.map((r) => [
      r.file, (r.bytes / 1024).toFixed(1), ms(r.tokenize), ms(r.parse), ms(r.compile),
      ms(r.cpythonParse), ms(r.cpythonCompile), ratio(r.parse, r.cpythonParse), ratio(pc(r), r.cpythonCompile),
    ]),
  ]));
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  let paths = listPythonFiles(o.root);
  if (o.filter !== null) paths = paths.filter((p) => p.includes(o.filter!));
  if (o.quick) paths = paths.filter((_, i) => i % 8 === 0);
  const micro = o.micro ? MICRO_FILES.map((name) => join(o.root, name)) : [];
  const all = [...paths, ...micro.filter((p) => !paths.includes(p))];
  const bytes = all.map((p) => readFileSync(p));
  const ours = await loadOurs();
  log(`reading done (${all.length} files); starting python3`);
  const cpython = await CPythonTimer.start(all);
  try {
    console.log(`pystm front-end benchmark: Node ${process.version}, CPython ${cpython.version}, ${cpus().length} cpus`);
    if (ours.notes.length > 0) console.log(`missing pieces: ${ours.notes.join('; ')}`);
    if (o.corpus) {
      const accepted = new Set(cpython.accepted);
      const files: CorpusFile[] = paths.flatMap((p, i) => (accepted.has(i) ? [{ path: p, bytes: bytes[i]! }] : []));
      printCorpus(await benchCorpus(files, cpython, ours, { rounds: o.rounds, budgetSeconds: o.budget, log }), paths.length);
    }
    if (o.micro) {
      const files: MicroFile[] = micro.map((p) => {
        const index = all.indexOf(p);
        return { name: relative(o.root, p), path: p, bytes: bytes[index]!, index };
      });
      printMicro(await benchMicro(files, cpython, ours, o.quick ? 150 : 600));
    }
  } finally {
    cpython.close();
  }
}

await main();
