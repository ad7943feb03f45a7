/**
 * What vm/ needs from the scheduler: starting threads, blocking, locks.
 *
 * Model: vm/ must not import scheduler/ (the layers run scheduler -> vm), so
 * the natives that block (`time.sleep`, `_thread.lock.acquire`, the I/O
 * retry pause) and `_thread`'s functions call through this table, which the
 * scheduler fills when it starts (scheduler/host.ts). The defaults serve a
 * runtime without a scheduler (unit tests): one thread, waits block the
 * process, and starting a thread is refused.
 *
 * Contract for the scheduler's functions: a blocking call either returns
 * normally, raises a Python exception, or — only when `canSuspend()` (the
 * interpreter loop called the native directly, at nesting 1) — throws
 * `Suspend.signal` after having changed nothing Python-visible, and is then
 * called again with the same arguments when the thread resumes.
 */
import { nodeChildProcess } from './node-builtins.js';
import { K, LOCK, raise, T, THREAD } from '../objects/core.js';
import { load, store } from '../../gc/heap.js';

export interface ThreadHost {
  /** Starts a thread running `func(*args, **kwargs)` (kwargs: a dict or 0); returns its ident. */
  start(func: number, args: number[], kwargs: number): number;
  /** The running thread's ident. */
  ident(): number;
  /** Threads started by `start` that have not finished. */
  count(): number;
  /** Blocks the running thread for `secs` seconds. */
  sleep(secs: number): void;
  /** Blocks the worker briefly (an I/O retry after EAGAIN): never suspends. */
  pause(ms: number): void;
  /** `lock.acquire(blocking, timeout)`; timeout < 0: no limit. */
  acquire(lock: number, blocking: boolean, timeout: number): boolean;
  /** `lock.release()`; the caller has checked that the lock is held. */
  release(lock: number): void;
  /** `pystm.hint_commit_soon()`: end the current transaction at the next boundary. */
  hintCommitSoon(): void;
  /** Before an operation that cannot be undone (vm/runtime/effects.ts). */
  sideEffect(): void;
  /** `pystm.retry()` inside an atomic block: roll back, wait for a change, re-run (never returns). */
  retry(): never;
  /** Does an outermost atomic block start a region of its own (scheduler/regions.ts says when)? */
  atomicBoundary(): boolean;
  /** An outermost atomic block begins, called by a native (`atomic.__enter__()`): as `atomicBoundary` says (may suspend). */
  beginAtomic(): void;
  /** The outermost atomic block ends: under transactions, its region ends soon after. */
  endAtomic(): void;
  /** Threads are likely (`_thread` was imported): the worker pool may start now, beside the program. */
  prepare(): void;
}

function sleepProcess(secs: number): void {
  const end = performance.now() + secs * 1000;
  if (secs > 0.05) nodeChildProcess().spawnSync('sleep', [String(Math.max(0, secs - 0.02))]);
  while (performance.now() < end) { /* spin for the last few milliseconds */ }
}

/** The single-thread defaults (see the module comment). */
export const threadHost: ThreadHost = {
  start: () => { throw raise(T.RuntimeError, "can't start new thread"); },
  ident: () => load(K.thread + THREAD.IDENT) || 1,
  count: () => 0,
  sleep: sleepProcess,
  pause: (ms) => sleepProcess(ms / 1000),
  acquire: (lock, blocking, timeout) => {
    if (load(lock + LOCK.STATE) === 0) {
      store(lock + LOCK.STATE, 1);
      return true;
    }
    if (!blocking) return false;
    if (timeout < 0) throw raise(T.RuntimeError, 'pystm: deadlock: the only thread waits for a lock it holds');
    sleepProcess(timeout);
    return false;
  },
  release: (lock) => store(lock + LOCK.STATE, 0),
  hintCommitSoon: () => {},
  sideEffect: () => {},
  atomicBoundary: () => false,
  beginAtomic: () => {},
  endAtomic: () => {},
  prepare: () => {},
  retry: () => {
    throw raise(T.NotImplementedError, 'pystm.retry() needs transactions: they run while the program has other threads, on more than one worker (or with PYSTM_STM=1)');
  },
};
