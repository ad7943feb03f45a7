/**
 * The scheduler lock: one spin-lock word (SCHED.LOCK) guarding the run
 * queue, wait lists and thread list. Critical sections are a few heap words
 * long, so a spin (then a yield to the OS after many tries) beats parking.
 */
import { atomicCas, atomicStore, waitWord } from '../gc/heap.js';
import { K, SCHED } from '../vm/objects/core.js';

let depth = 0;

/** Takes the scheduler lock (re-entrant within one worker). */
export function lockSched(): void {
  if (depth++ > 0) return;
  const w = K.sched + SCHED.LOCK;
  for (let tries = 0; atomicCas(w, 0, 1) !== 0; tries++) {
    if (tries > 1000) waitWord(w, 1, 0.05);
  }
}

export function unlockSched(): void {
  if (--depth > 0) return;
  atomicStore(K.sched + SCHED.LOCK, 0);
}
