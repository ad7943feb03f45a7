/**
 * `dist/pystm.js`, the command's entry: pre-spawns the pool's workers of a
 * parallel run that will start threads (scheduler/spawn.ts), then runs the
 * command-line bundle (`dist/pystm-main.js`, built from cli/main.ts)
 * through a V8 code cache (cli/bundle-cache.ts, which states the cache's
 * model and invariants).
 *
 * Pre-spawning: the workers are spawned before anything else, so that Node
 * starting their threads overlaps this thread's start-up (on other cores),
 * and before the interpreter's V8 flags are set, so that they may still
 * start from Node's snapshot. A spawn costs this thread ~5 ms (and the exit
 * a few more), too much for a program without threads; so the launcher
 * guesses from the program's text whether it imports `threading`,
 * `_thread` or `concurrent` (a `-c` command, a script or `-m` module; not
 * stdin). A wrong guess only costs that, or leaves the spawn to the first
 * import of `_thread` (scheduler/pool.ts).
 *
 * The cache is written after the program ran (so it holds every function
 * that run compiled), only when missing or refused, with TurboFan running
 * again: TurboFan is paused while the bundle's modules load
 * (vm/interp/v8-flags.ts) and main() resumes it.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pauseOptimizer, resumeOptimizer } from '../vm/interp/v8-flags.js';
import { startTrace } from '../vm/runtime/startup-trace.js';
import { poolWorkers, prespawnWorkers } from '../scheduler/spawn.js';
import { parseArgs, type Invocation } from './args.js';
import { findModule } from './modules.js';
import { compileBundle, runBundle, saveBundleCache } from './bundle-cache.js';

function launch(): void {
  startTrace();
  prespawnWorkers(workersToPrespawn(process.argv.slice(2)));
  const bundle = compileBundle(fileURLToPath(new URL('./pystm-main.js', import.meta.url)));
  pauseOptimizer(); // while the bundle's modules load; main() resumes it
  runBundle(bundle);
  resumeOptimizer(); // already, unless main() never ran; the cache needs the usual flags
  saveBundleCache(bundle);
}

/**
 * The pool's size if the command line runs in parallel (more than one
 * worker, no seeded schedule, PYSTM_PARALLEL not 0, as scheduler/run.ts
 * decides) a program that seems to start threads, else 1. A usage error
 * runs nothing.
 */
function workersToPrespawn(args: readonly string[]): number {
  let inv: Invocation;
  try {
    inv = parseArgs(args);
  } catch {
    return 1;
  }
  if (inv.action !== 'run' || inv.scheduleSeed !== null || process.env.PYSTM_PARALLEL === '0') return 1;
  const n = poolWorkers(inv.workers);
  return n > 1 && importsThreads(programText(inv)) ? n : 1;
}

/** An import statement of a module that starts threads, at the start of a line. */
const THREAD_IMPORT = /^[ \t]*(?:import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*|from[ \t]+)(?:threading|_thread|concurrent)\b/m;

function importsThreads(text: string): boolean {
  return THREAD_IMPORT.test(text);
}

/** The `-c` command, or the first 256 KiB of the script or `-m` module as Latin-1 (enough for import lines); '' for stdin. */
function programText(inv: Invocation): string {
  const program = inv.program;
  if (program?.kind === 'command') return program.source;
  const path = program?.kind === 'file' ? program.path : program?.kind === 'module' ? findModule(program.name, process.env) : null;
  if (path === null) return '';
  try {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.allocUnsafe(256 * 1024);
      return buf.toString('latin1', 0, readSync(fd, buf, 0, buf.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return ''; // main reports it
  }
}

launch();
