/**
 * bytes: an immutable byte string (BYTES layout: length, then the bytes).
 * Only construction and repr for now; the methods arrive with the rest of
 * issue #3's types.
 */
import { allocateLayout, load, storeU8, u8View } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { BYTES, T } from './core.js';

export function newBytes(data: Uint8Array): number {
  const ref = allocateLayout(L.BYTES, data.length, T.bytes);
  for (let i = 0; i < data.length; i++) storeU8(ref + BYTES.DATA, i, data[i]!);
  return ref;
}

export function bytesData(ref: number): Uint8Array {
  return Uint8Array.from(u8View(ref + BYTES.DATA, load(ref + BYTES.LEN)));
}
