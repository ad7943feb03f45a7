/**
 * Running a program, the runtime's part: bootstrap, store the compiled module
 * code in the heap as `__main__`'s frame on the main thread, and turn the
 * outcome into python3's exit status (SystemExit rules, or the traceback on
 * stderr and status 1). The scheduler (scheduler/run.ts) runs the threads in
 * between. If PYSTM_HEAP_CHECK=1, the heap checker runs at exit.
 */
import { load } from '../../gc/heap.js';
import { checkHeap } from '../../gc/check.js';
import { writeErr } from '../../cli/output.js';
import type { CodeObject } from '../compiler/code.js';
import { EXC, K, PyRaise, T, TUPLE, typeOf, MODULE_DICT } from '../objects/core.js';
import { isInt, toBigInt } from '../objects/int.js';
import { strOf } from '../objects/protocol.js';
import { intern, newStr } from '../objects/str.js';
import { dictSet } from '../objects/dict.js';
import { isSubtype } from '../objects/type.js';
import { allocateLayout } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { store } from '../../gc/heap.js';
import { codeToHeap } from '../interp/code.js';
import { prepareModuleEntry } from '../interp/loop.js';
import { hostErrorHook } from '../interp/support.js';
import { bootstrap } from './bootstrap.js';
import { installImports } from './imports.js';
import { dirname } from 'node:path';
import { registerSource } from './traceback.js';
import { reportUncaught } from '../modules/sys.js';
import { writeToStream } from '../modules/sys-streams.js';
import { mark } from './startup-trace.js';
import { pauseOptimizer, resumeOptimizer } from '../interp/v8-flags.js';

export interface RunOptions {
  argv: string[];
  heapBytes?: number;
  /** Source text of a program without a readable file (-c, stdin). */
  sourceText?: string;
}

/**
 * Sets up a program: bootstraps the runtime, installs the import system and
 * lays out `code` as the `__main__` module's frame on the main thread, ready
 * for the scheduler to run (scheduler/run.ts). Throws PyRaise if even that
 * fails (then `exitStatus` reports it).
 */
export function startProgram(code: CodeObject, options: RunOptions): void {
  pauseOptimizer(); // bootstrap runs once (vm/interp/v8-flags.ts)
  bootstrap({ heapBytes: options.heapBytes, argv: options.argv });
  resumeOptimizer();
  mark('runtime bootstrapped');
  if (options.sourceText !== undefined) registerSource(code.filename, options.sourceText);
  installImports(code.filename.startsWith('<') ? process.cwd() : dirname(code.filename));
  const codeRef = codeToHeap(code);
  const main = allocateLayout(L.MODULE, 0, T.module);
  const globals = newDictFor(main, code.filename);
  prepareModuleEntry(codeRef, globals);
}

/**
 * The exit status of a program whose main thread ended with `e` (a PyRaise
 * or a host error), following python3: SystemExit's code, else the
 * traceback through sys.excepthook and status 1.
 */
export function exitStatus(e: unknown): number {
  return handleUncaught(e);
}

/** The heap checker's verdict at exit if PYSTM_HEAP_CHECK=1: 70 (with the problems on stderr) or `status`. */
export function checkHeapAtExit(status: number): number {
  if (process.env.PYSTM_HEAP_CHECK === '1') {
    const problems = checkHeap();
    if (problems.length) {
      writeErr(`pystm: heap check failed:\n${problems.slice(0, 20).join('\n')}\n`);
      return 70;
    }
  }
  return status;
}

import { newDict } from '../objects/dict.js';
function newDictFor(main: number, filename: string): number {
  const d = newDict();
  store(main + MODULE_DICT, d);
  dictSet(d, intern('__name__'), intern('__main__'));
  dictSet(d, intern('__doc__'), K.None);
  dictSet(d, intern('__builtins__'), K.builtins);
  if (!filename.startsWith('<')) dictSet(d, intern('__file__'), newStr(filename));
  dictSet(K.sysModules, intern('__main__'), main);
  return d;
}

function handleUncaught(e: unknown): number {
  let exc: number;
  if (e instanceof PyRaise) exc = e.exc;
  else exc = hostErrorHook.convert(e);
  try {
    if (isSubtype(typeOf(exc), T.SystemExit)) return systemExitStatus(exc);
    reportUncaught(exc);
  } catch (inner) {
    if (!(inner instanceof PyRaise)) throw inner;
    writeErr('Error in sys.excepthook\n');
  }
  return 1;
}

function systemExitStatus(exc: number): number {
  const args = load(exc + EXC.ARGS);
  const code = load(args + TUPLE.LEN) ? load(args + TUPLE.ITEMS) : K.None;
  if (code === K.None) return 0;
  if (isInt(code)) return Number(BigInt.asUintN(8, toBigInt(code)));
  writeToStream('stderr', strOf(code) + '\n');
  return 1;
}
