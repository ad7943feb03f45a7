/**
 * The Python thread state: its frame stack region and bookkeeping.
 *
 * Model: a THREAD heap object (handled exception, FRAMESTACK ref; raw: top
 * frame, stack top, call depth, recursion limit). The interpreter keeps the
 * hot copies (`ts.top`, `ts.depth`, ...) in this JS record while it runs and
 * writes them back to the heap object at every exit from the loop, so a
 * thread's whole state is in the heap at safepoints (issue #4 snapshots it
 * at transaction starts).
 *
 * Frames are pushed at `top` inside the FRAMESTACK; `nesting` counts native
 * -> Python re-entries (nested interpreter loops), which are bounded by
 * MAX_NESTING (RecursionError past it) and must never contain a transaction
 * boundary.
 */
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { K, THREAD, T } from '../objects/core.js';

export const FRAME_STACK_WORDS = 1 << 21;
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

export function createThread(): number {
  const ref = allocateLayout(L.THREAD, 0, T.internal_thread);
  const stack = allocateLayout(L.FRAMESTACK, FRAME_STACK_WORDS, T.internal_framestack);
  store(ref + THREAD.STACK, stack);
  store(ref + THREAD.LIMIT, 1000);
  ts.ref = ref;
  ts.base = stack + 3;
  ts.end = stack + 3 + FRAME_STACK_WORDS - 3;
  ts.top = ts.base;
  ts.depth = 0;
  ts.limit = 1000;
  ts.nesting = 0;
  ts.handled = 0;
  K.thread = ref;
  return ref;
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
