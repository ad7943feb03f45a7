/**
 * How well this machine runs two CPU-bound JavaScript threads at once: the
 * ceiling for any speed-up pystm can show. The same fixed amount of plain
 * arithmetic runs on 1 worker, then split over N `worker_threads`; prints
 * the wall times and their ratio. Run it beside pystm's thread benchmarks
 * (bench/README.md): on a shared or virtual machine two "cores" may give
 * far less than 2x (busy neighbours, hyperthreads, frequency scaling).
 * With `--memory KIB`, each worker instead reads and writes its own
 * Int32Array of KIB KiB at scattered places (as an interpreter touches its
 * heap): the ceiling for code whose working set leaves the L1 cache.
 *
 *     npx tsx bench/threads/machine-scaling.ts [--workers N] [--runs R] [--memory KIB]
 */
import { Worker } from 'node:worker_threads';

const TOTAL = 200_000_000;

/** The worker's body, as source (tsx would otherwise have to load this file in each worker). */
const BODY = `
const { workerData, parentPort } = require('node:worker_threads');
let x = 0;
for (let i = 0; i < workerData.n; i++) x = (x + i * i) % 1000003;
parentPort.postMessage(x);
`;

/** `--memory`: the same count of steps, each two loads and a store at scattered places of a private array. */
const MEMORY_BODY = `
const { workerData, parentPort } = require('node:worker_threads');
const mask = workerData.words - 1, a = new Int32Array(workerData.words);
let s = 0;
for (let i = 0; i < workerData.n; i++) {
  const j = Math.imul(i, 7919) & mask;
  a[j] = (a[j] + i) | 0;
  s = (s + a[Math.imul(j, 31) & mask]) | 0;
}
parentPort.postMessage(s);
`;

function runOnce(workers: number, memoryKiB: number): Promise<number> {
  const t0 = performance.now();
  // A power of two of words (the body masks its indices).
  const words = memoryKiB > 0 ? 1 << Math.round(Math.log2((memoryKiB * 1024) / 4)) : 0;
  return new Promise((resolve, reject) => {
    let done = 0;
    for (let i = 0; i < workers; i++) {
      const body = words ? MEMORY_BODY : BODY;
      const w = new Worker(body, { eval: true, workerData: { n: TOTAL / workers, words } });
      w.on('error', reject);
      w.on('message', () => {
        if (++done === workers) resolve(performance.now() - t0);
      });
    }
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string, dflt: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : dflt);
  const workers = opt('--workers', 2), runs = opt('--runs', 3), memory = opt('--memory', 0);
  const one: number[] = [], many: number[] = [];
  for (let r = 0; r < runs; r++) {
    one.push(await runOnce(1, memory));
    many.push(await runOnce(workers, memory));
  }
  const a = median(one), b = median(many);
  const what = memory > 0 ? `, ${memory} KiB each` : '';
  console.log(`1 worker: ${a.toFixed(0)} ms, ${workers} workers${what}: ${b.toFixed(0)} ms (medians of ${runs}): ${(a / b).toFixed(2)}x ` +
    `(runs: ${one.map((x) => x.toFixed(0)).join('/')} vs ${many.map((x) => x.toFixed(0)).join('/')})`);
}

void main();
