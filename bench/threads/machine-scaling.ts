/**
 * How well this machine runs two CPU-bound JavaScript threads at once: the
 * ceiling for any speed-up pystm can show. The same fixed amount of plain
 * arithmetic runs on 1 worker, then split over N `worker_threads`; prints
 * the wall times and their ratio. Run it beside pystm's thread benchmarks
 * (bench/README.md): on a shared or virtual machine two "cores" may give
 * far less than 2x (busy neighbours, hyperthreads, frequency scaling).
 *
 *     npx tsx bench/threads/machine-scaling.ts [--workers N] [--runs R]
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

function runOnce(workers: number): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    let done = 0;
    for (let i = 0; i < workers; i++) {
      const w = new Worker(BODY, { eval: true, workerData: { n: TOTAL / workers } });
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
  const workers = opt('--workers', 2), runs = opt('--runs', 3);
  const one: number[] = [], many: number[] = [];
  for (let r = 0; r < runs; r++) {
    one.push(await runOnce(1));
    many.push(await runOnce(workers));
  }
  const a = median(one), b = median(many);
  console.log(`1 worker: ${a.toFixed(0)} ms, ${workers} workers: ${b.toFixed(0)} ms (medians of ${runs}): ${(a / b).toFixed(2)}x`);
}

void main();
