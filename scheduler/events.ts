/**
 * Events of the run: every aborted transaction (always), and with
 * `--profile` every region as a time slice and every blocked wait on a lock,
 * queue or condition — recorded by the worker that ran them into that
 * worker's buffers in the heap. `--stats` summarises the conflicts at exit;
 * the conflict profiler (conflict-tools/) presents everything.
 *
 * Model:
 * - The list at SCHED.EVENTS holds this run's *events area* first (an
 *   internal I32ARRAY: the profiling switch, each slot's inevitable site,
 *   the table of waits in progress), then the workers' buffers. Worker 0
 *   creates the area before any other worker can run Python code
 *   (`prepareEvents`); a pool worker finds it there (`joinEvents`).
 * - A buffer is an internal ARRAY written only by its worker, with plain
 *   stores, outside any transaction or into words no transaction logs (so
 *   nothing to undo): word 0 its kind (BUF), word 1 the count of records
 *   ever written, then totals (slices only), then a ring of records (the
 *   oldest are overwritten: the count says how many were). Numbers are
 *   small ints; objects and code are refs, so a collector finds them (they
 *   stay alive until exit; bounded).
 * - Times are `performance.now()`, the process's clock (the same on every
 *   worker), kept as whole milliseconds plus microseconds (two small ints).
 * - A conflict record: the kind (stm/tx.ts ConflictKind), the aborted thread
 *   and where it was (code object, instruction index: exact when the
 *   conflict was met inside the interpreter, else where its region
 *   stopped), the thread on the other side and its site (exact for an
 *   inevitable transaction: where it became inevitable; else where its
 *   thread stopped last), the object and, for a large list's or dict's
 *   card, the first item index of the card, the time lost and when.
 *
 * Cost: nothing on the commit path without `--profile`; one record per
 * abort; a few stores per inevitable transaction. With it, one record per
 * region (a clock read and seven stores) and per wait.
 */
import { allocateLayout, HEAP_BASE, heapSizeWords, load, objectWords, store } from '../gc/heap.js';
import { rememberWrite } from '../gc/collect.js';
import { F_BACK, F_CODE, F_PC, FRAME_HEADER } from '../gc/frames.js';
import { L } from '../gc/layout.js';
import { ARRAY, CODE, DICT, DICTKEYS, I32A, K, LIST, LOCK, SCHED, T, THREAD, TYPE, typeOf } from '../vm/objects/core.js';
import { isSubtype } from '../vm/objects/type.js';
import { listItems, newList } from '../vm/objects/list.js';
import { jsString } from '../vm/objects/str.js';
import { codeInfo } from '../vm/interp/code.js';
import { currentFrame } from '../vm/interp/loop.js';
import { libraryFolder } from '../vm/runtime/imports.js';
import { ConflictKind, TxAbort } from '../stm/tx.js';
import { appendToSchedList } from './threads.js';

const small = (n: number) => ((n | 0) << 1) | 1;
const num = (v: number) => v >> 1;
const MAX_SMALL = 0x3fffffff;

// ---------------------------------------------------------------------------
// The events area and the buffers

/** Words of the events area (after its I32ARRAY header): */
const enum AREA { PROFILING = 0, SLOTS = 16, SLOT_WORDS = 4, WAITS = SLOTS + 256 * SLOT_WORDS }
/** Per transaction slot: the thread that made its transaction inevitable, and where. */
const enum INEV { THREAD, CODE, PC, WHY }
/** Why a transaction became inevitable: an operation that cannot be undone, or the serial re-run after aborts. */
export const enum INEVITABLE_BY { IO = 1, SERIAL = 2 }
/** Waits in progress, by thread ident modulo WAIT_TABLE (a collision drops the later wait). */
const WAIT_TABLE = 4096;
const enum WIP { IDENT, MS, FRAC, OBJ, HOLDER, HOLDER_CODE, HOLDER_PC, WORDS }

/** Buffer kinds (word 0 of a buffer). */
export const enum BUF { CONFLICTS = 1, SLICES = 2, WAITS = 3 }
const BUF_KIND = 0;
const BUF_COUNT = 1;

/** The events area's first data word, or 0 before `prepareEvents`/`joinEvents`. */
let area = 0;
/** `--profile`: slices and waits are recorded (read from the area by every worker). */
export let profiling = false;
/** `--profile` was asked for (worker 0, before the program starts: `requestProfiling`). */
let wanted = false;

/** Worker 0, before the program runs: record slices and waits (`--profile`). */
export function requestProfiling(): void {
  wanted = true;
}

/**
 * Worker 0, at program start (before a second worker runs Python code):
 * creates the events area; if `--profile` was asked for, switches recording
 * of slices and waits on for every worker.
 */
export function prepareEvents(): void {
  if (area) return;
  const profile = wanted;
  const words = AREA.WAITS + (profile ? WAIT_TABLE * WIP.WORDS : 0);
  const a = allocateLayout(L.I32ARRAY, words, T.internal_i32array);
  const list = load(K.sched + SCHED.EVENTS);
  store(K.sched + SCHED.EVENTS, newList([a, ...(list ? listItems(list) : [])]));
  area = a + I32A.DATA;
  profiling = profile;
  programStart = performance.now();
  store(area + AREA.PROFILING, profile ? 1 : 0);
  if (profile) allocateProfileBuffers();
}

let programStart = 0;
/** This worker's number (0: the main one; a pool worker's transaction slot - 1). */
let worker = 0;

/** When worker 0 made the events area: the program's start, near enough (ms of performance.now()). */
export function eventsStartMs(): number {
  return programStart;
}

/** Has this worker made or found the events area? */
export function eventsReady(): boolean {
  return area !== 0;
}

/** A pool worker, attached: finds the events area (and whether to profile). */
export function joinEvents(slot: number): void {
  worker = slot - 1;
  const list = load(K.sched + SCHED.EVENTS);
  const first = list ? listItems(list)[0] : 0;
  if (!first || load(first) !== T.internal_i32array) return;
  area = first + I32A.DATA;
  profiling = load(area + AREA.PROFILING) === 1;
  if (profiling) allocateProfileBuffers();
}

const buffers: number[] = [0, 0, 0, 0];

/** Ring slots and record words of each kind of buffer, and words before the ring. */
const SLOTS: Record<BUF, number> = { [BUF.CONFLICTS]: 4096, [BUF.SLICES]: 1 << 16, [BUF.WAITS]: 4096 };
const HEAD: Record<BUF, number> = { [BUF.CONFLICTS]: 2, [BUF.SLICES]: 2 + 2 * 8, [BUF.WAITS]: 2 };

/** This worker's buffer of `kind`, allocated and registered on first use (outside transactions). */
function ownBuffer(kind: BUF, words: number): number {
  const have = buffers[kind]!;
  if (have) return have;
  const b = allocateLayout(L.ARRAY, HEAD[kind] + SLOTS[kind] * words, T.internal_array);
  for (let i = 0; i < HEAD[kind]; i++) store(b + ARRAY.ITEMS + i, small(0));
  store(b + ARRAY.ITEMS + BUF_KIND, small(kind));
  appendToSchedList(SCHED.EVENTS, b);
  buffers[kind] = b;
  return b;
}

/** Profile buffers exist before the first region: waits may be recorded inside a transaction. */
function allocateProfileBuffers(): void {
  ownBuffer(BUF.SLICES, SL.WORDS);
  ownBuffer(BUF.WAITS, WT.WORDS);
}

/** The address of the next record of buffer `b` (ring of `words`-word records), counted as written. */
function nextRecord(b: number, kind: BUF, words: number): number {
  // Records hold refs (threads, code, objects), stored without the STM's barriers: the collector's is needed.
  rememberWrite(b);
  const n = num(load(b + ARRAY.ITEMS + BUF_COUNT));
  store(b + ARRAY.ITEMS + BUF_COUNT, small(n + 1));
  return b + ARRAY.ITEMS + HEAD[kind] + (n % SLOTS[kind]) * words;
}

/** Stores the time `ms` (performance.now()) at `at` (whole ms) and `at + 1` (µs within it). */
function storeTime(at: number, ms: number): void {
  const whole = Math.floor(ms);
  store(at, small(Math.min(whole, MAX_SMALL)));
  store(at + 1, small(Math.floor((ms - whole) * 1000)));
}

function loadTime(at: number): number {
  return num(load(at)) + num(load(at + 1)) / 1000;
}

function smallUs(us: number): number {
  return small(Math.max(0, Math.min(Math.round(us), MAX_SMALL)));
}

// ---------------------------------------------------------------------------
// Sites

/**
 * Where `thread` stopped last: its top frame's code and instruction index.
 * The other side's frame is read while its thread may run on another
 * worker (a frame being pushed): a word that is not a code object is
 * dropped, since the record's values are scanned by the collector and the
 * heap checker (found by the checker: a stray frame word in a record).
 */
export function stoppedAt(thread: number): [number, number] {
  const fp = thread ? load(thread + THREAD.FP) : 0;
  if (!fp) return [0, -1];
  const code = load(fp + F_CODE);
  return isCodeObject(code) ? [code, load(fp + F_PC)] : [0, -1];
}

/** Is the word `v` (possibly read from a frame another thread is changing) a code object's ref? */
export function isCodeObject(v: number): boolean {
  return (v & 1) === 0 && v >= HEAP_BASE && v < heapSizeWords() && load(v) === T.code;
}

/** The call instruction a frame below the top is at (its F_PC is the one after the call). */
function callSite(fp: number): [number, number] {
  const code = load(fp + F_CODE);
  return isCodeObject(code) ? [code, Math.max(0, load(fp + F_PC) - 1)] : [0, -1];
}

// ---------------------------------------------------------------------------
// Conflicts

/** EV.FLAGS: the aborted side's site is exact (met in the interpreter); the other side's is (an inevitable one's). */
const EXACT_SELF = 1;
const EXACT_OTHER = 2;
/** EV.FLAGS: the other side was a serial re-run (inevitable after aborts); its site is where that began. */
const SERIAL_OTHER = 4;

/** Words of one conflict record. */
export const enum EV { KIND, THREAD, CODE, PC, OTHER, OTHER_CODE, OTHER_PC, FLAGS, OBJ, INDEX, LOST_US, MS, FRAC, WORDS }

/**
 * Records the abort of `thread`'s transaction (`e`, after its rollback),
 * which lost `lostUs`; `other` is the thread on the other side, or 0.
 */
export function recordConflict(thread: number, e: TxAbort, other: number, lostUs: number): void {
  const b = ownBuffer(BUF.CONFLICTS, EV.WORDS);
  const at = nextRecord(b, BUF.CONFLICTS, EV.WORDS);
  const [code, pc] = e.pc >= 0 ? [e.code, e.pc] : stoppedAt(thread);
  const inev = inevitableSite(e, other);
  const [otherCode, otherPc] = inev ?? (other && other !== thread ? stoppedAt(other) : [0, -1]);
  const why = inev ? (inev[2] === INEVITABLE_BY.IO ? EXACT_OTHER : SERIAL_OTHER) : 0;
  store(at + EV.KIND, small(e.reason));
  store(at + EV.THREAD, thread);
  store(at + EV.CODE, code);
  store(at + EV.PC, small(pc));
  store(at + EV.OTHER, other);
  store(at + EV.OTHER_CODE, otherCode);
  store(at + EV.OTHER_PC, small(otherPc));
  store(at + EV.FLAGS, small(why | (e.pc >= 0 ? EXACT_SELF : 0)));
  store(at + EV.OBJ, e.obj);
  store(at + EV.INDEX, small(itemIndex(e)));
  store(at + EV.LOST_US, smallUs(lostUs));
  storeTime(at + EV.MS, performance.now());
}

/** The first item index of the card involved (a list's item, a dict's entry number), or -1. */
function itemIndex(e: TxAbort): number {
  if (!e.item || !e.obj || e.obj & 1) return -1;
  const t = typeOf(e.obj);
  // The store the owner has now (it may have been replaced since: then the card is not in it).
  const s = isSubtype(t, T.list) ? load(e.obj + LIST.ITEMS) : isSubtype(t, T.dict) ? load(e.obj + DICT.KEYS) : 0;
  if (!s || e.item < s || e.item >= s + objectWords(s)) return -1;
  return load(s) === T.internal_array ? e.item - (s + ARRAY.ITEMS) : ((e.item - (s + DICTKEYS.ENTRIES)) / 3) | 0;
}

/**
 * The transaction `slot` (this worker's) became inevitable at `code`/`pc`
 * (the call of the operation that cannot be undone, or where a serial
 * re-run began): kept for the reports of the transactions it aborts.
 */
export function noteInevitable(slot: number, thread: number, code: number, pc: number, why: INEVITABLE_BY): void {
  if (!area || slot < 1 || slot > 255) return;
  const at = area + AREA.SLOTS + slot * AREA.SLOT_WORDS;
  store(at + INEV.THREAD, thread);
  store(at + INEV.CODE, code);
  store(at + INEV.PC, pc);
  store(at + INEV.WHY, why);
}

/**
 * `thread`, about to do I/O at `code`/`pc`, waited `waitedUs` for the
 * inevitable transaction of slot `holder` (it cannot abort: it waited, and
 * the time counts as lost): a conflict record of kind INEVITABLE, both sides exact.
 */
export function recordInevitableWait(thread: number, holder: number, code: number, pc: number, waitedUs: number): void {
  const e = new TxAbort(ConflictKind.INEVITABLE, 0, 0, holder);
  e.code = code;
  e.pc = pc;
  const other = area && holder >= 1 && holder <= 255 ? load(area + AREA.SLOTS + holder * AREA.SLOT_WORDS + INEV.THREAD) : 0;
  recordConflict(thread, e, other, waitedUs);
}

/** The frame that called the native running now, and its call instruction (for `noteInevitable`). */
export function nativeCallSite(): [number, number] {
  const fp = currentFrame();
  return fp ? callSite(fp) : [0, -1];
}

/** For an abort caused by an inevitable transaction: where that one became inevitable, if it is `other`'s. */
function inevitableSite(e: TxAbort, other: number): [number, number, INEVITABLE_BY] | null {
  if (!area || (e.reason !== ConflictKind.INEVITABLE && e.reason !== ConflictKind.REQUESTED)) return null;
  if (e.owner < 1 || e.owner > 255) return null;
  const at = area + AREA.SLOTS + e.owner * AREA.SLOT_WORDS;
  const code = load(at + INEV.CODE);
  if (load(at + INEV.THREAD) !== other || !isCodeObject(code)) return null;
  return [code, load(at + INEV.PC), load(at + INEV.WHY)];
}

// ---------------------------------------------------------------------------
// Slices (--profile): every region, with its outcome

/** How a region ended. PLAIN: no transaction (one worker, one thread). */
export const enum OUTCOME { COMMITTED = 0, ABORTED = 1, INEVITABLE = 2, PLAIN = 3, BACKOFF = 4 }
/** Words of one slice record. */
export const enum SL { THREAD, WORKER, MS, FRAC, DUR_US, OUTCOME, CODE, PC, WORDS }

/**
 * Records a region of `thread` from `startMs` to now, ended by `outcome`,
 * begun at `code`/`pc`; adds it to this worker's totals. Call only when
 * `profiling`.
 */
export function recordSlice(thread: number, startMs: number, outcome: OUTCOME, code: number, pc: number): void {
  const b = buffers[BUF.SLICES]!;
  const end = performance.now();
  addTotal(b, outcome, (end - startMs) * 1000);
  const at = nextRecord(b, BUF.SLICES, SL.WORDS);
  store(at + SL.THREAD, small(load(thread + THREAD.IDENT)));
  store(at + SL.WORKER, small(worker));
  storeTime(at + SL.MS, startMs);
  store(at + SL.DUR_US, smallUs((end - startMs) * 1000));
  store(at + SL.OUTCOME, small(outcome));
  store(at + SL.CODE, isCodeObject(code) ? code : 0);
  store(at + SL.PC, small(pc));
}

/** Totals per outcome, in µs, as two small ints each (high and low 29 bits): they outlive the ring. */
function addTotal(b: number, outcome: OUTCOME, us: number): void {
  const at = b + ARRAY.ITEMS + 2 + outcome * 2;
  const total = num(load(at)) * 2 ** 29 + num(load(at + 1)) + Math.round(us);
  store(at, small(Math.floor(total / 2 ** 29)));
  store(at + 1, small(total % 2 ** 29));
}

// ---------------------------------------------------------------------------
// Waits (--profile): time blocked on a lock, a queue, a condition, a join

/** What a wait was for, by the library call that blocked (see `classifyWait`). */
export const enum WAIT { LOCK = 1, QUEUE = 2, CONDITION = 3, JOIN = 4 }
/** Words of one wait record. */
export const enum WT { KIND, THREAD, MS, FRAC, DUR_US, CODE, PC, OBJ, HOLDER, HOLDER_CODE, HOLDER_PC, WORDS }

/**
 * Thread `t` (running here) blocks on `lock`: unless a wait of its blocking
 * call is already in progress, note when, and who holds the lock and where
 * that one last stopped.
 */
export function waitBegins(t: number, lock: number, holderOf: (ident: number) => number): void {
  const ident = load(t + THREAD.IDENT);
  const at = area + AREA.WAITS + (ident % WAIT_TABLE) * WIP.WORDS;
  if (load(at + WIP.IDENT) !== 0) return;
  const holder = holderOf(load(lock + LOCK.OWNER));
  const [hCode, hPc] = holder ? userSite(load(holder + THREAD.FP), true) : [0, -1];
  store(at + WIP.IDENT, ident);
  storeTime(at + WIP.MS, performance.now());
  store(at + WIP.OBJ, lock);
  store(at + WIP.HOLDER, holder ? load(holder + THREAD.IDENT) : 0);
  store(at + WIP.HOLDER_CODE, hCode);
  store(at + WIP.HOLDER_PC, hPc);
}

/**
 * The blocking call of thread `t` has ended: records its wait, if one was
 * noted, with where it waited (the first frame outside pystm's library, and
 * the library call it made there).
 */
export function waitEnds(t: number): void {
  const ident = load(t + THREAD.IDENT);
  const at = area + AREA.WAITS + (ident % WAIT_TABLE) * WIP.WORDS;
  if (load(at + WIP.IDENT) !== ident) return;
  store(at + WIP.IDENT, 0);
  const b = buffers[BUF.WAITS]!;
  const r = nextRecord(b, BUF.WAITS, WT.WORDS);
  const startMs = loadTime(at + WIP.MS);
  // Where it waited: its blocking call re-runs now from the frame saved when it suspended (THREAD.FP, F_PC at the call).
  const w = classifyWait(load(t + THREAD.FP), load(at + WIP.OBJ));
  const obj = w.obj, code = w.code, hCode = load(at + WIP.HOLDER_CODE);
  store(r + WT.KIND, small(w.kind));
  store(r + WT.THREAD, small(ident));
  storeTime(r + WT.MS, startMs);
  store(r + WT.DUR_US, smallUs((performance.now() - startMs) * 1000));
  store(r + WT.CODE, isCodeObject(code) ? code : 0);
  store(r + WT.PC, small(w.pc));
  store(r + WT.OBJ, isObjectRef(obj) ? obj : 0);
  store(r + WT.HOLDER, small(load(at + WIP.HOLDER)));
  store(r + WT.HOLDER_CODE, isCodeObject(hCode) ? hCode : 0);
  store(r + WT.HOLDER_PC, small(load(at + WIP.HOLDER_PC)));
}

function isObjectRef(v: number): boolean {
  return v !== 0 && (v & 1) === 0 && v >= HEAP_BASE && v < heapSizeWords();
}

/** Library call names whose receiver is what the thread waits for, and the kind of wait. */
const WAIT_KINDS: Record<string, WAIT> = {
  Queue: WAIT.QUEUE, LifoQueue: WAIT.QUEUE, PriorityQueue: WAIT.QUEUE, SimpleQueue: WAIT.QUEUE, TransactionQueue: WAIT.QUEUE,
  Thread: WAIT.JOIN, Event: WAIT.CONDITION, Condition: WAIT.CONDITION, Semaphore: WAIT.CONDITION,
  BoundedSemaphore: WAIT.CONDITION, Barrier: WAIT.CONDITION,
};

/**
 * What a wait is for: walking down from the frame that called the blocking
 * acquire, the first frame outside pystm's library is the user's site; the
 * library frame it called (Queue.get, Event.wait, Thread.join) names the
 * object (its `self`) and the kind. No library frame: a plain lock.
 */
function classifyWait(fp: number, lock: number): { kind: WAIT; obj: number; code: number; pc: number } {
  let api = 0;
  for (let f = fp; f; f = load(f + F_BACK)) {
    const code = load(f + F_CODE);
    if (!isCodeObject(code)) break;
    if (!inLibrary(code)) {
      // The top frame is suspended at its call (F_PC is the call); a frame below has returned past it.
      const [c, pc] = f === fp ? [code, load(f + F_PC)] : callSite(f);
      if (!api) return { kind: WAIT.LOCK, obj: lock, code: c, pc };
      const self = load(api + FRAME_HEADER);
      const kind = isObjectRef(self) ? WAIT_KINDS[jsString(load(typeOf(self) + TYPE.NAME))] : undefined;
      return kind ? { kind, obj: self, code: c, pc } : { kind: WAIT.LOCK, obj: isObjectRef(self) ? self : lock, code: c, pc };
    }
    api = f;
  }
  return { kind: WAIT.LOCK, obj: lock, code: 0, pc: -1 };
}

/** The site of the first frame from `fp` down outside pystm's library (`stopped`: `fp` is a suspended top frame). */
function userSite(fp: number, stopped: boolean): [number, number] {
  for (let f = fp, top = true; f; f = load(f + F_BACK), top = false) {
    const code = load(f + F_CODE);
    if (!isCodeObject(code)) return [0, -1];
    if (!inLibrary(code)) return top && stopped ? [code, load(f + F_PC)] : callSite(f);
  }
  return [0, -1];
}

let library: string | null | undefined;

/** Is `code` from pystm's own library (lib/*.py)? */
export function inLibrary(code: number): boolean {
  if (library === undefined) library = libraryFolder();
  return library !== null && jsString(load(code + CODE.FILENAME)).startsWith(library);
}

// ---------------------------------------------------------------------------
// Reading back (at exit, on worker 0)

/** An event as read back at exit. */
export interface ConflictEvent {
  kind: ConflictKind;
  thread: number;
  code: number;
  pc: number;
  other: number;
  otherCode: number;
  otherPc: number;
  /** The aborted side's site is where it met the conflict (exact), not where its region stopped. */
  exact: boolean;
  /** The other side's site is where it made itself inevitable (exact), not where it stopped. */
  otherExact: boolean;
  /** The other side was a serial re-run (inevitable after aborts, not for I/O). */
  otherSerial: boolean;
  obj: number;
  index: number;
  lostUs: number;
  /** When (ms of performance.now()). */
  timeMs: number;
}

export interface SliceRecord { thread: number; worker: number; startMs: number; durUs: number; outcome: OUTCOME; code: number; pc: number }
export interface WaitRecord {
  kind: WAIT; thread: number; startMs: number; durUs: number; code: number; pc: number;
  obj: number; holder: number; holderCode: number; holderPc: number;
}

/** Every record still in buffers of `kind`, read by `read`, and how many were overwritten. */
function readAll<R>(kind: BUF, words: number, read: (at: number) => R): { records: R[]; dropped: number } {
  const list = load(K.sched + SCHED.EVENTS);
  const records: R[] = [];
  let dropped = 0;
  for (const b of list ? listItems(list) : []) {
    if (load(b) !== T.internal_array || num(load(b + ARRAY.ITEMS + BUF_KIND)) !== kind) continue;
    const n = num(load(b + ARRAY.ITEMS + BUF_COUNT));
    dropped += Math.max(0, n - SLOTS[kind]);
    for (let i = Math.max(0, n - SLOTS[kind]); i < n; i++) records.push(read(b + ARRAY.ITEMS + HEAD[kind] + (i % SLOTS[kind]) * words));
  }
  return { records, dropped };
}

/** Every recorded conflict still in the buffers, and how many were overwritten. */
export function allConflicts(): { events: ConflictEvent[]; dropped: number } {
  const { records, dropped } = readAll(BUF.CONFLICTS, EV.WORDS, (at): ConflictEvent => ({
    kind: num(load(at + EV.KIND)), thread: load(at + EV.THREAD), code: load(at + EV.CODE), pc: num(load(at + EV.PC)),
    other: load(at + EV.OTHER), otherCode: load(at + EV.OTHER_CODE), otherPc: num(load(at + EV.OTHER_PC)),
    exact: (num(load(at + EV.FLAGS)) & EXACT_SELF) !== 0, otherExact: (num(load(at + EV.FLAGS)) & EXACT_OTHER) !== 0,
    otherSerial: (num(load(at + EV.FLAGS)) & SERIAL_OTHER) !== 0, obj: load(at + EV.OBJ), index: num(load(at + EV.INDEX)),
    lostUs: num(load(at + EV.LOST_US)), timeMs: loadTime(at + EV.MS),
  }));
  return { events: records, dropped };
}

/** Every recorded slice still in the buffers, how many were overwritten, and the totals per outcome (µs). */
export function allSlices(): { slices: SliceRecord[]; dropped: number; totalsUs: number[] } {
  const { records, dropped } = readAll(BUF.SLICES, SL.WORDS, (at): SliceRecord => ({
    thread: num(load(at + SL.THREAD)), worker: num(load(at + SL.WORKER)), startMs: loadTime(at + SL.MS), durUs: num(load(at + SL.DUR_US)),
    outcome: num(load(at + SL.OUTCOME)), code: load(at + SL.CODE), pc: num(load(at + SL.PC)),
  }));
  const totalsUs = [0, 0, 0, 0, 0];
  const list = load(K.sched + SCHED.EVENTS);
  for (const b of list ? listItems(list) : []) {
    if (load(b) !== T.internal_array || num(load(b + ARRAY.ITEMS + BUF_KIND)) !== BUF.SLICES) continue;
    for (let o = 0; o < totalsUs.length; o++) {
      const at = b + ARRAY.ITEMS + 2 + o * 2;
      totalsUs[o]! += num(load(at)) * 2 ** 29 + num(load(at + 1));
    }
  }
  return { slices: records, dropped, totalsUs };
}

/** Every recorded wait still in the buffers, and how many were overwritten. */
export function allWaits(): { waits: WaitRecord[]; dropped: number } {
  const { records, dropped } = readAll(BUF.WAITS, WT.WORDS, (at): WaitRecord => ({
    kind: num(load(at + WT.KIND)), thread: num(load(at + WT.THREAD)), startMs: loadTime(at + WT.MS), durUs: num(load(at + WT.DUR_US)),
    code: load(at + WT.CODE), pc: num(load(at + WT.PC)), obj: load(at + WT.OBJ), holder: num(load(at + WT.HOLDER)),
    holderCode: load(at + WT.HOLDER_CODE), holderPc: num(load(at + WT.HOLDER_PC)),
  }));
  return { waits: records, dropped };
}

// ---------------------------------------------------------------------------
// --stats

/** `File "x.py", line N, in f` for a code object and instruction index, or null. */
export function siteName(code: number, pc: number): string | null {
  // The other side's frame was read while its thread ran: anything but a code object and an index in it is dropped.
  if (pc < 0 || !isCodeObject(code)) return null;
  const positions = codeInfo(code).positions;
  if (pc * 4 >= positions.length) return null;
  const line = positions[pc * 4]!;
  return `File "${jsString(load(code + CODE.FILENAME))}", line ${line}, in ${jsString(load(code + CODE.NAME))}`;
}

/** The kinds' names, as reports print them. */
export const KIND_NAMES: Record<number, string> = {
  [ConflictKind.READ_LOCKED]: 'read-write (read met a write lock)',
  [ConflictKind.WRITE_LOCKED]: 'write-write',
  [ConflictKind.VALIDATION]: 'read-write (a read was overwritten)',
  [ConflictKind.INEVITABLE]: 'inevitable (another transaction did I/O)',
  [ConflictKind.REQUESTED]: 'inevitable (aborted by one)',
  [ConflictKind.RETRY]: 'retry',
};

/**
 * `--stats`' conflict lines: the aborts (not retry() wake-ups) grouped by
 * kind, aborted site and type of object, the `top` groups that lost the
 * most time, each with its most frequent other side.
 */
export function conflictSummary(top: number): string[] {
  const all = allConflicts();
  const events = all.events.filter((e) => e.kind !== ConflictKind.RETRY);
  const dropped = all.dropped;
  if (events.length === 0) return [];
  interface Group { kind: number; site: string; what: string; count: number; lostUs: number; others: Map<string, number> }
  const groups = new Map<string, Group>();
  for (const e of events) {
    const site = siteName(e.code, e.pc) ?? '(unknown site)';
    const what = e.obj && (e.obj & 1) === 0 ? jsString(load(typeOf(e.obj) + TYPE.NAME)) + (e.index >= 0 ? ` [${e.index}...]` : '') : '(no object)';
    const key = `${e.kind}\0${site}\0${what}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { kind: e.kind, site, what, count: 0, lostUs: 0, others: new Map() }));
    g.count++;
    g.lostUs += e.lostUs;
    const other = siteName(e.otherCode, e.otherPc);
    if (other) g.others.set(other, (g.others.get(other) ?? 0) + 1);
  }
  const ranked = [...groups.values()].sort((a, b) => b.lostUs - a.lostUs || b.count - a.count).slice(0, top);
  const lines = [`conflicts: ${events.length + dropped} aborts recorded${dropped ? ` (${dropped} oldest not kept)` : ''}; top ${ranked.length} by time lost:\n`];
  for (const g of ranked) {
    lines.push(`  ${g.count} x ${KIND_NAMES[g.kind] ?? `kind ${g.kind}`} on ${g.what}, ${(g.lostUs / 1000).toFixed(1)} ms lost\n`);
    lines.push(`    aborted: ${g.site}\n`);
    const other = [...g.others.entries()].sort((a, b) => b[1] - a[1])[0];
    if (other) lines.push(`    other side (where it last stopped): ${other[0]}\n`);
  }
  return lines;
}
