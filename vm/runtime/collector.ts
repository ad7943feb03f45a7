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
 *   one exceed max(MIN_TRIGGER_WORDS, LIVE_FACTOR x the live words after
 *   it), so the heap stays within about 3x the live data plus 8 MiB (a
 *   collection costs about its live data's marking). Collections happen
 *   only at the scheduler's safepoints, and only while one worker runs
 *   (scheduler/run.ts); `PYSTM_GC_STRESS=1` collects at every one.
 */
import { addRootProvider, collect, onCollection, setAfterMark, setScanner, type Collection, type Visit } from '../../gc/collect.js';
import { bootTop, load, wordsAllocatedSinceCollection, heapTop } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { F_BACK, F_FLAGS, F_SP, FRAME_HEADER, FRAME_VALUE_FIELDS, FrameFlag } from '../../gc/frames.js';
import { GEN, K, T, THREAD, WELL_KNOWN_NAMES, BUILTIN_TYPE_NAMES } from '../objects/core.js';
import { dictDelete, dictEntries } from '../objects/dict.js';
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
  setAfterMark((isLive) => {
    if (!K.sideDicts) return;
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
  enabled: true,
  /**
   * Collections may run at all: set by the scheduler of a program on one
   * worker; false in pool workers and while more than one worker runs (no
   * safepoint protocol across workers yet).
   */
  allowed: false,
  stress: false,
  /** Words after which the next collection is wanted. */
  trigger: MIN_TRIGGER_WORDS,
  collections: 0,
  /** Objects found unreachable by the collections gc.collect() asked for (only those count them). */
  collected: 0,
  freedWords: 0,
  /** The most live words (above the boot top) any collection found. */
  maxLiveWords: 0,
  pauses: [] as number[],
  peakHeapWords: 0,
  /** Threads whose gc.collect() asked for a collection; then the result each will return. */
  requested: new Set<number>(),
  results: new Map<number, number>(),
  /** Python-visible thresholds (gc.set_threshold): kept, reported, not used (see gc/README.md). */
  thresholds: [700, 10, 10],
};

/** Is a collection due at the next safepoint? */
export function collectionWanted(): boolean {
  if (!gcState.allowed) return false;
  return gcState.requested.size !== 0 || gcState.stress || (gcState.enabled && wordsAllocatedSinceCollection() > gcState.trigger);
}

/** Collects now (at a safepoint); returns the collection's figures. */
export function collectNow(): Collection {
  installCollector();
  gcState.peakHeapWords = Math.max(gcState.peakHeapWords, heapTop());
  // Counting the dead objects walks them: only when gc.collect() will return the count.
  const c = collect(gcState.requested.size !== 0);
  gcState.collections++;
  gcState.collected += c.unreachable;
  gcState.freedWords += c.freedWords;
  gcState.maxLiveWords = Math.max(gcState.maxLiveWords, c.liveWords);
  gcState.pauses.push(c.pauseMs);
  gcState.trigger = Math.max(MIN_TRIGGER_WORDS, c.liveWords * LIVE_FACTOR);
  for (const t of gcState.requested) gcState.results.set(t, c.unreachable);
  gcState.requested.clear();
  return c;
}

/** `--stats` lines: collections, pauses (max, p99), peak heap. */
export function collectionSummary(): string {
  const p = [...gcState.pauses].sort((a, b) => a - b);
  const peak = Math.max(gcState.peakHeapWords, heapTop()) * 4 / 1048576;
  if (p.length === 0) return `gc: no collection; peak heap ${peak.toFixed(1)} MiB\n`;
  const p99 = p[Math.min(p.length - 1, Math.floor(p.length * 0.99))]!;
  return `gc: ${p.length} collection${p.length === 1 ? '' : 's'}, ${(gcState.freedWords * 4 / 1048576).toFixed(0)} MiB freed, ` +
    `pause max ${p[p.length - 1]!.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms; peak heap ${peak.toFixed(1)} MiB ` +
    `(bootstrap ${(bootTop() * 4 / 1048576).toFixed(1)} MiB), live data at most ${(gcState.maxLiveWords * 4 / 1048576).toFixed(1)} MiB above it\n`;
}
