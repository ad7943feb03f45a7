/**
 * Spawning the pool's workers, as early as the command line allows.
 *
 * Model: a worker's start has a part that needs nothing from the program —
 * Node starting a thread with its own isolate (measured: ~21 ms of CPU with
 * Node's default V8 flags, ~40 when the launcher sets the interpreter's just
 * after the spawn, ~60 when before: Node's snapshot and its builtins' code
 * cache are refused under other flags) — and a part that needs the
 * program's heap: running the worker bundle, bootstrap's replay, attaching
 * (scheduler/worker-launch.ts). So when the program seems to start threads
 * the launcher (cli/launch.ts) spawns the workers first thing
 * (`prespawnWorkers`): the first part overlaps the main thread's start-up
 * on another core, and the pool (pool.ts) sends each its `WorkerAttach`
 * message when the program starts. Until then a worker waits on its event
 * loop; a run that never starts its program (a syntax error) just ends
 * with its workers waiting. Workers spawned later, once the heap exists,
 * get their WorkerAttach in their workerData.

 * Invariants:
 * - The launcher and the command-line bundle are separate bundles: the
 *   pre-spawned workers are handed over on `globalThis`, taken once.
 * - Worker i (1..n-1) has transaction slot i + 1 (slot 1 is worker 0's).
 * - Workers are unref'd: the process ends when the main thread's program
 *   does, whatever they are doing.
 * - This module is part of the launcher's bundle: it imports nothing of
 *   the runtime (only the startup trace).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { MessagePort, Worker } from 'node:worker_threads';
import { nodeWorkerThreads } from '../vm/runtime/node-builtins.js';
import { mark, traceWorker } from '../vm/runtime/startup-trace.js';

/** The message that lets a worker attach to the program's heap (pool.ts sends it). */
export interface WorkerAttach {
  heap: SharedArrayBuffer;
  /** The collector's mark tables (gc/collect.ts `markTables`): pool workers help it mark. */
  gcTables: SharedArrayBuffer;
  argv: string[];
  executable: string;
  sourceText?: string;
  filename?: string;
}

/**
 * A worker's `workerData`: its transaction slot, where its start-up marks
 * go when the main thread traces them (vm/runtime/startup-trace.ts), and,
 * for a worker spawned once the heap exists, its WorkerAttach (then no
 * message follows).
 */
export interface WorkerStart extends Partial<WorkerAttach> {
  slot: number;
  trace?: MessagePort;
}

const KEY = Symbol.for('pystm.prespawnedWorkers');

/**
 * Workers of the pool for this command line: `--workers N`; without it one
 * (every thread on the main worker, GIL-like) unless PYSTM_PARALLEL=1 asks
 * for one per core. Parallel mode is not the default yet: stm/README.md
 * lists its known failures.
 */
export function poolWorkers(option: number | null): number {
  if (option !== null) return option;
  return process.env.PYSTM_PARALLEL === '1' ? availableParallelism() : 1;
}

/** The launcher's first step when the run is parallel: spawns workers 1..n-1 of an n-worker pool. */
export function prespawnWorkers(n: number): void {
  const script = workerScript();
  if (!script || n <= 1) return;
  const workers: Worker[] = [];
  for (let i = 1; i < n; i++) workers.push(spawnWorker(script, i + 1));
  (globalThis as { [KEY]?: Worker[] })[KEY] = workers;
  mark(`pool pre-spawned (${n - 1} worker${n > 2 ? 's' : ''})`);
}

/** The pre-spawned workers, once (the pool takes them); null if none. */
export function takePrespawned(): Worker[] | null {
  const g = globalThis as { [KEY]?: Worker[] };
  const workers = g[KEY] ?? null;
  delete g[KEY];
  return workers;
}

/**
 * The worker's entry script: beside the bundle, or from the sources (tsx,
 * tests) the built one if any (attachRuntime refuses a stale one whose
 * bootstrap differs); null if there is none.
 */
export function workerScript(): string | null {
  const url = new URL(import.meta.url.endsWith('.ts') ? '../dist/worker.js' : './worker.js', import.meta.url);
  const path = fileURLToPath(url);
  return existsSync(path) ? path : null;
}

/**
 * Starts the worker with transaction slot `slot`, unref'd: attached from
 * the start if `attach` is given, else waiting for its WorkerAttach message.
 */
export function spawnWorker(script: string, slot: number, attach?: WorkerAttach): Worker {
  const trace = traceWorker(`worker ${slot - 1}`);
  const data: WorkerStart = { ...attach, slot, trace };
  const w = new (nodeWorkerThreads().Worker)(script, { workerData: data, transferList: trace ? [trace] : [] });
  w.unref();
  w.on('error', (e) => {
    process.stderr.write(`pystm: worker ${slot - 1} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exit(70);
  });
  return w;
}
