/**
 * TypeSpecs of the binary sequence types: bytes, bytearray, memoryview
 * (https://docs.python.org/3.11/library/stdtypes.html#binary-sequence-types-bytes-bytearray-memoryview).
 *
 * Model: bytes and bytearray share one table of byte-string methods
 * (`sharedMethods(kind)`), written over Uint8Array snapshots of self; a
 * method that returns a byte string returns one of self's *base* kind
 * (bytes or bytearray, never a subclass), as CPython. bytearray adds the
 * mutable-sequence methods, which go through bytearray.ts's barriers.
 * memoryview is one-dimensional with format 'B'. Text encodings are in
 * vm/objects/codecs.ts; `%`-formatting in vm/format/percent.ts.
 */
import { L } from '../../gc/layout.js';
import { bool, K, raise, small, T, typeOf, PyRaise } from '../objects/core.js';
import type { NativeFn, TypeSpec } from '../objects/native.js';
import { bufferOf, bytesHash, bytesView, isBytes, newBytes } from '../objects/bytes.js';
import {
  byteArrayAssign, byteArrayData, byteArrayLen, byteArraySetByte, byteArraySplice, byteArrayView, newByteArray,
} from '../objects/bytearray.js';
import { isReleased, newMemoryView, releaseView, underlying, viewBytes, viewShape, MV_READONLY } from '../objects/memoryview.js';
import { CodecFailure, decodeBytes, encodeText, lookupCodec, UnknownHandler } from '../objects/codecs.js';
import {
  callObject, CMP, getAttrOrZero, getIter, indexNumber, isTrue, iterNext, reprOf, toArray, typeNameOf,
} from '../objects/protocol.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { newList } from '../objects/list.js';
import { isInt } from '../objects/int.js';
import { isSubtype, typeName } from '../objects/type.js';
import { IterKind, newIterator } from '../objects/iterators.js';
import { newException } from '../objects/exceptions.js';
import { reprBytes } from '../format/repr.js';
import { percentFormat } from '../format/percent.js';
import { sliceIndices } from './specs-containers.js';
import { load } from '../../gc/heap.js';
import { PAIR } from '../objects/core.js';

type Kind = 'bytes' | 'bytearray';
const str = newStr;

// ---------------------------------------------------------------------------
// Arguments

function self(v: number): Uint8Array {
  return bufferOf(v)!;
}

function isByteArrayValue(v: number): boolean {
  return !(v & 1) && (typeOf(v) === T.bytearray || isSubtype(typeOf(v), T.bytearray));
}

/** The bytes of a bytes-like argument, or TypeError "a bytes-like object is required, not 'str'". */
export function bufArg(v: number): Uint8Array {
  const b = bufferOf(v);
  if (!b) throw raise(T.TypeError, `a bytes-like object is required, not '${typeNameOf(v)}'`);
  return b;
}

function byteValue(v: number, what = 'byte must be in range(0, 256)'): number {
  const n = indexNumber(v);
  if (n < 0 || n > 255) throw raise(T.ValueError, what);
  return n;
}

/** The `sub` of find / count / index: an int in range(256) or bytes-like. */
function subArg(v: number): Uint8Array {
  if (isInt(v)) return Uint8Array.of(byteValue(v));
  const b = bufferOf(v);
  if (!b) throw raise(T.TypeError, `argument should be integer or bytes-like object, not '${typeNameOf(v)}'`);
  return b;
}

/** Start/end arguments as slice bounds clamped to [0, n] (None allowed). */
function bounds(a: number[], at: number, n: number): [number, number] {
  const norm = (v: number | undefined, dflt: number): number => {
    if (v === undefined || v === K.None) return dflt;
    let i = indexNumber(v, 'slice indices must be integers or None or have an __index__ method');
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  const s = a[at], e = a[at + 1];
  const start = s === undefined || s === K.None ? 0 : norm(s, 0);
  let end = norm(e, n);
  if (s !== undefined && s !== K.None) {
    const raw = indexNumber(s, 'slice indices must be integers or None or have an __index__ method');
    if (raw > n) end = -1;
  }
  return [start, end];
}

function kwOrPos(a: number[], kw: readonly string[] | null, pos: number, name: string): number | undefined {
  const nkw = kw ? kw.length : 0;
  if (kw) {
    const i = kw.indexOf(name);
    if (i >= 0) return a[a.length - nkw + i];
  }
  return pos < a.length - nkw ? a[pos] : undefined;
}

function strArg(v: number | undefined, fname: string, argn: string, dflt: string): string {
  if (v === undefined) return dflt;
  if (typeOf(v) !== T.str && !isSubtype(typeOf(v), T.str)) throw raise(T.TypeError, `${fname}() argument '${argn}' must be str, not ${typeNameOf(v)}`);
  return jsString(v);
}

// ---------------------------------------------------------------------------
// Searching

function find(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  if (end < 0) return -1;
  for (let i = start; i + needle.length <= end; i++) {
    let k = 0;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

function rfind(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  if (end < 0) return -1;
  for (let i = end - needle.length; i >= start; i--) {
    let k = 0;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

function count(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  if (end < 0 || end - start < needle.length && needle.length > 0) return end < start ? 0 : needle.length ? 0 : end - start + 1;
  if (needle.length === 0) return end - start + 1;
  let c = 0;
  for (let i = find(hay, needle, start, end); i >= 0; i = find(hay, needle, i + needle.length, end)) c++;
  return c;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlpha = (c: number): boolean => isLower(c) || isUpper(c);
const toUpper = (c: number): number => (isLower(c) ? c - 32 : c);
const toLower = (c: number): number => (isUpper(c) ? c + 32 : c);

function splitWhitespace(d: Uint8Array, maxsplit: number, fromRight: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  if (!fromRight) {
    let i = 0;
    while (i < d.length) {
      while (i < d.length && isSpace(d[i]!)) i++;
      if (i >= d.length) break;
      if (maxsplit >= 0 && out.length >= maxsplit) {
        out.push(d.slice(i));
        break;
      }
      let j = i;
      while (j < d.length && !isSpace(d[j]!)) j++;
      out.push(d.slice(i, j));
      i = j;
    }
    return out;
  }
  let j = d.length;
  while (j > 0) {
    while (j > 0 && isSpace(d[j - 1]!)) j--;
    if (j <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(d.slice(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !isSpace(d[i - 1]!)) i--;
    out.push(d.slice(i, j));
    j = i;
  }
  return out.reverse();
}

function splitSep(d: Uint8Array, sep: Uint8Array, maxsplit: number, fromRight: boolean): Uint8Array[] {
  if (sep.length === 0) throw raise(T.ValueError, 'empty separator');
  const out: Uint8Array[] = [];
  if (!fromRight) {
    let i = 0;
    for (;;) {
      const k = maxsplit >= 0 && out.length >= maxsplit ? -1 : find(d, sep, i, d.length);
      if (k < 0) { out.push(d.slice(i)); return out; }
      out.push(d.slice(i, k));
      i = k + sep.length;
    }
  }
  let j = d.length;
  for (;;) {
    const k = maxsplit >= 0 && out.length >= maxsplit ? -1 : rfind(d, sep, 0, j);
    if (k < 0) { out.push(d.slice(0, j)); return out.reverse(); }
    out.push(d.slice(k + sep.length, j));
    j = k;
  }
}

function stripBytes(d: Uint8Array, chars: number | undefined, mode: number): Uint8Array {
  const set = chars === undefined || chars === K.None ? null : bufArg(chars);
  const strip = (c: number): boolean => (set ? set.includes(c) : isSpace(c));
  let i = 0, j = d.length;
  if (mode & 1) while (i < j && strip(d[i]!)) i++;
  if (mode & 2) while (j > i && strip(d[j - 1]!)) j--;
  return d.slice(i, j);
}

function replaceBytes(d: Uint8Array, old: Uint8Array, rep: Uint8Array, max: number): number[] {
  const out: number[] = [];
  let n = 0;
  if (old.length === 0) {
    for (let i = 0; i <= d.length; i++) {
      if (max < 0 || n < max) { out.push(...rep); n++; }
      if (i < d.length) out.push(d[i]!);
    }
    return out;
  }
  let i = 0;
  while (i < d.length) {
    const k = max >= 0 && n >= max ? -1 : find(d, old, i, d.length);
    if (k < 0) break;
    for (let x = i; x < k; x++) out.push(d[x]!);
    out.push(...rep);
    i = k + old.length;
    n++;
  }
  for (let x = i; x < d.length; x++) out.push(d[x]!);
  return out;
}

function hexOf(d: Uint8Array, sepV: number | undefined, perV: number | undefined): string {
  const hex = Array.from(d, (b) => b.toString(16).padStart(2, '0'));
  if (sepV === undefined || sepV === K.None) return hex.join('');
  let sep: string;
  if (typeOf(sepV) === T.str) sep = jsString(sepV);
  else {
    const b = bufferOf(sepV);
    if (!b) throw raise(T.TypeError, `sep must be str or bytes.`);
    sep = String.fromCharCode(...b);
  }
  if (sep.length !== 1) throw raise(T.ValueError, 'sep must be length 1.');
  if (sep.charCodeAt(0) > 127) throw raise(T.ValueError, 'sep must be ASCII.');
  const per = perV === undefined ? 1 : indexNumber(perV);
  if (per === 0) return hex.join('');
  const n = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) for (let j = hex.length; j > 0; j -= n) groups.unshift(hex.slice(Math.max(0, j - n), j).join(''));
  else for (let i = 0; i < hex.length; i += n) groups.push(hex.slice(i, i + n).join(''));
  return groups.join(sep);
}

function fromHex(s: string): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === ' ') { i++; continue; }
    const hi = parseInt(s[i]!, 16);
    if (!/[0-9a-fA-F]/.test(s[i]!)) throw raise(T.ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (i + 1 >= s.length || !/[0-9a-fA-F]/.test(s[i + 1]!)) throw raise(T.ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + parseInt(s[i + 1]!, 16));
    i += 2;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Codecs glue

export function codecError(e: unknown, text: number | null, data: Uint8Array | null): unknown {
  if (e instanceof UnknownHandler) return raise(T.LookupError, `unknown error handler name '${e.name}'`);
  if (!(e instanceof CodecFailure)) return e;
  if (data) {
    const args = [str(e.encoding), newBytes(data), small(e.start), small(e.end), str(e.reason)];
    return new PyRaise(newException(T.UnicodeDecodeError, newTuple(args)));
  }
  const args = [str(e.encoding), text!, small(e.start), small(e.end), str(e.reason)];
  return new PyRaise(newException(T.UnicodeEncodeError, newTuple(args)));
}

/** `bytes.decode` / `str(b, encoding, errors)`. */
export function decodeTo(d: Uint8Array, encoding: string, errors: string): number {
  const codec = lookupCodec(encoding);
  if (!codec) throw raise(T.LookupError, `unknown encoding: ${encoding}`);
  try {
    return str(decodeBytes(d, codec, errors));
  } catch (e) {
    throw codecError(e, null, Uint8Array.from(d));
  }
}

/** `str.encode`. */
export function encodeFrom(s: number, encoding: string, errors: string): Uint8Array {
  const codec = lookupCodec(encoding);
  if (!codec) throw raise(T.LookupError, `unknown encoding: ${encoding}`);
  try {
    return encodeText(jsString(s), codec, errors);
  } catch (e) {
    throw codecError(e, s, null);
  }
}

// ---------------------------------------------------------------------------
// Construction

function fromIterable(v: number, kind: Kind): number[] {
  const out: number[] = [];
  const it = getIter(v);
  for (let x = iterNext(it); x; x = iterNext(it)) {
    if (!isInt(x) && !getAttrOrZero(x, intern('__index__'))) throw raise(T.TypeError, `'${typeNameOf(x)}' object cannot be interpreted as an integer`);
    out.push(byteValue(x, kind === 'bytes' ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)'));
  }
  return out;
}

/** The contents of `bytes(source, encoding, errors)` / `bytearray(...)`. */
function construct(kind: Kind, a: number[], kw: readonly string[] | null): ArrayLike<number> {
  const src = kwOrPos(a, kw, 1, 'source');
  const encV = kwOrPos(a, kw, 2, 'encoding'), errV = kwOrPos(a, kw, 3, 'errors');
  if (src === undefined) {
    if (encV !== undefined || errV !== undefined) throw raise(T.TypeError, encV !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    return [];
  }
  if (typeOf(src) === T.str || isSubtype(typeOf(src), T.str)) {
    if (encV === undefined) throw raise(T.TypeError, 'string argument without an encoding');
    return encodeFrom(src, strArg(encV, kind, 'encoding', 'utf-8'), strArg(errV, kind, 'errors', 'strict'));
  }
  if (encV !== undefined) throw raise(T.TypeError, 'encoding without a string argument');
  if (errV !== undefined) throw raise(T.TypeError, 'errors without a string argument');
  if (kind === 'bytes' && !(src & 1)) {
    const conv = getAttrOrZero(typeOf(src), intern('__bytes__'));
    if (conv) {
      const r = callObject(conv, [src]);
      if (!isBytes(r)) throw raise(T.TypeError, `__bytes__ returned non-bytes (type ${typeNameOf(r)})`);
      return bytesView(r);
    }
  }
  const buf = bufferOf(src);
  if (buf) return Uint8Array.from(buf);
  if (isInt(src) || (!(src & 1) && getAttrOrZero(typeOf(src), intern('__index__')))) {
    const n = indexNumber(src);
    if (n < 0) throw raise(T.ValueError, 'negative count');
    return new Uint8Array(n);
  }
  if (!getAttrOrZero(typeOf(src), intern('__iter__')) && !getAttrOrZero(typeOf(src), intern('__getitem__'))) {
    throw raise(T.TypeError, `cannot convert '${typeNameOf(src)}' object to ${kind}`);
  }
  return fromIterable(src, kind);
}

// ---------------------------------------------------------------------------
// The shared methods

function make(kind: Kind): (d: ArrayLike<number>) => number {
  return kind === 'bytes' ? (d) => newBytes(d) : (d) => newByteArray(d);
}

function justify(kind: Kind, name: string, how: (d: Uint8Array, w: number, fill: number) => number[]): NativeFn {
  return (a) => {
    const d = self(a[0]!);
    const w = indexNumber(a[1]!);
    let fill = 32;
    if (a.length > 2) {
      const f = bufferOf(a[2]!);
      if (!f || f.length !== 1 || !isBytes(a[2]!) && !isByteArrayValue(a[2]!)) {
        throw raise(T.TypeError, `${name}() argument 2 must be a byte string of length 1, not ${typeNameOf(a[2]!)}`);
      }
      fill = f[0]!;
    }
    return make(kind)(w <= d.length ? d : how(d, w, fill));
  };
}

function prefixTest(a: number[], name: string, test: (d: Uint8Array, p: Uint8Array, s: number, e: number) => boolean): number {
  const d = self(a[0]!);
  const [s, e] = bounds(a, 2, d.length);
  const p = a[1]!;
  const one = (x: number): boolean => {
    const b = bufferOf(x);
    if (!b) throw raise(T.TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${typeNameOf(x)}`);
    return e >= 0 && e - s >= b.length && test(d, b, s, e);
  };
  if (typeOf(p) === T.tuple) return bool(tupleItems(p).some(one));
  return bool(one(p));
}

function caseMap(kind: Kind, f: (d: Uint8Array) => number[]): NativeFn {
  return (a) => make(kind)(f(self(a[0]!)));
}

function titleBytes(d: Uint8Array): number[] {
  const out: number[] = [];
  let prevCased = false;
  for (const c of d) {
    out.push(prevCased ? toLower(c) : toUpper(c));
    prevCased = isAlpha(c);
  }
  return out;
}

function isTitle(d: Uint8Array): boolean {
  let cased = false, prevCased = false;
  for (const c of d) {
    if (isUpper(c)) { if (prevCased) return false; prevCased = true; cased = true; }
    else if (isLower(c)) { if (!prevCased) return false; prevCased = true; cased = true; }
    else prevCased = false;
  }
  return cased;
}

function expandTabs(d: Uint8Array, size: number): number[] {
  const out: number[] = [];
  let col = 0;
  for (const c of d) {
    if (c === 9) {
      if (size > 0) { const n = size - (col % size); for (let k = 0; k < n; k++) out.push(32); col += n; }
    } else {
      out.push(c);
      col = c === 10 || c === 13 ? 0 : col + 1;
    }
  }
  return out;
}

function splitLinesBytes(d: Uint8Array, keep: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  while (i < d.length) {
    let j = i;
    while (j < d.length && d[j] !== 10 && d[j] !== 13) j++;
    let eol = j;
    if (j < d.length) eol = d[j] === 13 && d[j + 1] === 10 ? j + 2 : j + 1;
    out.push(d.slice(i, keep ? eol : j));
    i = eol;
  }
  return out;
}

function translateBytes(d: Uint8Array, table: number, del: Uint8Array): number[] {
  let map: Uint8Array | null = null;
  if (table !== K.None) {
    map = bufArg(table);
    if (map.length !== 256) throw raise(T.ValueError, 'translation table must be 256 characters long');
  }
  const out: number[] = [];
  for (const c of d) if (!del.includes(c)) out.push(map ? map[c]! : c);
  return out;
}

function joinBytes(sep: Uint8Array, iterable: number): number[] {
  const out: number[] = [];
  toArray(iterable).forEach((x, i) => {
    const b = bufferOf(x);
    if (!b) throw raise(T.TypeError, `sequence item ${i}: expected a bytes-like object, ${typeNameOf(x)} found`);
    if (i) out.push(...sep);
    out.push(...b);
  });
  return out;
}

function richCompare(op: number): NativeFn {
  return (a) => {
    const o = a[1]!;
    if (!(isBytes(o) || isByteArrayValue(o))) return K.NotImplemented;
    const c = compareBytes(self(a[0]!), self(o));
    switch (op) {
      case CMP.EQ: return bool(c === 0);
      case CMP.NE: return bool(c !== 0);
      case CMP.LT: return bool(c < 0);
      case CMP.LE: return bool(c <= 0);
      case CMP.GT: return bool(c > 0);
      default: return bool(c >= 0);
    }
  };
}

function getItem(kind: Kind, a: number[]): number {
  const d = self(a[0]!), k = a[1]!;
  if (typeOf(k) === T.slice) {
    const [start, , step, n] = sliceIndices(k, d.length);
    const out = new Uint8Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = d[j]!;
    return make(kind)(out);
  }
  const i = indexNumber(k, `${kind === 'bytes' ? 'byte' : 'bytearray'} indices must be integers or slices, not ${typeNameOf(k)}`);
  const j = i < 0 ? i + d.length : i;
  if (j < 0 || j >= d.length) throw raise(T.IndexError, `${kind === 'bytes' ? 'index' : 'bytearray index'} out of range`);
  return small(d[j]!);
}

function partition(kind: Kind, fromRight: boolean): NativeFn {
  return (a) => {
    const d = self(a[0]!), sep = bufArg(a[1]!);
    if (sep.length === 0) throw raise(T.ValueError, 'empty separator');
    const k = fromRight ? rfind(d, sep, 0, d.length) : find(d, sep, 0, d.length);
    const m = make(kind);
    if (k < 0) return fromRight ? newTuple([m([]), m([]), m(d)]) : newTuple([m(d), m([]), m([])]);
    return newTuple([m(d.slice(0, k)), m(sep), m(d.slice(k + sep.length))]);
  };
}

function splitMethod(kind: Kind, fromRight: boolean): NativeFn {
  return (a, kw) => {
    const d = self(a[0]!);
    const sepV = kwOrPos(a, kw, 1, 'sep'), maxV = kwOrPos(a, kw, 2, 'maxsplit');
    const max = maxV === undefined ? -1 : indexNumber(maxV);
    const parts = sepV === undefined || sepV === K.None ? splitWhitespace(d, max, fromRight) : splitSep(d, bufArg(sepV), max, fromRight);
    return newList(parts.map(make(kind)));
  };
}

function searchMethod(name: string, from: (d: Uint8Array, s: Uint8Array, a: number, b: number) => number, raises: boolean): NativeFn {
  return (a) => {
    const d = self(a[0]!), sub = subArg(a[1]!);
    const [s, e] = bounds(a, 2, d.length);
    const i = from(d, sub, s, e);
    if (i < 0 && raises) throw raise(T.ValueError, `subsection not found`);
    void name;
    return small(i);
  };
}

function sharedMethods(kind: Kind): Record<string, NativeFn> {
  const m = make(kind);
  return {
    __len__: (a) => small(self(a[0]!).length),
    __getitem__: (a) => getItem(kind, a),
    __iter__: (a) => newIterator(kind === 'bytes' ? T.bytes_iterator : T.bytearray_iterator, IterKind.SEQUENCE, a[0]!),
    __contains__: (a) => {
      const v = a[1]!;
      const sub = isInt(v) ? Uint8Array.of(byteValue(v)) : bufArg(v);
      return bool(find(self(a[0]!), sub, 0, self(a[0]!).length) >= 0);
    },
    __eq__: richCompare(CMP.EQ), __ne__: richCompare(CMP.NE), __lt__: richCompare(CMP.LT),
    __le__: richCompare(CMP.LE), __gt__: richCompare(CMP.GT), __ge__: richCompare(CMP.GE),
    __add__: (a) => {
      const o = bufferOf(a[1]!);
      if (!o) throw raise(T.TypeError, `can't concat ${typeNameOf(a[1]!)} to ${typeNameOf(a[0]!)}`);
      const d = self(a[0]!);
      const out = new Uint8Array(d.length + o.length);
      out.set(d);
      out.set(o, d.length);
      return m(out);
    },
    __mul__: (a) => repeatBytes(m, a),
    __rmul__: (a) => repeatBytes(m, a),
    __mod__: (a) => m(percentBytes(self(a[0]!), a[1]!)),
    __rmod__: () => K.NotImplemented,
    __getnewargs__: (a) => newTuple([newBytes(self(a[0]!))]),
    decode: (a, kw) => decodeTo(self(a[0]!), strArg(kwOrPos(a, kw, 1, 'encoding'), 'decode', 'encoding', 'utf-8'), strArg(kwOrPos(a, kw, 2, 'errors'), 'decode', 'errors', 'strict')),
    hex: (a, kw) => str(hexOf(self(a[0]!), kwOrPos(a, kw, 1, 'sep'), kwOrPos(a, kw, 2, 'bytes_per_sep'))),
    find: searchMethod('find', find, false),
    rfind: searchMethod('rfind', rfind, false),
    index: searchMethod('index', find, true),
    rindex: searchMethod('rindex', rfind, true),
    count: (a) => {
      const d = self(a[0]!), sub = subArg(a[1]!);
      const [s, e] = bounds(a, 2, d.length);
      if (e < 0 || s > e) return small(0);
      return small(count(d, sub, s, e));
    },
    startswith: (a) => prefixTest(a, 'startswith', (d, p, s) => equalBytes(d.subarray(s, s + p.length), p)),
    endswith: (a) => prefixTest(a, 'endswith', (d, p, _s, e) => equalBytes(d.subarray(e - p.length, e), p)),
    join: (a) => m(joinBytes(self(a[0]!), a[1]!)),
    split: splitMethod(kind, false),
    rsplit: splitMethod(kind, true),
    strip: (a) => m(stripBytes(self(a[0]!), a[1], 3)),
    lstrip: (a) => m(stripBytes(self(a[0]!), a[1], 1)),
    rstrip: (a) => m(stripBytes(self(a[0]!), a[1], 2)),
    replace: (a) => m(replaceBytes(self(a[0]!), bufArg(a[1]!), bufArg(a[2]!), a.length > 3 ? indexNumber(a[3]!) : -1)),
    partition: partition(kind, false),
    rpartition: partition(kind, true),
    removeprefix: (a) => { const d = self(a[0]!), p = bufArg(a[1]!); return m(equalBytes(d.subarray(0, p.length), p) ? d.slice(p.length) : d); },
    removesuffix: (a) => { const d = self(a[0]!), p = bufArg(a[1]!); return m(p.length && equalBytes(d.subarray(d.length - p.length), p) ? d.slice(0, d.length - p.length) : d); },
    upper: caseMap(kind, (d) => Array.from(d, toUpper)),
    lower: caseMap(kind, (d) => Array.from(d, toLower)),
    swapcase: caseMap(kind, (d) => Array.from(d, (c) => (isUpper(c) ? toLower(c) : toUpper(c)))),
    capitalize: caseMap(kind, (d) => Array.from(d, (c, i) => (i === 0 ? toUpper(c) : toLower(c)))),
    title: caseMap(kind, titleBytes),
    isalnum: (a) => { const d = self(a[0]!); return bool(d.length > 0 && d.every((c) => isAlpha(c) || isDigit(c))); },
    isalpha: (a) => { const d = self(a[0]!); return bool(d.length > 0 && d.every(isAlpha)); },
    isdigit: (a) => { const d = self(a[0]!); return bool(d.length > 0 && d.every(isDigit)); },
    isspace: (a) => { const d = self(a[0]!); return bool(d.length > 0 && d.every(isSpace)); },
    isascii: (a) => bool(self(a[0]!).every((c) => c < 128)),
    islower: (a) => { const d = self(a[0]!); return bool(d.some(isLower) && !d.some(isUpper)); },
    isupper: (a) => { const d = self(a[0]!); return bool(d.some(isUpper) && !d.some(isLower)); },
    istitle: (a) => bool(isTitle(self(a[0]!))),
    center: justify(kind, 'center', (d, w, f) => {
      const total = w - d.length;
      const left = (total >> 1) + (total & w & 1);
      return [...new Array<number>(left).fill(f), ...d, ...new Array<number>(total - left).fill(f)];
    }),
    ljust: justify(kind, 'ljust', (d, w, f) => [...d, ...new Array<number>(w - d.length).fill(f)]),
    rjust: justify(kind, 'rjust', (d, w, f) => [...new Array<number>(w - d.length).fill(f), ...d]),
    zfill: (a) => {
      const d = self(a[0]!), w = indexNumber(a[1]!);
      if (w <= d.length) return m(d);
      const sign = d.length && (d[0] === 43 || d[0] === 45) ? 1 : 0;
      return m([...d.subarray(0, sign), ...new Array<number>(w - d.length).fill(48), ...d.subarray(sign)]);
    },
    expandtabs: (a, kw) => { const t = kwOrPos(a, kw, 1, 'tabsize'); return m(expandTabs(self(a[0]!), t === undefined ? 8 : indexNumber(t))); },
    splitlines: (a, kw) => { const k = kwOrPos(a, kw, 1, 'keepends'); return newList(splitLinesBytes(self(a[0]!), k !== undefined && isTrue(k)).map(m)); },
    translate: (a, kw) => {
      const del = kwOrPos(a, kw, 2, 'delete');
      return m(translateBytes(self(a[0]!), a[1]!, del === undefined ? new Uint8Array(0) : bufArg(del)));
    },
  };
}

function repeatBytes(m: (d: ArrayLike<number>) => number, a: number[]): number {
  if (!isInt(a[1]!) && !getAttrOrZero(typeOf(a[1]!), intern('__index__'))) return K.NotImplemented;
  const d = self(a[0]!), n = Math.max(0, indexNumber(a[1]!));
  if (d.length * n > 2 ** 31) throw raise(T.MemoryError);
  const out = new Uint8Array(d.length * n);
  for (let i = 0; i < n; i++) out.set(d, i * d.length);
  return m(out);
}

function percentBytes(fmt: Uint8Array, values: number): Uint8Array {
  const text = percentFormat(String.fromCharCode(...fmt), values, {
    str: (v) => {
      const b = bufferOf(v);
      if (b) return String.fromCharCode(...b);
      const conv = (v & 1) ? 0 : getAttrOrZero(typeOf(v), intern('__bytes__'));
      if (conv) return String.fromCharCode(...bufArg(callObject(conv, [v])));
      throw raise(T.TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeNameOf(v)}'`);
    },
    repr: (v) => reprOf(v).replace(/[^\x00-\x7f]/gu, (c) => escapeNonAscii(c)),
    char: (v) => {
      if (isInt(v)) {
        const n = indexNumber(v);
        if (n < 0 || n > 255) throw raise(T.OverflowError, '%c arg not in range(256)');
        return String.fromCharCode(n);
      }
      const b = bufferOf(v);
      if (!b || b.length !== 1) throw raise(T.TypeError, '%c requires an integer in range(256) or a single byte');
      return String.fromCharCode(b[0]!);
    },
    isBytes: true,
  });
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 255);
}

function escapeNonAscii(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

const SHARED_ARITY: Record<string, string> = {
  decode: 'kw:0:encoding,errors', hex: 'kw:0:sep,bytes_per_sep', find: '1-3', rfind: '1-3', index: '1-3', rindex: '1-3',
  count: '1-3', startswith: '1-3', endswith: '1-3', join: 'O', split: 'kw:0:sep,maxsplit', rsplit: 'kw:0:sep,maxsplit',
  strip: '=0-1', lstrip: '=0-1', rstrip: '=0-1', replace: '=2-3', partition: 'O', rpartition: 'O', removeprefix: 'O',
  removesuffix: 'O', upper: '', lower: '', swapcase: '', capitalize: '', title: '', isalnum: '', isalpha: '', isdigit: '',
  isspace: '', isascii: '', islower: '', isupper: '', istitle: '', center: '=1-2', ljust: '=1-2', rjust: '=1-2', zfill: 'O',
  expandtabs: 'kw:0:tabsize', splitlines: 'kw:0:keepends', translate: 'kw:1:table,delete',
};

function maketrans(a: number[]): number {
  const from = bufArg(a[0]!), to = bufArg(a[1]!);
  if (from.length !== to.length) throw raise(T.ValueError, 'maketrans arguments must have same length');
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < from.length; i++) table[from[i]!] = to[i]!;
  return newBytes(table);
}

function fromhexClass(kind: Kind): NativeFn {
  return (a) => {
    const s = a[1]!;
    if (typeOf(s) !== T.str && !isSubtype(typeOf(s), T.str)) throw raise(T.TypeError, `fromhex() argument must be str, not ${typeNameOf(s)}`);
    const data = fromHex(jsString(s));
    const cls = a[0]!;
    if (cls === T.bytes || cls === T.bytearray) return make(kind)(data);
    return callObject(cls, [make(kind)(data)]);
  };
}

// ---------------------------------------------------------------------------
// bytes

export const bytesSpec: TypeSpec = {
  name: 'bytes', layout: L.BYTES, subclassable: true,
  arity: SHARED_ARITY,
  new: (a, kw) => {
    const cls = a[0]!;
    const data = construct('bytes', a, kw);
    if (cls === T.bytes && a.length - (kw ? kw.length : 0) === 2 && typeOf(a[1]!) === T.bytes && !kw) return a[1]!;
    return newBytes(data, cls);
  },
  methods: {
    ...sharedMethods('bytes'),
    __repr__: (a) => str(reprBytes(self(a[0]!))),
    __hash__: (a) => small(bytesHash(self(a[0]!)) >> 1),
    __bytes__: (a) => (typeOf(a[0]!) === T.bytes ? a[0]! : newBytes(self(a[0]!))),
  },
  classmethods: { fromhex: fromhexClass('bytes') },
  staticmethods: { maketrans },
};

// ---------------------------------------------------------------------------
// bytearray

function setItem(a: number[]): number {
  const ba = a[0]!, k = a[1]!, v = a[2]!;
  const n = byteArrayLen(ba);
  if (typeOf(k) === T.slice) {
    const repl = assignable(v);
    const [start, stop, step, count] = sliceIndices(k, n);
    if (step === 1) byteArraySplice(ba, start, Math.max(0, stop - start), repl);
    else {
      if (repl.length !== count) throw raise(T.ValueError, `attempt to assign bytes of size ${repl.length} to extended slice of size ${count}`);
      for (let i = 0, j = start; i < count; i++, j += step) byteArraySetByte(ba, j, repl[i]!);
    }
    return K.None;
  }
  const i = indexNumber(k, `bytearray indices must be integers or slices, not ${typeNameOf(k)}`);
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) throw raise(T.IndexError, 'bytearray index out of range');
  byteArraySetByte(ba, j, byteValue(v));
  return K.None;
}

function assignable(v: number): ArrayLike<number> {
  const b = bufferOf(v);
  if (b) return Uint8Array.from(b);
  if (isInt(v) || typeOf(v) === T.str) throw raise(T.TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  return fromIterable(v, 'bytearray');
}

function delItem(a: number[]): number {
  const ba = a[0]!, k = a[1]!;
  const n = byteArrayLen(ba);
  if (typeOf(k) === T.slice) {
    const [start, stop, step, count] = sliceIndices(k, n);
    if (step === 1) byteArraySplice(ba, start, Math.max(0, stop - start), []);
    else {
      const drop = new Set<number>();
      for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
      byteArrayAssign(ba, byteArrayData(ba).filter((_x, i) => !drop.has(i)));
    }
    return K.None;
  }
  const i = indexNumber(k, `bytearray indices must be integers or slices, not ${typeNameOf(k)}`);
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) throw raise(T.IndexError, 'bytearray index out of range');
  byteArraySplice(ba, j, 1, []);
  return K.None;
}

function byteArrayRepr(v: number): string {
  const t = typeOf(v);
  const name = t === T.bytearray ? 'bytearray' : typeName(t);
  const r = reprBytes(byteArrayView(v));
  // bytearray's repr escapes ' even inside double quotes (as CPython's).
  return `${name}(${r.startsWith('b"') ? 'b"' + r.slice(2, -1).replace(/'/g, "\\'") + '"' : r})`;
}

export const bytearraySpec: TypeSpec = {
  name: 'bytearray', layout: L.PAIR, subclassable: true, unhashable: true,
  arity: { ...SHARED_ARITY, append: 'O', extend: 'O', insert: '=2-2', pop: '=0-1', remove: 'O', clear: '', reverse: '', copy: '' },
  new: (a) => newByteArray([], a[0]!),
  methods: {
    ...sharedMethods('bytearray'),
    __init__: (a, kw) => { byteArrayAssign(a[0]!, construct('bytearray', a, kw)); return K.None; },
    __repr__: (a) => str(byteArrayRepr(a[0]!)),
    __setitem__: setItem,
    __delitem__: delItem,
    __iadd__: (a) => { byteArraySplice(a[0]!, byteArrayLen(a[0]!), 0, Uint8Array.from(bufArgConcat(a))); return a[0]!; },
    __imul__: (a) => {
      if (!isInt(a[1]!)) return K.NotImplemented;
      const d = byteArrayData(a[0]!), n = Math.max(0, indexNumber(a[1]!));
      const out = new Uint8Array(d.length * n);
      for (let i = 0; i < n; i++) out.set(d, i * d.length);
      byteArrayAssign(a[0]!, out);
      return a[0]!;
    },
    __alloc__: (a) => small(byteArrayLen(a[0]!) + 1),
    append: (a) => { byteArraySplice(a[0]!, byteArrayLen(a[0]!), 0, [byteValue(a[1]!)]); return K.None; },
    extend: (a) => {
      const v = a[1]!;
      const b = bufferOf(v);
      const items = b ? Uint8Array.from(b) : (isInt(v) ? (() => { throw raise(T.TypeError, `can't extend bytearray with ${typeNameOf(v)}`); })() : fromIterable(v, 'bytearray'));
      byteArraySplice(a[0]!, byteArrayLen(a[0]!), 0, items);
      return K.None;
    },
    insert: (a) => {
      const n = byteArrayLen(a[0]!);
      let i = indexNumber(a[1]!);
      if (i < 0) i = Math.max(0, i + n);
      byteArraySplice(a[0]!, Math.min(i, n), 0, [byteValue(a[2]!)]);
      return K.None;
    },
    pop: (a) => {
      const d = byteArrayView(a[0]!);
      if (d.length === 0) throw raise(T.IndexError, 'pop from empty bytearray');
      const i = a.length > 1 ? indexNumber(a[1]!) : -1;
      const j = i < 0 ? i + d.length : i;
      if (j < 0 || j >= d.length) throw raise(T.IndexError, 'pop index out of range');
      const v = d[j]!;
      byteArraySplice(a[0]!, j, 1, []);
      return small(v);
    },
    remove: (a) => {
      const v = byteValue(a[1]!);
      const j = byteArrayView(a[0]!).indexOf(v);
      if (j < 0) throw raise(T.ValueError, 'value not found in bytearray');
      byteArraySplice(a[0]!, j, 1, []);
      return K.None;
    },
    clear: (a) => { byteArrayAssign(a[0]!, []); return K.None; },
    reverse: (a) => { byteArrayAssign(a[0]!, byteArrayData(a[0]!).reverse()); return K.None; },
    copy: (a) => newByteArray(byteArrayView(a[0]!)),
  },
  classmethods: { fromhex: fromhexClass('bytearray') },
  staticmethods: { maketrans },
};

function bufArgConcat(a: number[]): Uint8Array {
  const b = bufferOf(a[1]!);
  if (!b) throw raise(T.TypeError, `can't concat ${typeNameOf(a[1]!)} to ${typeNameOf(a[0]!)}`);
  return b;
}

// ---------------------------------------------------------------------------
// memoryview

function mvGetItem(a: number[]): number {
  const s = viewShape(a[0]!), k = a[1]!;
  if (typeOf(k) === T.slice) {
    const [start, , step, count] = sliceIndices(k, s.count);
    return newMemoryView(s.obj, s.start + start * s.step, count, s.step * step, (s.flags & MV_READONLY) !== 0);
  }
  const i = indexNumber(k, 'memoryview: invalid slice key');
  const j = i < 0 ? i + s.count : i;
  if (j < 0 || j >= s.count) throw raise(T.IndexError, 'index out of bounds on dimension 1');
  return small(underlying(s.obj)[s.start + j * s.step]!);
}

function mvSetItem(a: number[]): number {
  const s = viewShape(a[0]!), k = a[1]!, v = a[2]!;
  if (s.flags & MV_READONLY) throw raise(T.TypeError, 'cannot modify read-only memory');
  if (typeOf(k) === T.slice) {
    const [start, , step, count] = sliceIndices(k, s.count);
    const src = bufArg(v);
    if (src.length !== count) throw raise(T.ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
    const copy = Uint8Array.from(src);
    for (let i = 0; i < count; i++) byteArraySetByte(s.obj, s.start + (start + i * step) * s.step, copy[i]!);
    return K.None;
  }
  const i = indexNumber(k, 'memoryview: invalid slice key');
  const j = i < 0 ? i + s.count : i;
  if (j < 0 || j >= s.count) throw raise(T.IndexError, 'index out of bounds on dimension 1');
  if (!isInt(v)) throw raise(T.TypeError, `memoryview: invalid type for format 'B'`);
  const n = indexNumber(v);
  if (n < 0 || n > 255) throw raise(T.ValueError, `memoryview: invalid value for format 'B'`);
  byteArraySetByte(s.obj, s.start + j * s.step, n);
  return K.None;
}

function addressOf(v: number): string {
  return '0x' + (v * 4 + 0x7f0000000000).toString(16);
}

export const memoryviewSpec: TypeSpec = {
  name: 'memoryview', layout: L.PAIR,
  arity: { tobytes: 'kw:0:order', tolist: '', release: '', hex: 'kw:0:sep,bytes_per_sep', toreadonly: '' },
  new: (a, kw) => {
    const obj = kwOrPos(a, kw, 1, 'object');
    if (obj === undefined) throw raise(T.TypeError, "memoryview() missing required argument 'object' (pos 1)");
    if (!(obj & 1) && typeOf(obj) === T.memoryview) {
      const s = viewShape(obj);
      return newMemoryView(s.obj, s.start, s.count, s.step, (s.flags & MV_READONLY) !== 0);
    }
    if (isBytes(obj)) return newMemoryView(obj, 0, bytesView(obj).length, 1, true);
    if (isByteArrayValue(obj)) return newMemoryView(obj, 0, byteArrayLen(obj), 1, false);
    throw raise(T.TypeError, `memoryview: a bytes-like object is required, not '${typeNameOf(obj)}'`);
  },
  methods: {
    __len__: (a) => small(viewShape(a[0]!).count),
    __getitem__: mvGetItem,
    __setitem__: mvSetItem,
    __iter__: (a) => { viewShape(a[0]!); return newIterator(T.bytes_iterator, IterKind.SEQUENCE, a[0]!); },
    __repr__: (a) => str(`<${isReleased(a[0]!) ? 'released ' : ''}memory at ${addressOf(a[0]!)}>`),
    __eq__: (a) => {
      if (a[0] === a[1]) return K.True;
      if (isReleased(a[0]!)) return K.False;
      const o = bufferOf(a[1]!);
      if (!o) return K.NotImplemented;
      return bool(equalBytes(viewBytes(a[0]!), o));
    },
    __ne__: (a) => {
      if (a[0] === a[1]) return K.False;
      if (isReleased(a[0]!)) return K.True;
      const o = bufferOf(a[1]!);
      if (!o) return K.NotImplemented;
      return bool(!equalBytes(viewBytes(a[0]!), o));
    },
    __hash__: (a) => {
      const s = viewShape(a[0]!);
      if (!(s.flags & MV_READONLY)) throw raise(T.ValueError, 'cannot hash writable memoryview object');
      return small(bytesHash(viewBytes(a[0]!)) >> 1);
    },
    __enter__: (a) => { viewShape(a[0]!); return a[0]!; },
    __exit__: (a) => { releaseView(a[0]!); return K.None; },
    tobytes: (a) => newBytes(viewBytes(a[0]!)),
    tolist: (a) => newList(Array.from(viewBytes(a[0]!), small)),
    hex: (a, kw) => str(hexOf(viewBytes(a[0]!), kwOrPos(a, kw, 1, 'sep'), kwOrPos(a, kw, 2, 'bytes_per_sep'))),
    release: (a) => { releaseView(a[0]!); return K.None; },
    toreadonly: (a) => { const s = viewShape(a[0]!); return newMemoryView(s.obj, s.start, s.count, s.step, true); },
  },
  getters: {
    obj: (v) => viewShape(v).obj,
    nbytes: (v) => small(viewShape(v).count),
    readonly: (v) => bool((viewShape(v).flags & MV_READONLY) !== 0),
    itemsize: (v) => (viewShape(v), small(1)),
    format: (v) => (viewShape(v), str('B')),
    ndim: (v) => (viewShape(v), small(1)),
    shape: (v) => newTuple([small(viewShape(v).count)]),
    strides: (v) => newTuple([small(viewShape(v).step)]),
    contiguous: (v) => bool(Math.abs(viewShape(v).step) === 1 || viewShape(v).count <= 1),
    c_contiguous: (v) => bool(viewShape(v).step === 1 || viewShape(v).count <= 1),
    f_contiguous: (v) => bool(viewShape(v).step === 1 || viewShape(v).count <= 1),
  },
};



void load; void PAIR;
