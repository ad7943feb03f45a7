/**
 * dict: insertion-ordered hash table in CPython's compact form.
 *
 * Layout: DICT = (entries DICTKEYS ref, indices I32ARRAY ref or 0, length,
 * entries used, version). `entries` holds (hash, key, value) records in
 * insertion order; a deleted entry has key 0 (iteration skips it).
 *
 * Two modes, told apart by the indices word:
 * - small (indices 0, capacity <= SMALL_CAP): no index; lookup scans the
 *   used entries in order. Most dicts (instance __dict__s, keyword
 *   arguments) are small, and this saves an allocation and the index upkeep.
 * - indexed: `indices` is a power-of-two open-addressing table of entry
 *   numbers + 1 (0 empty, -1 deleted), probed as CPython does (perturb >>= 5;
 *   i = 5i + 1 + perturb). Entry capacity is 2/3 of the index size.
 * Either way, when the entries are full the table is rebuilt (compacting
 * deleted entries), choosing the mode from the live count. Keys of equal
 * hash are compared in insertion order in both modes (CPython's probe order
 * for them), so __eq__ calls happen as in CPython.
 *
 * The entries object also keeps a bloom word: bit (hash & 31) is set for
 * the hash of every key appended (rebuilt on resize, never cleared by a
 * delete), so a lookup whose bit is clear misses without scanning.
 *
 * The version word is a keys version: it changes whenever the set of keys or
 * the entry layout changes (insert of a new key, delete, clear, resize), not
 * when an existing key's value is replaced. The interpreter's LOAD_GLOBAL
 * caches an entry number keyed on (dict, version) and reads the value there.
 * str keys compare by ref first, then by cached hash and content; other keys
 * go through __eq__ (which may run Python code; if it changes the dict the
 * lookup restarts, as CPython's does).
 *
 * Every access is routed through the STM access layer (stm/access.ts). The
 * DICT object's barriers cover its fields, the index, and the entries' hash
 * and key words (only structural changes write those, under
 * `openForWrite(dict)`); a value word is read after `openItemForRead` and
 * written after `openItemForWrite` (or `openItemsForWrite` in a structural
 * change), so that in a large dict, versioned per card of entries, threads
 * replacing the values of different keys do not conflict.
 */
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { openForRead, openForWrite, openItemForRead, openItemForWrite, openItemsForRead, openItemsForWrite } from '../../stm/access.js';
import { DICT, DICTKEYS, I32A, K, STR, T } from './core.js';
import { internHook, strEquals, strHash } from './str.js';
import { hashOf, richEq } from './protocol.js';

const E = DICTKEYS.ENTRIES;
/** Largest entry capacity kept without an index. */
const SMALL_CAP = 8;
/** Entry capacity of a dict created with no expected size. */
const DEFAULT_CAP = 5;

/** Entry capacity for an index table of `size` slots (2/3, as CPython). */
function usable(size: number): number {
  return ((size * 2) / 3) | 0;
}

/** A dict with room for at least `expected` entries. */
export function newDict(expected = 0, type: number = T.dict): number {
  return newDictWithCapacity(Math.max(expected, DEFAULT_CAP), type);
}

/** A dict with room for exactly `cap` (>= 1) entries when small (sized from a hint). */
export function newDictWithCapacity(cap: number, type: number = T.dict): number {
  const d = allocateLayout(L.DICT, 0, type);
  allocateTables(d, cap);
  return d;
}

/** Installs empty tables with room for `need` entries: small if it fits, else indexed. */
function allocateTables(d: number, need: number): void {
  if (need <= SMALL_CAP) {
    store(d + DICT.KEYS, allocateLayout(L.DICTKEYS, need, T.internal_dictkeys));
    store(d + DICT.INDICES, 0);
    return;
  }
  let size = 16;
  while (usable(size) < need) size <<= 1;
  store(d + DICT.KEYS, allocateLayout(L.DICTKEYS, usable(size), T.internal_dictkeys));
  store(d + DICT.INDICES, allocateLayout(L.I32ARRAY, size, T.internal_i32array));
}

export function dictLen(d: number): number {
  openForRead(d);
  return load(d + DICT.LEN);
}

export function dictVersion(d: number): number {
  openForRead(d);
  return load(d + DICT.VERSION);
}

function isStr(v: number): boolean {
  return (v & 1) === 0 && load(v) === T.str;
}

/** Entry number of `key` (with hash `h`), or -1. May run __eq__. */
function lookup(d: number, key: number, h: number): number {
  // The entries' bloom word has bit (hash & 31) set for every key ever added to them: a clear bit is a sure miss
  // (instance dicts asked for method names, module globals asked for builtins).
  if (((load(load(d + DICT.KEYS) + DICTKEYS.BLOOM) >>> (h & 31)) & 1) === 0) return -1;
  const idx = load(d + DICT.INDICES);
  return idx === 0 ? scan(d, key, h) : probe(d, idx, key, h);
}

/** Small-mode lookup: the used entries in insertion order. */
function scan(d: number, key: number, h: number): number {
  const keys = load(d + DICT.KEYS), used = load(d + DICT.USED);
  for (let i = 0, e = keys + E; i < used; i++, e += 3) {
    const k = load(e + 1);
    if (k === key) return i;
    if (k !== 0 && load(e) === h) {
      const eq = keyEquals(d, keys, e, k, key);
      if (eq === 1) return i;
      if (eq < 0) return lookup(d, key, h);
    }
  }
  return -1;
}

/** Indexed-mode lookup: CPython's probe sequence over the index. */
function probe(d: number, idx: number, key: number, h: number): number {
  const keys = load(d + DICT.KEYS);
  const mask = load(idx + I32A.LEN) - 1;
  let i = h & mask, perturb = h >>> 0;
  for (;;) {
    const slot = load(idx + I32A.DATA + i);
    if (slot === 0) return -1;
    if (slot > 0) {
      const e = keys + E + 3 * (slot - 1);
      const k = load(e + 1);
      if (k === key) return slot - 1;
      if (load(e) === h) {
        const eq = keyEquals(d, keys, e, k, key);
        if (eq === 1) return slot - 1;
        if (eq < 0) return lookup(d, key, h);
      }
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/**
 * Compares entry key `k` (at record `e` of `keys`, same hash, other ref) with
 * `key`: 1 equal, 0 not, -1 when __eq__ changed the dict under us (restart).
 */
function keyEquals(d: number, keys: number, e: number, k: number, key: number): number {
  if (isStr(key) && isStr(k)) return strEquals(k, key) ? 1 : 0;
  if (k & key & 1) return 0;
  const eq = richEq(k, key);
  if (load(d + DICT.KEYS) !== keys || load(e + 1) !== k) return -1;
  return eq ? 1 : 0;
}

/** The value for `key`, or 0 if absent. */
export function dictGet(d: number, key: number): number {
  openForRead(d);
  const e = lookup(d, key, hashOf(key));
  return e < 0 ? 0 : valueAt(d, e);
}

/** Fast lookup by a str key (interned names hit on the ref compare). */
export function dictGetStr(d: number, key: number): number {
  openForRead(d);
  const e = lookup(d, key, strHash(key));
  return e < 0 ? 0 : valueAt(d, e);
}

/** The value word of entry `e` (the dict read-opened). */
function valueAt(d: number, e: number): number {
  const keys = load(d + DICT.KEYS), p = keys + E + 3 * e + 2;
  openItemForRead(d, keys, p);
  return load(p);
}

/** Entry `e`'s value = `value` (the dict read-opened). */
function setValueAt(d: number, e: number, value: number): void {
  const keys = load(d + DICT.KEYS), p = keys + E + 3 * e + 2;
  openItemForWrite(d, keys, p);
  store(p, value);
}

/** The entry number holding str `key`, or -1 (for inline-cache hints). */
export function dictFindStr(d: number, key: number): number {
  openForRead(d);
  return lookup(d, key, strHash(key));
}

/** Value of entry `e` if its key is exactly `key`, else 0 (inline-cache probe). */
export function dictEntryValueIf(d: number, e: number, key: number): number {
  openForRead(d);
  if (e >= load(d + DICT.USED)) return 0;
  const p = load(d + DICT.KEYS) + E + 3 * e;
  return load(p + 1) === key ? valueAt(d, e) : 0;
}

/**
 * d[key] = value for a str `key`, trying entry `hint` first (inline-cache
 * store). Returns true if the tables had to grow (a sizing hint for callers
 * that create many similar dicts).
 */
export function dictSetStrAt(d: number, hint: number, key: number, value: number): boolean {
  openForRead(d);
  if (hint >>> 0 < load(d + DICT.USED) && load(load(d + DICT.KEYS) + E + 3 * hint + 1) === key) {
    setValueAt(d, hint, value);
    return false;
  }
  return dictSetHashed(d, key, value, strHash(key));
}

export function dictSet(d: number, key: number, value: number): void {
  dictSetHashed(d, key, value, hashOf(key));
}

/** d[key] = value where `h` is hash(key); true if the tables had to grow. */
export function dictSetHashed(d: number, key: number, value: number, h: number): boolean {
  openForRead(d);
  const e = lookup(d, key, h);
  if (e >= 0) {
    setValueAt(d, e, value);
    return false;
  }
  return append(d, key, value, h);
}

/** Adds a new entry (the key is known to be absent); true if the tables grew. */
function append(d: number, key: number, value: number, h: number): boolean {
  openForWrite(d);
  store(d + DICT.VERSION, load(d + DICT.VERSION) + 1);
  let keys = load(d + DICT.KEYS);
  let used = load(d + DICT.USED);
  const grow = used >= load(keys + DICTKEYS.CAP);
  if (grow) {
    resize(d, load(d + DICT.LEN) + 1);
    keys = load(d + DICT.KEYS);
    used = load(d + DICT.USED);
  }
  const p = keys + E + 3 * used;
  openItemsForWrite(d, keys, p, p + 3);
  store(p, h);
  store(p + 1, key);
  store(p + 2, value);
  store(keys + DICTKEYS.BLOOM, load(keys + DICTKEYS.BLOOM) | (1 << (h & 31)));
  const idx = load(d + DICT.INDICES);
  if (idx !== 0) insertIndex(idx, h, used);
  store(d + DICT.USED, used + 1);
  store(d + DICT.LEN, load(d + DICT.LEN) + 1);
  return grow;
}

function insertIndex(idx: number, h: number, entry: number): void {
  const mask = load(idx + I32A.LEN) - 1;
  let i = h & mask, perturb = h >>> 0;
  while (load(idx + I32A.DATA + i) > 0) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  store(idx + I32A.DATA + i, entry + 1);
}

/**
 * Rebuilds the tables for at least `need` live entries, dropping deleted
 * ones: small with room to about double (at least DEFAULT_CAP, at most
 * SMALL_CAP), else indexed with usable room for 2 * need.
 */
function resize(d: number, need: number): void {
  const oldKeys = load(d + DICT.KEYS), used = load(d + DICT.USED);
  openItemsForRead(d, oldKeys, oldKeys + E, oldKeys + E + 3 * used);
  allocateTables(d, need <= SMALL_CAP ? Math.min(SMALL_CAP, Math.max(DEFAULT_CAP, 2 * need - 1)) : 2 * need);
  const keys = load(d + DICT.KEYS), idx = load(d + DICT.INDICES);
  let n = 0;
  for (let i = 0; i < used; i++) {
    const p = oldKeys + E + 3 * i;
    if (load(p + 1) === 0) continue;
    const q = keys + E + 3 * n;
    store(q, load(p));
    store(q + 1, load(p + 1));
    store(q + 2, load(p + 2));
    if (idx !== 0) insertIndex(idx, load(p), n);
    n++;
  }
  store(keys + DICTKEYS.BLOOM, rebuiltBloom(keys, n));
  store(d + DICT.USED, n);
}

/** The bloom word of the first `n` entries of `keys`. */
function rebuiltBloom(keys: number, n: number): number {
  let bloom = 0;
  for (let i = 0; i < n; i++) bloom |= 1 << (load(keys + E + 3 * i) & 31);
  return bloom;
}

/** Removes `key`; returns its value, or 0 if it was absent. */
export function dictDelete(d: number, key: number): number {
  openForWrite(d);
  const h = hashOf(key);
  const e = lookup(d, key, h);
  if (e < 0) return 0;
  const idx = load(d + DICT.INDICES);
  if (idx !== 0) unindex(idx, h, e);
  const keys = load(d + DICT.KEYS), p = keys + E + 3 * e;
  openItemsForWrite(d, keys, p + 1, p + 3);
  const v = load(p + 2);
  store(p + 1, 0);
  store(p + 2, 0);
  store(d + DICT.LEN, load(d + DICT.LEN) - 1);
  store(d + DICT.VERSION, load(d + DICT.VERSION) + 1);
  return v;
}

/** Marks entry `e` (hash `h`) deleted in index `idx`. */
function unindex(idx: number, h: number, e: number): void {
  const mask = load(idx + I32A.LEN) - 1;
  let i = h & mask, perturb = h >>> 0;
  while (load(idx + I32A.DATA + i) !== e + 1) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  store(idx + I32A.DATA + i, -1);
}

export function dictClear(d: number): void {
  openForWrite(d);
  allocateTables(d, DEFAULT_CAP);
  store(d + DICT.LEN, 0);
  store(d + DICT.USED, 0);
  store(d + DICT.VERSION, load(d + DICT.VERSION) + 1);
}

/**
 * Iteration cursor: returns the next live entry number >= `from`, or -1.
 * Key and value of entry e: dictKeyAt / dictValueAt.
 */
export function dictNext(d: number, from: number): number {
  openForRead(d);
  const keys = load(d + DICT.KEYS), used = load(d + DICT.USED);
  for (let e = from; e < used; e++) if (load(keys + E + 3 * e + 1) !== 0) return e;
  return -1;
}
export function dictKeyAt(d: number, e: number): number {
  return load(load(d + DICT.KEYS) + E + 3 * e + 1);
}
export function dictValueAt(d: number, e: number): number {
  return valueAt(d, e);
}

export function dictKeys(d: number): number[] {
  const out: number[] = [];
  for (let e = dictNext(d, 0); e >= 0; e = dictNext(d, e + 1)) out.push(dictKeyAt(d, e));
  return out;
}
export function dictEntries(d: number): [number, number][] {
  const out: [number, number][] = [];
  for (let e = dictNext(d, 0); e >= 0; e = dictNext(d, e + 1)) out.push([dictKeyAt(d, e), dictValueAt(d, e)]);
  return out;
}

export function dictCopy(d: number): number {
  const c = newDict(dictLen(d));
  for (const [k, v] of dictEntries(d)) dictSet(c, k, v);
  return c;
}

// The heap's interned-string table is a dict: record each new interned str.
internHook.record = (ref: number) => {
  if (load(ref + STR.FLAGS) !== undefined) dictSetHashed(K.interned, ref, ref, strHash(ref));
};

/** The side-table `__dict__` of `obj` (see protocol.ts `sideDict`); bootstrap installs it as `sideDictHook.get`. */
export function sideDictOf(obj: number, create: boolean): number {
  if (!K.sideDicts) return 0;
  const key = (obj << 1) | 1;
  let d = dictGet(K.sideDicts, key);
  if (!d && create) {
    d = newDict();
    dictSet(K.sideDicts, key, d);
  }
  return d;
}
