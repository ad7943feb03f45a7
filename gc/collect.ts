/**
 * The collector: stop-the-world, non-moving mark-sweep of the shared heap,
 * run only at a safepoint (gc/README.md, "Collection").
 *
 * Model:
 * - Objects below the boot top (`bootTop()`: everything bootstrap made) are
 *   immortal: JavaScript tables (T, K, natives) refer to them freely. They
 *   are not marked, but every one of them is scanned at each collection,
 *   since they change later to point at new objects (sys.modules, type
 *   dicts, the interned-string table, the scheduler).
 * - Marking starts from them and from the `root providers` (JS-held values
 *   the runtime registers), with an explicit stack and a side table of one
 *   mark byte per two words (objects start on even words). A value field is
 *   0, a tagged int (odd) or an object start; fields come from the layout
 *   table, except for layouts with a `scanner` (frames: threads' frame
 *   stacks and generators, whose live extent only the frame records tell).
 *   Marking an object also sets a *coverage* bit for each of its granules.
 * - Marking is parallel: the pool's workers, stopped at the safepoint, help
 *   (`helpMark`), sharing work through a pool in the mark tables, which are
 *   one SharedArrayBuffer per heap (`markTables`; see "Parallel marking").
 * - Sweep scans the coverage bitmap above the boot top: each run of
 *   uncovered words (dead objects, fillers, never-written words) becomes one
 *   filler; runs of at least MIN_FREE_RUN words go to the allocator's free
 *   list (`setFreeRuns`), smaller ones stay as fillers (counted as
 *   fragmentation); the run after the last live object gives its words back
 *   to the allocation top. Dead objects are counted (a walk of the runs)
 *   only when the caller asks.
 * - After a collection every per-worker cache keyed by heap addresses is
 *   flushed (`onCollection`): a freed address may hold another object next.
 *
 * Safepoint contract (the caller's): no transaction is running, no
 * interpreter loop is on the JS stack, every thread's state is saved in the
 * heap, and no other worker runs but to help mark (collections happen
 * only on one worker).
 */
import { bootTop, fillWords, heapBuffer, heapSizeWords, heapTop, load, objectWords, restartAllocationCount, setFreeRuns, setHeapTop, store, TYPE_LAYOUT_FIELD, HEAP_BASE, wordView } from './heap.js';
import { fillerWord, HEADER_WORDS, L, LAYOUTS, sizeInWords, tailStart, type Layout } from './layout.js';

/** Marks a value: 0, tagged ints and immortal (boot) objects are ignored. */
export type Visit = (value: number) => void;

/** Free runs shorter than this stay as fillers (not worth a list entry). */
export const MIN_FREE_RUN = 64;

const scanners: Array<((obj: number, visit: Visit) => void) | undefined> = [];
const rootProviders: Array<(visit: Visit) => void> = [];
const minorRoots: Array<(scan: (obj: number) => void) => void> = [];
const flushers: Array<() => void> = [];
let afterMark: (isLive: (obj: number) => boolean, keepAlive: (obj: number) => void) => void = () => {};

/** Declares how to find the values of objects of layout `layoutId` (instead of the layout table's fields). */
export function setScanner(layoutId: number, scan: (obj: number, visit: Visit) => void): void {
  scanners[layoutId] = scan;
}

/** Registers JS-held values that must stay alive (called at each collection). */
export function addRootProvider(provide: (visit: Visit) => void): void {
  rootProviders.push(provide);
}

/**
 * Sets what runs between mark and sweep, given the liveness test and a way
 * to keep an unmarked object (and all it reaches) alive: weak tables drop
 * their dead entries there, and objects with finalizers are resurrected.
 * It must not allocate (the sweep has not run).
 */
export function setAfterMark(f: (isLive: (obj: number) => boolean, keepAlive: (obj: number) => void) => void): void {
  afterMark = f;
}

/**
 * Registers old objects that a minor collection must scan although not
 * remembered: ones the runtime changes without the write barrier (threads,
 * whose frames and scheduler fields it writes directly).
 */
export function addMinorRoots(provide: (scan: (obj: number) => void) => void): void {
  minorRoots.push(provide);
}

/** Registers a per-worker cache flush, run after each collection (`flushCaches`). */
export function onCollection(flush: () => void): void {
  flushers.push(flush);
}

/** Runs the flushes: the collecting worker does at the end of `collect`, every other worker after the pause. */
export function flushCaches(): void {
  for (const flush of flushers) flush();
}

export interface Collection {
  /** Objects found unreachable (and freed); counted only when `collect` was asked to. */
  unreachable: number;
  /** Words of reachable objects above the boot top, after the collection. */
  liveWords: number;
  /** Words given to the free list or back to the allocation top. */
  freedWords: number;
  /** Words left in free runs too short to reuse (fragmentation). */
  smallRunWords: number;
  pauseMs: number;
  /** Workers that marked (the collector and its helpers). */
  markers: number;
  /** A full collection (else a minor one). */
  full: boolean;
  /** False for a slice of a collection that goes on at the next call (its figures other than the pause are 0). */
  finished: boolean;
}

// ---------------------------------------------------------------------------
// The mark tables, shared by the workers (one SharedArrayBuffer per heap)

/**
 * One byte per granule (2 words) of the heap, for the object starting there:
 * 0 for an object allocated since the last collection (young) or no object;
 * else the epoch (1..254) of the last collection that marked it (old); or
 * REMEMBERED for an old object written since the last collection (the
 * write barrier, `rememberWrite`). Bytes, not bits: workers marking in
 * parallel store them plainly (a bit would need an Atomics read-modify-write
 * per object). An object counts as marked when its byte is at least the
 * collection's `threshold`: the new epoch in a full collection (older bytes
 * mean "not marked", so no collection clears the table), 1 in a minor one
 * (old objects stay marked: sticky marks). Each full sweep zeroes the bytes
 * of the dead; a wrap of the epoch renumbers the live ones.
 */
let marks: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
/** The mark byte of an old object written since the last collection. */
const REMEMBERED = 255;
/** Bytes at or above it are marked in the current (or last) collection. */
let threshold = 1;
/**
 * Coverage: one bit per granule, set for every granule of each live object
 * while marking; the sweep frees the runs of zeros. Each marker has its own
 * bitmap (plain read-modify-writes, no race); the collector ORs the
 * helpers' into its own before the sweep. `covered` is this worker's.
 */
let covered: Uint32Array<ArrayBufferLike> = new Uint32Array(0);
let coverage: Uint32Array<ArrayBufferLike> = new Uint32Array(0);
/** Words per marker's coverage bitmap. */
let bitmapWords = 0;
/** The control words and the work pool of parallel marking (see `markTables`). */
let ctl: Int32Array<ArrayBufferLike> = new Int32Array(0);
let tables: SharedArrayBuffer | null = null;
let tablesFor: SharedArrayBuffer | null = null;
let epoch = 0;
/** The highest heap top any collection of these tables saw: the bytes to clear when the epoch wraps. */
let maxTop = 0;

// Control words (Int32 indices into `ctl`) and the pool after them.
const C_LOCK = 0;
/** `collection << 2 | state` (MarkState) of the current collection's marking. */
const C_STATE = 1;
/** Workers marking, and those of them idle (their own stack empty, waiting for the pool). */
const C_WORKERS = 2;
const C_IDLE = 3;
/** Entries in the pool. */
const C_COUNT = 4;
/** The epoch and the boot top of the current collection, for the helpers. */
const C_EPOCH = 5;
const C_BOOT = 6;
const C_TOP = 7;
const C_THRESHOLD = 8;
/** Objects in the remembered log (more than REMEMBERED_CAP: it overflowed, and the mark table is searched instead). */
const C_REMEMBERED = 9;
/** Helpers that left a stopped slice, their work given back to the pool. */
const C_LEFT = 10;
/** Workers marking at once, at most (each has a coverage bitmap). */
const MAX_MARKERS = 8;
const POOL = 16;
/** Pool entries (objects to scan) any worker may take. */
const POOL_CAP = 1 << 21;
/** The remembered log: old objects the write barrier saw written since the last collection, after the pool. */
const REMEMBERED_AT = POOL + POOL_CAP;
const REMEMBERED_CAP = 1 << 20;
const CONTROL_WORDS = REMEMBERED_AT + REMEMBERED_CAP;
/** STOPPING: the collector's time is up (a slice of a collection): helpers give their stacks back to the pool and leave. */
const enum MarkState { IDLE, MARKING, DONE, STOPPING }

/**
 * The shared tables for the current heap (created on first use): workers
 * other than the collecting one attach them (`attachMarkTables`) to help
 * (`helpMark`). The marks take heapWords / 2 bytes, the coverage bitmaps
 * heapWords / 64 words each: address space the OS commits only as the
 * heap's top reaches it.
 */
export function markTables(): SharedArrayBuffer {
  const heap = heapBuffer();
  if (tables === null || tablesFor !== heap) {
    const granules = Math.ceil(heapSizeWords() / 2 / 128) * 128;
    attachMarkTables(new SharedArrayBuffer(CONTROL_WORDS * 4 + granules + MAX_MARKERS * (granules / 8)));
  }
  return tables!;
}

/** Maps the mark tables another worker made (`markTables`) into this one. */
export function attachMarkTables(sab: SharedArrayBuffer): void {
  const granules = (sab.byteLength - CONTROL_WORDS * 4) / (1 + MAX_MARKERS / 8);
  tables = sab;
  tablesFor = heapBuffer();
  ctl = new Int32Array(sab, 0, CONTROL_WORDS);
  marks = new Uint8Array(sab, CONTROL_WORDS * 4, granules);
  bitmapWords = granules / 32;
  coverage = new Uint32Array(sab, CONTROL_WORDS * 4 + granules, MAX_MARKERS * bitmapWords);
  epoch = maxTop = 0;
}

/**
 * The write barrier of the generational scheme: call it before storing a
 * reference into `obj` (stm/access.ts's write forms do, for every mutable
 * object, and it is small enough for V8 to inline into the interpreter's
 * loop; a few runtime stores outside them call it directly). An old object
 * is logged once per collection cycle; a young one costs the byte test.
 */
export function rememberWrite(obj: number): void {
  const m = marks[obj >>> 1]!;
  if (m > 0 && m < REMEMBERED) remember(obj);
}

/** Logs the old object `obj` as written (its byte becomes REMEMBERED). */
function remember(obj: number): void {
  marks[obj >>> 1] = REMEMBERED;
  const i = Atomics.add(ctl, C_REMEMBERED, 1);
  if (i < rememberedLimit) ctl[REMEMBERED_AT + i] = obj;
}

/** Entries the remembered log takes before it counts as overflowed (REMEMBERED_CAP; lower only to test the search). */
let rememberedLimit = REMEMBERED_CAP;

/** Sets the remembered log's limit (at most REMEMBERED_CAP), for tests of the overflow path; returns the old one. */
export function setRememberedLimit(n: number): number {
  const old = rememberedLimit;
  rememberedLimit = Math.max(0, Math.min(n, REMEMBERED_CAP));
  return old;
}

/** Makes marker `index`'s coverage bitmap this worker's, cleared up to the heap top `top` unless `keep`. */
function useBitmap(index: number, top: number, keep = false): void {
  covered = coverage.subarray(index * bitmapWords, (index + 1) * bitmapWords);
  if (!keep) covered.fill(0, 0, Math.min((top >>> 6) + 1, bitmapWords));
}

/**
 * The local mark stack: entries [lo, sp) are queued objects; pops take the
 * top, sharing gives away the bottom (the oldest, widest part of the walk).
 */
let stack = new Int32Array(1 << 16);
let sp = 0;
let lo = 0;
let boot = 0;
/** Whether this worker's drain shares work through the pool (parallel marking in progress). */
let sharing = false;
/** Whether this worker marks as a helper (`helpMark`), not as the collector. */
let helper = false;

function isMarked(obj: number): boolean {
  return marks[obj >>> 1]! >= threshold;
}

/** Marks `v` and queues it for scanning, unless it is not an object, immortal, or marked already. */
function markRef(v: number): void {
  if (verifying) checkValue(v);
  if (v === 0 || v & 1 || v < boot) return;
  const g = v >>> 1;
  if (marks[g]! >= threshold) return;
  marks[g] = epoch;
  if (sp === stack.length) growStack(1);
  stack[sp++] = v;
}

/** Makes room for `more` entries above `sp` (the live part [lo, sp) moves to the start). */
function growStack(more: number): void {
  const n = sp - lo;
  const bigger = stack.length - n >= more + (stack.length >> 2) ? stack : new Int32Array(Math.max(stack.length * 2, n + more));
  bigger.set(stack.subarray(lo, sp));
  stack = bigger;
  lo = 0;
  sp = n;
}

const visit: Visit = markRef;

/**
 * With PYSTM_GC_VERIFY=1 every value marked is checked to look like an
 * object start (its type word refers to a type object), and a bad one is
 * reported with the object it was found in: a missing or wrong scanner
 * shows at once instead of as a corrupted heap later.
 */
const verifying = typeof process !== 'undefined' && process.env.PYSTM_GC_VERIFY === '1';
const timing = typeof process !== 'undefined' && process.env.PYSTM_GC_TIMING === '1';
let scanning = 0;
let heapEnd = 0;

/** Verify mode frees nothing: it remembers what the last collection found dead, and reports any of it found live. */
let lastDead = new Set<number>();

function checkValue(v: number): void {
  if (v === 0 || v & 1 || v < boot) return;
  if (lastDead.has(v)) throw new Error(`gc verify: object ${v} (${describe(v)}) found dead by the last collection is reachable again, from ${describe(scanning)}`);
  const t = v < heapEnd ? load(v) : -1;
  const ok = t > 0 && (t & 1) === 0 && t < heapEnd && LAYOUTS[load(t + TYPE_LAYOUT_FIELD)] !== undefined &&
    load(load(t) + TYPE_LAYOUT_FIELD) === L.TYPE;
  if (!ok) throw new Error(`gc verify: value ${v} (type word ${t}) found in ${describe(scanning)}`);
}

/** An object for verify mode's reports: its address, layout and first words. */
function describe(obj: number): string {
  const t = load(obj);
  const layout = t > 0 && (t & 1) === 0 ? LAYOUTS[load(t + TYPE_LAYOUT_FIELD)]?.name : '?';
  const words = Array.from({ length: 8 }, (_, i) => load(obj + i)).join(' ');
  return `object ${obj} (layout ${layout}; words ${words}; boot top ${boot})`;
}

/** Sets the coverage bits of a live object's granules [obj, obj + words). */
function cover(obj: number, words: number): void {
  const g0 = obj >>> 1, g1 = (obj + words) >>> 1;
  let w = g0 >>> 5;
  const wEnd = (g1 - 1) >>> 5;
  const head = -1 << (g0 & 31);
  if (w === wEnd) {
    covered[w]! |= head & (-1 >>> (31 - ((g1 - 1) & 31)));
    return;
  }
  covered[w]! |= head;
  while (++w < wEnd) covered[w] = -1 >>> 0;
  covered[wEnd]! |= -1 >>> (31 - ((g1 - 1) & 31));
}

/**
 * Per layout id, what scanning needs without reading the layout objects
 * (the mark loop's hottest path): the count of fixed value fields, where
 * the tail's length is (0: no tail), the tail's first word, its words per
 * element when they are all values (1), some are (the stride, with
 * TAIL_MASKS), or none (0), and the fixed size of tail-less layouts.
 */
const FIXED_REFS = new Int32Array(LAYOUTS.length);
const LENGTH_AT = new Int32Array(LAYOUTS.length);
const TAIL_AT = new Int32Array(LAYOUTS.length);
const TAIL_VALUES = new Int32Array(LAYOUTS.length);
const TAIL_MASKS = new Int32Array(LAYOUTS.length);
const FIXED_SIZE = new Int32Array(LAYOUTS.length);
/**
 * A tailed object's size in words is `(TAIL_AT + ((n * TAIL_MUL + TAIL_ADD) >> TAIL_SHIFT) + 1) & ~1`
 * for n tail elements.
 */
const TAIL_MUL = new Int32Array(LAYOUTS.length);
const TAIL_ADD = new Int32Array(LAYOUTS.length);
const TAIL_SHIFT = new Int32Array(LAYOUTS.length);
LAYOUTS.forEach((l: Layout, id: number) => {
  FIXED_REFS[id] = l.refs;
  LENGTH_AT[id] = l.tail === 'none' ? 0 : HEADER_WORDS + l.refs + l.lengthRaw;
  TAIL_AT[id] = tailStart(l);
  TAIL_VALUES[id] = l.tail !== 'words' || l.refMask === 0 ? 0 : l.stride === 1 ? 1 : l.stride;
  TAIL_MASKS[id] = l.refMask;
  FIXED_SIZE[id] = l.tail === 'none' ? sizeInWords(l, 0) : 0;
  const [mul, add, shift] = l.tail === 'words' ? [l.stride, 0, 0] : l.tail === 'u8' ? [1, 3, 2] : l.tail === 'u16' ? [1, 1, 1] : l.tail === 'f64' ? [2, 0, 0] : [0, 0, 0];
  TAIL_MUL[id] = mul;
  TAIL_ADD[id] = add;
  TAIL_SHIFT[id] = shift;
});

/** The size in words of an object of layout `id` with `n` tail elements: layout.ts `sizeInWords` from the tables above. */
export function markSize(id: number, n: number): number {
  return LENGTH_AT[id] === 0 ? FIXED_SIZE[id]! : (TAIL_AT[id]! + ((n * TAIL_MUL[id]! + TAIL_ADD[id]!) >> TAIL_SHIFT[id]!) + 1) & ~1;
}

/** Marks every value of the object at `obj`, and covers it. */
function scanObject(obj: number): void {
  scanning = obj;
  if (obj >= boot) {
    const id = load(load(obj) + TYPE_LAYOUT_FIELD);
    cover(obj, markSize(id, LENGTH_AT[id] === 0 ? 0 : load(obj + LENGTH_AT[id]!)));
  }
  forEachValue(obj, visit);
}

/** Calls `f` with each value of the object at `obj` (its type first). */
function forEachValue(obj: number, f: Visit): void {
  const type = load(obj);
  f(type);
  const id = load(type + TYPE_LAYOUT_FIELD);
  const scanner = scanners[id];
  if (scanner) {
    scanner(obj, f);
    return;
  }
  const refsEnd = obj + HEADER_WORDS + FIXED_REFS[id]!;
  for (let a = obj + HEADER_WORDS; a < refsEnd; a++) f(load(a));
  const stride = TAIL_VALUES[id]!;
  if (stride === 0) return;
  const n = load(obj + LENGTH_AT[id]!);
  const base = obj + TAIL_AT[id]!;
  if (stride === 1) {
    for (let a = base, end = base + n; a < end; a++) f(load(a));
    return;
  }
  const mask = TAIL_MASKS[id]!;
  for (let e = base, end = base + n * stride; e < end; e += stride) {
    for (let k = 0; k < stride; k++) if ((mask >> k) & 1) f(load(e + k));
  }
}

// ---------------------------------------------------------------------------
// Parallel marking: the collecting worker and helpers share a pool of work
//
// The collector marks with every worker that waits at the safepoint (the
// scheduler calls `helpMark` there). Each worker walks from its own stack;
// marks are bytes stored plainly, so two workers may both scan an object
// they met at the same moment (harmless: marking is idempotent). A worker
// with work to spare while the pool runs low moves the bottom half of its
// stack (up to SHARE_MAX entries) to the pool; one whose stack is empty
// takes up to TAKE entries, or counts itself idle and waits. Marking is done
// when every worker is idle and the pool is empty (checked under the pool's
// lock, which also orders every worker's mark and coverage bytes before the
// collector's sweep).

/** Objects scanned between two looks at the pool. */
const SHARE_EVERY = 64;
/** The pool counts as running low below this many entries. */
const SHARE_LOW = 1024;
const SHARE_MAX = 4096;
const TAKE = 512;
/** Collections numbered for C_STATE, so a late helper cannot join the next one's marking as if it were this one's. */
let collectionId = 0;

function lockPool(): void {
  while (Atomics.compareExchange(ctl, C_LOCK, 0, 1) !== 0) {
    // Held only for a copy of at most SHARE_MAX entries.
  }
}

function unlockPool(): void {
  Atomics.store(ctl, C_LOCK, 0);
}

/** The collector opens this collection's marking to helpers (unless verifying: then it marks alone). */
function startSharing(): void {
  Atomics.store(ctl, C_WORKERS, 1);
  Atomics.store(ctl, C_IDLE, 0);
  Atomics.store(ctl, C_LEFT, 0);
  sharing = !verifying;
  if (!sharing) return;
  collectionId = (collectionId + 1) & 0xfffffff;
  Atomics.store(ctl, C_EPOCH, epoch);
  Atomics.store(ctl, C_THRESHOLD, threshold);
  Atomics.store(ctl, C_BOOT, boot);
  Atomics.store(ctl, C_TOP, heapEnd);
  Atomics.store(ctl, C_STATE, (collectionId << 2) | MarkState.MARKING);
  Atomics.notify(ctl, C_STATE);
}

/** Moves the bottom of the local stack to the pool (it is running low). */
function share(): void {
  lockPool();
  const count = ctl[C_COUNT]!;
  const k = Math.min((sp - lo) >> 1, SHARE_MAX, POOL_CAP - count);
  if (k > 0) {
    ctl.set(stack.subarray(lo, lo + k), POOL + count);
    lo += k;
    Atomics.store(ctl, C_COUNT, count + k);
  }
  const idle = ctl[C_IDLE]!;
  unlockPool();
  if (k > 0 && idle > 0) Atomics.notify(ctl, C_COUNT);
}

/**
 * Refills the empty local stack from the pool; if the pool is empty, waits
 * idle until it is not, or until every worker is idle (marking is done:
 * returns false).
 */
function takeWork(): boolean {
  let idle = false;
  for (;;) {
    lockPool();
    const count = ctl[C_COUNT]!;
    if (count > 0) {
      const k = Math.min(count, TAKE);
      if (stack.length < k) stack = new Int32Array(Math.max(k, stack.length * 2));
      stack.set(ctl.subarray(POOL + count - k, POOL + count), 0);
      lo = 0;
      sp = k;
      Atomics.store(ctl, C_COUNT, count - k);
      if (idle) Atomics.sub(ctl, C_IDLE, 1);
      unlockPool();
      return true;
    }
    if (!idle) {
      idle = true;
      if (Atomics.add(ctl, C_IDLE, 1) + 1 === ctl[C_WORKERS]) {
        Atomics.store(ctl, C_STATE, (collectionId << 2) | MarkState.DONE);
        unlockPool();
        Atomics.notify(ctl, C_COUNT);
        return false;
      }
    }
    unlockPool();
    for (let spin = 0; ; spin++) {
      const state = Atomics.load(ctl, C_STATE) & 3;
      if (state === MarkState.DONE) return false;
      if (state === MarkState.STOPPING) {
        leave();
        return false;
      }
      if (Atomics.load(ctl, C_COUNT) > 0) break;
      if (spin > 2000) Atomics.wait(ctl, C_COUNT, 0, 0.2);
    }
  }
}

/** A helper leaves a stopping slice: its stack goes back to the pool (the caller made sure it fits). */
function leave(): void {
  lockPool();
  const count = ctl[C_COUNT]!;
  ctl.set(stack.subarray(lo, sp), POOL + count);
  Atomics.store(ctl, C_COUNT, count + sp - lo);
  unlockPool();
  sp = lo = 0;
  Atomics.add(ctl, C_LEFT, 1);
  Atomics.notify(ctl, C_LEFT);
}

/** The collector stops a slice at its deadline: no helper joins any more, and those marking give their work back. */
function stopSlice(): void {
  lockPool();
  Atomics.store(ctl, C_STATE, (collectionId << 2) | MarkState.STOPPING);
  const helpers = ctl[C_WORKERS]! - 1;
  unlockPool();
  Atomics.notify(ctl, C_COUNT);
  for (let left = Atomics.load(ctl, C_LEFT); left < helpers; left = Atomics.load(ctl, C_LEFT)) Atomics.wait(ctl, C_LEFT, left, 1);
}

/** When the collector's marking must stop (a slice's budget), in performance.now() time; Infinity: never. */
let deadline = Infinity;

/**
 * The mark loop: scans queued objects until the local stack is empty and,
 * while sharing, until marking is done; returns true then. The work of
 * `scanObject` for each, with the tables in locals and each value's
 * marking inline. Returns false when a slice stopped it (`deadline` for
 * the collector, STOPPING for a helper): what is left stays queued, on
 * the collector's stack and in the pool.
 */
function drain(): boolean {
  if (verifying) {
    while (sp > lo) scanObject(stack[--sp]!);
    return true;
  }
  const h = wordView(0, heapEnd), m = marks, b = boot, e = epoch, t = threshold, helping = sharing && helper;
  for (;;) {
    let st = stack, n = sp, since = 0;
    while (n > lo) {
      if (++since === SHARE_EVERY) {
        since = 0;
        if (sharing && ctl[C_WORKERS]! > 1 && ((n - lo >= 64 && ctl[C_COUNT]! < SHARE_LOW) || (n - lo >= 2 && ctl[C_IDLE]! > 0))) {
          sp = n;
          share();
        }
        if (helping) {
          // A helper leaves a stopping slice once its stack fits in the pool (else it marks on, to shrink it).
          if ((Atomics.load(ctl, C_STATE) & 3) === MarkState.STOPPING && n - lo <= POOL_CAP - Atomics.load(ctl, C_COUNT)) {
            sp = n;
            leave();
            return false;
          }
        } else if (deadline !== Infinity && performance.now() > deadline) {
          sp = n;
          if (sharing) stopSlice();
          return false;
        }
      }
      const obj = st[--n]!;
      const type = h[obj]!;
      const id = h[type + TYPE_LAYOUT_FIELD]!;
      const lengthAt = LENGTH_AT[id]!;
      const len = lengthAt === 0 ? 0 : h[obj + lengthAt]!;
      if (obj >= b) cover(obj, markSize(id, len));
      const stride = TAIL_VALUES[id]!;
      // Room for every value this object can queue: its type, its fixed refs, its tail's words.
      const most = 1 + FIXED_REFS[id]! + (stride === 0 ? 0 : len * stride);
      if (n + most > st.length) {
        sp = n;
        growStack(most);
        st = stack;
        n = sp;
      }
      if (type >= b && m[type >>> 1]! < t) {
        m[type >>> 1] = e;
        st[n++] = type;
      }
      const scanner = scanners[id];
      if (scanner !== undefined) {
        sp = n;
        scanner(obj, visit);
        st = stack;
        n = sp;
        continue;
      }
      for (let a = obj + HEADER_WORDS, end = a + FIXED_REFS[id]!; a < end; a++) {
        const v = h[a]!;
        if ((v & 1) === 0 && v >= b && m[v >>> 1]! < t) {
          m[v >>> 1] = e;
          st[n++] = v;
        }
      }
      if (stride === 0) continue;
      if (stride === 1) {
        for (let a = obj + TAIL_AT[id]!, end = a + len; a < end; a++) {
          const v = h[a]!;
          if ((v & 1) === 0 && v >= b && m[v >>> 1]! < t) {
            m[v >>> 1] = e;
            st[n++] = v;
          }
        }
        continue;
      }
      const mask = TAIL_MASKS[id]!;
      for (let r = obj + TAIL_AT[id]!, end = r + len * stride; r < end; r += stride) {
        for (let k = 0; k < stride; k++) {
          if (((mask >> k) & 1) === 0) continue;
          const v = h[r + k]!;
          if ((v & 1) === 0 && v >= b && m[v >>> 1]! < t) {
            m[v >>> 1] = e;
            st[n++] = v;
          }
        }
      }
    }
    sp = lo = 0;
    if (!sharing) return true;
    if (!takeWork()) return (Atomics.load(ctl, C_STATE) & 3) === MarkState.DONE;
  }
}

/** After parallel marking: the helpers' coverage bits join the collector's (the sweep reads one bitmap). */
function mergeCoverage(top: number): void {
  const markers = Math.min(ctl[C_WORKERS]!, MAX_MARKERS), words = Math.min((top >>> 6) + 1, bitmapWords);
  for (let m = 1; m < markers; m++) {
    const other = coverage.subarray(m * bitmapWords, m * bitmapWords + words);
    for (let w = 0; w < words; w++) covered[w]! |= other[w]!;
  }
}

/**
 * A worker waiting at the safepoint of a collection helps mark, if the
 * collector's marking has begun or begins while `collecting()` holds; call
 * it with the mark tables attached and the runtime's scanners registered.
 */
export function helpMark(collecting: () => boolean): void {
  if (tables === null || tablesFor !== heapBuffer()) return;
  for (;;) {
    const state = Atomics.load(ctl, C_STATE);
    if ((state & 3) === MarkState.MARKING) {
      lockPool();
      const index = ctl[C_WORKERS]!;
      const joined = Atomics.load(ctl, C_STATE) === state && index < MAX_MARKERS;
      if (joined) Atomics.store(ctl, C_WORKERS, index + 1);
      unlockPool();
      if (!joined) return;
      epoch = Atomics.load(ctl, C_EPOCH);
      threshold = Atomics.load(ctl, C_THRESHOLD);
      boot = Atomics.load(ctl, C_BOOT);
      heapEnd = Atomics.load(ctl, C_TOP);
      useBitmap(index, heapEnd);
      collectionId = state >>> 2;
      sp = lo = 0;
      sharing = helper = true;
      takeWork() && drain();
      sharing = helper = false;
      return;
    }
    if (!collecting()) return;
    Atomics.wait(ctl, C_STATE, state, 5);
  }
}

/**
 * The first granule at or after `from` (below `limit`) whose coverage bit
 * is `bit` (1: live, 0: free), or `limit`; whole words are skipped at once.
 */
function nextWith(bit: 0 | 1, from: number, limit: number): number {
  let w = from >>> 5;
  const last = (limit - 1) >>> 5;
  if (from >= limit) return limit;
  const flip = bit ? 0 : -1;
  let word = (covered[w]! ^ flip) & (-1 << (from & 31));
  while (word === 0) {
    if (++w > last) return limit;
    word = covered[w]! ^ flip;
  }
  const g = (w << 5) + 31 - Math.clz32(word & -word);
  return g < limit ? g : limit;
}

/** The size of the heap item at `p`: an object, a filler, or one never-written zero word. */
function itemWords(p: number): number {
  const w0 = load(p);
  if (w0 === 0) return 1;
  if (w0 & 1) return w0 >>> 1;
  return objectWords(p);
}

/** A collection whose marking goes on over several slices (`collect` with a budget), if any. */
const enum Cycle { NONE, MINOR, FULL }
let cycle = Cycle.NONE;

/**
 * Collects garbage. Only at a safepoint (see the module comment). A full
 * collection marks every live object; a minor one (`full` false) marks only
 * the objects allocated since the last collection, from the roots, the old
 * objects written since (the remembered log) and the `addMinorRoots`
 * objects: old objects stay marked and covered. A minor collection is made
 * full when it cannot be one (the first of these tables, verify mode).
 *
 * A collection whose marking passes `budgetMs` stops there: the result
 * says `finished: false`, and the mutators run on. Each later call
 * (whatever `full` says) is a slice of the same collection, until one ends
 * it: each slice rescans the roots and the objects written since the last
 * one (the write barrier logs any marked object written: old ones, and
 * those this collection marked), then marks on; the slice that drains
 * every queue within its budget sweeps.
 */
export function collect(countUnreachable = false, full = true, budgetMs = Infinity): Collection {
  const started = performance.now();
  const top = heapTop(); // retires this worker's allocation buffer: the heap is walkable to the top
  heapEnd = top;
  boot = bootTop();
  markTables();
  maxTop = Math.max(maxTop, top);
  const logged = ctl[C_REMEMBERED]!;
  const slice = cycle !== Cycle.NONE;
  if (slice) full = cycle === Cycle.FULL;
  else {
    full ||= verifying || epoch === 0;
    if (full) beginFull(logged);
    else threshold = 1;
    sp = lo = 0;
    Atomics.store(ctl, C_COUNT, 0);
  }
  // A minor collection adds to the coverage the last one left; each slice, to its collection's.
  useBitmap(0, top, slice || !full);
  cycle = full ? Cycle.FULL : Cycle.MINOR;
  deadline = verifying ? Infinity : started + budgetMs;
  startSharing();

  // Roots: every immortal object's fields, then the JS-held values.
  for (let p = HEAP_BASE; p < boot;) {
    const w0 = load(p);
    if (w0 !== 0 && (w0 & 1) === 0) scanObject(p);
    p += itemWords(p);
  }
  for (const provide of rootProviders) provide(visit);
  // The objects written since the last collection or slice (a full collection's first slice has none left:
  // beginFull renumbered them), and the threads, written without the barrier.
  forEachRemembered(logged, (g) => {
    marks[g] = epoch;
    queue(g << 1);
  });
  Atomics.store(ctl, C_REMEMBERED, 0);
  for (const provide of minorRoots) provide(scanOld);
  const rootsDone = performance.now();
  const drained = drain();
  sharing = false;
  const markers = ctl[C_WORKERS]!;
  mergeCoverage(top);
  deadline = Infinity;
  if (!drained) {
    restartAllocationCount();
    if (timing) console.error(`gc: ${full ? 'full' : 'minor'}, slice of ${(performance.now() - started).toFixed(1)} ms (roots ${(rootsDone - started).toFixed(1)} ms), marking goes on`);
    return { unreachable: 0, liveWords: 0, freedWords: 0, smallRunWords: 0, pauseMs: performance.now() - started, markers, full, finished: false };
  }
  cycle = Cycle.NONE;
  if (checking) checkMarked();
  afterMark(survivedLastCollection, keepAlive);
  const marked = performance.now();

  const result = sweep(top, countUnreachable || verifying, full);
  result.markers = markers;
  if (timing) console.error(`gc: ${full ? 'full' : 'minor'}, ${slice ? 'last slice, ' : ''}mark ${(marked - started).toFixed(1)} ms, sweep ${(performance.now() - marked).toFixed(1)} ms, live ${result.liveWords} words`);
  flushCaches();
  result.pauseMs = performance.now() - started;
  return result;
}

/**
 * Frees every run between live objects: live objects are found from the
 * mark and end bitmaps, so the sweep costs the bitmap scan and one filler
 * per run, not a walk of every object. Dead objects are counted (a walk of
 * the runs) only when asked (gc.collect() returns the count).
 */
function sweep(top: number, count: boolean, full: boolean): Collection {
  const starts: number[] = [], ends_: number[] = [];
  let unreachable = 0, liveWords = 0, freedWords = 0, smallRunWords = 0;
  const dead = new Set<number>();
  const limit = top >>> 1;
  /** Counts the objects in the dead run [from, to) (verify mode: remembers and clears them too). */
  const countDead = (from: number, to: number): void => {
    for (let p = from; p < to; p += itemWords(p)) {
      const w0 = load(p);
      if (w0 === 0 || w0 & 1) continue;
      unreachable++;
      if (verifying) {
        dead.add(p);
        clearValues(p);
      }
    }
  };
  const free = (from: number, to: number): void => {
    if (count) countDead(from, to);
    if (verifying) return;
    // A full collection leaves no dead object's byte: a young object allocated here must read as young.
    if (full) marks.fill(0, from >>> 1, to >>> 1);
    const n = to - from;
    if (n >= 2) storeFiller(from, n);
    if (n >= MIN_FREE_RUN) {
      starts.push(from);
      ends_.push(to);
      freedWords += n;
    } else smallRunWords += n;
  };
  let p = boot;
  for (;;) {
    const start = nextWith(1, p >>> 1, limit) << 1;
    if (start >= top) break;
    if (start > p) free(p, start);
    const end = nextWith(0, start >>> 1, limit) << 1;
    liveWords += end - start;
    p = end;
  }
  if (verifying) {
    if (p < top) free(p, top);
    lastDead = dead;
    return { unreachable, liveWords, freedWords, smallRunWords, pauseMs: 0, markers: 1, full, finished: true };
  }
  // The run after the last live object ends at the top: give it back to the allocation top instead.
  if (p < top) {
    if (count) countDead(p, top);
    freedWords += top - p;
    // Memory above the top must be zero (allocation writes only the type word).
    fillWords(p, top - p, 0);
    if (full) marks.fill(0, p >>> 1, (top >>> 1) + 1);
    setHeapTop(p);
  }
  setFreeRuns(starts, ends_);
  return { unreachable, liveWords, freedWords, smallRunWords, pauseMs: 0, markers: 1, full, finished: true };
}

/** Verify mode: a dead object's values become 0, so that a use after its death fails fast (see checkValue). */
function clearValues(obj: number): void {
  const layout = LAYOUTS[load(load(obj) + TYPE_LAYOUT_FIELD)]!;
  for (let i = 0; i < layout.refs; i++) store(obj + HEADER_WORDS + i, 0);
  if (layout.tail !== 'words' || layout.refMask === 0) return;
  const n = load(obj + HEADER_WORDS + layout.refs + layout.lengthRaw);
  const base = obj + tailStart(layout);
  for (let e = 0; e < n; e++) {
    for (let k = 0; k < layout.stride; k++) if ((layout.refMask >> k) & 1) store(base + e * layout.stride + k, 0);
  }
}

function storeFiller(at: number, words: number): void {
  // A filler word is odd: no type ref can be mistaken for one.
  store(at, fillerWord(words));
}

/** Between mark and sweep: marks `obj` and everything it reaches. */
function keepAlive(obj: number): void {
  markRef(obj);
  drain();
}

/** The epoch of the last full collection (1..254), for tests of its wrap. */
export function markEpoch(): number {
  return epoch;
}

/** Is `obj` (above the boot top) marked in the last collection? For tests. */
export function survivedLastCollection(obj: number): boolean {
  return obj < boot || isMarked(obj);
}

/**
 * Starts a full collection's marking: a new epoch above every byte in the
 * table. The remembered objects' bytes go back to an old epoch first (all
 * live bytes are renumbered to 1 when the epoch would pass 254, or when the
 * log overflowed and does not list them all).
 */
function beginFull(logged: number): void {
  if (epoch === REMEMBERED - 1) {
    // Full sweeps zero the bytes of the dead: every nonzero byte is a live object's.
    for (let g = 0, end = Math.min((maxTop >>> 1) + 1, marks.length); g < end; g++) if (marks[g] !== 0) marks[g] = 1;
    epoch = 1;
  } else forEachRemembered(logged, (g) => { marks[g] = 1; });
  threshold = ++epoch;
}

/**
 * Calls `f` with the granule of each object the write barrier remembered
 * (its byte REMEMBERED): from the log, or, if it overflowed, from a search
 * of the mark table.
 */
function forEachRemembered(logged: number, f: (granule: number) => void): void {
  if (logged <= rememberedLimit) {
    for (let i = 0; i < logged; i++) {
      const g = ctl[REMEMBERED_AT + i]! >>> 1;
      if (marks[g] === REMEMBERED) f(g); // else logged twice
    }
    return;
  }
  for (let g = 0, end = Math.min((maxTop >>> 1) + 1, marks.length); g < end; g++) if (marks[g] === REMEMBERED) f(g);
}

/**
 * The scan of an object a collection must rescan (`addMinorRoots`) if it is
 * marked already (old, in a minor collection; scanned by an earlier slice,
 * in a full one); else it is only marked.
 */
function scanOld(obj: number): void {
  if (obj < boot) return;
  if (marks[obj >>> 1]! < threshold) markRef(obj);
  else queue(obj);
}

/** Queues `obj` (marked) for scanning by the mark loop, which counts its time against a slice's budget. */
function queue(obj: number): void {
  if (sp === stack.length) growStack(1);
  stack[sp++] = obj;
}

/**
 * PYSTM_GC_CHECK=1: once a minor collection's or a full one's marking is
 * done, a full trace from the roots must find every reachable object
 * marked; one that is not was stored into an old (or, between slices, an
 * already scanned) object without the write barrier.
 */
const checking = typeof process !== 'undefined' && process.env.PYSTM_GC_CHECK === '1';

function checkMarked(): void {
  const seen = new Uint8Array(marks.length);
  const todo: number[] = [];
  const parents = new Map<number, number>();
  let parent = 0;
  const reach: Visit = (v) => {
    if (v === 0 || v & 1 || v < boot || seen[v >>> 1]) return;
    seen[v >>> 1] = 1;
    parents.set(v, parent);
    if (marks[v >>> 1]! < threshold) {
      const path: string[] = [];
      for (let p = parent; p !== 0 && path.length < 8; p = parents.get(p) ?? 0) {
        path.push(p < boot ? `boot ${describe(p)}` : `${describe(p)} (mark byte ${marks[p >>> 1]})`);
      }
      throw new Error(`gc check: marking (threshold ${threshold}) missed ${describe(v)}, reachable from ${path.join(', from ') || 'a root'}`);
    }
    todo.push(v);
  };
  for (let p = HEAP_BASE; p < boot; p += itemWords(p)) {
    const w0 = load(p);
    if (w0 === 0 || w0 & 1) continue;
    parent = p;
    forEachValue(p, reach);
  }
  parent = 0;
  for (const provide of rootProviders) provide(reach);
  while (todo.length > 0) {
    parent = todo.pop()!;
    forEachValue(parent, reach);
  }
}
