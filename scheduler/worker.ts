/**
 * A pool worker's entry point (bundled as dist/worker.js): attach to the
 * heap, then run Python threads until the program ends (scheduler/pool.ts).
 */
import { workerData } from 'node:worker_threads';
// The runtime first, as in the main bundle: vm/'s module graph has cycles whose order matters.
import '../vm/runtime/run.js';
import { attachRuntime } from '../vm/runtime/bootstrap.js';
import { installImportHooks } from '../vm/runtime/imports.js';
import { registerSource } from '../vm/runtime/traceback.js';
import { installHost } from './host.js';
import { startTransactions, stmArea } from './regions.js';
import { workerLoop } from './run.js';

interface WorkerData {
  heap: SharedArrayBuffer;
  argv: string[];
  executable: string;
  slot: number;
  sourceText?: string;
  filename?: string;
}

const data = workerData as WorkerData;
attachRuntime(data.heap, { argv: data.argv, executable: data.executable });
if (data.sourceText !== undefined && data.filename) registerSource(data.filename, data.sourceText);
installImportHooks();
installHost();
startTransactions(stmArea(), data.slot, true);
workerLoop();
