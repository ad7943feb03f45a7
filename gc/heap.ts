/**
 * The shared heap: one fixed SharedArrayBuffer, word-indexed, and the only
 * place (with stm/) that touches it raw. Everything else uses the accessors
 * exported here; bundled, they compile to plain typed-array accesses.
 *
 * Model:
 * - Words 0..HEAP_BASE-1 are the heap header: magic, size in words, the
 *   global allocation top (shared, bumped with Atomics.add), the root table.
 *   Objects live from HEAP_BASE up to the global top, back to back, each an
 *   even number of words (layout.ts); gaps are fillers. So the heap can be
 *   walked object by object from HEAP_BASE (gc/check.ts does).
 * - Allocation: each thread bumps a pointer inside its own allocation buffer
 *   (TLAB) carved from the global region by one Atomics.add; no Atomics on
 *   the fast path. Large objects take their own region straight from the
 *   global top. Fresh memory is zero (the SAB starts zeroed and nothing is
 *   reused until collection arrives in issue #5), so allocation writes only
 *   the type word.
 * - Exhaustion throws `HeapExhausted`; the VM turns it into MemoryError,
 *   using the small reserve at the end of the heap (`openReserve`) to build
 *   the exception and its traceback. It is never a crash.
 * - Roots: the root table (a ROOTS object whose ref is in the header) holds
 *   every object the runtime reaches from outside the heap. JS state may
 *   cache refs only if they can be re-read from it (see vm/objects/README).
 *
 * One heap per worker process/isolate: the accessors close over module
 * state set by `createHeap` / `attachHeap`.
 */
import { fillerWord, H_STM, HEADER_WORDS, LAYOUTS, L, sizeInWords, tailStart, type Layout } from './layout.js';

export const HEAP_MAGIC = 0x50595354; // 'PYST'
export const HDR_MAGIC = 0;
export const HDR_SIZE = 1;
export const HDR_TOP = 2;
export const HDR_ROOTS = 3;
/** The next type version (type versions are unique across workers: caches key on them). */
export const HDR_TYPE_VERSION = 4;
/** The allocation top when bootstrap ended: objects below it are immortal (gc/collect.ts). */
export const HDR_BOOT_TOP = 5;
/** Words handed out (allocation buffers and large objects, by every worker) since the last collection. */
const HDR_ALLOCATED = 6;
/** The free runs the last collection left: a list (see `setFreeRuns`; 0: none), and the next entry to claim. */
const HDR_RUNS = 7;
const HDR_RUN_NEXT = 8;
/** Words [HDR_COLLECTOR, HEAP_BASE): the collector's state shared by the workers (scheduler/safepoint.ts). */
export const HDR_COLLECTOR = 9;
/** First object word. */
export const HEAP_BASE = 16;

/** Words per thread-local allocation buffer. */
export const TLAB_WORDS = 1 << 16;
/** Objects larger than this skip the TLAB. */
export const LARGE_WORDS = TLAB_WORDS >> 2;
/** Words kept back at the end of the heap for building a MemoryError. */
export const RESERVE_WORDS = 1 << 16;

export const DEFAULT_HEAP_BYTES = 4 * 1024 ** 3;

/** Thrown when the heap cannot satisfy an allocation. */
export class HeapExhausted {
  constructor(readonly words: number) {}
}

let sab: SharedArrayBuffer | null = null;
let I32: Int32Array<ArrayBufferLike> = new Int32Array(0);
let F64: Float64Array<ArrayBufferLike> = new Float64Array(0);
let U16: Uint16Array<ArrayBufferLike> = new Uint16Array(0);
let U8: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
let U32: Uint32Array<ArrayBufferLike> = new Uint32Array(0);
let limit = 0; // global allocation limit (excludes the reserve until opened)
let tlabTop = 0;
let tlabEnd = 0;

/**
 * Creates a zeroed heap of `bytes` bytes (a multiple of 8, at most 4 GiB: its
 * byte view is one typed array, and Node 20's hold at most 2^32 elements; so
 * word indices stay below 2^30) and makes it this isolate's heap.
 */
export function createHeap(bytes: number = DEFAULT_HEAP_BYTES): SharedArrayBuffer {
  if (bytes % 8 !== 0 || bytes < 1 << 20 || bytes > 2 ** 32) throw new RangeError(`bad heap size ${bytes}`);
  const buffer = new SharedArrayBuffer(bytes);
  attachHeap(buffer);
  I32[HDR_MAGIC] = HEAP_MAGIC;
  I32[HDR_SIZE] = Math.min(bytes / 4, 2 ** 31 - 8);
  I32[HDR_TOP] = HEAP_BASE;
  I32[HDR_TYPE_VERSION] = 1;
  return buffer;
}

/** Maps an existing heap (another worker's) into this isolate. */
export function attachHeap(buffer: SharedArrayBuffer): void {
  sab = buffer;
  I32 = new Int32Array(buffer);
  U32 = new Uint32Array(buffer);
  F64 = new Float64Array(buffer);
  U16 = new Uint16Array(buffer);
  U8 = new Uint8Array(buffer);
  limit = (I32[HDR_SIZE] || Math.min(buffer.byteLength / 4, 2 ** 31 - 8)) - RESERVE_WORDS;
  tlabTop = tlabEnd = 0;
  dropFreeRuns();
}

export function heapBuffer(): SharedArrayBuffer {
  if (!sab) throw new Error('no heap');
  return sab;
}

/** The global allocation top: objects lie in [HEAP_BASE, heapTop()). */
export function heapTop(): number {
  retireTlab();
  return Atomics.load(I32, HDR_TOP);
}

export function heapSizeWords(): number {
  return I32[HDR_SIZE]!;
}

// ---------------------------------------------------------------------------
// Word accessors (the typed accessor layer; `addr` is a word index)

export function load(addr: number): number {
  return I32[addr]!;
}
export function store(addr: number, value: number): void {
  I32[addr] = value;
}
export function loadU32(addr: number): number {
  return U32[addr]!;
}
export function storeU32(addr: number, value: number): void {
  U32[addr] = value;
}
/** The f64 at even word `addr`. */
export function loadF64(addr: number): number {
  return F64[addr >> 1]!;
}
export function storeF64(addr: number, value: number): void {
  F64[addr >> 1] = value;
}
/** u16 element `i` of the tail starting at word `base`. */
export function loadU16(base: number, i: number): number {
  return U16[(base << 1) + i]!;
}
export function storeU16(base: number, i: number, value: number): void {
  U16[(base << 1) + i] = value;
}
export function loadU8(base: number, i: number): number {
  return U8[(base << 2) + i]!;
}
export function storeU8(base: number, i: number, value: number): void {
  U8[(base << 2) + i] = value;
}
/** A live Int32Array view of `n` words from `addr` (for code and bulk copies). */
export function wordView(addr: number, n: number): Int32Array<ArrayBufferLike> {
  return I32.subarray(addr, addr + n);
}
export function u16View(base: number, n: number): Uint16Array<ArrayBufferLike> {
  return U16.subarray(base << 1, (base << 1) + n);
}
export function u8View(base: number, n: number): Uint8Array<ArrayBufferLike> {
  return U8.subarray(base << 2, (base << 2) + n);
}
/** Copies `n` words from `from` to `to` (ranges may overlap). */
export function copyWords(to: number, from: number, n: number): void {
  // Short copies (frames, small tuples) in JS: copyWithin is a runtime call.
  if (n > 24) I32.copyWithin(to, from, from + n);
  else if (to <= from || to >= from + n) for (let i = 0; i < n; i++) I32[to + i] = I32[from + i]!;
  else for (let i = n - 1; i >= 0; i--) I32[to + i] = I32[from + i]!;
}
/** Copies `n` heap words at `from` into `dst` (a private buffer, e.g. a thread's snapshot). */
export function readWords(from: number, n: number, dst: Int32Array): void {
  if (n > 24) dst.set(I32.subarray(from, from + n));
  else for (let i = 0; i < n; i++) dst[i] = I32[from + i]!;
}
/** Copies the first `n` words of `src` to the heap at `to`. */
export function writeWords(to: number, src: Int32Array, n: number): void {
  if (n > 24) I32.set(src.subarray(0, n), to);
  else for (let i = 0; i < n; i++) I32[to + i] = src[i]!;
}
export function fillWords(addr: number, n: number, value: number): void {
  I32.fill(value, addr, addr + n);
}

/** Word offset of a type object's layout id (TYPE raw field 2; see layout.ts). */
export const TYPE_LAYOUT_FIELD = HEADER_WORDS + LAYOUTS[L.TYPE].refs + 2;

/** The size in words of the object at `ref`, from its type's layout (as the heap walker computes it). */
export function objectWords(ref: number): number {
  const layout = LAYOUTS[I32[I32[ref]! + TYPE_LAYOUT_FIELD]!]!;
  const n = layout.tail === 'none' ? 0 : I32[ref + HEADER_WORDS + layout.refs + layout.lengthRaw]!;
  return sizeInWords(layout, n);
}

/** Layouts of internal backing stores: the item arrays and tables that lists, dicts and sets own. */
const BACKING_LAYOUTS: readonly number[] = [L.ARRAY, L.DICTKEYS, L.I32ARRAY, L.SETTABLE];

/**
 * The backing stores the object at `ref` owns (the objects of a backing-store
 * layout its value fields point to: a list's item array, a dict's entries
 * and index), into `out`; returns how many.
 */
export function backingStores(ref: number, out: number[]): number {
  const layout = LAYOUTS[I32[I32[ref]! + TYPE_LAYOUT_FIELD]!]!;
  let n = 0;
  for (let i = 0; i < layout.refs; i++) {
    const v = I32[ref + HEADER_WORDS + i]!;
    if (v === 0 || v & 1) continue;
    if (BACKING_LAYOUTS.includes(I32[I32[v]! + TYPE_LAYOUT_FIELD]!)) out[n++] = v;
  }
  return n;
}

// ---------------------------------------------------------------------------
// Atomic word accessors (for the scheduler's and the STM's shared words only:
// each costs 4-9 ns and is never inlined, so keep them off per-access paths)

export function atomicLoad(addr: number): number {
  return Atomics.load(I32, addr);
}
export function atomicStore(addr: number, value: number): void {
  Atomics.store(I32, addr, value);
}
/** Compare-and-swap; returns the word's previous value. */
export function atomicCas(addr: number, expected: number, value: number): number {
  return Atomics.compareExchange(I32, addr, expected, value);
}
export function atomicAdd(addr: number, delta: number): number {
  return Atomics.add(I32, addr, delta);
}
/** Sleeps while the word at `addr` is `value`, at most `ms` (Infinity: no limit). */
export function waitWord(addr: number, value: number, ms: number): 'ok' | 'not-equal' | 'timed-out' {
  return Atomics.wait(I32, addr, value, ms);
}
/** Wakes up to `count` workers sleeping on the word at `addr`. */
export function notifyWord(addr: number, count: number): number {
  return Atomics.notify(I32, addr, count);
}

// ---------------------------------------------------------------------------
// Allocation

/**
 * Allocates `words` words (even, >= 2) for an object of type `type` and
 * returns its ref. Only the type word is written; the rest is zero.
 * Throws HeapExhausted when the heap is full.
 */
export function allocate(words: number, type: number): number {
  const p = tlabTop;
  const end = p + words;
  if (end > tlabEnd || words > LARGE_WORDS) return allocateSlow(words, type);
  tlabTop = end;
  I32[p] = type;
  I32[p + H_STM] = freshStmWord;
  return p;
}

function allocateSlow(words: number, type: number): number {
  if (words > LARGE_WORDS) {
    const p = takeRun(words, words) || claim(words);
    Atomics.add(I32, HDR_ALLOCATED, words);
    if (watching) claimedRanges.push(p, p + words);
    I32[p] = type;
    I32[p + H_STM] = freshStmWord;
    return p;
  }
  retireTlab();
  let start = takeRun(words, TLAB_WORDS), end = runTaken;
  if (start === 0) {
    start = claim(TLAB_WORDS);
    end = start + TLAB_WORDS;
  }
  Atomics.add(I32, HDR_ALLOCATED, end - start);
  if (watching) watchStart = start;
  tlabTop = start + words;
  tlabEnd = end;
  I32[start] = type;
  I32[start + H_STM] = freshStmWord;
  return start;
}

// ---------------------------------------------------------------------------
// Free runs (left by the collector: gc/collect.ts) and the collection trigger

/**
 * This worker's free runs [start, end), each a filler, claimed from the
 * shared list (`claimRun`); runs before `nextRun` are used up or too small.
 */
let runStarts: number[] = [];
let runEnds: number[] = [];
let nextRun = 0;
/** The end of the range the last `takeRun` returned. */
let runTaken = 0;

/**
 * Takes at least `min` and at most `max` words from the first free run
 * long enough (zeroed: allocation expects zero memory), or returns 0. The
 * range is [result, runTaken); the rest of the run stays a filler. Claims
 * runs from the shared list while this worker's own are too small.
 */
function takeRun(min: number, max: number): number {
  const p = takeOwnRun(min, max);
  if (p !== 0) return p;
  while (claimRun()) {
    const i = runStarts.length - 1;
    if (runEnds[i]! - runStarts[i]! >= min) return takeOwnRun(min, max);
  }
  return 0;
}

/** Moves the next run of the shared list to this worker's; false when none is left. */
function claimRun(): boolean {
  const list = Atomics.load(I32, HDR_RUNS);
  if (list === 0) return false;
  const i = Atomics.add(I32, HDR_RUN_NEXT, 1);
  if (i >= I32[list + 1]!) return false;
  runStarts.push(I32[list + 2 + 2 * i]!);
  runEnds.push(I32[list + 3 + 2 * i]!);
  return true;
}

function takeOwnRun(min: number, max: number): number {
  for (let i = nextRun; i < runStarts.length; i++) {
    const start = runStarts[i]!, end = runEnds[i]!;
    if (end - start < min) {
      if (i === nextRun) nextRun++;
      continue;
    }
    // Keep a remainder only if it can hold a filler (2 words).
    const take = end - start - max >= 2 ? max : end - start;
    runTaken = start + take;
    I32.fill(0, start, runTaken);
    if (runTaken < end) {
      runStarts[i] = runTaken;
      I32[runTaken] = fillerWord(end - runTaken);
    } else if (i === nextRun) nextRun++;
    else runStarts[i] = runEnds[i] = end; // used up: skipped by the length test
    return start;
  }
  return 0;
}

/**
 * The collector's free runs, for every worker to claim (replacing the last
 * list; only at a safepoint, every worker's runs dropped). The list is a
 * filler taken from the top whose body holds [count, start0, end0, ...]:
 * walkers skip it, and the next collection frees it. Also restarts the
 * count of words allocated.
 */
export function setFreeRuns(starts: number[], ends: number[]): void {
  dropFreeRuns();
  Atomics.store(I32, HDR_ALLOCATED, 0);
  Atomics.store(I32, HDR_RUN_NEXT, 0);
  Atomics.store(I32, HDR_RUNS, 0);
  const n = starts.length;
  if (n === 0) return;
  const words = 2 + 2 * n;
  let list: number;
  try {
    list = claim(words);
  } catch (e) {
    if (!(e instanceof HeapExhausted)) throw e;
    // No room for the list: this worker keeps the runs.
    runStarts = starts;
    runEnds = ends;
    return;
  }
  I32[list] = fillerWord(words);
  I32[list + 1] = n;
  for (let i = 0; i < n; i++) {
    I32[list + 2 + 2 * i] = starts[i]!;
    I32[list + 3 + 2 * i] = ends[i]!;
  }
  Atomics.store(I32, HDR_RUNS, list);
}

/** Forgets this worker's free runs (at a safepoint: the collection about to run finds them free). */
export function dropFreeRuns(): void {
  runStarts = [];
  runEnds = [];
  nextRun = 0;
}

/** Words allocated by every worker since the last collection (the trigger's measure). */
/** Counts allocation from 0 again (after a collection's slice, which frees nothing: `setFreeRuns` does it otherwise). */
export function restartAllocationCount(): void {
  Atomics.store(I32, HDR_ALLOCATED, 0);
}

export function wordsAllocatedSinceCollection(): number {
  return Atomics.load(I32, HDR_ALLOCATED);
}

/** Words still free in the collector's runs (this worker's and those not claimed yet). */
export function freeRunWords(): number {
  let n = 0;
  for (let i = nextRun; i < runStarts.length; i++) n += runEnds[i]! - runStarts[i]!;
  const list = Atomics.load(I32, HDR_RUNS);
  if (list !== 0) for (let i = Atomics.load(I32, HDR_RUN_NEXT); i < I32[list + 1]!; i++) n += I32[list + 3 + 2 * i]! - I32[list + 2 + 2 * i]!;
  return n;
}

/** Records the end of bootstrap: what lies below the allocation top now is immortal. */
export function markBootEnd(): void {
  retireTlab();
  I32[HDR_BOOT_TOP] = I32[HDR_TOP]!;
  Atomics.store(I32, HDR_ALLOCATED, 0); // bootstrap's objects are immortal: they do not count towards a collection
}

/** The allocation top when bootstrap ended (HEAP_BASE before). */
export function bootTop(): number {
  return I32[HDR_BOOT_TOP] || HEAP_BASE;
}

/** Lowers the allocation top to `top` (the collector, when the heap's end is free; one worker only). */
export function setHeapTop(top: number): void {
  Atomics.store(I32, HDR_TOP, top);
}

/** Takes `words` from the global region (the only Atomics on allocation). */
function claim(words: number): number {
  const p = Atomics.add(I32, HDR_TOP, words);
  if (p + words > limit) {
    Atomics.sub(I32, HDR_TOP, words);
    throw new HeapExhausted(words);
  }
  return p;
}

/**
 * While a transaction runs, the ranges this worker allocated in outside its
 * current allocation buffer (retired buffers, large objects), as pairs
 * [start, end): the STM's test for objects the transaction allocated.
 */
const claimedRanges: number[] = [];
let watching = false;
/** The STM word (header word 1) of new objects: the running transaction's fresh mark (stm/tx.ts), else 0. */
let freshStmWord = 0;
/**
 * While watching, the first ref of the current allocation buffer allocated
 * since the watch began: the allocation top when it began, or the start of
 * a buffer taken since (which may lie below it: buffers come from free runs).
 */
let watchStart = 0;

/** Starts (clearing the ranges) or stops recording `claimedRanges`; new objects get `stmWord` as their STM word. */
export function watchAllocations(on: boolean, stmWord: number): void {
  if (claimedRanges.length !== 0) claimedRanges.length = 0; // setting it costs ~100 ns even when unchanged
  watching = on;
  freshStmWord = stmWord;
  watchStart = tlabTop;
}

/**
 * Was `ref` allocated by this worker since `watchAllocations(true)`? Those
 * in [watchStart, allocation top) of the current buffer, and those in the
 * ranges recorded when earlier buffers were retired.
 */
export function allocatedSinceWatch(ref: number): boolean {
  return (ref >= watchStart && ref < tlabTop) || allocatedInWatch(ref);
}

/** The fast half of `allocatedSinceWatch`: in the current buffer's part allocated since the watch began. */
export function inWatchedBuffer(ref: number): boolean {
  return ref >= watchStart && ref < tlabTop;
}

/** Is `ref` in a range recorded since `watchAllocations(true)`? */
function allocatedInWatch(ref: number): boolean {
  for (let i = 0; i < claimedRanges.length; i += 2) if (ref >= claimedRanges[i]! && ref < claimedRanges[i + 1]!) return true;
  return false;
}

/** Where the next object of this worker's allocation buffer goes. */
export function allocationTop(): number {
  return tlabTop;
}


/** Turns the unused end of the TLAB into a filler so the heap stays walkable. */
export function retireTlab(): void {
  // A transaction running on this worker keeps recognising what it allocated here.
  if (watching && tlabTop > watchStart) claimedRanges.push(watchStart, tlabTop);
  if (tlabEnd > tlabTop) I32[tlabTop] = fillerWord(tlabEnd - tlabTop);
  tlabTop = tlabEnd = 0;
}

/** Makes the reserve at the end of the heap available (after HeapExhausted). */
export function openReserve(): void {
  limit = I32[HDR_SIZE]!;
}

/** Allocates an object of `layout` with `n` tail elements, recording n. */
export function allocateLayout(layoutId: number, n: number, type: number): number {
  const l: Layout = LAYOUTS[layoutId]!;
  if (n !== (n | 0) || n < 0) throw new RangeError(`bad tail length ${n}`);
  const p = allocate(sizeInWords(l, n), type);
  if (l.tail !== 'none') I32[p + HEADER_WORDS + l.refs + l.lengthRaw] = n;
  return p;
}

export { tailStart, sizeInWords, L };

/** A fresh type version, unique in the heap whichever worker asks (one Atomics.add: types change rarely). */
export function nextTypeVersion(): number {
  return Atomics.add(I32, HDR_TYPE_VERSION, 1);
}

// ---------------------------------------------------------------------------
// Roots

/** The root table's ref (0 before the VM has created it). */
export function rootTable(): number {
  return I32[HDR_ROOTS]!;
}
export function setRootTable(ref: number): void {
  I32[HDR_ROOTS] = ref;
}
