/**
 * tuple: an immutable sequence of values in one TUPLE object (length word,
 * then the items). Immutable, so no STM barriers. The empty tuple is a
 * singleton (`K.emptyTuple`).
 */
import { allocateLayout, copyWords, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { K, T, TUPLE } from './core.js';

export function newTuple(items: readonly number[]): number {
  if (items.length === 0 && K.emptyTuple) return K.emptyTuple;
  const ref = allocateLayout(L.TUPLE, items.length, T.tuple);
  for (let i = 0; i < items.length; i++) store(ref + TUPLE.ITEMS + i, items[i]!);
  return ref;
}

/** A tuple of `n` items copied from heap words starting at `addr`. */
export function tupleFromWords(addr: number, n: number): number {
  if (n === 0 && K.emptyTuple) return K.emptyTuple;
  const ref = allocateLayout(L.TUPLE, n, T.tuple);
  copyWords(ref + TUPLE.ITEMS, addr, n);
  return ref;
}

export function tupleLen(ref: number): number {
  return load(ref + TUPLE.LEN);
}
export function tupleItem(ref: number, i: number): number {
  return load(ref + TUPLE.ITEMS + i);
}
export function tupleItems(ref: number): number[] {
  const n = load(ref + TUPLE.LEN);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = load(ref + TUPLE.ITEMS + i);
  return out;
}
