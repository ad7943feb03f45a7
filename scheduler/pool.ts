/**
 * The pool of workers: `worker_threads` that map the heap and run Python
 * threads beside the main JS thread (worker 0, which always runs the main
 * Python thread and decides when the program ends).
 *
 * Workers 1..n-1 (transaction slots 2..n) are spawned by the launcher
 * before the runtime starts if the program seems to start threads
 * (cli/launch.ts, scheduler/spawn.ts) and attached when the program starts
 * (`configurePool`); else spawned and attached here when `_thread` is
 * first imported (`ensurePool`). Attached, each compiles its runtime,
 * rebuilds its JS tables by replaying bootstrap (vm/runtime/bootstrap.ts
 * `attachRuntime`, which checks that the replica's roots equal the heap's),
 * and loops: take a runnable thread, run its regions as transactions, sleep
 * on SCHED.WAKE when there is none. So a program's first thread finds them
 * ready or nearly; until then they only use the other cores. They are
 * unref'd: the process ends when the main thread's program does.
 */
import { heapBuffer } from '../gc/heap.js';
import { markTables } from '../gc/collect.js';
import { defaultExecutable } from '../vm/runtime/bootstrap.js';
import type { Worker } from 'node:worker_threads';
import { mark } from '../vm/runtime/startup-trace.js';
import { spawnWorker, takePrespawned, workerScript, type WorkerAttach } from './spawn.js';

export interface PoolOptions {
  workers: number;
  argv: string[];
  /** Source text of a program without a file, and its name (for tracebacks). */
  sourceText?: string;
  filename?: string;
}

let options: PoolOptions | null = null;
let attached = false;
let started = false;

/**
 * At program start, after bootstrap and with the scheduler's state in the
 * heap (`workers` <= 1: no pool): attaches the pre-spawned workers, if any.
 */
export function configurePool(o: PoolOptions): void {
  if (o.workers <= 1) return;
  options = o;
  const workers = takePrespawned();
  if (workers) attach(workers, o);
}

/**
 * The program may start threads (`_thread` imported) or starts them in
 * parallel: spawns the workers, attached, if the launcher did not.
 */
export function ensurePool(): void {
  if (!options) return;
  started = true;
  if (attached) return;
  const script = workerScript();
  if (!script) return;
  attached = true;
  const message = attachMessage(options);
  for (let i = 1; i < options.workers; i++) spawnWorker(script, i + 1, message);
  mark('pool spawned, attached');
}

export function poolStarted(): boolean {
  return started;
}

/** Sends every pre-spawned worker the heap to attach to. */
function attach(workers: Worker[], o: PoolOptions): void {
  attached = true;
  const message = attachMessage(o);
  for (const w of workers) w.postMessage(message);
  mark('pool attached');
}

function attachMessage(o: PoolOptions): WorkerAttach {
  return { heap: heapBuffer(), gcTables: markTables(), argv: o.argv, executable: defaultExecutable(), sourceText: o.sourceText, filename: o.filename };
}
