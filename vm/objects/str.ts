/**
 * str: immutable Unicode text, stored as UTF-16 code units in the heap.
 *
 * Layout (gc layout STR): raw [u16 length, code-point length, hash, flags],
 * tail: the UTF-16 units. Python semantics are by code point: when the
 * string has no surrogate pairs (`cplen === len`, the common case) indexing
 * is direct; otherwise it goes through a code-point array.
 *
 * Per-worker cache: `jsString(ref)` keeps recently decoded JS strings in a
 * bounded direct-mapped table indexed by ref (a miss re-decodes from the
 * heap; an unbounded map grew with every string a program made: 14 s for
 * `[str(i) for i in range(800000)]`, and a JS Map throws past 2^24 entries),
 * and the intern cache maps JS strings to interned refs. Both are rebuildable from
 * the heap (the interned table is the heap dict `K.interned`) and are cleared
 * when the heap is re-created. The hash is computed once and stored in the
 * object (flag bit 0); it is any good hash (CPython's is randomised).
 */
import { allocateLayout, load, loadU16, store, storeU16, u16View } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { K, STR, T } from './core.js';

export const STR_HASHED = 1;
export const STR_INTERNED = 2;

const DECODED_SLOTS = 1 << 13;
const decodedRefs = new Int32Array(DECODED_SLOTS);
const decodedText: string[] = new Array<string>(DECODED_SLOTS).fill('');

function remember(ref: number, s: string): void {
  const slot = (ref >>> 1) & (DECODED_SLOTS - 1);
  decodedRefs[slot] = ref;
  decodedText[slot] = s;
}
const internedRefs = new Map<string, number>();

/** Forgets the per-worker caches (a new heap was created). */
export function resetStrCaches(): void {
  decodedRefs.fill(0);
  decodedText.fill('');
  internedRefs.clear();
}

/** Allocates a new str holding `s`. */
export function newStr(s: string): number {
  const n = s.length;
  const ref = allocateLayout(L.STR, n, T.str);
  let cp = n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    storeU16(ref + STR.DATA, i, c);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) cp--;
    }
  }
  store(ref + STR.CPLEN, cp);
  if (n < 64) remember(ref, s);
  return ref;
}

/** The JS string of a str object (cached per worker). */
export function jsString(ref: number): string {
  const slot = (ref >>> 1) & (DECODED_SLOTS - 1);
  if (decodedRefs[slot] === ref) return decodedText[slot]!;
  const n = load(ref + STR.LEN);
  const view = u16View(ref + STR.DATA, n);
  let s = '';
  for (let i = 0; i < n; i += 4096) s += String.fromCharCode.apply(null, view.subarray(i, i + 4096) as unknown as number[]);
  remember(ref, s);
  return s;
}

/** The interned str for `s` (created on first use; identical refs for equal text). */
export function intern(s: string): number {
  const hit = internedRefs.get(s);
  if (hit !== undefined) return hit;
  const ref = newStr(s);
  // The heap table is the authority: another worker may have interned `s` since this one attached.
  const shared = K.interned ? internHook.find(ref) : 0;
  if (shared) {
    internedRefs.set(s, shared);
    return shared;
  }
  store(ref + STR.FLAGS, load(ref + STR.FLAGS) | STR_INTERNED);
  internedRefs.set(s, ref);
  if (K.interned) internHook.record(ref);
  return ref;
}

/**
 * record: set by dict.ts, records a new interned str in the heap's interned table;
 * find: set by bootstrap, the interned str equal to `ref` in that table, or 0.
 */
export const internHook = { record: (_ref: number): void => {}, find: (_ref: number): number => 0 };

export function strLen(ref: number): number {
  return load(ref + STR.CPLEN);
}

export function strHash(ref: number): number {
  const flags = load(ref + STR.FLAGS);
  if (flags & STR_HASHED) return load(ref + STR.HASH);
  const n = load(ref + STR.LEN);
  let h = 0x811c9dc5 ^ n;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ loadU16(ref + STR.DATA, i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 13;
  if (h === -1) h = -2;
  store(ref + STR.HASH, h);
  store(ref + STR.FLAGS, flags | STR_HASHED);
  return h;
}

/** Equality of two str objects by content. */
export function strEquals(a: number, b: number): boolean {
  if (a === b) return true;
  const n = load(a + STR.LEN);
  if (n !== load(b + STR.LEN)) return false;
  // No shortcut for two interned strs: a worker whose transaction aborted may keep (in its
  // intern cache) a str whose entry in the heap table was rolled back, so text is not unique.
  if (strHash(a) !== strHash(b)) return false;
  for (let i = 0; i < n; i++) if (loadU16(a + STR.DATA, i) !== loadU16(b + STR.DATA, i)) return false;
  return true;
}

export function isAsciiOrBmp(ref: number): boolean {
  return load(ref + STR.CPLEN) === load(ref + STR.LEN);
}

/** Code points of a JS string (for strings with surrogate pairs). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** Compares two strs by code point: -1, 0 or 1. */
export function strCompare(a: number, b: number): number {
  if (a === b) return 0;
  const x = jsString(a), y = jsString(b);
  if (x === y) return 0;
  // UTF-16 order differs from code-point order only around surrogates.
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const c = x.codePointAt(i)!, d = y.codePointAt(i)!;
    if (c !== d) return c < d ? -1 : 1;
    if (c > 0xffff) i++;
  }
  return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
}
