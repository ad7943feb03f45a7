/**
 * A pool worker's runtime (bundled as dist/worker-main.js, which the
 * worker's entry scheduler/worker-launch.ts compiles through the V8 code
 * cache and calls): attach to the heap, then run Python threads until the
 * program ends (scheduler/pool.ts).
 */
// The runtime first, as in the main bundle: vm/'s module graph has cycles whose order matters.
import '../vm/runtime/run.js';
import { attachRuntime } from '../vm/runtime/bootstrap.js';
import { attachMarkTables } from '../gc/collect.js';
import { installImportHooks } from '../vm/runtime/imports.js';
import { registerSource } from '../vm/runtime/traceback.js';
import { mark } from '../vm/runtime/startup-trace.js';
import { installHost } from './host.js';
import { startTransactions, stmArea } from './regions.js';
import { workerLoop } from './run.js';
import type { WorkerAttach } from './spawn.js';

/** Rebuilds the runtime's JS tables against the shared heap (bootstrap's replay) and joins the scheduler. */
export function attach(slot: number, data: WorkerAttach): void {
  attachRuntime(data.heap, { argv: data.argv, executable: data.executable });
  attachMarkTables(data.gcTables);
  mark('runtime attached (bootstrap replayed)');
  if (data.sourceText !== undefined && data.filename) registerSource(data.filename, data.sourceText);
  installImportHooks();
  installHost();
  startTransactions(stmArea(), slot, true);
}

/** Runs Python threads until the program ends. */
export function run(): void {
  mark('ready to take a thread');
  workerLoop();
}
