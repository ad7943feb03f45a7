/**
 * Whole-corpus front-end throughput: every stdlib file CPython compiles, held
 * in memory, pushed through our tokenizer, parser and compiler and through
 * CPython's `ast.parse` and `compile()`.
 *
 * Model: rounds alternate between the two sides (CPython parse, CPython
 * compile, ours tokenize, ours parse+compile), so a slow spell of the noisy
 * machine hits both; round 0 is a warm-up over every 4th file and is
 * discarded (V8 and CPython's caches need no more); each time is the median
 * of the measured rounds, each ratio the median of the per-round ratios. Rounds stop early once the time budget is
 * spent (at least one measured round is always kept).
 */
import type { CPythonTimer } from './cpython.js';
import { canCompile, canParse, canTokenize, compile, parse, tokenize, type Ours } from './front-end.js';

export interface CorpusFile { path: string; bytes: Uint8Array }

/** Median seconds per pass; null where the piece is missing. */
export interface CorpusTimes {
  rounds: number;
  files: number;
  bytes: number;
  cpythonParse: number;
  cpythonCompile: number;
  oursTokenize: number | null;
  oursParse: number | null;
  oursCompile: number | null;
  /** Median over rounds of (ours / CPython) within the round: parse vs ast.parse, parse+compile vs compile(). */
  parseRatio: number | null;
  totalRatio: number | null;
  /** Files (of those CPython compiles) we reject or crash on, per stage. */
  failures: { stage: string; path: string; outcome: string }[];
}

export interface CorpusOptions { rounds: number; budgetSeconds: number; log: (line: string) => void }

const WARM_UP_STRIDE = 4;

interface Round { cpParse: number; cpCompile: number; tokenize: number; parse: number; compile: number }

export async function benchCorpus(files: CorpusFile[], cpython: CPythonTimer, ours: Ours, o: CorpusOptions): Promise<CorpusTimes> {
  const failures: CorpusTimes['failures'] = [];
  const measured: Round[] = [];
  const start = performance.now();
  for (let r = 0; r <= o.rounds; r++) {
    const stride = r === 0 ? WARM_UP_STRIDE : 1;
    const chosen = files.filter((_, i) => i % stride === 0);
    const record = r === 1 ? failures : null;
    const round: Round = {
      cpParse: await cpython.corpus('parse', stride),
      cpCompile: await cpython.corpus('compile', stride),
      tokenize: canTokenize(ours) ? tokenizePass(chosen, ours, record) : 0,
      ...(canParse(ours) ? frontEndPass(chosen, ours, record) : { parse: 0, compile: 0 }),
    };
    o.log(`  round ${r}${r === 0 ? ' (warm-up)' : ''}: ${describeRound(round, ours)}`);
    if (r > 0) measured.push(round);
    if (r > 0 && (performance.now() - start) / 1000 > o.budgetSeconds) break;
  }
  const med = (f: (x: Round) => number) => median(measured.map(f));
  return {
    rounds: measured.length,
    files: files.length,
    bytes: files.reduce((n, f) => n + f.bytes.length, 0),
    cpythonParse: med((x) => x.cpParse),
    cpythonCompile: med((x) => x.cpCompile),
    oursTokenize: canTokenize(ours) ? med((x) => x.tokenize) : null,
    oursParse: canParse(ours) ? med((x) => x.parse) : null,
    oursCompile: canCompile(ours) ? med((x) => x.compile) : null,
    parseRatio: canParse(ours) ? med((x) => x.parse / x.cpParse) : null,
    totalRatio: canCompile(ours) ? med((x) => (x.parse + x.compile) / x.cpCompile) : null,
    failures,
  };
}

/** Seconds to decode and tokenize every file. */
function tokenizePass(files: CorpusFile[], ours: Ours, failures: CorpusTimes['failures'] | null): number {
  const t0 = performance.now();
  for (const f of files) {
    const result = tokenize(ours, ours.decode(f.bytes, f.path), f.path);
    if (result !== 'ok' && failures) failures.push({ stage: 'tokenize', path: f.path, outcome: result });
  }
  return (performance.now() - t0) / 1000;
}

/** Seconds to decode+parse, and to compile, every file (timed apart, file by file). */
function frontEndPass(files: CorpusFile[], ours: Ours, failures: CorpusTimes['failures'] | null): { parse: number; compile: number } {
  let parseMs = 0;
  let compileMs = 0;
  const withCompile = canCompile(ours);
  for (const f of files) {
    const t0 = performance.now();
    const tree = parse(ours, f.bytes, f.path);
    const t1 = performance.now();
    parseMs += t1 - t0;
    if (typeof tree === 'string') {
      if (failures) failures.push({ stage: 'parse', path: f.path, outcome: tree });
      continue;
    }
    if (!withCompile) continue;
    const result = compile(ours, tree, f.bytes, f.path);
    compileMs += performance.now() - t1;
    if (result !== 'ok' && failures) failures.push({ stage: 'compile', path: f.path, outcome: result });
  }
  return { parse: parseMs / 1000, compile: compileMs / 1000 };
}

function describeRound(r: Round, ours: Ours): string {
  const parts = [`CPython ast.parse ${r.cpParse.toFixed(2)}s, compile ${r.cpCompile.toFixed(2)}s`];
  if (canTokenize(ours)) parts.push(`ours tokenize ${r.tokenize.toFixed(2)}s`);
  if (canParse(ours)) parts.push(`parse ${r.parse.toFixed(2)}s`);
  if (canCompile(ours)) parts.push(`compile ${r.compile.toFixed(2)}s`);
  return parts.join(', ');
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
