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
 *   the runtime registers), with an explicit stack and a side bitmap of one
 *   bit per two words (objects start on even words). A value field is 0, a
 *   tagged int (odd) or an object start; fields come from the layout table,
 *   except for layouts with a `scanner` (frames: threads' frame stacks and
 *   generators, whose live extent only the frame records tell). Marking an
 *   object also sets a *coverage* bit for each of its granules.
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
 * heap, and no other worker runs (collections happen only on one worker).
 */
import { bootTop, fillWords, heapTop, load, objectWords, setFreeRuns, setHeapTop, store, TYPE_LAYOUT_FIELD, HEAP_BASE } from './heap.js';
import { fillerWord, HEADER_WORDS, L, LAYOUTS, sizeInWords, tailStart, type Layout } from './layout.js';

/** Marks a value: 0, tagged ints and immortal (boot) objects are ignored. */
export type Visit = (value: number) => void;

/** Free runs shorter than this stay as fillers (not worth a list entry). */
export const MIN_FREE_RUN = 64;

const scanners: Array<((obj: number, visit: Visit) => void) | undefined> = [];
const rootProviders: Array<(visit: Visit) => void> = [];
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
}

let marks = new Uint32Array(0);
/** One bit per granule: every granule of each live object (set while marking); the sweep frees the zero runs. */
let covered = new Uint32Array(0);
let stack = new Int32Array(1 << 16);
let sp = 0;
let boot = 0;

function isMarked(obj: number): boolean {
  const g = obj >>> 1;
  return (marks[g >>> 5]! & (1 << (g & 31))) !== 0;
}

/** Marks `v` and queues it for scanning, unless it is not an object, immortal, or marked already. */
function markRef(v: number): void {
  if (verifying) checkValue(v);
  if (v === 0 || v & 1 || v < boot) return;
  const g = v >>> 1;
  const w = g >>> 5, bit = 1 << (g & 31);
  if (marks[w]! & bit) return;
  marks[w]! |= bit;
  if (sp === stack.length) {
    const bigger = new Int32Array(stack.length * 2);
    bigger.set(stack);
    stack = bigger;
  }
  stack[sp++] = v;
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
LAYOUTS.forEach((l: Layout, id: number) => {
  FIXED_REFS[id] = l.refs;
  LENGTH_AT[id] = l.tail === 'none' ? 0 : HEADER_WORDS + l.refs + l.lengthRaw;
  TAIL_AT[id] = tailStart(l);
  TAIL_VALUES[id] = l.tail !== 'words' || l.refMask === 0 ? 0 : l.stride === 1 ? 1 : l.stride;
  TAIL_MASKS[id] = l.refMask;
  FIXED_SIZE[id] = l.tail === 'none' ? sizeInWords(l, 0) : 0;
});

/** Visits every value of the object at `obj`, and records its end. */
function scanObject(obj: number): void {
  scanning = obj;
  const type = load(obj);
  markRef(type);
  const id = load(type + TYPE_LAYOUT_FIELD);
  const lengthAt = LENGTH_AT[id]!;
  const n = lengthAt === 0 ? 0 : load(obj + lengthAt);
  if (obj >= boot) cover(obj, lengthAt === 0 ? FIXED_SIZE[id]! : sizeInWords(LAYOUTS[id]!, n));
  const scanner = scanners[id];
  if (scanner) {
    scanner(obj, visit);
    return;
  }
  const refsEnd = obj + HEADER_WORDS + FIXED_REFS[id]!;
  for (let a = obj + HEADER_WORDS; a < refsEnd; a++) markRef(load(a));
  const stride = TAIL_VALUES[id]!;
  if (stride === 0) return;
  const base = obj + TAIL_AT[id]!;
  if (stride === 1) {
    for (let a = base, end = base + n; a < end; a++) markRef(load(a));
    return;
  }
  const mask = TAIL_MASKS[id]!;
  for (let e = base, end = base + n * stride; e < end; e += stride) {
    for (let k = 0; k < stride; k++) if ((mask >> k) & 1) markRef(load(e + k));
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

/** Collects garbage. Only at a safepoint (see the module comment). */
export function collect(countUnreachable = false): Collection {
  const started = performance.now();
  const top = heapTop(); // retires this worker's allocation buffer: the heap is walkable to the top
  heapEnd = top;
  boot = bootTop();
  if (marks.length < (top >>> 6) + 1) {
    marks = new Uint32Array((top >>> 6) + 1024);
    covered = new Uint32Array(marks.length);
  } else {
    marks.fill(0, 0, (top >>> 6) + 1);
    covered.fill(0, 0, (top >>> 6) + 1);
  }
  sp = 0;

  // Roots: every immortal object's fields, then the JS-held values.
  for (let p = HEAP_BASE; p < boot;) {
    const w0 = load(p);
    if (w0 !== 0 && (w0 & 1) === 0) scanObject(p);
    p += itemWords(p);
  }
  for (const provide of rootProviders) provide(visit);
  while (sp > 0) scanObject(stack[--sp]!);
  afterMark(survivedLastCollection, keepAlive);
  const marked = performance.now();

  const result = sweep(top, countUnreachable || verifying);
  if (timing) console.error(`gc: mark ${(marked - started).toFixed(1)} ms, sweep ${(performance.now() - marked).toFixed(1)} ms, live ${result.liveWords} words`);
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
function sweep(top: number, count: boolean): Collection {
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
    return { unreachable, liveWords, freedWords, smallRunWords, pauseMs: 0 };
  }
  // The run after the last live object ends at the top: give it back to the allocation top instead.
  if (p < top) {
    if (count) countDead(p, top);
    freedWords += top - p;
    // Memory above the top must be zero (allocation writes only the type word).
    fillWords(p, top - p, 0);
    setHeapTop(p);
  }
  setFreeRuns(starts, ends_);
  return { unreachable, liveWords, freedWords, smallRunWords, pauseMs: 0 };
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
  while (sp > 0) scanObject(stack[--sp]!);
}

/** Is `obj` (above the boot top) marked in the last collection? For tests. */
export function survivedLastCollection(obj: number): boolean {
  return obj < boot || isMarked(obj);
}
