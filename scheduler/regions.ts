/**
 * A thread's regions as transactions, on this worker.
 *
 * Model: when transactions are on (`startTransactions`), every region a
 * thread runs — from one boundary to the next, or a whole `pystm.atomic`
 * block — is one transaction of this worker's `Tx`. At each region start the
 * thread's private state (its frame stack words and its THREAD object) is
 * snapshotted; shared objects are protected by the STM's barriers and undo
 * log. When a region aborts (a conflict, a failed validation, a zombie
 * caught before it showed anything), the heap is rolled back, the snapshot
 * restored and the region re-run; after 3 aborts in a row it re-runs as an
 * inevitable transaction, which cannot abort (progress). Operations that
 * cannot be undone make the region inevitable first (`sideEffect`).
 *
 * Transactions are off while the program has one thread (nothing can
 * conflict, so it runs at full speed): worker 0 switches them on at the
 * first thread start (`startingThread`), before the new thread can run
 * anywhere. The pool's workers always run them. Once the main thread is the
 * only thread left, worker 0 runs its regions without them again (`alone`),
 * until the next thread start; not under PYSTM_STM=1, which keeps them on.
 */
import { allocateLayout, load, readWords, store, writeWords } from '../gc/heap.js';
import { beginWait, block, endWait, liveThreads, makeRunnable } from './threads.js';
import { HEADER_WORDS, L, LAYOUTS } from '../gc/layout.js';
import { I32A, K, raise, SCHED, T, THREAD } from '../vm/objects/core.js';
import { endSliceSoon, regionEndAsked, runThread, setSliceBudget, ThreadRun } from '../vm/interp/loop.js';
import { canSuspend, loadThread, Suspend, ts } from '../vm/interp/thread.js';
import { setCurrentTx } from '../stm/access.js';
import { ensurePool } from './pool.js';
import { awaitLockRelease, becomeInevitable, inevitableHolder, begin, commit, ConflictKind, rollback, stmAreaWords, Tx, TxAbort, validate, winnerOf } from '../stm/tx.js';
import { INEVITABLE_BY, eventsReady, recordInevitableWait, joinEvents, nativeCallSite, noteInevitable, OUTCOME, prepareEvents, profiling, recordConflict, recordSlice, stoppedAt } from './events.js';

/** The words of THREAD objects after the header (all saved in a snapshot). */
const THREAD_WORDS = LAYOUTS[L.THREAD].refs + LAYOUTS[L.THREAD].raw;

let tx: Tx | null = null;
/** This worker's regions run as transactions (`tx` set and switched on). */
let on = false;
/** A thread start asked to switch transactions on at the running region's end (it could not end the region itself). */
let pending = false;
/** Transactions were switched on from the start (PYSTM_STM=1): never run a region without one. */
let always = false;
/**
 * The region running on this worker runs without a transaction although
 * they are on: the main thread is the only thread (`runsAlone`). A thread
 * start in it must end it first, like a start before transactions went on.
 */
let alone = false;
/**
 * A thread start ended an `alone` region: the next regions are transactions
 * even though the thread count is still 1, until the start runs again there.
 */
let startAsked = false;
let frames = new Int32Array(1024);
const threadWords = new Int32Array(THREAD_WORDS);

/** The STM area's address, allocating it (in SCHED.STM) on first use. */
export function stmArea(): number {
  let a = load(K.sched + SCHED.STM);
  if (!a) {
    a = allocateLayout(L.I32ARRAY, stmAreaWords(), T.internal_i32array);
    store(K.sched + SCHED.STM, a);
  }
  return a + I32A.DATA;
}

/**
 * Prepares this worker's regions to run as transactions of slot `slot`
 * (1..255) over the STM area at `area`: from now if `now`, else from the
 * first thread start.
 */
export function startTransactions(area: number, slot: number, now: boolean): void {
  tx = new Tx(area, slot);
  setCurrentTx(tx);
  on = now;
  always = now;
  pending = false;
  // Worker 0 (slot 1) makes the events area before the pool's workers can look for it.
  if (slot === 1) prepareEvents();
  else joinEvents(slot);
}

/**
 * A thread is about to start: transactions must be on before it can run
 * beside this one. Returns true if they are; if not, switches them on and
 * ends the running region here (the start re-runs at the beginning of a
 * transactional one), or, where the region cannot end (under native code),
 * at its end: the caller must then not let the new thread run elsewhere
 * before (it stays in this worker's run queue, and the pool is not started).
 */
export function startingThread(): boolean {
  if (!tx || (on && !alone)) {
    startAsked = false;
    return true;
  }
  if (canSuspend()) {
    on = true;
    startAsked = true;
    throw Suspend.signal;
  }
  pending = true;
  return false;
}

/**
 * `pystm.retry()`: abort the running transaction; `runRegions` then rolls
 * it back and parks the thread for a millisecond before re-running it (a
 * poll: GHC's semantics allow the spurious re-runs; waking on a change of
 * the read set is next).
 */
export function retry(): never {
  if (!tx || !tx.active) throw raise(T.NotImplementedError, 'pystm.retry() needs transactions: they run while the program has other threads, on more than one worker (or with PYSTM_STM=1)');
  // Inevitable as the serial fallback only (after 3 aborts), it can still roll back.
  if (tx.irrevocable) throw raise(T.RuntimeError, 'pystm.retry() in a transaction that has already done I/O or taken a lock');
  throw new TxAbort(ConflictKind.RETRY, 0);
}

/**
 * An outermost `with atomic:` begins: its block gets a transaction of its
 * own, so that an abort or retry() re-runs the block only, and I/O done
 * before it does not make it inevitable. If the running transaction has
 * already done anything, the thread suspends at the call (a region
 * boundary: it commits) and the call runs again at the start of a new one.
 */
/**
 * Back-edges and calls a region runs on after an outermost atomic block
 * ends: the region holds the locks of what the block wrote until it commits,
 * so it ends soon; not at once, so that a loop of small blocks commits once
 * for several of them (a commit and a snapshot cost more than a small block).
 */
const ATOMIC_TAIL = 16;

/**
 * Does an outermost atomic block start a region of its own? Only if the
 * running region is inevitable (the block could not retry()), or holds locks
 * and was asked to end at the next boundary (`endSliceSoon()`: after a lock
 * release, `hint_commit_soon()`; a TransactionQueue asks it after its pop,
 * whose locks must not be kept for a whole long item). Otherwise it joins
 * the region: no commit and snapshot for it (a loop of small blocks commits
 * every few of them: one commit per block of sssp's relaxations made one
 * worker with transactions 3.5x slower than without). The interpreter asks
 * this for `with atomic:`; `beginAtomic` is the same for a native call of
 * `atomic.__enter__()`, ending the region at the call.
 */
export function atomicBoundary(): boolean {
  if (tx === null || !tx.active) return false;
  // A region just begun (nothing read or written) is the block's own: the instruction re-runs in it.
  if (tx.inevitable) return tx.nReads !== 0 || tx.nWrites !== 0;
  return tx.nLocks !== 0 && regionEndAsked();
}

export function beginAtomic(): void {
  if (!canSuspend() || !atomicBoundary()) return;
  Suspend.continuing = true;
  throw Suspend.signal;
}

/** The outermost atomic block ends: its region ends soon after. */
export function endAtomic(): void {
  if (tx && tx.active) endSliceSoon(ATOMIC_TAIL);
}

/**
 * Before an operation that cannot be undone: the running transaction
 * becomes inevitable, and ends soon (while it runs, other transactions can
 * neither commit nor take locks).
 */
export function sideEffect(): void {
  if (tx && tx.active) tx.irrevocable = true;
  if (tx && tx.active && !tx.inevitable) {
    const holder = inevitableHolder(tx), asked = performance.now();
    becomeInevitable(tx);
    const [code, pc] = nativeCallSite();
    // Waiting for another inevitable transaction is contention too (I/O in both): recorded like an abort.
    const waited = performance.now() - asked;
    if (holder !== 0 && waited > INEVITABLE_WAIT_MS) recordInevitableWait(tx.thread, holder, code, pc, waited * 1000);
    noteInevitable(tx.slot, tx.thread, code, pc, INEVITABLE_BY.IO);
    endSliceSoon();
  }
}

/** Waits for the inevitable token shorter than this are not recorded. */
const INEVITABLE_WAIT_MS = 0.05;

/**
 * Runs the loaded thread until it suspends or ends (as `runThread`), each
 * region a transaction when transactions are on. At every boundary outside
 * an atomic block the region ends (committed, counted in THREAD.COMMITS),
 * then `shouldYield` says whether to switch threads there.
 */
export function runRegions(shouldYield: () => boolean): ThreadRun {
  const thread = ts.ref;
  const t = on && !runsAlone(thread) ? tx : null;
  // Worker 0 without transactions yet: the events area is made at its first run.
  if (!eventsReady() && (tx === null || tx.slot === 1)) prepareEvents();
  if (!t) {
    alone = on;
    // Back to one thread: boundaries as far apart as before the first start (region lengths shrink after aborts).
    if (alone) setSliceBudget(0);
    try {
      if (profiling) beginProfiledRegion(thread);
      const outcome = runThread(() => {
        if (load(thread + THREAD.ATOMIC) !== 0) return false;
        countRegion(thread);
        if (profiling) endProfiledRegion(thread, OUTCOME.PLAIN, true);
        // A thread started under native code: transactions go on now, between regions.
        if (switchOnIfPending()) return true;
        return shouldYield();
      });
      countRegion(thread);
      if (profiling) endProfiledRegion(thread, OUTCOME.PLAIN, false);
      return outcome;
    } finally {
      alone = false;
      switchOnIfPending();
    }
  }
  if (load(thread + THREAD.WAKE) === RETRY_PARKED) {
    store(thread + THREAD.WAKE, 0);
    endWait(thread);
  }
  for (;;) {
    snapshot(thread);
    startRegion(t);
    setRegionLength(thread, regionLength(thread));
    try {
      const outcome = runThread(() => {
        if (load(thread + THREAD.ATOMIC) !== 0) return false;
        // The other threads have ended: this region commits below, and the next runs without a transaction.
        if (runsAlone(thread)) return true;
        nextRegion();
        return shouldYield();
      });
      const inevitable = t.inevitable;
      commit(t);
      countRegion(thread);
      if (profiling) endProfiledRegion(thread, inevitable ? OUTCOME.INEVITABLE : OUTCOME.COMMITTED, false);
      return outcome;
    } catch (e) {
      if (!(e instanceof TxAbort)) {
        // A JS error in a region that read stale data is a zombie's: abort it, else it is real.
        if (!t.active || validate(t)) throw e;
      }
      const retrying = e instanceof TxAbort && e.reason === ConflictKind.RETRY;
      if (t.active) rollback(t);
      restore(thread);
      const abortedAt = performance.now();
      if (profiling) endProfiledRegion(thread, OUTCOME.ABORTED, false);
      if (e instanceof TxAbort) awaitLockRelease(e, LOCK_WAIT_MS);
      if (profiling) recordBackoff(thread, abortedAt);
      const lostUs = Math.round((performance.now() - regionStart) * 1000);
      recordConflict(thread, e instanceof TxAbort ? e : ZOMBIE, e instanceof TxAbort ? winnerOf(t, e) : 0, lostUs);
      if (retrying) {
        // Parked for a moment, then the region re-runs (and retries again if nothing it needs changed).
        // A retry() is not contention: it must not count towards the inevitable fallback (3 retries made
        // the block inevitable, and retry() in it then raised RuntimeError: seen under load), nor be
        // charged to the next region this worker runs, which may be another thread's.
        t.retries = 0;
        store(thread + THREAD.WAKE, RETRY_PARKED);
        beginWait(thread, RETRY_POLL_SECONDS);
        block(thread, 0);
        return ThreadRun.SUSPENDED;
      }
      store(thread + THREAD.ABORTS, load(thread + THREAD.ABORTS) + 1);
      setRegionLength(thread, Math.max(SHORTEST_REGION, regionLength(thread) >> 2));
      store(thread + THREAD.LOST_US, load(thread + THREAD.LOST_US) + lostUs);
    }
  }
}

/**
 * Does the main thread, about to run a region here, have the program to
 * itself (the thread count is 1: no other thread can appear but by its own
 * start, which ends the region first)? Then the region needs no
 * transaction. Not inside an atomic block, nor right after a start ended an
 * `alone` region (the start re-runs in a transaction), nor under
 * PYSTM_STM=1.
 */
function runsAlone(thread: number): boolean {
  return !always && !startAsked && thread === K.thread && liveThreads() === 1 && load(thread + THREAD.ATOMIC) === 0;
}

/** Threads started before transactions went on, waiting for them (`holdUntilTransactions`). */
const held: number[] = [];

/** Keeps a new thread out of the run queue until transactions are on (see `startingThread`). */
export function holdUntilTransactions(thread: number): void {
  held.push(thread);
}

/**
 * At a region boundary: if a thread start asked for transactions, switch
 * them on; held threads may then run, and the pool. Returns whether it did.
 */
function switchOnIfPending(): boolean {
  if (!pending) return false;
  on = true;
  pending = false;
  for (const t of held) makeRunnable(t);
  held.length = 0;
  ensurePool();
  return true;
}

/** `pystm.hint_commit_soon()`: the running transaction ends at the next back-edge or call. */
export function commitSoon(): void {
  if (tx && tx.active) endSliceSoon();
}

/**
 * Region length (back-edges and calls before a boundary) of each thread
 * under transactions, in THREAD.REGION (0: the longest): a quarter after
 * each abort, doubled after each commit, so that a thread whose regions
 * conflict loses less per abort and commits more often, and one that does
 * not pays for few commits. Not under a seeded schedule, whose policy sets
 * the lengths. The longest is ~0.5-1 ms of work: a read-write conflict is
 * found when the reader commits and costs its whole region (20,000 steps
 * lost 6-17 ms per abort in the graph examples on 2 workers), while a
 * boundary costs ~1 us.
 */
const LONGEST_REGION = 1000;
const SHORTEST_REGION = 64;
let adaptRegions = true;

/** Whether region lengths adapt to aborts (off under a seeded schedule). */
export function adaptRegionLengths(on: boolean): void {
  adaptRegions = on;
}

function regionLength(thread: number): number {
  return load(thread + THREAD.REGION) || LONGEST_REGION;
}

function setRegionLength(thread: number, n: number): void {
  if (!adaptRegions) return;
  store(thread + THREAD.REGION, n);
  setSliceBudget(n);
}

/** Longest wait, after an abort for a lock, for its release before the re-run. */
const LOCK_WAIT_MS = 2;

/** The abort recorded for a JavaScript error of a transaction that had read stale data. */
const ZOMBIE = new TxAbort(ConflictKind.VALIDATION, 0);

/** When the running region began (ms of performance.now()): an abort loses the time since. */
let regionStart = 0;

/** THREAD.WAKE of a thread parked by retry() (its deadline is the poll, not a blocking call's). */
const RETRY_PARKED = 1;
const RETRY_POLL_SECONDS = 0.001;

/** At a boundary with the running thread's state in the heap: commits its region and starts the next. */
function nextRegion(): void {
  const t = tx!, thread = ts.ref;
  const inevitable = t.inevitable;
  commit(t);
  countRegion(thread);
  if (profiling) endProfiledRegion(thread, inevitable ? OUTCOME.INEVITABLE : OUTCOME.COMMITTED, false);
  setRegionLength(thread, Math.min(LONGEST_REGION, regionLength(thread) * 2));
  snapshot(thread);
  startRegion(t);
}

function countRegion(thread: number): void {
  store(thread + THREAD.COMMITS, load(thread + THREAD.COMMITS) + 1);
}

function startRegion(t: Tx): void {
  regionStart = performance.now();
  t.thread = ts.ref;
  if (profiling) beginProfiledRegion(t.thread);
  begin(t);
  if (t.retries >= 3) {
    // The serial fallback: inevitable from where the region begins.
    becomeInevitable(t, true);
    const [code, pc] = stoppedAt(t.thread);
    noteInevitable(t.slot, t.thread, code, pc, INEVITABLE_BY.SERIAL);
  }
}

// ---------------------------------------------------------------------------
// --profile: each region as a slice (scheduler/events.ts), from where it began

let sliceStart = 0;
let sliceCode = 0;
let slicePc = -1;

/** A region of `thread` begins (its state is in the heap: where it stopped is where the region starts). */
function beginProfiledRegion(thread: number): void {
  sliceStart = performance.now();
  [sliceCode, slicePc] = stoppedAt(thread);
}

/** The region ends with `outcome`; `more`: the next one begins now (at a boundary, the state saved). */
function endProfiledRegion(thread: number, outcome: OUTCOME, more: boolean): void {
  recordSlice(thread, sliceStart, outcome, sliceCode, slicePc);
  if (more) beginProfiledRegion(thread);
}

/** Time spent after an abort waiting for the other side's lock (`awaitLockRelease`), if any. */
function recordBackoff(thread: number, from: number): void {
  if (performance.now() - from > BACKOFF_SLICE_MS) recordSlice(thread, from, OUTCOME.BACKOFF, sliceCode, slicePc);
}

/** Back-off waits shorter than this are not recorded as slices of their own (they are within the abort's loss). */
const BACKOFF_SLICE_MS = 0.005;

function snapshot(thread: number): void {
  const base = ts.base, n = load(thread + THREAD.TOP) - base;
  if (frames.length < n) frames = new Int32Array(n * 2);
  readWords(base, n, frames);
  readWords(thread + HEADER_WORDS, THREAD_WORDS, threadWords);
}

function restore(thread: number): void {
  writeWords(thread + HEADER_WORDS, threadWords, THREAD_WORDS);
  const base = ts.base, n = load(thread + THREAD.TOP) - base;
  writeWords(base, frames, n);
  loadThread(thread);
}
