/**
 * Conflict events: every aborted transaction is recorded, by the worker
 * that ran it, into that worker's buffer in the heap — the data `--stats`
 * summarises at exit and the conflict profiler (issue #6) presents.
 *
 * Model:
 * - One buffer per worker: an internal ARRAY, registered in the list at
 *   SCHED.EVENTS when the worker records its first event (under the
 *   scheduler's lock); written only by its worker, with plain stores,
 *   outside any transaction (after the rollback), so nothing else to undo.
 * - Word 0 counts the events ever recorded; then a ring of EVENT_SLOTS
 *   records of EV.WORDS words (the oldest are overwritten: the count says
 *   how many were). Numbers are small ints; objects are refs, so a
 *   collector finds them (they stay alive until exit; bounded).
 * - A record: the kind (stm/tx.ts ConflictKind), the aborted thread and
 *   where it was (code object, instruction index: exact when the conflict
 *   was met inside the interpreter, else where its region stopped), the
 *   thread on the other side and where it stopped last (its frame at its
 *   last boundary or call: approximate), the object involved and, for a
 *   large list's or dict's card, the first item index of the card, the
 *   time the aborted run lost (µs) and when it happened (ms since start).
 *
 * Cost: nothing on the commit path; one record per abort.
 */
import { allocateLayout, HEAP_BASE, heapSizeWords, load, objectWords, store } from '../gc/heap.js';
import { F_CODE, F_PC } from '../gc/frames.js';
import { L } from '../gc/layout.js';
import { ARRAY, CODE, DICT, DICTKEYS, K, LIST, SCHED, T, THREAD, TYPE, typeOf } from '../vm/objects/core.js';
import { isSubtype } from '../vm/objects/type.js';
import { listItems } from '../vm/objects/list.js';
import { jsString } from '../vm/objects/str.js';
import { codeInfo } from '../vm/interp/code.js';
import { ConflictKind, TxAbort } from '../stm/tx.js';
import { appendToSchedList } from './threads.js';

/** Words of one event record. */
export const enum EV { KIND, THREAD, CODE, PC, OTHER, OTHER_CODE, OTHER_PC, OBJ, INDEX, LOST_US, TIME_MS, WORDS }

/** Records kept per worker (the newest). */
const EVENT_SLOTS = 4096;

let buffer = 0;
const started = performance.now();

const small = (n: number) => ((n | 0) << 1) | 1;
const num = (v: number) => v >> 1;

/** This worker's buffer, allocated and registered on first use. */
function ownBuffer(): number {
  if (buffer) return buffer;
  const b = allocateLayout(L.ARRAY, 1 + EVENT_SLOTS * EV.WORDS, T.internal_array);
  store(b + ARRAY.ITEMS, small(0));
  appendToSchedList(SCHED.EVENTS, b);
  buffer = b;
  return b;
}

/**
 * Where `thread` stopped last: its top frame's code and instruction index.
 * The other side's frame is read while its thread may run on another
 * worker (a frame being pushed): a word that is not a code object is
 * dropped, since the record's values are scanned by the collector and the
 * heap checker (found by the checker: a stray frame word in a record).
 */
function stoppedAt(thread: number): [number, number] {
  const fp = thread ? load(thread + THREAD.FP) : 0;
  if (!fp) return [0, -1];
  const code = load(fp + F_CODE);
  return isCodeObject(code) ? [code, load(fp + F_PC)] : [0, -1];
}

/** Is the word `v` (possibly read from a frame another thread is changing) a code object's ref? */
function isCodeObject(v: number): boolean {
  return (v & 1) === 0 && v >= HEAP_BASE && v < heapSizeWords() && load(v) === T.code;
}

/**
 * Records the abort of `thread`'s transaction (`e`, after its rollback),
 * which lost `lostUs`; `other` is the thread on the other side, or 0.
 */
export function recordConflict(thread: number, e: TxAbort, other: number, lostUs: number): void {
  const b = ownBuffer();
  const n = num(load(b + ARRAY.ITEMS));
  const at = b + ARRAY.ITEMS + 1 + (n % EVENT_SLOTS) * EV.WORDS;
  const [code, pc] = e.pc >= 0 ? [e.code, e.pc] : stoppedAt(thread);
  const [otherCode, otherPc] = other && other !== thread ? stoppedAt(other) : [0, -1];
  store(at + EV.KIND, small(e.reason));
  store(at + EV.THREAD, thread);
  store(at + EV.CODE, code);
  store(at + EV.PC, small(pc));
  store(at + EV.OTHER, other);
  store(at + EV.OTHER_CODE, otherCode);
  store(at + EV.OTHER_PC, small(otherPc));
  store(at + EV.OBJ, e.obj);
  store(at + EV.INDEX, small(itemIndex(e)));
  store(at + EV.LOST_US, small(Math.min(lostUs, 0x3fffffff)));
  store(at + EV.TIME_MS, small(Math.round(performance.now() - started)));
  store(b + ARRAY.ITEMS, small(n + 1));
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

/** An event as read back at exit. */
export interface ConflictEvent {
  kind: ConflictKind;
  thread: number;
  code: number;
  pc: number;
  other: number;
  otherCode: number;
  otherPc: number;
  obj: number;
  index: number;
  lostUs: number;
  timeMs: number;
}

/** Every recorded event still in the buffers, and how many were overwritten. */
export function allConflicts(): { events: ConflictEvent[]; dropped: number } {
  const list = load(K.sched + SCHED.EVENTS);
  const events: ConflictEvent[] = [];
  let dropped = 0;
  for (const b of list ? listItems(list) : []) {
    const n = num(load(b + ARRAY.ITEMS));
    dropped += Math.max(0, n - EVENT_SLOTS);
    for (let i = Math.max(0, n - EVENT_SLOTS); i < n; i++) {
      const at = b + ARRAY.ITEMS + 1 + (i % EVENT_SLOTS) * EV.WORDS;
      events.push({
        kind: num(load(at + EV.KIND)), thread: load(at + EV.THREAD), code: load(at + EV.CODE), pc: num(load(at + EV.PC)),
        other: load(at + EV.OTHER), otherCode: load(at + EV.OTHER_CODE), otherPc: num(load(at + EV.OTHER_PC)),
        obj: load(at + EV.OBJ), index: num(load(at + EV.INDEX)), lostUs: num(load(at + EV.LOST_US)), timeMs: num(load(at + EV.TIME_MS)),
      });
    }
  }
  return { events, dropped };
}

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
 * `--stats`' conflict lines: the events grouped by kind, aborted site and
 * type of object, the `top` groups that lost the most time, each with its
 * most frequent other side.
 */
export function conflictSummary(top: number): string[] {
  const { events, dropped } = allConflicts();
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
