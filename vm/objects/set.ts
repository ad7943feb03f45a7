/**
 * set and frozenset: open-addressing hash tables probed as CPython's
 * setobject.c (up to 9 linear probes, then perturbed jumps; resize when 3/5
 * full to used*4 (used*2 above 50000)), so the iteration order of sets of
 * small ints matches CPython's.
 *
 * Layout: SET = (table SETTABLE ref, used, fill, mask); SETTABLE records
 * are (hash, key); key 0 = never used, `K.dummy` = deleted. frozenset uses
 * the same layout and is never mutated after construction. Mutations of a
 * set go through the STM access layer.
 */
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { openForRead, openForWrite } from '../../stm/access.js';
import { rememberWrite } from '../../gc/collect.js';
import { K, SET, SETTABLE, T } from './core.js';
import { hashOf, richEq } from './protocol.js';

const LINEAR_PROBES = 9;
const E = SETTABLE.ENTRIES;

export function newSet(items: readonly number[] = [], type: number = T.set): number {
  const s = allocateLayout(L.SET, 0, type);
  store(s + SET.TABLE, allocateLayout(L.SETTABLE, 8, T.internal_settable));
  store(s + SET.MASK, 7);
  for (const x of items) setAdd(s, x);
  return s;
}

export function newFrozenset(items: readonly number[]): number {
  return newSet(items, T.frozenset);
}

export function setLen(s: number): number {
  openForRead(s);
  return load(s + SET.USED);
}

/**
 * CPython's perturb is the 64-bit unsigned hash; ours are 32-bit hashes
 * sign-extended to 64 bits (exact for ints and floats of small magnitude),
 * kept as two 32-bit halves. Only the low half reaches the slot index.
 */
let phi = 0;
function perturbStart(h: number): number {
  phi = h < 0 ? 0xffffffff : 0;
  return h >>> 0;
}
function perturbNext(plo: number): number {
  const lo = ((plo >>> 5) | (phi << 27)) >>> 0;
  phi >>>= 5;
  return lo;
}

function findSlot(s: number, key: number, h: number): number {
  const table = load(s + SET.TABLE), mask = load(s + SET.MASK);
  let i = h & mask, perturb = perturbStart(h);
  for (;;) {
    const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = 0; j <= probes; j++) {
      const p = table + E + 2 * (i + j);
      const k = load(p + 1);
      if (k === 0) return -(i + j) - 1;
      if (k === key || (k !== K.dummy && load(p) === h && richEq(k, key))) return i + j;
    }
    perturb = perturbNext(perturb);
    i = (i * 5 + 1 + perturb) & mask;
  }
}

export function setContains(s: number, key: number): boolean {
  openForRead(s);
  return findSlot(s, key, hashOf(key)) >= 0;
}

export function setAdd(s: number, key: number): void {
  openForWrite(s);
  const h = hashOf(key);
  const found = findSlot(s, key, h);
  if (found >= 0) return;
  const table = load(s + SET.TABLE), mask = load(s + SET.MASK);
  // Reuse the first dummy on the probe path, as CPython does (none when fill = used).
  let i = h & mask, perturb = perturbStart(h);
  const slot = -found - 1;
  let dummy = -1;
  if (load(s + SET.FILL) !== load(s + SET.USED)) outer: for (;;) {
    const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = 0; j <= probes; j++) {
      const k = load(table + E + 2 * (i + j) + 1);
      if (k === K.dummy && dummy < 0) dummy = i + j;
      if (k === 0) break outer;
    }
    perturb = perturbNext(perturb);
    i = (i * 5 + 1 + perturb) & mask;
  }
  const target = dummy >= 0 ? dummy : slot;
  // The table is written under the set's transaction barrier, but it is an object of its own to the collector.
  rememberWrite(table);
  store(table + E + 2 * target, h);
  store(table + E + 2 * target + 1, key);
  store(s + SET.USED, load(s + SET.USED) + 1);
  if (dummy >= 0) return;
  const fill = load(s + SET.FILL) + 1;
  store(s + SET.FILL, fill);
  if (fill * 5 >= mask * 3) resize(s, load(s + SET.USED) > 50000 ? load(s + SET.USED) * 2 : load(s + SET.USED) * 4);
}

function resize(s: number, minused: number): void {
  let size = 8;
  while (size <= minused) size <<= 1;
  const old = load(s + SET.TABLE), oldMask = load(s + SET.MASK);
  const table = allocateLayout(L.SETTABLE, size, T.internal_settable);
  const mask = size - 1;
  for (let j = 0; j <= oldMask; j++) {
    const k = load(old + E + 2 * j + 1);
    if (k === 0 || k === K.dummy) continue;
    const h = load(old + E + 2 * j);
    let i = h & mask, perturb = perturbStart(h);
    for (;;) {
      let placed = -1;
      if (load(table + E + 2 * i + 1) === 0) placed = i;
      else if (i + LINEAR_PROBES <= mask) {
        for (let p = 1; p <= LINEAR_PROBES; p++) if (load(table + E + 2 * (i + p) + 1) === 0) { placed = i + p; break; }
      }
      if (placed >= 0) {
        store(table + E + 2 * placed, h);
        store(table + E + 2 * placed + 1, k);
        break;
      }
      perturb = perturbNext(perturb);
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
  store(s + SET.TABLE, table);
  store(s + SET.MASK, mask);
  store(s + SET.FILL, load(s + SET.USED));
}

export function setDiscard(s: number, key: number): boolean {
  openForWrite(s);
  const i = findSlot(s, key, hashOf(key));
  if (i < 0) return false;
  const table = load(s + SET.TABLE);
  store(table + E + 2 * i + 1, K.dummy);
  store(table + E + 2 * i, -1);
  store(s + SET.USED, load(s + SET.USED) - 1);
  return true;
}

/** Keys in table order (CPython's iteration order). */
export function setItems(s: number): number[] {
  openForRead(s);
  const table = load(s + SET.TABLE), mask = load(s + SET.MASK);
  const out: number[] = [];
  for (let j = 0; j <= mask; j++) {
    const k = load(table + E + 2 * j + 1);
    if (k !== 0 && k !== K.dummy) out.push(k);
  }
  return out;
}

export function isSetLike(v: number): boolean {
  if (v & 1 || v === 0) return false;
  const t = load(v);
  return t === T.set || t === T.frozenset;
}
