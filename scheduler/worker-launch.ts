/**
 * `dist/worker.js`, a pool worker's entry (scheduler/spawn.ts spawns it):
 * waits for the pool's WorkerAttach message (scheduler/pool.ts) unless its
 * workerData holds it (spawned once the heap existed), then
 * compiles the worker's runtime bundle (`dist/worker-main.js`, built from
 * scheduler/worker.ts) through the V8 code cache, as the command's entry
 * does for its own (cli/bundle-cache.ts), attaches and runs threads.
 *
 * The bundle is compiled only after the message: by then the main thread
 * has set its V8 flags for good (it pauses TurboFan while it starts), and
 * V8 accepts a code cache only under the flags that made it. The cache is
 * written once the worker has attached (bootstrap's replay compiled most of
 * what a worker runs) and before it takes a thread, only when missing or
 * refused. The worker never pauses TurboFan itself: V8's flags are the
 * process's, and the main thread is running the program meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { mark, startWorkerTrace } from '../vm/runtime/startup-trace.js';
import { compileBundle, runBundle, saveBundleCache } from '../cli/bundle-cache.js';
import type { WorkerAttach, WorkerStart } from './spawn.js';

/** scheduler/worker.ts's exports. */
interface WorkerMain {
  attach(slot: number, message: WorkerAttach): void;
  run(): void;
}

function start(slot: number, message: WorkerAttach): void {
  mark('attaching');
  const bundle = compileBundle(fileURLToPath(new URL('./worker-main.js', import.meta.url)));
  const worker = runBundle(bundle) as WorkerMain;
  mark('bundle evaluated (module top-level code)');
  worker.attach(slot, message);
  saveBundleCache(bundle);
  worker.run();
}

const data = workerData as WorkerStart;
startWorkerTrace(data.trace, `worker ${data.slot - 1}`);
if (data.heap) start(data.slot, data as WorkerStart & WorkerAttach);
else parentPort!.once('message', (message: WorkerAttach) => start(data.slot, message));
