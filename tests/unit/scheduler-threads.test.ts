/**
 * Thread states and resources (scheduler/threads.ts), driven directly on a
 * real heap:
 * - a thread that blocks is PARKING until its worker has saved it: a waker
 *   or a passed deadline must not make it runnable before then, or two
 *   workers run it at once;
 * - a finished thread's frame stack (1 MiB) goes to the next new thread.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { K, T, THREAD } from '../../vm/objects/core.js';
import { bootstrap } from '../../vm/runtime/bootstrap.js';
import {
  block, finish, initThreads, makeRunnable, newThread, NO_DEADLINE, settleBlocked, Status, takeRunnable, wakeExpired, wakeOne,
} from '../../scheduler/threads.js';

const status = (t: number) => load(t + THREAD.STATUS);

/** A new thread, taken from the run queue as a worker takes one to run it. */
function running(): number {
  const t = newThread();
  makeRunnable(t);
  expect(takeRunnable(0, K.thread)).toBe(t);
  return t;
}

beforeAll(() => {
  bootstrap({ heapBytes: 64 * 1024 * 1024 });
  initThreads();
});

/** The running thread blocks on a new lock, with no deadline; returns both. */
function parkOnLock(): { t: number; lock: number } {
  const lock = allocateLayout(L.LOCK, 0, T.lock);
  const t = running();
  store(t + THREAD.DEADLINE, NO_DEADLINE);
  block(t, lock);
  return { t, lock };
}

describe('a blocking thread is not runnable before its worker has saved it', () => {
  it('a wake-up while it parks marks it WOKEN; it is queued when its worker settles it', () => {
    const { t, lock } = parkOnLock();
    expect(status(t)).toBe(Status.PARKING);
    wakeOne(lock);
    expect(status(t)).toBe(Status.WOKEN);
    expect(takeRunnable(0, K.thread)).toBe(0);
    settleBlocked(t);
    expect(takeRunnable(0, K.thread)).toBe(t);
  });

  it('a deadline that passes while it parks waits for the settling', () => {
    const t = running();
    store(t + THREAD.DEADLINE, 1); // 1 + 0 ms: long past
    block(t, 0);
    wakeExpired();
    expect(status(t)).toBe(Status.PARKING);
    expect(takeRunnable(0, K.thread)).toBe(0);
    settleBlocked(t);
    expect(takeRunnable(0, K.thread)).toBe(t);
  });

  it('settled without a wake-up, it is BLOCKED and the next wake-up queues it at once', () => {
    const { t, lock } = parkOnLock();
    settleBlocked(t);
    expect(status(t)).toBe(Status.BLOCKED);
    expect(takeRunnable(0, K.thread)).toBe(0);
    wakeOne(lock);
    expect(takeRunnable(0, K.thread)).toBe(t);
  });
});

describe('frame stacks', () => {
  it('a finished thread passes its stack to the next new thread, and keeps no frame', () => {
    const t = running();
    const stack = load(t + THREAD.STACK);
    finish(t);
    expect([load(t + THREAD.STACK), load(t + THREAD.FP), status(t)]).toEqual([0, 0, Status.DONE]);
    const u = newThread();
    expect(load(u + THREAD.STACK)).toBe(stack);
    expect(load(u + THREAD.TOP)).toBe(stack + 3);
    expect(load(newThread() + THREAD.STACK)).not.toBe(stack);
  });
});
