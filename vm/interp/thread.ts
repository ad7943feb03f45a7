/**
 * The Python thread state: its frame stack region and bookkeeping.
 *
 * Model: a THREAD heap object per Python thread (handled exception, FRAMESTACK
 * ref; raw: top frame, stack top, call depth, recursion limit; the scheduler's
 * fields are described in scheduler/README.md). The interpreter keeps the hot
 * copies (`ts.top`, `ts.depth`, ...) of the thread it is running in this JS
 * record and writes them back to the heap object at every exit from the loop,
 * so a thread's whole state is in the heap whenever it is not running; a
 * worker switches threads with `saveThread` / `loadThread`.
 *
 * Frames are pushed at `top` inside the FRAMESTACK; `nesting` counts native
 * -> Python re-entries (nested interpreter loops), which are bounded by
 * MAX_NESTING (RecursionError past it) and must never contain a transaction
 * boundary or a thread switch: a thread is suspended only at nesting 1.
 */
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { K, THREAD, T } from '../objects/core.js';

/** Frame stack words of the main thread (8 MiB, as a typical C stack). */
export const FRAME_STACK_WORDS = 1 << 21;
/** Frame stack words of other threads: 1 MiB each, so that a thousand threads fit in the heap. */
export const THREAD_STACK_WORDS = 1 << 18;
export const MAX_NESTING = 150;

export interface ThreadState {
  ref: number;
  /** First and one-past-last word of the frame stack region. */
  base: number;
  end: number;
  /** Where the next frame goes. */
  top: number;
  /** Python call depth (for sys.setrecursionlimit). */
  depth: number;
  limit: number;
  /** Nested interpreter loops currently running. */
  nesting: number;
  /** The exception being handled (sys.exc_info()), 0 if none. */
  handled: number;
}

export const ts: ThreadState = { ref: 0, base: 0, end: 0, top: 0, depth: 0, limit: 1000, nesting: 0, handled: 0 };

/**
 * Allocates a THREAD object (not yet running) with the frame stack `spare`
 * (one a finished thread left), or a new one of `stackWords` words.
 */
export function newThreadObject(stackWords: number, spare = 0): number {
  const ref = allocateLayout(L.THREAD, 0, T.internal_thread);
  const stack = spare || allocateLayout(L.FRAMESTACK, stackWords, T.internal_framestack);
  store(ref + THREAD.STACK, stack);
  store(ref + THREAD.LIMIT, 1000);
  store(ref + THREAD.TOP, stack + 3);
  return ref;
}

/** Creates the main thread (at bootstrap) and makes it the running one. */
export function createThread(): number {
  const ref = newThreadObject(FRAME_STACK_WORDS);
  K.thread = ref;
  loadThread(ref);
  return ref;
}

/** Makes `ref` the thread this worker runs: the hot copies are read from its THREAD object. */
export function loadThread(ref: number): void {
  const stack = load(ref + THREAD.STACK);
  ts.ref = ref;
  ts.base = stack + 3;
  ts.end = stack + 3 + load(stack + 2) - 3;
  ts.top = load(ref + THREAD.TOP);
  ts.depth = load(ref + THREAD.DEPTH);
  ts.limit = load(ref + THREAD.LIMIT) || 1000;
  ts.nesting = 0;
  ts.handled = load(ref + THREAD.HANDLED);
}

/** Writes the hot state back to the heap (at loop exits). */
export function saveThread(fp: number): void {
  store(ts.ref + THREAD.FP, fp);
  store(ts.ref + THREAD.TOP, ts.top);
  store(ts.ref + THREAD.DEPTH, ts.depth);
  store(ts.ref + THREAD.LIMIT, ts.limit);
  store(ts.ref + THREAD.HANDLED, ts.handled);
}

export function threadFrameStack(): number {
  return load(ts.ref + THREAD.STACK);
}

/**
 * Thrown (never as a Python exception) by a blocking native function called
 * directly from the interpreter loop at nesting 1 when the thread must wait:
 * the loop saves the thread with its pc at the calling instruction, which runs
 * again when the thread resumes. The native must have changed nothing
 * Python-visible before throwing it.
 */
export class Suspend {
  private constructor() {}
  static readonly signal = new Suspend();
  /**
   * Set before throwing `signal` when the thread only ends its region at the
   * call (a transaction boundary) and keeps running: the interpreter then
   * takes a boundary there (the call runs again in the next region) instead
   * of leaving the scheduler to resume it.
   */
  static continuing = false;
}

/** True when the running code may suspend the thread (no native frame below it on the JS stack). */
export function canSuspend(): boolean {
  return ts.nesting === 1;
}
