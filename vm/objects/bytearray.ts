/**
 * bytearray: a mutable byte string. A PAIR object: A = the storage (a BYTES
 * object private to this bytearray, its length being the capacity), B = the
 * length (small int), C = the number of live memoryview exports (small
 * int; not enforced, see `checkResizable`). Storage grows
 * by about 1.125x + 6 like a list, so `append` in a loop is amortised O(1).
 *
 * Every read goes through `openForRead` and every change through
 * `openForWrite` on the bytearray object (the storage is private to it).
 * The methods live in vm/runtime/specs-bytes.ts.
 *
 * https://docs.python.org/3.11/library/stdtypes.html#bytearray-objects
 */
import { allocateLayout, load, store, u8View } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { openForRead, openForWrite } from '../../stm/access.js';
import { BYTES, PAIR, small, T } from './core.js';
import { bufferHooks } from './bytes.js';

const STORE = PAIR.A, LEN = PAIR.B, EXPORTS = PAIR.C;

export function newByteArray(data: ArrayLike<number>, type: number = T.bytearray): number {
  const ref = allocateLayout(L.PAIR, 0, type);
  const buf = allocateLayout(L.BYTES, data.length, T.bytes);
  u8View(buf + BYTES.DATA, data.length).set(data);
  store(ref + STORE, buf);
  store(ref + LEN, small(data.length));
  store(ref + EXPORTS, small(0));
  return ref;
}

export function byteArrayLen(ref: number): number {
  openForRead(ref);
  return load(ref + LEN) >> 1;
}

/** A live view of the current contents (short-lived: invalid after a resize). */
export function byteArrayView(ref: number): Uint8Array {
  openForRead(ref);
  return u8View(load(ref + STORE) + BYTES.DATA, load(ref + LEN) >> 1) as Uint8Array;
}

/** A copy of the contents. */
export function byteArrayData(ref: number): Uint8Array {
  return Uint8Array.from(byteArrayView(ref));
}
bufferHooks.bytearray = byteArrayData;

export function byteArraySetByte(ref: number, i: number, b: number): void {
  openForWrite(ref);
  u8View(load(ref + STORE) + BYTES.DATA, i + 1)[i] = b;
}

export function changeExports(ref: number, delta: number): void {
  openForWrite(ref);
  store(ref + EXPORTS, small((load(ref + EXPORTS) >> 1) + delta));
}

/**
 * CPython refuses to resize a bytearray while a memoryview exports it. It
 * learns that a view is gone from reference counting; pystm has no way to
 * see a temporary view die (no collector yet), so enforcing the rule would
 * make `memoryview(b)[i]` followed by `b.append(x)` fail forever. The export
 * count is kept (for a future collector) but not enforced.
 */
function checkResizable(_ref: number): void {}

/** Replaces bytes [start, start + deleteCount) with `insert` (the one resizing primitive). */
export function byteArraySplice(ref: number, start: number, deleteCount: number, insert: ArrayLike<number>): void {
  openForWrite(ref);
  const n = load(ref + LEN) >> 1;
  const newLen = n - deleteCount + insert.length;
  if (newLen !== n) checkResizable(ref);
  let buf = load(ref + STORE);
  const cap = load(buf + BYTES.LEN);
  const tail = Uint8Array.from(u8View(buf + BYTES.DATA, n).subarray(start + deleteCount, n));
  if (newLen > cap || newLen < cap >> 2) {
    const grown = allocateLayout(L.BYTES, newLen > cap ? newLen + (newLen >> 3) + 6 : newLen, T.bytes);
    u8View(grown + BYTES.DATA, start).set(u8View(buf + BYTES.DATA, start));
    buf = grown;
    store(ref + STORE, buf);
  }
  const view = u8View(buf + BYTES.DATA, newLen);
  view.set(insert, start);
  view.set(tail, start + insert.length);
  store(ref + LEN, small(newLen));
}

/** Replaces the whole contents. */
export function byteArrayAssign(ref: number, data: ArrayLike<number>): void {
  byteArraySplice(ref, 0, byteArrayLen(ref), data);
}
