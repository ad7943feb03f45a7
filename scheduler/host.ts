/**
 * The scheduler's side of vm/'s `threadHost` table: starting threads, locks,
 * sleeping. A blocking call first tries without waiting; if it must wait and
 * the interpreter called it directly (`canSuspend()`), it puts the thread in
 * the right wait list and throws `Suspend.signal`: the worker loop
 * (scheduler/run.ts) then runs another thread, and the call instruction runs
 * again when this one is woken (threads.ts explains how a retry finds its
 * deadline). Called from deeper inside native code, the thread cannot be
 * suspended, and the call waits in place on its worker.
 */
import { atomicCas, atomicStore, load, store, waitWord } from '../gc/heap.js';
import { K, LOCK, METHOD, raise, SCHED, T, THREAD, typeOf } from '../vm/objects/core.js';
import { dictEntries } from '../vm/objects/dict.js';
import { jsString } from '../vm/objects/str.js';
import { prepareThreadEntry } from '../vm/interp/loop.js';
import { canSuspend, loadThread, Suspend, ts } from '../vm/interp/thread.js';
import { threadHost } from '../vm/runtime/thread-host.js';
import { beginWait, block, endWait, expired, liveThreads, makeRunnable, newThread, now, wakeOne } from './threads.js';
import { lockSched, unlockSched } from './spin.js';
import { beginAtomic, commitSoon, endAtomic, atomicBoundary, holdUntilTransactions, retry, sideEffect, startingThread } from './regions.js';
import { ensurePool } from './pool.js';

/** A private word to sleep on when a wait cannot suspend its thread. */
const SLEEP_WORD = SCHED.WAKE;

function tryTake(lock: number): boolean {
  if (atomicCas(lock + LOCK.STATE, 0, 1) !== 0) return false;
  store(lock + LOCK.OWNER, load(ts.ref + THREAD.IDENT));
  return true;
}

function acquire(lock: number, blocking: boolean, timeout: number): boolean {
  // Lock state is outside the STM: a region that takes or releases a lock cannot be undone.
  sideEffect();
  const t = ts.ref;
  if (tryTake(lock)) {
    endWait(t);
    return true;
  }
  if (!blocking) return false;
  if (load(t + THREAD.ATOMIC) !== 0) {
    throw raise(T.RuntimeError, 'pystm: cannot wait for a lock inside an atomic block (another thread holds it)');
  }
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

function release(lock: number): void {
  sideEffect();
  store(lock + LOCK.OWNER, 0);
  atomicStore(lock + LOCK.STATE, 0);
  wakeOne(lock);
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
 * it on the JS stack), until `ready()` or the deadline. With one worker no
 * other thread can run meanwhile, so a wait that needs one is refused.
 */
function waitInPlace(deadline: number, ready: () => boolean): boolean {
  const t = ts.ref;
  for (;;) {
    if (ready()) {
      endWait(t);
      return true;
    }
    if (expired(deadline)) {
      endWait(t);
      return false;
    }
    if (deadline < 0) {
      endWait(t);
      throw raise(T.RuntimeError, 'pystm: a thread cannot block without a time limit inside a callback from native code (for example a key= function or __eq__); not supported yet');
    }
    pause(Math.min(10, deadline - 1 - now()));
  }
}

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
    makeRunnable(t);
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
