/**
 * Running a program on the scheduler: the worker loop.
 *
 * Model: the process's main JS thread is worker 0. It runs Python threads
 * one slice at a time (`runThread`, vm/interp/loop.ts): a thread runs until
 * it blocks (suspended in a wait list), or until a slice boundary finds
 * another thread runnable or a sleeper due (then it goes to the back of the
 * run queue: time-slicing), or until it finishes. When nothing is runnable
 * the worker sleeps until the earliest deadline; if no thread has one, every
 * thread is blocked forever: the deadlock is reported with each thread's
 * Python stack and the process exits with status 1.
 *
 * The program ends when the main thread does, as in CPython: after the main
 * module (and its traceback, if it raised) comes `threading._shutdown()` if
 * threading was imported, which joins the non-daemon threads; threads still
 * running after that (daemon threads, raw `_thread` threads) are dropped.
 *
 * Today one worker runs every thread (threads interleave, GIL-like); the
 * pool of workers running transactions in parallel is the next step of
 * issue #4 (scheduler/README.md).
 */
// The runtime first: its module graph initialises vm/ in a working order (there are import cycles).
import { checkHeapAtExit, exitStatus, startProgram, type RunOptions } from '../vm/runtime/run.js';
import { load, waitWord } from '../gc/heap.js';
import { K, MODULE_DICT, PyRaise, SCHED, T, THREAD, typeOf } from '../vm/objects/core.js';
import { isSubtype } from '../vm/objects/type.js';
import { dictGetStr } from '../vm/objects/dict.js';
import { intern } from '../vm/objects/str.js';
import { prepareThreadEntry, runThread, ThreadRun } from '../vm/interp/loop.js';
import { loadThread, ts } from '../vm/interp/thread.js';
import type { CodeObject } from '../vm/compiler/code.js';
import { formatException } from '../vm/runtime/traceback.js';
import { writeToStream } from '../vm/modules/sys-streams.js';
import { installHost } from './host.js';
import { finish, initThreads, makeRunnable, now, othersRunnable, Status, takeRunnable, wakeExpired } from './threads.js';
import { reportDeadlock } from './deadlock.js';

/** Runs `code` as __main__ with every thread it starts; returns the process exit status. */
export function runProgram(code: CodeObject, options: RunOptions): number {
  try {
    startProgram(code, options);
  } catch (e) {
    return checkHeapAtExit(exitStatus(e));
  }
  initThreads();
  installHost();
  return checkHeapAtExit(schedule());
}

/** Milliseconds-of-now() when a sleeper is due (a slice boundary then yields). */
let nextDeadline = Infinity;

/** At a slice boundary: let another thread run? Never inside an atomic block. */
function shouldYield(): boolean {
  if (load(ts.ref + THREAD.ATOMIC) !== 0) return false;
  return othersRunnable() || (nextDeadline !== Infinity && now() >= nextDeadline);
}

/** The worker loop; returns the exit status once the main thread has ended. */
function schedule(): number {
  let status = 0;
  let shuttingDown = false;
  for (;;) {
    const t = ts.ref;
    let outcome: ThreadRun;
    try {
      outcome = runThread(shouldYield);
    } catch (e) {
      // A host error escaped the thread: report it as the main thread's would be.
      if (t !== K.thread) throw e;
      status = exitStatus(e);
      outcome = ThreadRun.RAISED;
      shuttingDown = true;
    }
    if (outcome === ThreadRun.SUSPENDED) {
      if (load(t + THREAD.STATUS) === Status.RUNNING) makeRunnable(t);
    } else if (t === K.thread) {
      if (outcome === ThreadRun.RAISED && !shuttingDown) status = exitStatus(new PyRaise(load(t + THREAD.OUTCOME)));
      if (shuttingDown || !startShutdown()) return status;
      shuttingDown = true;
      continue;
    } else {
      if (outcome === ThreadRun.RAISED) reportThreadException(load(t + THREAD.OUTCOME));
      finish(t);
    }
    const next = nextThread();
    if (next === 0) return reportDeadlock();
    loadThread(next);
  }
}

/** Queues `threading._shutdown()` on the main thread if threading was imported; false if not. */
function startShutdown(): boolean {
  const threading = dictGetStr(K.sysModules, intern('threading'));
  if (!threading) return false;
  const shutdown = dictGetStr(load(threading + MODULE_DICT), intern('_shutdown'));
  if (!shutdown) return false;
  prepareThreadEntry(shutdown, [], null);
  return true;
}

/** The next thread to run (sleeping until one is due if need be), or 0 if every thread is blocked forever. */
function nextThread(): number {
  for (;;) {
    nextDeadline = wakeExpired();
    const t = takeRunnable();
    if (t) return t;
    if (nextDeadline === Infinity) return 0;
    const w = K.sched + SCHED.WAKE;
    waitWord(w, load(w), Math.max(0, nextDeadline - now()));
  }
}

/** An exception that ended a thread started with _thread.start_new_thread (threading catches its own). */
function reportThreadException(exc: number): void {
  if (isSubtype(typeOf(exc), T.SystemExit)) return;
  try {
    writeToStream('stderr', formatException(exc));
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
  }
}
