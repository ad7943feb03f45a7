/**
 * memoryview over bytes and bytearray, one-dimensional, format 'B'. A PAIR
 * object: A = the exporting object, B = the first byte's index, C = the
 * number of items, D = (step << 2) | flags (1 = released, 2 = read-only).
 * A view of a bytearray counts as one export of it (bytearray.ts) until
 * `release()`: the bytearray cannot be resized meanwhile.
 *
 * https://docs.python.org/3.11/library/stdtypes.html#memoryview
 */
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { openForRead, openForWrite } from '../../stm/access.js';
import { PAIR, raise, small, T, typeOf } from './core.js';
import { bufferHooks, bytesView } from './bytes.js';
import { byteArrayView, changeExports } from './bytearray.js';
import { isSubtype } from './type.js';

export const MV_RELEASED = 1, MV_READONLY = 2;

export function newMemoryView(obj: number, start: number, count: number, step: number, readonly: boolean): number {
  const ref = allocateLayout(L.PAIR, 0, T.memoryview);
  store(ref + PAIR.A, obj);
  store(ref + PAIR.B, small(start));
  store(ref + PAIR.C, small(count));
  store(ref + PAIR.D, small((step << 2) | (readonly ? MV_READONLY : 0)));
  if (isByteArray(obj)) changeExports(obj, 1);
  return ref;
}

function isByteArray(v: number): boolean {
  const t = typeOf(v);
  return t === T.bytearray || isSubtype(t, T.bytearray);
}

export interface ViewShape { obj: number; start: number; count: number; step: number; flags: number }

/** The view's fields; raises ValueError if it was released. */
export function viewShape(ref: number): ViewShape {
  openForRead(ref);
  const d = load(ref + PAIR.D) >> 1;
  if (d & MV_RELEASED) throw raise(T.ValueError, 'operation forbidden on released memoryview object');
  return { obj: load(ref + PAIR.A), start: load(ref + PAIR.B) >> 1, count: load(ref + PAIR.C) >> 1, step: d >> 2, flags: d & 3 };
}

export function isReleased(ref: number): boolean {
  openForRead(ref);
  return ((load(ref + PAIR.D) >> 1) & MV_RELEASED) !== 0;
}

/** The whole underlying buffer (live view). */
export function underlying(obj: number): Uint8Array {
  return isByteArray(obj) ? byteArrayView(obj) : bytesView(obj);
}

/** The bytes the view shows (a copy). */
export function viewBytes(ref: number): Uint8Array {
  const s = viewShape(ref);
  const src = underlying(s.obj);
  const out = new Uint8Array(s.count);
  for (let i = 0, j = s.start; i < s.count; i++, j += s.step) out[i] = src[j]!;
  return out;
}
bufferHooks.memoryview = viewBytes;

export function releaseView(ref: number): void {
  openForWrite(ref);
  const d = load(ref + PAIR.D) >> 1;
  if (d & MV_RELEASED) return;
  store(ref + PAIR.D, small(d | MV_RELEASED));
  const obj = load(ref + PAIR.A);
  if (isByteArray(obj)) changeExports(obj, -1);
}
