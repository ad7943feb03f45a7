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
 * With more than one worker (`--workers N`) the pool's workers run the other
 * threads in parallel, each region a transaction from the first thread
 * start on (regions.ts); a seeded schedule, `PYSTM_PARALLEL=0` or
 * `--workers 1` keep every thread on worker 0 (scheduler/README.md).
 */
// The runtime first: its module graph initialises vm/ in a working order (there are import cycles).
import { checkHeapAtExit, exitStatus, startProgram, type RunOptions } from '../vm/runtime/run.js';
import { atomicLoad, load, waitWord } from '../gc/heap.js';
import { writeSync } from 'node:fs';
import { askForCollection, atWorkerSafepoint, poolFailed, workerFailed, collectionAsked, endWorkers, enterWorkerLoop, exiting, leaveWorkerLoop, stopRequested, stopTheWorld } from './safepoint.js';
import { configurePool, poolStarted } from './pool.js';
import { adaptRegionLengths, runRegions, startTransactions, stmArea } from './regions.js';
import { K, MODULE_DICT, PyRaise, SCHED, T, THREAD, typeOf } from '../vm/objects/core.js';
import { isSubtype } from '../vm/objects/type.js';
import { intFromNumber, toSafeNumber as toNumber } from '../vm/objects/int.js';
import { listItems } from '../vm/objects/list.js';
import { intern, jsString, newStr } from '../vm/objects/str.js';
import { newTuple, tupleItems } from '../vm/objects/tuple.js';
import { dictGetStr } from '../vm/objects/dict.js';

import { prepareThreadEntry, setSliceBudget, ThreadRun } from '../vm/interp/loop.js';
import { loadThread, ts } from '../vm/interp/thread.js';
import type { CodeObject } from '../vm/compiler/code.js';
import { formatException } from '../vm/runtime/traceback.js';
import { writeToStream } from '../vm/modules/sys-streams.js';
import { installHost } from './host.js';
import { allThreads, anyActive, appendToSchedList, settleBlocked, takeBlocked, finish, initThreads, threadName, makeRunnable, now, othersRunnable, Status, takeRunnable, wakeExpired } from './threads.js';
import { reportDeadlock } from './deadlock.js';
import { conflictSummary } from './events.js';
import { writeProfile, type ProfileOptions } from '../conflict-tools/profile.js';
import { collectionSummary, collectionWanted, collectNow, notePause, startCollections } from '../vm/runtime/collector.js';
import { finalizerRunner } from '../vm/runtime/finalize.js';
import { threadHost } from '../vm/runtime/thread-host.js';

export interface ProgramOptions extends RunOptions {
  /** Workers of the pool (today one runs every thread; see the module comment). */
  workers?: number;
  /** Print each thread's transaction counts at exit (`--stats`). */
  stats?: boolean;
  /** Seeded pseudo-random thread switches (`--schedule-seed`), or null. */
  scheduleSeed?: number | null;
  /** `--profile`: the conflict profiler's report at exit (conflict-tools/profile.ts). */
  profile?: ProfileOptions | null;
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
  const workers = options.workers ?? 1;
  // A seeded schedule is reproducible only on one worker.
  const parallel = process.env.PYSTM_PARALLEL !== '0' && workers > 1 && options.scheduleSeed == null;
  const always = process.env.PYSTM_STM === '1';
  if (parallel || always) startTransactions(stmArea(), 1, always);
  startCollections(process.env.PYSTM_GC_STRESS === '1');
  if (parallel) configurePool({ workers, argv: options.argv, sourceText: options.sourceText, filename: code.filename });
  nextDeadline = Infinity;
  setSliceBudget(0);
  policy = options.scheduleSeed != null ? seededPolicy(options.scheduleSeed) : parallel ? FAIR_PARALLEL : FAIR;
  adaptRegionLengths(options.scheduleSeed == null);
  const status = schedule();
  endWorkers();
  if (options.stats) printStats(workers);
  if (options.profile) writeProfile(options.profile, { program: code.filename, workers: poolStarted() ? workers : 1 });
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
/** FAIR in parallel mode: a switch only once the thread has run `SWITCH_INTERVAL_MS`. */
const FAIR_PARALLEL: Policy = { switchNow: () => sliceSpent(), pick: () => 0 };

/**
 * In parallel mode a thread keeps its worker at region boundaries until it
 * has run this long (when another thread is runnable): regions end often
 * under transactions (every lock release), and a switch at each cost more
 * than the work (CPython's switch interval is 5 ms). On one worker,
 * boundaries are 20,000 steps apart and every one may switch, as before.
 */
const SWITCH_INTERVAL_MS = 2;
/** When this worker loaded the thread it runs (ms of `now()`). */
let sliceStart = 0;

function sliceSpent(): boolean {
  return now() - sliceStart >= SWITCH_INTERVAL_MS;
}

function loadNext(t: number): void {
  loadThread(t);
  sliceStart = now();
}

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

/** At a region boundary outside atomic blocks: let another thread run? */
function shouldYield(): boolean {
  // A wanted collection ends the slice (it runs in schedule()); the policy is asked all the same, so a
  // seeded schedule draws the same numbers with or without collections.
  const collect = collectionWanted() || collectionAsked();
  if (!othersRunnable() && (nextDeadline === Infinity || now() < nextDeadline)) return collect;
  return policy.switchNow() || collect;
}

/** After a thread other than the main one stopped running: back to the queue if it only yielded, else its end. */
function afterRun(t: number, outcome: ThreadRun): void {
  if (outcome === ThreadRun.SUSPENDED) {
    // A blocked thread may have been woken while this worker saved it: it becomes BLOCKED or runnable now.
    if (takeBlocked()) settleBlocked(t);
    else if (load(t + THREAD.STATUS) === Status.RUNNING) makeRunnable(t);
    return;
  }
  if (outcome === ThreadRun.RAISED) reportThreadException(load(t + THREAD.OUTCOME));
  recordStats(t);
  finish(t);
}

/** The worker loop; returns the exit status once the main thread has ended. */
function schedule(): number {
  let status = 0;
  let shuttingDown = false;
  let hostError = false;
  shutdownStep = 0;
  for (;;) {
    const t = ts.ref;
    let outcome: ThreadRun;
    try {
      outcome = runRegions(shouldYield);
    } catch (e) {
      // A host error escaped the thread: report it as the main thread's would be.
      if (t !== K.thread) throw e;
      status = exitStatus(e);
      outcome = ThreadRun.RAISED;
      shuttingDown = hostError = true;
    }
    // A safepoint: no transaction runs, the thread's state is in the heap, no interpreter loop is on the stack.
    collectIfWanted();
    if (t === K.thread && outcome !== ThreadRun.SUSPENDED) {
      if (outcome === ThreadRun.RAISED && !shuttingDown) status = exitStatus(new PyRaise(load(t + THREAD.OUTCOME)));
      if (hostError || !startShutdown()) return status;
      shuttingDown = true;
      continue;
    }
    afterRun(t, outcome);
    const next = nextThread();
    if (next === POOL_FAILED) return 70;
    if (next === 0) return reportDeadlock();
    loadNext(next);
  }
}

/** Worker 0 at a safepoint: collects (the pool stopped) if a collection is due here or a pool worker asked for one. */
function collectIfWanted(): void {
  if (!collectionWanted() && !collectionAsked()) return;
  notePause(stopTheWorld(collectNow));
  // Finalizers and weakref callbacks it found due run on a thread of their own (vm/runtime/finalize.ts).
  const runner = finalizerRunner();
  if (runner) threadHost.start(runner, [], 0);
}

/** Queues the next exit step (SHUTDOWN_STEPS) on the main thread; false when none is left. */
function startShutdown(): boolean {
  while (shutdownStep < SHUTDOWN_STEPS.length) {
    const [module, name] = SHUTDOWN_STEPS[shutdownStep++]!;
    const m = dictGetStr(K.sysModules, intern(module));
    const f = m ? dictGetStr(load(m + MODULE_DICT), intern(name)) : 0;
    if (!f) continue;
    prepareThreadEntry(f, [], null);
    return true;
  }
  return false;
}

/**
 * The interpreter's exit on the main thread, as CPython's: join the
 * non-daemon threads, then run the atexit handlers (each step only if its
 * module was imported).
 */
const SHUTDOWN_STEPS = [['threading', '_shutdown'], ['atexit', '_run_exitfuncs']] as const;
let shutdownStep = 0;

/** `nextThread`'s answer when a pool worker died (its error is on stderr): the program ends with status 70. */
const POOL_FAILED = -1;

/** The next thread to run (sleeping until one is due if need be), 0 if every thread is blocked forever, or POOL_FAILED. */
function nextThread(): number {
  for (;;) {
    // Idle: a safepoint, where a pool worker's request for a collection is served.
    if (poolFailed()) return POOL_FAILED;
    collectIfWanted();
    nextDeadline = wakeExpired();
    const w = K.sched + SCHED.WAKE;
    const seen = atomicLoad(w);
    const t = takeRunnable(policy.pick());
    if (t) return t;
    // A thread running on another worker (or just requeued by one) may still wake one: wait; else a deadlock.
    if (nextDeadline === Infinity && !anyActive()) return 0;
    waitWord(w, seen, nextDeadline === Infinity ? 100 : Math.max(0, nextDeadline - now()));
  }
}

/**
 * A pool worker's loop (scheduler/worker.ts): run threads other than the
 * main one until the program ends. A thread's end is handled as on worker 0.
 */
export function workerLoop(): void {
  const w = K.sched + SCHED.WAKE;
  enterWorkerLoop();
  try {
    runWorkerThreads(w);
  } catch (e) {
    // Written at once (a worker's process.stderr goes through the main thread's event loop, which is not running).
    writeSync(2, `pystm: internal error in a pool worker: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    workerFailed();
    throw e;
  } finally {
    leaveWorkerLoop();
  }
}

/** A pool worker's thread stops at this region boundary? (Asks worker 0 for a collection when one is due.) */
function workerShouldYield(): boolean {
  if (collectionWanted()) askForCollection();
  return (othersRunnable() && sliceSpent()) || exiting() || stopRequested();
}

function runWorkerThreads(w: number): void {
  while (!exiting()) {
    atWorkerSafepoint();
    if (collectionWanted()) askForCollection();
    const seen = atomicLoad(w);
    let t = takeRunnable(0, K.thread);
    let next = Infinity;
    if (!t) {
      // Idle: wake the sleepers that are due (worker 0 does so only between its threads), then sleep until the next.
      next = wakeExpired();
      t = takeRunnable(0, K.thread);
    }
    if (!t) {
      waitWord(w, seen, Math.max(0, Math.min(100, next - now())));
      continue;
    }
    loadNext(t);
    afterRun(t, runRegions(workerShouldYield));
  }
}

// ---------------------------------------------------------------------------
// --stats

interface ThreadStats { ident: number; name: string; commits: number; aborts: number; lostUs: number }

function statsOf(t: number): ThreadStats {
  const ident = load(t + THREAD.IDENT);
  const name = threadName(t) ?? `thread ${ident}`;
  return { ident, name, commits: load(t + THREAD.COMMITS), aborts: load(t + THREAD.ABORTS), lostUs: load(t + THREAD.LOST_US) };
}

/** Keeps a finishing thread's counts in the heap (SCHED.FINISHED), whichever worker it ended on. */
function recordStats(t: number): void {
  const s = statsOf(t);
  appendToSchedList(SCHED.FINISHED, newTuple([intFromNumber(s.ident), newStr(s.name), intFromNumber(s.commits), intFromNumber(s.aborts), intFromNumber(s.lostUs)]));
}

function finishedStats(): ThreadStats[] {
  const list = load(K.sched + SCHED.FINISHED);
  return (list ? listItems(list) : []).map((tuple) => {
    const [ident, name, commits, aborts, lost] = tupleItems(tuple);
    return { ident: toNumber(ident!), name: jsString(name!), commits: toNumber(commits!), aborts: toNumber(aborts!), lostUs: toNumber(lost!) };
  });
}

/**
 * `--stats`: each thread's regions (commits), the regions it re-ran after
 * an abort, and the time those aborted runs lost.
 */
function printStats(workers: number): void {
  const rows = [...finishedStats(), ...allThreads().map(statsOf)].sort((a, b) => a.ident - b.ident);
  const parallel = poolStarted();
  const lines = [`pystm --stats: ${rows.length} thread${rows.length === 1 ? '' : 's'}, ${parallel ? workers : 1} worker${parallel && workers > 1 ? 's' : ''}\n`];
  const width = Math.max(6, ...rows.map((r) => r.name.length));
  lines.push(`${'thread'.padEnd(width)}  ${'commits'.padStart(10)}  ${'aborts'.padStart(8)}  ${'time lost'.padStart(10)}\n`);
  for (const r of rows) {
    lines.push(`${r.name.padEnd(width)}  ${String(r.commits).padStart(10)}  ${String(r.aborts).padStart(8)}  ${`${(r.lostUs / 1000).toFixed(1)} ms`.padStart(10)}\n`);
  }
  lines.push(...conflictSummary(5));
  lines.push(collectionSummary());
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
