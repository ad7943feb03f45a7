/**
 * Blocking pauses of the current thread. Today a pause blocks the worker
 * (`Atomics.wait` on a private word: the only way to sleep synchronously in
 * Node); with the worker pool (issue #4) this is where a Python thread will
 * park and let another one run. vm/ calls these instead of using Atomics.
 */
const pauseWord = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the calling thread for about `ms` milliseconds (used to retry an I/O call that said EAGAIN). */
export function pauseMillis(ms: number): void {
  Atomics.wait(pauseWord, 0, 0, ms);
}
