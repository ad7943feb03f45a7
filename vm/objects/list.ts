/**
 * list: a mutable sequence. LIST object = (items ARRAY ref, length); the
 * ARRAY is the backing store (capacity word, then slots), grown by about
 * 1.125x + 6 as CPython's list_resize. Every access goes through the STM
 * access layer: the LIST object's own barriers for its length and array
 * address, the item forms for the slots (stm/access.ts: a large array is
 * versioned per card, so threads writing different items do not conflict).
 * Item words are written only through `openItemForWrite` (one slot) or
 * `openItemsForWrite` (the slots a structural change rewrites, after
 * `openForWrite(list)`), and read after `openItemForRead` / `openItemsForRead`.
 */
import { allocateLayout, copyWords, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { checkConsistent, openForRead, openForWrite, openItemForRead, openItemForWrite, openItemsForRead, openItemsForWrite } from '../../stm/access.js';
import { ARRAY, LIST, T } from './core.js';

export function newList(items: readonly number[], type: number = T.list): number {
  const n = items.length;
  const arr = allocateLayout(L.ARRAY, n, T.internal_array);
  for (let i = 0; i < n; i++) store(arr + ARRAY.ITEMS + i, items[i]!);
  const ref = allocateLayout(L.LIST, 0, type);
  store(ref + LIST.ITEMS, arr);
  store(ref + LIST.LEN, n);
  return ref;
}

/** A new list of the items [start, stop) of list `ref` (0 <= start, stop <= len; empty if stop <= start). */
export function listSlice(ref: number, start: number, stop: number): number {
  openForRead(ref);
  const arr = load(ref + LIST.ITEMS);
  openItemsForRead(ref, arr, arr + ARRAY.ITEMS + start, arr + ARRAY.ITEMS + stop);
  return listFromWords(arr + ARRAY.ITEMS + start, stop > start ? stop - start : 0);
}

/** `a + b` of two lists: a new list of a's items then b's. */
export function listConcat(a: number, b: number): number {
  openForRead(a);
  openForRead(b);
  const n = load(a + LIST.LEN), m = load(b + LIST.LEN);
  const arr = allocateLayout(L.ARRAY, n + m, T.internal_array);
  const from = load(a + LIST.ITEMS), more = load(b + LIST.ITEMS);
  openItemsForRead(a, from, from + ARRAY.ITEMS, from + ARRAY.ITEMS + n);
  openItemsForRead(b, more, more + ARRAY.ITEMS, more + ARRAY.ITEMS + m);
  copyWords(arr + ARRAY.ITEMS, from + ARRAY.ITEMS, n);
  copyWords(arr + ARRAY.ITEMS + n, more + ARRAY.ITEMS, m);
  const ref = allocateLayout(L.LIST, 0, T.list);
  store(ref + LIST.ITEMS, arr);
  store(ref + LIST.LEN, n + m);
  return ref;
}

/** A list of `n` items copied from heap words at `addr`. */
export function listFromWords(addr: number, n: number): number {
  const arr = allocateLayout(L.ARRAY, n, T.internal_array);
  copyWords(arr + ARRAY.ITEMS, addr, n);
  const ref = allocateLayout(L.LIST, 0, T.list);
  store(ref + LIST.ITEMS, arr);
  store(ref + LIST.LEN, n);
  return ref;
}

export function listLen(ref: number): number {
  openForRead(ref);
  return load(ref + LIST.LEN);
}

/** Item i (0 <= i < len, unchecked). */
export function listGet(ref: number, i: number): number {
  openForRead(ref);
  const arr = load(ref + LIST.ITEMS);
  openItemForRead(ref, arr, arr + ARRAY.ITEMS + i);
  return load(arr + ARRAY.ITEMS + i);
}

/** Item i = v (0 <= i < len, unchecked). */
export function listSet(ref: number, i: number, v: number): void {
  openForRead(ref);
  const arr = load(ref + LIST.ITEMS);
  openItemForWrite(ref, arr, arr + ARRAY.ITEMS + i);
  store(arr + ARRAY.ITEMS + i, v);
}

export function listAppend(ref: number, v: number): void {
  openForWrite(ref);
  const n = load(ref + LIST.LEN);
  let arr = load(ref + LIST.ITEMS);
  if (n >= load(arr + ARRAY.CAP)) arr = grow(ref, n + 1);
  openItemsForWrite(ref, arr, arr + ARRAY.ITEMS + n, arr + ARRAY.ITEMS + n + 1);
  store(arr + ARRAY.ITEMS + n, v);
  store(ref + LIST.LEN, n + 1);
}

/** Ensures capacity for `need` items; returns the (possibly new) array. */
function grow(ref: number, need: number): number {
  const old = load(ref + LIST.ITEMS), n = load(ref + LIST.LEN);
  const cap = need + (need >> 3) + (need < 9 ? 3 : 6);
  const arr = allocateLayout(L.ARRAY, cap, T.internal_array);
  openItemsForRead(ref, old, old + ARRAY.ITEMS, old + ARRAY.ITEMS + n);
  copyWords(arr + ARRAY.ITEMS, old + ARRAY.ITEMS, n);
  store(ref + LIST.ITEMS, arr);
  return arr;
}

export function listItems(ref: number): number[] {
  openForRead(ref);
  const n = load(ref + LIST.LEN);
  const arr = load(ref + LIST.ITEMS);
  openItemsForRead(ref, arr, arr + ARRAY.ITEMS, arr + ARRAY.ITEMS + n);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = load(arr + ARRAY.ITEMS + i);
  return out;
}

/** Replaces the whole contents with `items`. */
export function listReplace(ref: number, items: readonly number[]): void {
  openForWrite(ref);
  let arr = load(ref + LIST.ITEMS);
  if (items.length > load(arr + ARRAY.CAP)) {
    arr = allocateLayout(L.ARRAY, items.length, T.internal_array);
    store(ref + LIST.ITEMS, arr);
  }
  openItemsForWrite(ref, arr, arr + ARRAY.ITEMS, arr + ARRAY.ITEMS + Math.max(items.length, load(ref + LIST.LEN)));
  for (let i = 0; i < items.length; i++) store(arr + ARRAY.ITEMS + i, items[i]!);
  for (let i = items.length; i < load(ref + LIST.LEN); i++) store(arr + ARRAY.ITEMS + i, 0);
  store(ref + LIST.LEN, items.length);
}

export function listInsert(ref: number, at: number, v: number): void {
  openForWrite(ref);
  const n = load(ref + LIST.LEN);
  // An index the caller computed from an earlier length that another thread has changed since: abort.
  if (at > n) checkConsistent();
  let arr = load(ref + LIST.ITEMS);
  if (n >= load(arr + ARRAY.CAP)) arr = grow(ref, n + 1);
  openItemsForWrite(ref, arr, arr + ARRAY.ITEMS + at, arr + ARRAY.ITEMS + n + 1);
  copyWords(arr + ARRAY.ITEMS + at + 1, arr + ARRAY.ITEMS + at, n - at);
  store(arr + ARRAY.ITEMS + at, v);
  store(ref + LIST.LEN, n + 1);
}

export function listRemoveAt(ref: number, at: number): number {
  openForWrite(ref);
  const n = load(ref + LIST.LEN);
  // As in listInsert: a stale index (the writes below would miss the cards' undo log) aborts the transaction.
  if (at >= n) checkConsistent();
  const arr = load(ref + LIST.ITEMS);
  openItemsForWrite(ref, arr, arr + ARRAY.ITEMS + at, arr + ARRAY.ITEMS + n);
  const v = load(arr + ARRAY.ITEMS + at);
  copyWords(arr + ARRAY.ITEMS + at, arr + ARRAY.ITEMS + at + 1, n - at - 1);
  store(arr + ARRAY.ITEMS + n - 1, 0);
  store(ref + LIST.LEN, n - 1);
  return v;
}
