/**
 * The runtime's side of the garbage collector (gc/collect.ts): what only
 * vm/ knows, and when to collect.
 *
 * - Scanning: a thread's live frames (from THREAD.FP along F_BACK, values
 *   [0, 7) and [FRAME_HEADER, F_SP) of each; a finished thread has none) and
 *   a suspended generator's frame (its tail; a closed one's is dead). The
 *   frame layout is gc/frames.ts; the walk is the one the audit of session 6
 *   checked against the interpreter (docs: gc/README.md).
 * - Roots held by JavaScript: the T and K tables (bootstrap objects, but K
 *   entries may be replaced later).
 * - Weak entries: the side table of `__dict__`s of instances of builtin
 *   subclasses is keyed by the object's address (a tagged int): entries of
 *   dead objects are dropped before the sweep, else a new object at that
 *   address would inherit the dict.
 * - Flushes: every per-worker cache keyed by heap addresses (decoded
 *   strings and the intern map, decoded code and its inline caches, the type
 *   lookup cache, the loop's keyword-name and dict-size caches).
 * - Policy: a collection is wanted when the words allocated since the last
 *   one (by every worker) exceed max(MIN_TRIGGER_WORDS, LIVE_FACTOR x the
 *   live words after it), so the heap stays within about 3x the live data
 *   plus 8 MiB (a collection costs about its live data's marking).
 *   A collection is minor or full, and marks in slices of SLICE_MS
 *   (gc/README.md "Generations", "Slices"; the choice is `collectNow`'s).
 *   Collections happen only at the scheduler's safepoints, on worker 0,
 *   with the pool stopped (scheduler/safepoint.ts); `PYSTM_GC_STRESS=1`
 *   collects at each of worker 0's.
 * - Shared state (heap header words from HDR_COLLECTOR + 1, read by every
 *   worker): the trigger, the flags (collections disabled by gc.disable(),
 *   a count of unreachable objects wanted by gc.collect()), the number of
 *   collections done and the last count. A thread's gc.collect() waits for
 *   the collection numbered in its THREAD.GC_ASKED.
 */
import { addMinorRoots, addRootProvider, collect, helpMark, onCollection, setAfterMark, setScanner, type Collection, type Visit } from '../../gc/collect.js';
import { atomicCas, atomicLoad, atomicStore, bootTop, HDR_COLLECTOR, heapTop, load, store, wordsAllocatedSinceCollection } from '../../gc/heap.js';
import { flushCaches } from '../../gc/collect.js';
import { forgetThreads } from '../../stm/tx.js';
import { afterMark as finalizeAfterMark, queueDue } from './finalize.js';
import { L } from '../../gc/layout.js';
import { F_BACK, F_FLAGS, F_SP, FRAME_HEADER, FRAME_VALUE_FIELDS, FrameFlag } from '../../gc/frames.js';
import { GEN, I32A, K, SCHED, T, THREAD, WELL_KNOWN_NAMES, BUILTIN_TYPE_NAMES } from '../objects/core.js';
import { dictDelete, dictEntries } from '../objects/dict.js';
import { listItems } from '../objects/list.js';
import { resetStrCaches } from '../objects/str.js';
import { resetLookupCache } from '../objects/type.js';
import { resetCodeCache } from '../interp/code.js';
import { resetLoopCaches } from '../interp/loop.js';
import { GenState } from '../interp/generator.js';

/**
 * Below this many words allocated since the last collection, none is wanted
 * (8 MiB: with 64 MiB, binary-trees' heap peaked at ~10x its live data; each
 * collection also scans the ~1 MiB of bootstrap objects, ~1 ms).
 */
export const MIN_TRIGGER_WORDS = 2 << 20;
/**
 * Allocation allowed between collections, per live word (1 made sssp on one
 * worker spend ~25% of its time marking: 20 collections of 12.5 MiB live).
 */
export const LIVE_FACTOR = 2;
/**
 * A collection is full (else minor: gc/README.md "Generations") when the
 * live words found by the last one passed FULL_GROWTH x those of the last
 * full one, plus MIN_TRIGGER_WORDS; and for gc.collect().
 */
export const FULL_GROWTH = 2;
/**
 * A collection marks for at most SLICE_MS per pause (then the
 * mutators run until SLICE_TRIGGER_WORDS more are allocated); after
 * MAX_SLICES slices the next one finishes regardless. The stress mode
 * slices at STRESS_SLICE_MS, so that its collections take several.
 */
export const SLICE_MS = 30;
const STRESS_SLICE_MS = 1;
export const SLICE_TRIGGER_WORDS = MIN_TRIGGER_WORDS;
const MAX_SLICES = 50;
/** PYSTM_GC_MINOR=0: every collection is full (to compare). */
const minorsOn = typeof process === 'undefined' || process.env.PYSTM_GC_MINOR !== '0';
/** After a round the pool did not join in time, none is tried for this long (nor before a quarter of the trigger is allocated). */
const RETRY_MS = 50;
/** THREAD.STATUS of a finished thread (scheduler/threads.ts Status.DONE). */
const THREAD_DONE = 4;

function visitFrame(fp: number, visit: Visit): void {
  for (let i = 0; i < FRAME_VALUE_FIELDS; i++) visit(load(fp + i));
  const sp = fp + load(fp + F_SP);
  for (let p = fp + FRAME_HEADER; p < sp; p++) visit(load(p));
}

function scanThread(t: number, visit: Visit): void {
  for (let i = 0; i < THREAD.FP - THREAD.HANDLED; i++) visit(load(t + THREAD.HANDLED + i));
  if (load(t + THREAD.STATUS) === THREAD_DONE) return;
  let fp = load(t + THREAD.FP);
  // An entry frame that returned leaves FP at the stack top: no live frame.
  if (fp === 0 || fp === load(t + THREAD.TOP)) return;
  while (fp !== 0) {
    visitFrame(fp, visit);
    if (load(fp + F_FLAGS) & FrameFlag.ENTRY) break;
    fp = load(fp + F_BACK);
  }
}

function scanGenerator(g: number, visit: Visit): void {
  for (let i = 0; i < GEN.WORDS - GEN.CODE; i++) visit(load(g + GEN.CODE + i));
  if (load(g + GEN.STATE) !== GenState.CLOSED) visitFrame(g + GEN.FRAME, visit);
}

let installed = false;

/** Teaches the collector the runtime's objects (once per worker). */
export function installCollector(): void {
  if (installed) return;
  installed = true;
  setScanner(L.THREAD, scanThread);
  setScanner(L.GENERATOR, scanGenerator);
  addRootProvider((visit) => {
    for (const name of BUILTIN_TYPE_NAMES) visit(T[name]);
    for (const name of WELL_KNOWN_NAMES) visit(K[name]);
  });
  // Threads change without the write barrier (frames, scheduler fields): every minor collection rescans them.
  addMinorRoots((scan) => {
    const threads = K.sched ? load(K.sched + SCHED.THREADS) : 0;
    if (threads) for (const t of listItems(threads)) scan(t);
  });
  setAfterMark((isLive, keepAlive) => {
    if (!K.sideDicts) return;
    // Weak references and finalizers first: a resurrected object keeps its side dict.
    finalizeAfterMark(isLive, keepAlive);
    for (const [key] of dictEntries(K.sideDicts)) if (!isLive(key >> 1)) dictDelete(K.sideDicts, key);
  });
  onCollection(() => {
    resetStrCaches();
    resetCodeCache();
    resetLookupCache();
    resetLoopCaches();
  });
}

// ---------------------------------------------------------------------------
// Policy and the `gc` module's state

export const gcState = {
  /**
   * This worker decides collections: worker 0 of a running program (set by
   * the scheduler); pool workers only ask it (scheduler/safepoint.ts).
   */
  allowed: false,
  stress: false,
  collections: 0,
  freedWords: 0,
  /** The most live words (above the boot top) any collection found. */
  maxLiveWords: 0,
  /** Each collection's pause: the pool's gathering and the collection. */
  pauses: [] as number[],
  peakHeapWords: 0,
  /** The most workers that marked in one collection. */
  maxMarkers: 0,
  fullCollections: 0,
  /** Pauses that marked part of a collection without finishing it: in all, and in the current one. */
  slices: 0,
  cycleSlices: 0,
  /** Live words after the last full collection, and whether the next collection must be full. */
  fullLiveWords: 0,
  wantFull: false,
  /** After a round the pool did not join in time: the allocation count, and the time, before trying again. */
  retryAfter: 0,
  retryAt: 0,
  /** Python-visible thresholds (gc.set_threshold): kept, reported, not used (see gc/README.md). */
  thresholds: [700, 10, 10],
};

/** Shared words (see the module comment). */
const W_TRIGGER = HDR_COLLECTOR + 1;
const W_FLAGS = HDR_COLLECTOR + 2;
const W_DONE = HDR_COLLECTOR + 3;
const W_UNREACHABLE = HDR_COLLECTOR + 4;
/** Objects found unreachable by counted collections, in all. */
const W_COLLECTED = HDR_COLLECTOR + 5;
/** DISABLED: gc.disable(); COUNT: a gc.collect() waits; ON: a program runs under the scheduler (collections can happen). */
const enum Flag { DISABLED = 1, COUNT = 2, ON = 4 }

/** Worker 0, as its program starts under the scheduler: it decides collections from now on. */
export function startCollections(stress: boolean): void {
  gcState.allowed = true;
  gcState.stress = stress;
  changeFlags(Flag.ON, 0);
}

/** Objects found unreachable by the collections gc.collect() asked for. */
export function collectedInAll(): number {
  return atomicLoad(W_COLLECTED);
}

function trigger(): number {
  return atomicLoad(W_TRIGGER) || MIN_TRIGGER_WORDS;
}

export function collectionsEnabled(): boolean {
  return (atomicLoad(W_FLAGS) & Flag.DISABLED) === 0;
}

/** gc.enable() / gc.disable(), for every worker. */
export function enableCollections(on: boolean): void {
  if (on) changeFlags(0, Flag.DISABLED);
  else changeFlags(Flag.DISABLED, 0);
}

/** Sets and clears bits of the shared flags (any worker may change them at any time). */
function changeFlags(set: number, clear: number): void {
  for (let f = atomicLoad(W_FLAGS); ;) {
    const seen = atomicCas(W_FLAGS, f, (f | set) & ~clear);
    if (seen === f) return;
    f = seen;
  }
}

/** Collections done since the program started (every worker sees the same number). */
export function collectionsDone(): number {
  return atomicLoad(W_DONE);
}

/**
 * Is a collection due (on any worker: a pool worker then asks worker 0)?
 * The volume allocated by every worker past the trigger, or a gc.collect().
 */
export function collectionWanted(): boolean {
  if (gcState.retryAt !== 0 && performance.now() < gcState.retryAt) return false;
  if (atomicLoad(W_FLAGS) & Flag.COUNT) return true;
  if (gcState.stress && gcState.allowed) return true;
  const allocated = wordsAllocatedSinceCollection();
  return allocated > trigger() && allocated > gcState.retryAfter && collectionsEnabled();
}

/**
 * gc.collect() of thread `t`: the number of unreachable objects its
 * collection found, or -1 while it is still to come (it asked for one:
 * the caller suspends, and asks again once the thread runs again).
 */
export function collectionFor(t: number): number {
  if ((atomicLoad(W_FLAGS) & Flag.ON) === 0) return 0;
  const asked = load(t + THREAD.GC_ASKED);
  if (asked !== 0 && collectionsDone() >= asked) {
    store(t + THREAD.GC_ASKED, 0);
    return atomicLoad(W_UNREACHABLE);
  }
  if (asked === 0) store(t + THREAD.GC_ASKED, collectionsDone() + 1);
  changeFlags(Flag.COUNT, 0);
  return -1;
}

/**
 * Collects now: worker 0, at a safepoint, with the pool stopped
 * (scheduler/safepoint.ts `stopTheWorld`). Returns the collection's figures.
 */
export function collectNow(): Collection {
  installCollector();
  gcState.peakHeapWords = Math.max(gcState.peakHeapWords, heapTop());
  // Counting the dead objects walks them: only when gc.collect() will return the count.
  const counting = (atomicLoad(W_FLAGS) & Flag.COUNT) !== 0;
  const full = counting || gcState.wantFull || !minorsOn || (gcState.stress && gcState.collections % 4 === 0);
  // gc.collect() and a long full collection's last slice finish the marking at once.
  const budget = counting || gcState.cycleSlices >= MAX_SLICES ? Infinity : gcState.stress ? STRESS_SLICE_MS : SLICE_MS;
  const continued = gcState.cycleSlices > 0;
  let c = collect(counting, full, budget);
  if (counting && (continued || !c.full)) {
    // gc.collect() came during a collection's slices: that one finished (what it marked before this pause
    // survives it), and a full one from now follows in the same pause.
    const first = c;
    gcState.freedWords += first.freedWords;
    queueDue();
    c = collect(true, true);
    c.unreachable += first.unreachable;
  }
  gcState.collections++;
  forgetThreads(stmAreaOf());
  gcState.retryAfter = gcState.retryAt = 0;
  gcState.maxMarkers = Math.max(gcState.maxMarkers, c.markers);
  if (!c.finished) {
    gcState.cycleSlices++;
    gcState.slices++;
    atomicStore(W_TRIGGER, SLICE_TRIGGER_WORDS);
    return c;
  }
  gcState.cycleSlices = 0;
  if (c.full) {
    gcState.fullCollections++;
    gcState.fullLiveWords = c.liveWords;
  }
  gcState.wantFull = c.liveWords > FULL_GROWTH * gcState.fullLiveWords + MIN_TRIGGER_WORDS;
  queueDue();
  gcState.freedWords += c.freedWords;
  gcState.maxLiveWords = Math.max(gcState.maxLiveWords, c.liveWords);
  atomicStore(W_TRIGGER, Math.max(MIN_TRIGGER_WORDS, c.liveWords * LIVE_FACTOR));
  if (counting) {
    atomicStore(W_COLLECTED, Math.min(collectedInAll() + c.unreachable, 2 ** 30 - 1));
    atomicStore(W_UNREACHABLE, Math.min(c.unreachable, 2 ** 30 - 1));
    changeFlags(0, Flag.COUNT);
  }
  atomicStore(W_DONE, collectionsDone() + 1);
  return c;
}

/** Records a collection's pause as the pool saw it (`ms`), or a round the pool did not join in time (-1). */
export function notePause(ms: number): void {
  if (ms >= 0) {
    gcState.pauses.push(ms);
    return;
  }
  gcState.retryAfter = wordsAllocatedSinceCollection() + (trigger() >> 2);
  gcState.retryAt = performance.now() + RETRY_MS;
}

/** A pool worker at the safepoint of a collection helps worker 0 mark, while `collecting()` (gc/collect.ts `helpMark`). */
export function helpCollection(collecting: () => boolean): void {
  installCollector();
  helpMark(collecting);
}

/** After a collection another worker ran: this worker's caches keyed by address go. */
export function flushWorkerCaches(): void {
  installCollector();
  flushCaches();
}

/** The STM area's address, if transactions were ever on. */
function stmAreaOf(): number {
  const a = load(K.sched + SCHED.STM);
  return a ? a + I32A.DATA : 0;
}

/** `--stats` lines: collections, pauses (total, max, p99), peak heap. */
export function collectionSummary(): string {
  const p = [...gcState.pauses].sort((a, b) => a - b);
  const peak = Math.max(gcState.peakHeapWords, heapTop()) * 4 / 1048576;
  if (p.length === 0) return `gc: no collection; peak heap ${peak.toFixed(1)} MiB\n`;
  const p99 = p[Math.min(p.length - 1, Math.floor(p.length * 0.99))]!;
  const collections = p.length - gcState.slices;
  const sliced = gcState.slices ? `, marked over ${gcState.slices} more pause${gcState.slices === 1 ? '' : 's'}` : '';
  return `gc: ${collections} collection${collections === 1 ? '' : 's'} (${gcState.fullCollections} full${sliced}), ${(gcState.freedWords * 4 / 1048576).toFixed(0)} MiB freed, ` +
    `pauses ${p.reduce((s, x) => s + x, 0).toFixed(0)} ms in all, max ${p[p.length - 1]!.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms; peak heap ${peak.toFixed(1)} MiB ` +
    `(bootstrap ${(bootTop() * 4 / 1048576).toFixed(1)} MiB), live data at most ${(gcState.maxLiveWords * 4 / 1048576).toFixed(1)} MiB above it; ` +
    `marking on up to ${gcState.maxMarkers} worker${gcState.maxMarkers === 1 ? '' : 's'}\n`;
}
