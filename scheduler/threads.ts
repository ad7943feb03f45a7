/**
 * Python threads as the scheduler sees them: statuses, the run queue, wait
 * lists and deadlines, all kept in the heap (the SCHED object, `K.sched`, and
 * the scheduler fields of each THREAD object) so that every worker of the
 * pool sees the same state.
 *
 * Model:
 * - A thread is RUNNABLE (in the run queue), RUNNING (on a worker), BLOCKED
 *   (in the wait list of the object it waits on — a lock — or only sleeping
 *   until its deadline) or DONE.
 * - Between the call that blocks it and the moment its worker has saved it
 *   (its frames, the region's commit or rollback), a thread is PARKING: a
 *   waker then only marks it WOKEN, and a passed deadline waits; the worker
 *   makes it BLOCKED or runnable when it is done with it (`settleBlocked`).
 *   (Woken at once, a thread whose 2 ms sleep passed before its worker had
 *   saved it ran on two workers at a time: a pool worker died reading a
 *   half-written frame, about 1 run in 100 of a retry() program under load.)
 * - The run queue is a FIFO linked through THREAD.RUN_NEXT; wait lists are
 *   FIFOs linked through THREAD.WAIT_NEXT from the waited object's first
 *   word (LOCK.WAITERS). SCHED.THREADS lists every thread not yet DONE.
 * - THREAD.DEADLINE is 0 when no blocking call is in progress, NO_DEADLINE
 *   while one waits without a time limit, else 1 + the wake-up time in ms
 *   of `now()`. It is set by the first attempt of a blocking call and kept
 *   across its retries (the call instruction re-runs after each wake-up),
 *   so a retry knows its own deadline.
 * - Every change to these structures happens under SCHED.LOCK (a spin lock
 *   word, scheduler/spin.ts), the only place workers synchronise on them.
 */
import { atomicAdd, load, notifyWord, store } from '../gc/heap.js';
import { K, LOCK, PyRaise, SCHED, THREAD } from '../vm/objects/core.js';
import { getAttrOrZero, strOf } from '../vm/objects/protocol.js';
import { intern } from '../vm/objects/str.js';
import { listAppend, listItems, listLen, newList, listRemoveAt } from '../vm/objects/list.js';
import { newThreadObject, THREAD_STACK_WORDS, ts } from '../vm/interp/thread.js';
import { lockSched, unlockSched } from './spin.js';
import { profiling, waitBegins, waitEnds } from './events.js';

export const enum Status { NEW = 0, RUNNABLE = 1, RUNNING = 2, BLOCKED = 3, DONE = 4, PARKING = 5, WOKEN = 6 }

export const NO_DEADLINE = -1;
const FIRST_IDENT = 1;
/** The word of a waitable object (a lock) that heads its wait list. */
const WAIT_HEAD = LOCK.WAITERS;

/**
 * Milliseconds since the process started (deadlines are in this clock).
 * Every worker reads the same clock: Node's worker threads share the
 * process's time origin. (An epoch taken at each worker's first call, as
 * before, put deadlines set on one worker hundreds of ms off on another.)
 * Read lazily: the global `performance` loads node:perf_hooks, a cost at
 * start-up.
 */
export function now(): number {
  return performance.now();
}

/** Sets up the scheduler's state for the main thread (once per heap). */
export function initThreads(): void {
  const s = K.sched;
  store(s + SCHED.THREADS, newList([K.thread]));
  store(s + SCHED.SPARE_STACKS, newList([]));
  store(s + SCHED.NEXT_IDENT, FIRST_IDENT + 1);
  store(s + SCHED.LIVE, 1);
  store(K.thread + THREAD.IDENT, FIRST_IDENT);
  store(K.thread + THREAD.STATUS, Status.RUNNING);
}

/**
 * Frame stacks (1 MiB each) that finished threads left for new ones, at most
 * this many: a program starting two threads per step of a loop (the graph
 * examples) allocated 1 MiB per thread, a collection every ~16 threads.
 */
const SPARE_STACKS = 8;

/** A new thread object with its ident, not yet runnable (the caller lays out its entry frame). */
export function newThread(): number {
  const t = newThreadObject(THREAD_STACK_WORDS, takeSpareStack());
  const s = K.sched;
  lockSched();
  const ident = load(s + SCHED.NEXT_IDENT);
  store(s + SCHED.NEXT_IDENT, ident + 1);
  store(s + SCHED.LIVE, load(s + SCHED.LIVE) + 1);
  listAppend(load(s + SCHED.THREADS), t);
  unlockSched();
  store(t + THREAD.IDENT, ident);
  store(t + THREAD.STATUS, Status.NEW);
  return t;
}

/** A frame stack a finished thread left (`finish`), or 0. */
function takeSpareStack(): number {
  lockSched();
  const spares = load(K.sched + SCHED.SPARE_STACKS);
  const n = listLen(spares);
  const stack = n ? listRemoveAt(spares, n - 1) : 0;
  unlockSched();
  return stack;
}

/** Appends `item` to the list in SCHED field `field` (created on first use), under the scheduler lock. */
export function appendToSchedList(field: number, item: number): void {
  lockSched();
  let list = load(K.sched + field);
  if (!list) {
    list = newList([]);
    store(K.sched + field, list);
  }
  listAppend(list, item);
  unlockSched();
}

export function liveThreads(): number {
  return load(K.sched + SCHED.LIVE);
}

/** Every thread not yet DONE. */
export function allThreads(): number[] {
  return listItems(load(K.sched + SCHED.THREADS));
}

// ---------------------------------------------------------------------------
// Run queue (callers hold the scheduler lock)

function enqueue(t: number): void {
  const s = K.sched;
  store(t + THREAD.STATUS, Status.RUNNABLE);
  store(t + THREAD.RUN_NEXT, 0);
  const tail = load(s + SCHED.RUN_TAIL);
  if (tail) store(tail + THREAD.RUN_NEXT, t);
  else store(s + SCHED.RUN_HEAD, t);
  store(s + SCHED.RUN_TAIL, t);
  store(s + SCHED.RUNNABLE, load(s + SCHED.RUNNABLE) + 1);
  // Only worker 0 runs the main thread: wake every sleeping worker for it, or the one woken may be another.
  notifyWorkers(t === K.thread ? ALL_WORKERS : 1);
}

const ALL_WORKERS = 1 << 20;

/** Makes `t` runnable. */
export function makeRunnable(t: number): void {
  lockSched();
  enqueue(t);
  unlockSched();
}

/** Wakes `count` workers sleeping for work (every enqueue bumps the wake word). */
function notifyWorkers(count: number): void {
  const w = K.sched + SCHED.WAKE;
  atomicAdd(w, 1);
  notifyWord(w, count);
}

/**
 * Is any thread running on a worker or waiting in the run queue? (Else none
 * can wake a blocked one.) Scanned under the scheduler lock, which every
 * status change takes: a scan without it could read a blocked thread before
 * another worker's running thread woke it, and that running thread after it
 * blocked itself, and report a deadlock that is not there.
 */
export function anyActive(): boolean {
  lockSched();
  const active = allThreads().some((t) => {
    const status = load(t + THREAD.STATUS);
    return status === Status.RUNNING || status === Status.RUNNABLE || status === Status.PARKING || status === Status.WOKEN;
  });
  unlockSched();
  return active;
}

/**
 * Takes a runnable thread (RUNNING now), or 0: the first in the queue, or
 * with `skip` > 0 the one that many places further (modulo the queue's
 * length); never `notThread` (the main thread stays on the main worker).
 */
export function takeRunnable(skip = 0, notThread = 0): number {
  const s = K.sched;
  lockSched();
  let prev = 0, t = load(s + SCHED.RUN_HEAD);
  if (t && skip > 0) {
    for (let k = skip % load(s + SCHED.RUNNABLE); k > 0; k--) {
      prev = t;
      t = load(t + THREAD.RUN_NEXT);
    }
  }
  if (t === notThread && t) {
    prev = t;
    t = load(t + THREAD.RUN_NEXT);
  }
  if (t) {
    const next = load(t + THREAD.RUN_NEXT);
    if (prev) store(prev + THREAD.RUN_NEXT, next);
    else store(s + SCHED.RUN_HEAD, next);
    if (!next) store(s + SCHED.RUN_TAIL, prev);
    store(t + THREAD.RUN_NEXT, 0);
    store(t + THREAD.STATUS, Status.RUNNING);
    store(s + SCHED.RUNNABLE, load(s + SCHED.RUNNABLE) - 1);
  }
  unlockSched();
  return t;
}

/** True when some thread waits in the run queue (a plain read: a hint for time-slicing). */
export function othersRunnable(): boolean {
  return load(K.sched + SCHED.RUNNABLE) > 0;
}

// ---------------------------------------------------------------------------
// Blocking and waking

/** The thread this worker runs has blocked itself (since `takeBlocked` last read it). */
let blockedRunning = false;

/**
 * After the running thread suspended: did it block (it is PARKING), rather
 * than yield? Resets the answer.
 */
export function takeBlocked(): boolean {
  const b = blockedRunning;
  blockedRunning = false;
  return b;
}

/**
 * Blocks `t` until woken or until its deadline, in the wait list of `on`
 * (an object whose first field heads a wait list), or only on its deadline
 * if `on` is 0. The caller then suspends the thread, and its worker calls
 * `settleBlocked` once it has saved it.
 */
export function block(t: number, on: number): void {
  if (t === ts.ref) blockedRunning = true;
  // --profile: a wait on a lock (not a sleep) begins, unless its blocking call already waited.
  if (profiling && on && t === ts.ref) waitBegins(t, on, threadByIdent);
  lockSched();
  store(t + THREAD.STATUS, Status.PARKING);
  store(t + THREAD.WAITING_ON, on);
  store(t + THREAD.WAIT_NEXT, 0);
  store(t + THREAD.BLOCKED_AT, Math.floor(now()));
  if (on) {
    let p = load(on + WAIT_HEAD);
    if (!p) store(on + WAIT_HEAD, t);
    else {
      while (load(p + THREAD.WAIT_NEXT)) p = load(p + THREAD.WAIT_NEXT);
      store(p + THREAD.WAIT_NEXT, t);
    }
  }
  unlockSched();
}

/**
 * The worker that ran `t` has saved it after it blocked: `t` becomes
 * BLOCKED, or runnable if it was woken or its deadline passed meanwhile.
 */
export function settleBlocked(t: number): void {
  lockSched();
  const status = load(t + THREAD.STATUS);
  if (status === Status.WOKEN) enqueue(t);
  else if (status === Status.PARKING) {
    const d = load(t + THREAD.DEADLINE);
    if (expired(d)) {
      leaveWaitList(t);
      enqueue(t);
    } else {
      store(t + THREAD.STATUS, Status.BLOCKED);
      // Idle workers sleeping until a later deadline must recompute when to wake (`wakeExpired`).
      if (d > 0) notifyWorkers(ALL_WORKERS);
    }
  }
  unlockSched();
}

/** Makes a thread taken off a wait list runnable, or WOKEN if its worker is still saving it (callers hold the scheduler lock). */
function wake(t: number): void {
  if (load(t + THREAD.STATUS) === Status.PARKING) store(t + THREAD.STATUS, Status.WOKEN);
  else enqueue(t);
}

/** Wakes the first thread waiting on `on`, if any. */
/**
 * THREAD.WAKE of a thread handed a lock by its releaser (`handOff`): its
 * acquire, run again, returns True at once.
 */
export const HANDED_LOCK = 2;

/** A lock's first waiter is handed the lock once it has waited this long (`handOff`). */
const HAND_OFF_AFTER_MS = 5;

/**
 * Gives `lock`, still held, to its first waiter if that one has waited
 * HAND_OFF_AFTER_MS (under the scheduler lock): the waiter becomes the
 * owner and runnable. True if it did. One worker only (no transactions): a
 * woken waiter cannot run until the releaser yields, and a releaser that
 * takes the lock again at once (a loop around `with lock:`) starved it
 * (par_iterators' writer); CPython's waiter, woken by the OS, takes the
 * lock on another core first. Not at once: a hand-off at every release made
 * each queue operation of a producer/consumer pair a thread switch (a CPU
 * hog beside them then got most of the worker).
 */
export function handOff(lock: number, setOwner: (t: number) => void): boolean {
  lockSched();
  let t = load(lock + WAIT_HEAD);
  if (t && now() - load(t + THREAD.BLOCKED_AT) < HAND_OFF_AFTER_MS) t = 0;
  if (t) {
    store(lock + WAIT_HEAD, load(t + THREAD.WAIT_NEXT));
    unwait(t);
    setOwner(t);
    store(t + THREAD.WAKE, HANDED_LOCK);
    wake(t);
  }
  unlockSched();
  return t !== 0;
}

export function wakeOne(on: number): void {
  lockSched();
  const t = load(on + WAIT_HEAD);
  if (t) {
    store(on + WAIT_HEAD, load(t + THREAD.WAIT_NEXT));
    unwait(t);
    wake(t);
  }
  unlockSched();
}

function unwait(t: number): void {
  store(t + THREAD.WAIT_NEXT, 0);
  store(t + THREAD.WAITING_ON, 0);
}

/** Removes `t` from the wait list it is in (its deadline passed). */
function leaveWaitList(t: number): void {
  const on = load(t + THREAD.WAITING_ON);
  if (!on) return;
  let p = load(on + WAIT_HEAD);
  if (p === t) store(on + WAIT_HEAD, load(t + THREAD.WAIT_NEXT));
  else {
    while (p && load(p + THREAD.WAIT_NEXT) !== t) p = load(p + THREAD.WAIT_NEXT);
    if (p) store(p + THREAD.WAIT_NEXT, load(t + THREAD.WAIT_NEXT));
  }
  unwait(t);
}

/**
 * Makes every blocked thread whose deadline has passed runnable; returns the
 * earliest deadline still pending (ms of `now()`), or Infinity.
 */
export function wakeExpired(): number {
  const t0 = now();
  let next = Infinity;
  lockSched();
  for (const t of allThreads()) {
    if (load(t + THREAD.STATUS) !== Status.BLOCKED) continue;
    const d = load(t + THREAD.DEADLINE);
    if (d <= 0) continue;
    if (d - 1 <= t0) {
      leaveWaitList(t);
      enqueue(t);
    } else next = Math.min(next, d - 1);
  }
  unlockSched();
  return next;
}

/** Marks `t` finished, drops it from the thread list and passes its frame stack on. */
export function finish(t: number): void {
  const s = K.sched;
  lockSched();
  store(t + THREAD.STATUS, Status.DONE);
  const spares = load(s + SCHED.SPARE_STACKS);
  if (listLen(spares) < SPARE_STACKS) listAppend(spares, load(t + THREAD.STACK));
  // Its frames are gone: nothing may read them (the profiler's `stoppedAt` reads FP 0 as "nowhere").
  store(t + THREAD.STACK, 0);
  store(t + THREAD.FP, 0);
  store(t + THREAD.TOP, 0);
  store(s + SCHED.LIVE, load(s + SCHED.LIVE) - 1);
  const list = load(s + SCHED.THREADS);
  const i = listItems(list).indexOf(t);
  if (i >= 0) listRemoveAt(list, i);
  unlockSched();
}

// ---------------------------------------------------------------------------
// Deadlines of blocking calls

/** Starts a blocking call of `timeout` seconds (< 0: none) unless one is in progress; returns its deadline. */
export function beginWait(t: number, timeout: number): number {
  let d = load(t + THREAD.DEADLINE);
  if (d === 0) {
    d = timeout < 0 ? NO_DEADLINE : 1 + Math.ceil(Math.min(now() + timeout * 1000, 2 ** 31 - 3));
    store(t + THREAD.DEADLINE, d);
  }
  return d;
}

/** Ends the blocking call in progress. */
export function endWait(t: number): void {
  store(t + THREAD.DEADLINE, 0);
  if (profiling) waitEnds(t);
}

/** The live thread whose ident is `ident`, or 0. */
function threadByIdent(ident: number): number {
  if (!ident) return 0;
  for (const t of allThreads()) if (load(t + THREAD.IDENT) === ident) return t;
  return 0;
}

/** Has the deadline `d` of a blocking call passed? */
export function expired(d: number): boolean {
  return d > 0 && d - 1 <= now();
}


/** The thread's name: the `name` of the object whose method it runs (a threading.Thread), else null. */
export function threadName(t: number): string | null {
  if (t === K.thread) return 'MainThread';
  const handle = load(t + THREAD.HANDLE);
  if (!handle) return null;
  // Reading `name` may run Python code (a property), nested on the current thread: keep its saved frame.
  const fp = load(ts.ref + THREAD.FP);
  try {
    const name = getAttrOrZero(handle, intern('name'));
    return name ? strOf(name) : null;
  } catch (e) {
    if (e instanceof PyRaise) return null;
    throw e;
  } finally {
    store(ts.ref + THREAD.FP, fp);
  }
}
