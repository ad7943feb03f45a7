/**
 * The pool of workers: `worker_threads` that map the heap and run Python
 * threads beside the main JS thread (worker 0, which always runs the main
 * Python thread and decides when the program ends).
 *
 * Spawned once, on the first thread start (a program without threads pays
 * nothing): workers 1..n-1, each with transaction slot i + 1. Each worker
 * rebuilds its JS tables by replaying bootstrap (vm/runtime/bootstrap.ts
 * `attachRuntime`, which checks that the replica's roots equal the heap's),
 * then loops: take a runnable thread, run its regions as transactions,
 * sleep on SCHED.WAKE when there is none. They are unref'd: the process ends
 * when the main thread's program does.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeWorkerThreads } from '../vm/runtime/node-builtins.js';
import { heapBuffer } from '../gc/heap.js';
import { defaultExecutable } from '../vm/runtime/bootstrap.js';

export interface PoolOptions {
  workers: number;
  argv: string[];
  /** Source text of a program without a file, and its name (for tracebacks). */
  sourceText?: string;
  filename?: string;
}

let options: PoolOptions | null = null;
let started = false;

/** Remembers how to start the pool (called at program start; `workers` <= 1 means never). */
export function configurePool(o: PoolOptions): void {
  options = o;
}

/** Starts the pool's workers if configured and not yet started. */
export function ensurePool(): void {
  if (started || !options || options.workers <= 1) return;
  // From the bundle, the worker bundle beside it; from the sources (tsx, tests), the built one if any
  // (attachRuntime refuses a stale one whose bootstrap differs).
  const url = new URL(import.meta.url.endsWith('.ts') ? '../dist/worker.js' : './worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) return;
  started = true;
  for (let i = 1; i < options.workers; i++) {
    const w = new (nodeWorkerThreads().Worker)(url, {
      workerData: { heap: heapBuffer(), argv: options.argv, executable: defaultExecutable(), slot: i + 1, sourceText: options.sourceText, filename: options.filename },
    });
    w.unref();
    w.on('error', (e) => {
      process.stderr.write(`pystm: worker ${i} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exit(70);
    });
  }
}

export function poolStarted(): boolean {
  return started;
}
