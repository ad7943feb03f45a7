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
import { allocateLayout, load, store, waitWord } from '../gc/heap.js';
import { L } from '../gc/layout.js';
import { begin, commit, stmAreaWords, Tx } from '../stm/tx.js';
import { setCurrentTx } from '../stm/access.js';
import { I32A, K, MODULE_DICT, PyRaise, SCHED, T, THREAD, typeOf } from '../vm/objects/core.js';
import { isSubtype } from '../vm/objects/type.js';
import { dictGetStr } from '../vm/objects/dict.js';
import { intern } from '../vm/objects/str.js';
import { prepareThreadEntry, runThread, setSliceBudget, ThreadRun } from '../vm/interp/loop.js';
import { loadThread, ts } from '../vm/interp/thread.js';
import type { CodeObject } from '../vm/compiler/code.js';
import { formatException } from '../vm/runtime/traceback.js';
import { writeToStream } from '../vm/modules/sys-streams.js';
import { installHost } from './host.js';
import { allThreads, finish, initThreads, threadName, makeRunnable, now, othersRunnable, Status, takeRunnable, wakeExpired } from './threads.js';
import { reportDeadlock } from './deadlock.js';

export interface ProgramOptions extends RunOptions {
  /** Workers of the pool (today one runs every thread; see the module comment). */
  workers?: number;
  /** Print each thread's transaction counts at exit (`--stats`). */
  stats?: boolean;
  /** Seeded pseudo-random thread switches (`--schedule-seed`), or null. */
  scheduleSeed?: number | null;
}

/** Runs `code` as __main__ with every thread it starts; returns the process exit status. */
export function runProgram(code: CodeObject, options: ProgramOptions): number {
  try {
    startProgram(code, options);
  } catch (e) {
    return checkHeapAtExit(exitStatus(e));
  }
  initThreads();
  installHost();
  if (process.env.PYSTM_STM === '1') startTransactions();
  policy = options.scheduleSeed == null ? FAIR : seededPolicy(options.scheduleSeed);
  const status = schedule();
  if (options.stats) printStats(options.workers ?? 1);
  return checkHeapAtExit(status);
}

/** Milliseconds-of-now() when a sleeper is due (a slice boundary then yields). */
let nextDeadline = Infinity;

/**
 * When to switch threads. FAIR: at each slice boundary (every 20,000
 * back-edges and calls) if another thread is runnable or a sleeper is due,
 * taking the run queue in order. Seeded (`--schedule-seed`): slices of 1 to
 * 64 back-edges and calls, a switch at half of the boundaries, and a
 * pseudo-random runnable thread, all drawn from one seeded generator, so the
 * same seed gives the same interleaving (for programs that do not depend on
 * the clock).
 */
interface Policy {
  /** At a boundary where switching is allowed and useful: switch now? */
  switchNow(): boolean;
  /** How far into the run queue to take the next thread. */
  pick(): number;
}

const FAIR: Policy = { switchNow: () => true, pick: () => 0 };

function seededPolicy(seed: number): Policy {
  let x = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    // xorshift32
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x;
  };
  const draw = (): boolean => {
    setSliceBudget(1 + (next() & 63));
    return (next() & 1) === 0;
  };
  setSliceBudget(1 + (next() & 63));
  return { switchNow: draw, pick: () => next() & 0xffff };
}

let policy: Policy = FAIR;

// ---------------------------------------------------------------------------
// Regions as transactions (PYSTM_STM=1: measures the STM's cost on one worker;
// with one worker no transaction can conflict, so none aborts)

let tx: Tx | null = null;

function startTransactions(): void {
  const area = allocateLayout(L.I32ARRAY, stmAreaWords(), T.internal_i32array) + I32A.DATA;
  tx = new Tx(area, 1);
  setCurrentTx(tx);
}

/** Ends the running region's transaction and starts the next one's. */
function commitRegion(): void {
  if (!tx) return;
  commit(tx);
  begin(tx);
}

/** At a slice boundary (one more region done): let another thread run? Never inside an atomic block. */
function shouldYield(): boolean {
  const t = ts.ref;
  if (tx && load(t + THREAD.ATOMIC) === 0) commitRegion();
  store(t + THREAD.COMMITS, load(t + THREAD.COMMITS) + 1);
  if (load(t + THREAD.ATOMIC) !== 0) return false;
  if (!othersRunnable() && (nextDeadline === Infinity || now() < nextDeadline)) return false;
  return policy.switchNow();
}

/** The worker loop; returns the exit status once the main thread has ended. */
function schedule(): number {
  let status = 0;
  let shuttingDown = false;
  for (;;) {
    const t = ts.ref;
    let outcome: ThreadRun;
    if (tx) begin(tx);
    try {
      outcome = runThread(shouldYield);
    } catch (e) {
      // A host error escaped the thread: report it as the main thread's would be.
      if (t !== K.thread) throw e;
      status = exitStatus(e);
      outcome = ThreadRun.RAISED;
      shuttingDown = true;
    }
    if (tx) commit(tx);
    store(t + THREAD.COMMITS, load(t + THREAD.COMMITS) + 1);
    if (outcome === ThreadRun.SUSPENDED) {
      if (load(t + THREAD.STATUS) === Status.RUNNING) makeRunnable(t);
    } else if (t === K.thread) {
      if (outcome === ThreadRun.RAISED && !shuttingDown) status = exitStatus(new PyRaise(load(t + THREAD.OUTCOME)));
      if (shuttingDown || !startShutdown()) return status;
      shuttingDown = true;
      continue;
    } else {
      if (outcome === ThreadRun.RAISED) reportThreadException(load(t + THREAD.OUTCOME));
      recordStats(t);
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
    const t = takeRunnable(policy.pick());
    if (t) return t;
    if (nextDeadline === Infinity) return 0;
    const w = K.sched + SCHED.WAKE;
    waitWord(w, load(w), Math.max(0, nextDeadline - now()));
  }
}

// ---------------------------------------------------------------------------
// --stats

interface ThreadStats { ident: number; name: string; commits: number; aborts: number }
const finished: ThreadStats[] = [];

function statsOf(t: number): ThreadStats {
  const ident = load(t + THREAD.IDENT);
  const name = threadName(t) ?? `thread ${ident}`;
  return { ident, name, commits: load(t + THREAD.COMMITS), aborts: load(t + THREAD.ABORTS) };
}

function recordStats(t: number): void {
  finished.push(statsOf(t));
}

/**
 * `--stats`: each thread's transactions. Today every region of a thread is
 * a transaction that commits (one worker runs the threads in turn, so none
 * conflicts); aborts and the time they lose come with parallel transactions.
 */
function printStats(workers: number): void {
  const rows = [...finished, ...allThreads().map(statsOf)].sort((a, b) => a.ident - b.ident);
  const lines = [`pystm --stats: ${rows.length} thread${rows.length === 1 ? '' : 's'}, ${workers} worker${workers === 1 ? '' : 's'} (one runs Python today)\n`];
  const width = Math.max(6, ...rows.map((r) => r.name.length));
  lines.push(`${'thread'.padEnd(width)}  ${'commits'.padStart(10)}  ${'aborts'.padStart(8)}  ${'time lost'.padStart(10)}\n`);
  for (const r of rows) {
    lines.push(`${r.name.padEnd(width)}  ${String(r.commits).padStart(10)}  ${String(r.aborts).padStart(8)}  ${'0.0 ms'.padStart(10)}\n`);
  }
  writeToStream('stderr', lines.join(''));
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
