/**
 * bytes: an immutable byte string (BYTES layout: raw [length], tail bytes),
 * and the buffer protocol's reading side: `bufferOf(v)` gives the bytes of
 * any bytes-like object (bytes, bytearray, memoryview) as a Uint8Array.
 *
 * Invariants: a bytes object never changes after `newBytes` returns, so
 * it needs no STM barrier; `bytesView` is a live view into the heap that
 * callers must not write to nor keep past an allocation that could move
 * (there is no moving GC yet, but treat views as short-lived). The
 * methods live in vm/runtime/specs-bytes.ts.
 *
 * https://docs.python.org/3.11/library/stdtypes.html#bytes-objects
 */
import { allocateLayout, load, u8View } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { BYTES, T, typeOf } from './core.js';
import { isSubtype } from './type.js';

/** A new bytes object (of `type`, a subclass of bytes, if given) holding `data`. */
export function newBytes(data: ArrayLike<number>, type: number = T.bytes): number {
  const ref = allocateLayout(L.BYTES, data.length, type);
  u8View(ref + BYTES.DATA, data.length).set(data);
  return ref;
}

export function bytesLen(ref: number): number {
  return load(ref + BYTES.LEN);
}

/** A copy of the bytes (safe to keep). */
export function bytesData(ref: number): Uint8Array {
  return Uint8Array.from(bytesView(ref));
}

/** A live, read-only view of a bytes object's data (short-lived; see the module note). */
export function bytesView(ref: number): Uint8Array {
  return u8View(ref + BYTES.DATA, load(ref + BYTES.LEN)) as Uint8Array;
}

export function isBytes(v: number): boolean {
  if (v & 1) return false;
  const t = typeOf(v);
  return t === T.bytes || isSubtype(t, T.bytes);
}

/** The buffer readers of the other bytes-like types (set by bytearray.ts / memoryview.ts). */
export const bufferHooks = {
  bytearray: (_v: number): Uint8Array => new Uint8Array(0),
  memoryview: (_v: number): Uint8Array => new Uint8Array(0),
};

/** The bytes of a bytes-like object (a copy for mutable ones), or null if `v` is not one. */
export function bufferOf(v: number): Uint8Array | null {
  if (v & 1 || v === 0) return null;
  const t = typeOf(v);
  if (t === T.bytes) return bytesView(v);
  if (t === T.bytearray) return bufferHooks.bytearray(v);
  if (t === T.memoryview) return bufferHooks.memoryview(v);
  if (isSubtype(t, T.bytes)) return bytesView(v);
  if (isSubtype(t, T.bytearray)) return bufferHooks.bytearray(v);
  return null;
}

/** The hash of bytes: pystm's str hash over the same code units (so b'ab' and 'ab' hash alike, as in CPython). */
export function bytesHash(data: Uint8Array): number {
  let h = 0x811c9dc5 ^ data.length;
  for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i]!, 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 13;
  return h === -1 ? -2 : h;
}
