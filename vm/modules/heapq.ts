/**
 * `_heapq`: the native heap operations behind lib/heapq.py
 * (https://docs.python.org/3.11/library/heapq.html), as CPython's C module
 * is behind its heapq.py.
 *
 * Model: a heap is a list with a[k] <= a[2k+1] and a[k] <= a[2k+2], compared
 * with `<` only. `siftDown` moves an item up towards the root by swaps,
 * `siftUp` moves the hole at `pos` down to a leaf along the smaller children,
 * then sifts the item there back up (CPython's order of comparisons and
 * swaps, so heaps print as CPython's do).
 *
 * Why native: CPython's heapq functions run as C code under the GIL, so
 * threads sharing a heap never see one half-sifted. A native runs inside one
 * region of its thread (pystm cuts regions only at back-edges and Python
 * calls of the interpreter loop; an item's __lt__ runs nested), so the same
 * holds here, in every scheduling mode, at no cost.
 *
 * Invariants: every list access goes through the list helpers (STM
 * barriers); an item's __lt__ may change the list: a change of its length
 * raises RuntimeError as in CPython, and indices are re-checked after each
 * comparison.
 */
import { K, raise, T, typeOf } from '../objects/core.js';
import { CMP, compare, isTrue, typeNameOf } from '../objects/protocol.js';
import { listAppend, listGet, listLen, listRemoveAt, listSet } from '../objects/list.js';
import { isSubtype } from '../objects/type.js';
import type { NativeFn } from '../objects/native.js';
import type { ModuleSpec } from './registry.js';

/** Which way the heap is ordered: the smallest item first, or (the _max helpers) the largest. */
type Less = (a: number, b: number) => boolean;
const minFirst: Less = (a, b) => isTrue(compare(a, b, CMP.LT));
const maxFirst: Less = (a, b) => isTrue(compare(b, a, CMP.LT));

function listArg(v: number, fname: string, argument: string): number {
  if ((v & 1) || !isSubtype(typeOf(v), T.list)) {
    // Argument Clinic's wording: None by name, anything else by its type.
    throw raise(T.TypeError, `${fname}() ${argument} must be list, not ${v === K.None ? 'None' : typeNameOf(v)}`);
  }
  return v;
}

function changedSize(heap: number, size: number): void {
  if (listLen(heap) !== size) throw raise(T.RuntimeError, 'list changed size during iteration');
}

function swap(heap: number, i: number, j: number): void {
  const a = listGet(heap, i);
  listSet(heap, i, listGet(heap, j));
  listSet(heap, j, a);
}

/** Moves the item at `pos` towards `start` while it is less than its parent. */
function siftDown(heap: number, start: number, pos: number, less: Less): void {
  const size = listLen(heap);
  while (pos > start) {
    const parent = (pos - 1) >> 1;
    const lt = less(listGet(heap, pos), listGet(heap, parent));
    changedSize(heap, size);
    if (!lt) break;
    swap(heap, parent, pos);
    pos = parent;
  }
}

/** Moves the hole at `pos` down to a leaf along the smaller children, then sifts its item back up. */
function siftUp(heap: number, pos: number, less: Less): void {
  const end = listLen(heap), start = pos, limit = end >> 1;
  while (pos < limit) {
    let child = 2 * pos + 1;
    if (child + 1 < end) {
      if (!less(listGet(heap, child), listGet(heap, child + 1))) child++;
      changedSize(heap, end);
    }
    swap(heap, child, pos);
    pos = child;
  }
  siftDown(heap, start, pos, less);
}

function pop(heap: number, less: Less): number {
  const n = listLen(heap);
  if (n === 0) throw raise(T.IndexError, 'index out of range');
  const last = listRemoveAt(heap, n - 1);
  if (n === 1) return last;
  const top = listGet(heap, 0);
  listSet(heap, 0, last);
  siftUp(heap, 0, less);
  return top;
}

function replace(heap: number, item: number, less: Less): number {
  if (listLen(heap) === 0) throw raise(T.IndexError, 'index out of range');
  const top = listGet(heap, 0);
  listSet(heap, 0, item);
  siftUp(heap, 0, less);
  return top;
}

function heapify(heap: number, less: Less): number {
  for (let i = (listLen(heap) >> 1) - 1; i >= 0; i--) siftUp(heap, i, less);
  return K.None;
}

const FUNCTIONS: Record<string, NativeFn> = {
  heappush: (a) => {
    const heap = listArg(a[0]!, 'heappush', 'argument 1');
    listAppend(heap, a[1]!);
    siftDown(heap, 0, listLen(heap) - 1, minFirst);
    return K.None;
  },
  heappop: (a) => pop(listArg(a[0]!, 'heappop', 'argument'), minFirst),
  heapreplace: (a) => replace(listArg(a[0]!, 'heapreplace', 'argument 1'), a[1]!, minFirst),
  heappushpop: (a) => {
    const heap = listArg(a[0]!, 'heappushpop', 'argument 1');
    const item = a[1]!;
    if (listLen(heap) === 0) return item;
    if (!minFirst(listGet(heap, 0), item)) return item;
    // __lt__ may have emptied the list.
    return replace(heap, item, minFirst);
  },
  heapify: (a) => heapify(listArg(a[0]!, 'heapify', 'argument'), minFirst),
  _heappop_max: (a) => pop(listArg(a[0]!, '_heappop_max', 'argument'), maxFirst),
  _heapreplace_max: (a) => replace(listArg(a[0]!, '_heapreplace_max', 'argument 1'), a[1]!, maxFirst),
  _heapify_max: (a) => heapify(listArg(a[0]!, '_heapify_max', 'argument'), maxFirst),
};

export const heapqModule: ModuleSpec = {
  name: '_heapq',
  doc: 'Heap queue algorithm (a.k.a. priority queue).',
  functions: FUNCTIONS,
  arity: {
    heappush: '=2-2', heappop: 'O', heapreplace: '=2-2', heappushpop: '=2-2', heapify: 'O',
    _heappop_max: 'O', _heapreplace_max: '=2-2', _heapify_max: 'O',
  },
};
