/**
 * The scheduler's side of vm/'s `threadHost` table: starting threads, locks,
 * sleeping. A blocking call first tries without waiting; if it must wait and
 * the interpreter called it directly (`canSuspend()`), it puts the thread in
 * the right wait list and throws `Suspend.signal`: the worker loop
 * (scheduler/run.ts) then runs another thread, and the call instruction runs
 * again when this one is woken (threads.ts explains how a retry finds its
 * deadline). Called from deeper inside native code, the thread cannot be
 * suspended, and the call waits in place on its worker. Under transactions a
 * lock's state is a transactional word (the "Locks" section below, and
 * scheduler/README.md): a thread that must wait enters the wait list only
 * once its region has committed (a commit action).
 */
import { atomicCas, atomicLoad, atomicStore, load, store, waitWord } from '../gc/heap.js';
import { H_STM } from '../gc/layout.js';
import { afterCommit, checkAbortRequest, openForRead, openForWrite, runningTx, settledWord, type Tx } from '../stm/tx.js';
import { K, LOCK, METHOD, raise, SCHED, T, THREAD, typeOf } from '../vm/objects/core.js';
import { dictEntries } from '../vm/objects/dict.js';
import { jsString } from '../vm/objects/str.js';
import { prepareThreadEntry } from '../vm/interp/loop.js';
import { canSuspend, loadThread, Suspend, ts } from '../vm/interp/thread.js';
import { threadHost } from '../vm/runtime/thread-host.js';
import { beginWait, block, endWait, expired, handOff, HANDED_LOCK, liveThreads, makeRunnable, newThread, now, wakeOne } from './threads.js';
import { lockSched, unlockSched } from './spin.js';
import { beginAtomic, commitSoon, endAtomic, atomicBoundary, holdUntilTransactions, retry, sideEffect, startingThread, stmArea } from './regions.js';
import { ensurePool } from './pool.js';

/** A private word to sleep on when a wait cannot suspend its thread. */
const SLEEP_WORD = SCHED.WAKE;

// ---------------------------------------------------------------------------
// Locks (scheduler/README.md, "Locks")
//
// A lock's state (LOCK.STATE, LOCK.OWNER) is changed two ways, never both at
// once: directly (CAS) while this worker runs no transaction, which happens
// only while no other worker runs Python code (transactions are switched on
// before a second thread can run, and pool workers always run them); and
// inside the running transaction through the STM barriers otherwise, so that
// taking or dropping a lock is an ordinary transactional write and the region
// stays undoable. The wait list (LOCK.WAITERS) is the scheduler's, changed
// only under the scheduler lock (the STM does not log it). Waking a waiter
// after a transactional release is a commit action: a rolled-back release
// wakes nobody.

function acquire(lock: number, blocking: boolean, timeout: number): boolean {
  const tx = runningTx();
  return tx ? acquireInTx(tx, lock, blocking, timeout) : acquireDirect(lock, blocking, timeout);
}

function release(lock: number): void {
  const tx = runningTx();
  if (!tx) {
    if (handOff(lock, (w) => store(lock + LOCK.OWNER, load(w + THREAD.IDENT)))) return;
    store(lock + LOCK.OWNER, 0);
    atomicStore(lock + LOCK.STATE, 0);
    wakeOne(lock);
    return;
  }
  openForWrite(tx, lock);
  // Re-checked under the STM lock: the caller's check may have read another transaction's uncommitted state.
  if (load(lock + LOCK.STATE) === 0) throw raise(T.RuntimeError, 'release unlocked lock');
  store(lock + LOCK.OWNER, 0);
  store(lock + LOCK.STATE, 0);
  afterCommit(tx, wakeOne, lock);
  // The region holds the lock object's STM lock until it commits: commit soon, so that the lock is free for others.
  commitSoon();
}

function mustNotWaitInAtomic(t: number): void {
  if (load(t + THREAD.ATOMIC) !== 0) {
    throw raise(T.RuntimeError, 'pystm: cannot wait for a lock inside an atomic block (another thread holds it)');
  }
}

/** Takes `lock` if free, with no transaction running (see the section comment). */
function tryTake(lock: number): boolean {
  if (atomicCas(lock + LOCK.STATE, 0, 1) !== 0) return false;
  store(lock + LOCK.OWNER, load(ts.ref + THREAD.IDENT));
  return true;
}

function acquireDirect(lock: number, blocking: boolean, timeout: number): boolean {
  const t = ts.ref;
  if (load(t + THREAD.WAKE) === HANDED_LOCK) {
    // Its releaser handed it the lock while it waited (threads.ts handOff).
    store(t + THREAD.WAKE, 0);
    endWait(t);
    return true;
  }
  if (tryTake(lock)) {
    endWait(t);
    return true;
  }
  if (!blocking) return false;
  mustNotWaitInAtomic(t);
  const deadline = beginWait(t, timeout);
  if (canSuspend()) {
    lockSched();
    // Re-checked under the scheduler lock: a release between the first try and here has woken nobody.
    if (tryTake(lock)) {
      unlockSched();
      endWait(t);
      return true;
    }
    if (expired(deadline)) {
      unlockSched();
      endWait(t);
      return false;
    }
    block(t, lock);
    unlockSched();
    throw Suspend.signal;
  }
  return waitInPlace(deadline, () => tryTake(lock));
}

/**
 * Takes `lock` in `tx` if its state there is free: read-opened (so that a
 * "held" answer is validated at commit), then write-opened and set.
 */
function takeInTx(tx: Tx, lock: number): boolean {
  openForRead(tx, lock);
  if (load(lock + LOCK.STATE) !== 0) return false;
  openForWrite(tx, lock);
  store(lock + LOCK.STATE, 1);
  store(lock + LOCK.OWNER, load(ts.ref + THREAD.IDENT));
  return true;
}

/**
 * Acquire inside the running transaction. A held lock the thread must wait
 * for ends the region at the call: the thread suspends, the region commits
 * (which validates that the lock was held), and only then does the commit
 * action `blockIfHeld` put the thread in the lock's wait list, if the lock
 * is still held; the call runs again, in a new transaction, when the thread
 * is woken (or at once, if the lock was released meanwhile).
 */
function acquireInTx(tx: Tx, lock: number, blocking: boolean, timeout: number): boolean {
  const t = ts.ref;
  if (takeInTx(tx, lock)) {
    endWait(t);
    return true;
  }
  if (!blocking) return false;
  mustNotWaitInAtomic(t);
  const deadline = beginWait(t, timeout);
  if (expired(deadline)) {
    endWait(t);
    return false;
  }
  if (canSuspend()) {
    afterCommit(tx, blockIfHeld, lock);
    throw Suspend.signal;
  }
  // Under native code: poll the committed state, then take it transactionally (stale: the commit fails and the region re-runs).
  return waitInPlace(deadline, () => {
    checkAbortRequest(tx);
    return heldCommitted(lock) ? false : takeInTx(tx, lock);
  }, IN_PLACE_GRACE_MS, 0.05);
}

/**
 * Commit action of a thread that suspended to wait for `lock`: blocks it in
 * the lock's wait list if the lock is still held, checked under the
 * scheduler lock, where a releasing transaction's commit action (`wakeOne`)
 * will find it; else leaves it to be requeued, and its call re-runs.
 * `ts.nesting` is 0 only once the thread has suspended (vm/interp/loop.ts,
 * `runThread`): a call that could not suspend (it raised instead) blocks
 * nothing.
 */
function blockIfHeld(lock: number): void {
  if (ts.nesting !== 0) return;
  lockSched();
  if (heldCommitted(lock)) block(ts.ref, lock);
  unlockSched();
}

/**
 * Is `lock` held in its committed state? Its STM word is read before and
 * after its state and must be the same version (not a transaction's lock):
 * a state read between them is committed.
 */
function heldCommitted(lock: number): boolean {
  const word = settledWord(stmArea(), lock + H_STM);
  if (word & 1) return false;
  return atomicLoad(lock + LOCK.STATE) !== 0 && atomicLoad(lock + H_STM) === word;
}

function sleep(secs: number): void {
  sideEffect();
  const t = ts.ref;
  const deadline = beginWait(t, secs);
  if (expired(deadline)) {
    endWait(t);
    return;
  }
  if (canSuspend() && load(t + THREAD.ATOMIC) === 0) {
    block(t, 0);
    throw Suspend.signal;
  }
  waitInPlace(deadline, () => false);
}

/**
 * Waits on this worker without suspending the thread (native code is below
 * it on the JS stack), until `ready()` or the deadline, polling every
 * `pollMs`. With one worker no other thread can run meanwhile, so a wait
 * without a time limit is refused; under transactions (`graceMs` > 0) the
 * holder may be running on another worker, and such a wait is refused only
 * after `graceMs` (a lock held for a short critical section is released
 * well before).
 */
function waitInPlace(deadline: number, ready: () => boolean, graceMs = 0, pollMs = 10): boolean {
  const t = ts.ref;
  const giveUp = deadline < 0 ? now() + graceMs : Infinity;
  for (;;) {
    if (ready()) {
      endWait(t);
      return true;
    }
    if (expired(deadline)) {
      endWait(t);
      return false;
    }
    if (deadline < 0 && now() >= giveUp) {
      endWait(t);
      throw raise(T.RuntimeError, 'pystm: a thread cannot block without a time limit inside a callback from native code (for example a key= function or __eq__); not supported yet');
    }
    pause(Math.min(pollMs, (deadline < 0 ? giveUp : deadline - 1) - now()));
  }
}

/**
 * How long a wait without a time limit under native code polls, under
 * transactions, before it is refused: the holder runs on another worker,
 * perhaps late on a busy machine (100 ms failed par_pool's
 * `sum(f.result() for f in futs)` about 1 run in 2 at load 6-10); a real
 * deadlock there is reported after this long.
 */
const IN_PLACE_GRACE_MS = 5000;

function pause(ms: number): void {
  if (ms > 0) waitWord(K.sched + SLEEP_WORD, load(K.sched + SLEEP_WORD), ms);
}

// ---------------------------------------------------------------------------
// Starting threads

function start(func: number, args: number[], kwargs: number): number {
  let f = func;
  let a = args;
  const handle = typeOf(f) === T.method ? load(f + METHOD.SELF) : 0;
  if (typeOf(f) === T.method && typeOf(load(f + METHOD.FUNC)) === T.function) {
    a = [load(f + METHOD.SELF), ...a];
    f = load(f + METHOD.FUNC);
  }
  if (typeOf(f) !== T.function) throw raise(T.TypeError, 'pystm: start_new_thread() needs a Python function or method (a native callable is not supported yet)');
  const parallelNow = startingThread();
  sideEffect();
  let kwnames: string[] | null = null;
  if (kwargs) {
    kwnames = [];
    for (const [k, v] of dictEntries(kwargs)) {
      kwnames.push(jsString(k));
      a = [...a, v];
    }
  }
  const t = newThread();
  store(t + THREAD.HANDLE, handle);
  const saved = { ...ts };
  loadThread(t);
  try {
    prepareThreadEntry(f, a, kwnames);
  } finally {
    Object.assign(ts, saved);
  }
  if (parallelNow) {
    // Runnable once the starting region has committed: it then sees all that region wrote (Thread.start() sets
    // the new thread's ident and registers it right after this call, lib/threading.py), and never meets those
    // writes as a conflict. The region is inevitable (`sideEffect` above): it commits.
    const running = runningTx();
    if (running && running.active) afterCommit(running, makeRunnable, t);
    else makeRunnable(t);
    ensurePool();
  } else {
    holdUntilTransactions(t);
  }
  return load(t + THREAD.IDENT);
}

/** Replaces vm/'s single-thread defaults with the scheduler's functions. */
export function installHost(): void {
  threadHost.start = start;
  threadHost.ident = () => load(ts.ref + THREAD.IDENT);
  threadHost.count = () => liveThreads() - 1;
  threadHost.sleep = sleep;
  threadHost.pause = pause;
  threadHost.acquire = acquire;
  threadHost.release = release;
  threadHost.sideEffect = sideEffect;
  threadHost.retry = retry;
  threadHost.endAtomic = endAtomic;
  threadHost.beginAtomic = beginAtomic;
  threadHost.atomicBoundary = atomicBoundary;
  threadHost.hintCommitSoon = commitSoon;
  threadHost.prepare = ensurePool;
}
