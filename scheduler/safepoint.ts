/**
 * Pool-wide safepoints: which workers are in their loop, the program's
 * end, and stopping every worker for a collection (gc/collect.ts marks and
 * sweeps the whole heap, so no other worker may run meanwhile).
 *
 * Model:
 * - SCHED.EXIT counts, by 4s, the pool workers inside their loop (each
 *   adds 4 as it enters and takes 4 off as it leaves); bit 0 says the
 *   program has ended, bit 1 that a pool worker died of an internal error
 *   (worker 0 then ends the program: its own event loop, where the
 *   worker's 'error' event would arrive, does not run while the program
 *   does). Worker 0 (the main JS thread) is not counted.
 * - The phase word (`GC_PHASE` in the heap header) is
 *   `round << 10 | arrived << 2 | state`. IDLE: nothing; WANTED: a pool
 *   worker asks worker 0 to collect (its trigger was reached, or a thread
 *   called gc.collect()); GATHERING: worker 0 waits for the others;
 *   COLLECTING: it collects. Only worker 0 collects, so the collector's
 *   statistics live in one place.
 * - A pool worker's safepoints are between threads in its loop and while
 *   idle; a thread running on it stops at its next region boundary
 *   (`stopRequested` is part of its `shouldYield`). At a safepoint in
 *   GATHERING the worker retires its allocation buffer and drops its free
 *   runs, counts itself in with a CAS on the phase word (same round), and
 *   sleeps until the round ends; then, if a collection ran, it flushes its
 *   caches keyed by address. A worker that enters its loop during a round
 *   waits for its end before it touches the heap.
 * - Worker 0 collects once `arrived` equals the pool workers in their loop.
 *   The workers waiting for the round's end help it mark (COLLECTING wakes
 *   them; gc/collect.ts `helpMark`).
 *   If they do not all arrive within GATHER_MS (a thread in a long native
 *   call or atomic block, or in-place waits under native code), the round
 *   is cancelled: nothing is collected and the others resume. So a thread
 *   blocked in Atomics.wait never stalls a collection forever; worker 0
 *   tries again after more allocation.
 * - Round numbers keep a late arrival from a cancelled round from counting
 *   in the next one (its CAS expects the old round).
 */
import { atomicAdd, atomicCas, atomicLoad, atomicStore, dropFreeRuns, HDR_COLLECTOR, notifyWord, retireTlab, waitWord } from '../gc/heap.js';
import { K, SCHED } from '../vm/objects/core.js';
import { collectionsDone, flushWorkerCaches, helpCollection } from '../vm/runtime/collector.js';
import { now } from './threads.js';

// ---------------------------------------------------------------------------
// The workers in their loop, and the program's end

const EXITING = 1;
const FAILED = 2;
const IN_LOOP = 4;
/** How long the program's end waits for workers to leave their loop (one in a long native call may not). */
const WORKER_EXIT_WAIT_MS = 2000;

/** A pool worker enters its loop (before it touches the heap: then `atWorkerSafepoint`). */
export function enterWorkerLoop(): void {
  atomicAdd(K.sched + SCHED.EXIT, IN_LOOP);
}

/** A pool worker has left its loop. */
export function leaveWorkerLoop(): void {
  atomicAdd(K.sched + SCHED.EXIT, -IN_LOOP);
  notifyWord(K.sched + SCHED.EXIT, 1);
}

export function exiting(): boolean {
  return (atomicLoad(K.sched + SCHED.EXIT) & EXITING) !== 0;
}

/** A pool worker dies of an internal error: worker 0 will end the program (see the module comment). */
export function workerFailed(): void {
  const exit = K.sched + SCHED.EXIT;
  for (let w = atomicLoad(exit); (w & FAILED) === 0; w = atomicLoad(exit)) if (atomicCas(exit, w, w | FAILED) === w) break;
  notifyWord(K.sched + SCHED.WAKE, 1 << 20);
}

/** Has a pool worker died? */
export function poolFailed(): boolean {
  return (atomicLoad(K.sched + SCHED.EXIT) & FAILED) !== 0;
}

/** Pool workers inside their loop. */
function workersInLoop(): number {
  return atomicLoad(K.sched + SCHED.EXIT) >> 2;
}

/**
 * The program has ended: tells the pool's workers, and waits until they
 * have left their loop. A worker may still be ending a thread the main one
 * joined (its --stats line, its last allocations) or running a daemon
 * thread's region, and the exit's reports and heap check must not read the
 * heap while it changes (the heap checker found such a half-written object).
 */
export function endWorkers(): void {
  const exit = K.sched + SCHED.EXIT;
  atomicAdd(exit, EXITING);
  notifyWord(K.sched + SCHED.WAKE, 1 << 20);
  notifyWord(GC_PHASE, 1 << 20);
  const end = now() + WORKER_EXIT_WAIT_MS;
  for (let inside = atomicLoad(exit); inside >= IN_LOOP && now() < end; inside = atomicLoad(exit)) {
    waitWord(exit, inside, Math.max(1, end - now()));
  }
}

// ---------------------------------------------------------------------------
// Stopping the world for a collection

const GC_PHASE = HDR_COLLECTOR;
const enum Phase { IDLE, WANTED, GATHERING, COLLECTING }
const STATE = 3;
const ARRIVED_ONE = 4;
const ROUND_SHIFT = 10;
const ROUND_MASK = (1 << 21) - 1;
/** How long worker 0 waits for the others before it cancels a round. */
const GATHER_MS = 50;

const stateOf = (w: number): number => w & STATE;
const arrivedOf = (w: number): number => (w >> 2) & 0xff;
const roundOf = (w: number): number => w >>> ROUND_SHIFT;

/** Should a thread running on a pool worker stop at this boundary (a collection is gathering)? */
export function stopRequested(): boolean {
  return stateOf(atomicLoad(GC_PHASE)) >= Phase.GATHERING;
}

/** Has a pool worker asked for a collection? (Worker 0 then collects at its next safepoint.) */
export function collectionAsked(): boolean {
  return stateOf(atomicLoad(GC_PHASE)) === Phase.WANTED;
}

/** A pool worker asks worker 0 for a collection (and wakes it if it is idle). */
export function askForCollection(): void {
  const w = atomicLoad(GC_PHASE);
  if (stateOf(w) !== Phase.IDLE || atomicCas(GC_PHASE, w, w | Phase.WANTED) !== w) return;
  notifyWord(K.sched + SCHED.WAKE, 1 << 20);
}

/**
 * A pool worker's safepoint (no thread of its own running, nothing of the
 * heap in its JS state but its caches): joins a round in progress.
 */
export function atWorkerSafepoint(): void {
  let w = atomicLoad(GC_PHASE);
  if (stateOf(w) < Phase.GATHERING) return;
  const done = collectionsDone();
  retireTlab();
  dropFreeRuns();
  while (stateOf(w) === Phase.GATHERING) {
    const seen = atomicCas(GC_PHASE, w, w + ARRIVED_ONE);
    if (seen === w) {
      notifyWord(GC_PHASE, 1 << 20);
      break;
    }
    w = seen;
  }
  const round = roundOf(w);
  const collecting = (): boolean => {
    const now = atomicLoad(GC_PHASE);
    return roundOf(now) === round && stateOf(now) === Phase.COLLECTING;
  };
  let helped = false;
  for (let now = atomicLoad(GC_PHASE); roundOf(now) === round && stateOf(now) >= Phase.GATHERING; now = atomicLoad(GC_PHASE)) {
    if (!helped && stateOf(now) === Phase.COLLECTING) {
      helped = true;
      helpCollection(collecting);
      continue;
    }
    waitWord(GC_PHASE, now, 50);
  }
  if (collectionsDone() !== done) flushWorkerCaches();
}

/**
 * Worker 0, at a safepoint: stops the pool workers, runs `collect`, lets
 * them go. Returns the milliseconds the others waited, or -1 if they did
 * not all arrive in time (nothing collected).
 */
export function stopTheWorld(collect: () => void): number {
  const started = now();
  let w = atomicLoad(GC_PHASE);
  for (;;) {
    const next = ((((roundOf(w) + 1) & ROUND_MASK) << ROUND_SHIFT) | Phase.GATHERING) >>> 0;
    const seen = atomicCas(GC_PHASE, w, next | 0);
    if (seen === w) {
      w = next | 0;
      break;
    }
    w = seen;
  }
  const round = roundOf(w);
  notifyWord(K.sched + SCHED.WAKE, 1 << 20);
  for (;;) {
    w = atomicLoad(GC_PHASE);
    if (arrivedOf(w) >= workersInLoop() && atomicCas(GC_PHASE, w, (w & ~STATE) | Phase.COLLECTING) === w) {
      notifyWord(GC_PHASE, 1 << 20); // the waiting workers help mark (gc/collect.ts `helpMark`)
      break;
    }
    const left = started + GATHER_MS - now();
    if (left <= 0) {
      release(round);
      return -1;
    }
    waitWord(GC_PHASE, w, Math.min(left, 5));
  }
  collect();
  release(round);
  return now() - started;
}

function release(round: number): void {
  // Nothing else changes the word in GATHERING and COLLECTING once arrivals stop: IDLE of the same round.
  atomicStore(GC_PHASE, (round << ROUND_SHIFT) | Phase.IDLE);
  notifyWord(GC_PHASE, 1 << 20);
}
