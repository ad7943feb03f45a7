/**
 * Declarative tables of the container types: tuple, list, dict (and its
 * views), set, frozenset, range, slice and the native iterators.
 * https://docs.python.org/3.11/library/stdtypes.html#sequence-types-list-tuple-range
 */
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { openForRead } from '../../stm/access.js';
import { bool, K, PAIR, raise, RANGE, small, T, TUPLE, typeOf, PyRaise } from '../objects/core.js';
import type { NativeFn, TypeSpec } from '../objects/native.js';
import {
  callObject, CMP, compare, contains, getIter, hashOf, indexNumber, isTrue, iterNext, reprOf, richEq, toArray,
  typeNameOf, indexOf, lengthOf, getAttrOrZero, getItem,
} from '../objects/protocol.js';
import { intAdd, intCompare, intFromBigInt, intFromNumber, intMul, intSub, toBigInt, isInt } from '../objects/int.js';
import { newStr } from '../objects/str.js';
import { newTuple, tupleItems, tupleLen } from '../objects/tuple.js';
import {
  listAppend, listGet, listInsert, listItems, listLen, listRemoveAt, listReplace, listSet, newList,
} from '../objects/list.js';
import {
  dictDelete, dictEntries, dictGet, dictKeys, dictLen, dictSet, newDict, dictCopy, dictClear,
} from '../objects/dict.js';
import { newSet, setAdd, setContains, setDiscard, setItems, setLen, isSetLike } from '../objects/set.js';
import { IterKind, iteratorNext, newIterator } from '../objects/iterators.js';
import { isSubtype, S, typeSlot } from '../objects/type.js';
import { ITER } from '../objects/core.js';

const str = (s: string) => newStr(s);

// --- slices ----------------------------------------------------------------

export function newSlice(start: number, stop: number, step: number): number {
  const s = allocateLayout(L.PAIR, 0, T.slice);
  store(s + PAIR.A, start);
  store(s + PAIR.B, stop);
  store(s + PAIR.C, step);
  return s;
}

/** (start, stop, step, count) of a slice applied to a length, as slice.indices. */
export function sliceIndices(sl: number, len: number): [number, number, number, number] {
  const a = load(sl + PAIR.A), b = load(sl + PAIR.B), c = load(sl + PAIR.C);
  const msg = 'slice indices must be integers or None or have an __index__ method';
  const step = c === K.None ? 1 : indexNumber(c, msg);
  if (step === 0) throw raise(T.ValueError, 'slice step cannot be zero');
  const clamp = (v: number, dflt: number): number => {
    if (v === K.None) return dflt;
    let i = indexNumber(v, msg);
    if (i < 0) { i += len; if (i < 0) i = step < 0 ? -1 : 0; }
    else if (i >= len) i = step < 0 ? len - 1 : len;
    return i;
  };
  const start = clamp(a, step < 0 ? len - 1 : 0), stop = clamp(b, step < 0 ? -1 : len);
  let count = 0;
  if (step > 0 ? start < stop : start > stop) count = Math.floor((stop - start - (step > 0 ? 1 : -1)) / step) + 1;
  return [start, stop, step, count];
}

export function applySlice<X>(items: X[], sl: number): X[] {
  const [start, , step, count] = sliceIndices(sl, items.length);
  const out: X[] = [];
  for (let i = 0, j = start; i < count; i++, j += step) out.push(items[j]!);
  return out;
}

export const sliceSpec: TypeSpec = {
  name: 'slice', layout: L.PAIR,
  unhashable: true,
  new: (a) => {
    if (a.length < 2) throw raise(T.TypeError, 'slice expected at least 1 argument, got 0');
    if (a.length > 4) throw raise(T.TypeError, `slice expected at most 3 arguments, got ${a.length - 1}`);
    return a.length === 2 ? newSlice(K.None, a[1]!, K.None) : newSlice(a[1]!, a[2]!, a[3] ?? K.None);
  },
  methods: {
    ...seqCmpMethods(() => T.slice, (v) => [load(v + PAIR.A), load(v + PAIR.B), load(v + PAIR.C)]),
    __repr__: (a) => str(`slice(${reprOf(load(a[0]! + PAIR.A))}, ${reprOf(load(a[0]! + PAIR.B))}, ${reprOf(load(a[0]! + PAIR.C))})`),
    indices: (a) => {
      const n = indexNumber(a[1]!);
      if (n < 0) throw raise(T.ValueError, 'length should not be negative');
      const [x, y, z] = sliceIndices(a[0]!, n);
      return newTuple([small(x), small(y), small(z)]);
    },
  },
  getters: { start: (s) => load(s + PAIR.A), stop: (s) => load(s + PAIR.B), step: (s) => load(s + PAIR.C) },
};

function normIndex(i: number, n: number, what: string): number {
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) throw raise(T.IndexError, `${what} index out of range`);
  return j;
}

// --- shared sequence behaviour ----------------------------------------------

function seqRepr(items: number[], open: string, close: string, guard: number): string {
  if (reprGuard.has(guard)) return open + '...' + close;
  reprGuard.add(guard);
  try {
    return open + items.map(reprOf).join(', ') + close;
  } finally {
    reprGuard.delete(guard);
  }
}
/** Objects whose repr is in progress (recursive containers print `[...]`). */
export const reprGuard = new Set<number>();

function seqCompare(x: number[], y: number[], op: number): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] === y[i] || richEq(x[i]!, y[i]!)) continue;
    if (op === CMP.EQ) return K.False;
    if (op === CMP.NE) return K.True;
    return compare(x[i]!, y[i]!, op);
  }
  const c = x.length - y.length;
  switch (op) {
    case CMP.LT: return bool(c < 0);
    case CMP.LE: return bool(c <= 0);
    case CMP.EQ: return bool(c === 0);
    case CMP.NE: return bool(c !== 0);
    case CMP.GT: return bool(c > 0);
    default: return bool(c >= 0);
  }
}

function seqCmpMethods(type: () => number, items: (v: number) => number[]): Record<string, NativeFn> {
  const m = (op: number): NativeFn => (a) => (typeOf(a[1]!) === type() || isSubtype(typeOf(a[1]!), type()) ? seqCompare(items(a[0]!), items(a[1]!), op) : K.NotImplemented);
  return { __lt__: m(CMP.LT), __le__: m(CMP.LE), __eq__: m(CMP.EQ), __ne__: m(CMP.NE), __gt__: m(CMP.GT), __ge__: m(CMP.GE) };
}

function indexIn(items: number[], v: number, what: string, start?: number, stop?: number): number {
  const bound = (w: number | undefined, dflt: number): number => {
    if (w === undefined) return dflt;
    const n = indexNumber(w, 'slice indices must be integers or have an __index__ method');
    return n < 0 ? Math.max(0, n + items.length) : Math.min(n, items.length);
  };
  const lo = bound(start, 0), hi = bound(stop, items.length);
  for (let i = lo; i < hi; i++) if (items[i] === v || richEq(items[i]!, v)) return i;
  throw raise(T.ValueError, what);
}

// --- tuple -----------------------------------------------------------------

function tupleHash(items: number[]): number {
  // CPython's xxHash-based tuple hash, on 32-bit lanes (exact for the low bits only).
  let acc = 0x27d4eb2f | 0;
  for (const x of items) {
    acc = (acc + Math.imul(hashOf(x), 0xc2b2ae3d | 0)) | 0;
    acc = (acc << 13) | (acc >>> 19);
    acc = Math.imul(acc, 0x9e3779b1 | 0);
  }
  acc = (acc + (items.length ^ 0x165667b1 ^ 3527539)) | 0;
  return acc === -1 ? 1546275796 : acc;
}

/** CPython's check for constructors taking one optional positional argument. */
export function atMostOneArgument(name: string, n: number): void {
  if (n > 1) throw raise(T.TypeError, `${name} expected at most 1 argument, got ${n}`);
}

export const tupleSpec: TypeSpec = {
  name: 'tuple', layout: L.TUPLE, subclassable: true,
  arity: { index: '=1-3', count: 'O' },
  new: (a, kw) => {
    if (kw && kw.length) throw raise(T.TypeError, 'tuple() takes no keyword arguments');
    if (a.length > 2) throw raise(T.TypeError, `tuple expected at most 1 argument, got ${a.length - 1}`);
    const cls = a[0]!;
    if (cls === T.tuple) return a.length < 2 ? newTuple([]) : typeOf(a[1]!) === T.tuple ? a[1]! : newTuple(toArray(a[1]!));
    const items = a.length < 2 ? [] : toArray(a[1]!);
    const t = allocateLayout(L.TUPLE, items.length, cls);
    for (let i = 0; i < items.length; i++) store(t + TUPLE.ITEMS + i, items[i]!);
    return t;
  },
  methods: {
    ...seqCmpMethods(() => T.tuple, tupleItems),
    __repr__: (a) => { const it = tupleItems(a[0]!); return str(it.length === 1 && !reprGuard.has(a[0]!) ? seqRepr(it, '(', ',)', a[0]!) : seqRepr(it, '(', ')', a[0]!)); },
    __len__: (a) => small(tupleLen(a[0]!)),
    __hash__: (a) => intFromNumber(tupleHash(tupleItems(a[0]!))),
    __getitem__: (a) => {
      const t = a[0]!, k = a[1]!;
      if (typeOf(k) === T.slice) return newTuple(applySlice(tupleItems(t), k));
      return load(t + TUPLE.ITEMS + normIndex(indexNumber(k, `tuple indices must be integers or slices, not ${typeNameOf(k)}`), tupleLen(t), 'tuple'));
    },
    __contains__: (a) => bool(tupleItems(a[0]!).some((x) => x === a[1] || richEq(x, a[1]!))),
    __iter__: (a) => newIterator(T.tuple_iterator, IterKind.TUPLE, a[0]!),
    __add__: (a) => (typeOf(a[1]!) === T.tuple ? newTuple([...tupleItems(a[0]!), ...tupleItems(a[1]!)]) : K.NotImplemented),
    __mul__: (a) => (isInt(a[1]!) ? newTuple(repeat(tupleItems(a[0]!), indexNumber(a[1]!))) : K.NotImplemented),
    __rmul__: (a) => (isInt(a[1]!) ? newTuple(repeat(tupleItems(a[0]!), indexNumber(a[1]!))) : K.NotImplemented),
    index: (a) => small(indexIn(tupleItems(a[0]!), a[1]!, 'tuple.index(x): x not in tuple', a[2], a[3])),
    count: (a) => small(tupleItems(a[0]!).filter((x) => x === a[1] || richEq(x, a[1]!)).length),
  },
};
function repeat(items: number[], n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(...items);
  return out;
}

// --- list ------------------------------------------------------------------

function listSetItem(l: number, k: number, v: number): void {
  if (typeOf(k) === T.slice) {
    const items = listItems(l);
    const [start, stop, step, count] = sliceIndices(k, items.length);
    const repl = toArray(v);
    if (step === 1) {
      items.splice(start, Math.max(0, stop - start), ...repl);
    } else {
      if (repl.length !== count) throw raise(T.ValueError, `attempt to assign sequence of size ${repl.length} to extended slice of size ${count}`);
      for (let i = 0, j = start; i < count; i++, j += step) items[j] = repl[i]!;
    }
    listReplace(l, items);
    return;
  }
  const i = normIndex(indexNumber(k, `list indices must be integers or slices, not ${typeNameOf(k)}`), listLen(l), 'list assignment');
  listSet(l, i, v);
}

function listDelItem(l: number, k: number): void {
  if (typeOf(k) === T.slice) {
    const items = listItems(l);
    const [start, , step, count] = sliceIndices(k, items.length);
    const drop = new Set<number>();
    for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
    listReplace(l, items.filter((_x, i) => !drop.has(i)));
    return;
  }
  listRemoveAt(l, normIndex(indexNumber(k), listLen(l), 'list assignment'));
}

/** Stable merge sort calling `lt` (which may run Python code). */
export function sortValues(items: number[], key: number, reverse: boolean): number[] {
  const keys = key === K.None || key === 0 ? items : items.map((x) => callObject(key, [x]));
  const idx = items.map((_x, i) => i);
  const lt = (i: number, j: number): boolean => isTrue(compare(keys[i]!, keys[j]!, CMP.LT));
  // As CPython's list.sort: reverse=True reverses, sorts stably, reverses back;
  // short lists use its run detection and binary insertion, so the first
  // comparison that fails (mixed types) is the one CPython reports.
  if (reverse) idx.reverse();
  const sorted = idx.length < 64 ? binaryInsertionSort(idx, lt) : mergeSort(idx, lt);
  if (reverse) sorted.reverse();
  return sorted.map((i) => items[i]!);
}
function binaryInsertionSort(a: number[], lt: (i: number, j: number) => boolean): number[] {
  const n = a.length;
  if (n < 2) return a;
  let run = 2;
  if (lt(a[1]!, a[0]!)) {
    while (run < n && lt(a[run]!, a[run - 1]!)) run++;
    const head = a.slice(0, run).reverse();
    for (let i = 0; i < run; i++) a[i] = head[i]!;
  } else {
    while (run < n && !lt(a[run]!, a[run - 1]!)) run++;
  }
  for (let start = run; start < n; start++) {
    const pivot = a[start]!;
    let l = 0, r = start;
    while (l < r) {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, a[p]!)) r = p; else l = p + 1;
    }
    for (let k = start; k > l; k--) a[k] = a[k - 1]!;
    a[l] = pivot;
  }
  return a;
}
function mergeSort(a: number[], lt: (i: number, j: number) => boolean): number[] {
  if (a.length <= 1) return a;
  const mid = a.length >> 1;
  const l = mergeSort(a.slice(0, mid), lt), r = mergeSort(a.slice(mid), lt);
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < l.length && j < r.length) out.push(lt(r[j]!, l[i]!) ? r[j++]! : l[i++]!);
  while (i < l.length) out.push(l[i++]!);
  while (j < r.length) out.push(r[j++]!);
  return out;
}

function kwArg(a: number[], kw: readonly string[] | null, name: string): number {
  if (!kw) return 0;
  const i = kw.indexOf(name);
  return i < 0 ? 0 : a[a.length - kw.length + i]!;
}

export const listSpec: TypeSpec = {
  unhashable: true,
  name: 'list', layout: L.LIST, subclassable: true,
  arity: { append: 'O', extend: 'O', insert: '=2-2', pop: '=0-1', remove: 'O', index: '=1-3', count: 'O', clear: '', copy: '', reverse: '', sort: '*:key,reverse' },
  new: (a) => newList([], a[0]!),
  methods: {
    ...seqCmpMethods(() => T.list, listItems),
    __init__: (a) => {
      atMostOneArgument('list', a.length - 1);
      listReplace(a[0]!, a.length > 1 ? toArray(a[1]!) : []);
      return K.None;
    },
    __repr__: (a) => str(seqRepr(listItems(a[0]!), '[', ']', a[0]!)),
    __len__: (a) => small(listLen(a[0]!)),
    __getitem__: (a) => {
      const l = a[0]!, k = a[1]!;
      if (k & 1) {
        const n = listLen(l);
        let i = k >> 1;
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw raise(T.IndexError, 'list index out of range');
        return listGet(l, i);
      }
      if (typeOf(k) === T.slice) return newList(applySlice(listItems(l), k));
      return listGet(l, normIndex(indexNumber(k, `list indices must be integers or slices, not ${typeNameOf(k)}`), listLen(l), 'list'));
    },
    __setitem__: (a) => (listSetItem(a[0]!, a[1]!, a[2]!), K.None),
    __delitem__: (a) => (listDelItem(a[0]!, a[1]!), K.None),
    __contains__: (a) => bool(listItems(a[0]!).some((x) => x === a[1] || richEq(x, a[1]!))),
    __iter__: (a) => newIterator(T.list_iterator, IterKind.LIST, a[0]!),
    __reversed__: (a) => newIterator(T.list_reverseiterator, IterKind.REVERSED_LIST, a[0]!, 0, listLen(a[0]!) - 1),
    __add__: (a) => (typeOf(a[1]!) === T.list ? newList([...listItems(a[0]!), ...listItems(a[1]!)]) : K.NotImplemented),
    __iadd__: (a) => { for (const x of toArray(a[1]!)) listAppend(a[0]!, x); return a[0]!; },
    __mul__: (a) => (isInt(a[1]!) ? newList(repeat(listItems(a[0]!), indexNumber(a[1]!))) : K.NotImplemented),
    __rmul__: (a) => (isInt(a[1]!) ? newList(repeat(listItems(a[0]!), indexNumber(a[1]!))) : K.NotImplemented),
    __imul__: (a) => (listReplace(a[0]!, repeat(listItems(a[0]!), indexNumber(a[1]!))), a[0]!),
    append: (a) => (listAppend(a[0]!, a[1]!), K.None),
    extend: (a) => { for (const x of toArray(a[1]!)) listAppend(a[0]!, x); return K.None; },
    insert: (a) => {
      const n = listLen(a[0]!);
      let i = indexNumber(a[1]!);
      if (i < 0) i = Math.max(0, i + n);
      listInsert(a[0]!, Math.min(i, n), a[2]!);
      return K.None;
    },
    pop: (a) => {
      const n = listLen(a[0]!);
      if (n === 0) throw raise(T.IndexError, 'pop from empty list');
      const i = a.length > 1 ? indexNumber(a[1]!) : n - 1;
      return listRemoveAt(a[0]!, normIndex(i, n, 'pop'));
    },
    remove: (a) => { listRemoveAt(a[0]!, indexIn(listItems(a[0]!), a[1]!, 'list.remove(x): x not in list')); return K.None; },
    index: (a) => small(indexIn(listItems(a[0]!), a[1]!, `${reprOf(a[1]!)} is not in list`, a[2], a[3])),
    count: (a) => small(listItems(a[0]!).filter((x) => x === a[1] || richEq(x, a[1]!)).length),
    clear: (a) => (listReplace(a[0]!, []), K.None),
    copy: (a) => newList(listItems(a[0]!)),
    reverse: (a) => (listReplace(a[0]!, listItems(a[0]!).reverse()), K.None),
    sort: (a, kw) => {
      const key = kwArg(a, kw, 'key'), rev = kwArg(a, kw, 'reverse');
      listReplace(a[0]!, sortValues(listItems(a[0]!), key, rev !== 0 && indexNumber(rev) !== 0));
      return K.None;
    },
  },
};

// --- dict ------------------------------------------------------------------

function dictMissing(d: number, k: number): number {
  if (typeOf(d) !== T.dict) {
    const m = typeSlot(typeOf(d), S.__missing__);
    if (m) return callObject(m, [d, k]);
  }
  throw new PyRaise(keyErrorHook.make(k));
}
export const keyErrorHook = { make: (_k: number): number => 0 };

function dictUpdate(d: number, src: number, kwValues: number[], kw: readonly string[] | null): void {
  if (src) {
    if (typeOf(src) === T.dict || isSubtype(typeOf(src), T.dict)) for (const [k, v] of dictEntries(src)) dictSet(d, k, v);
    else if (getAttrOrZero(src, internHook.intern('keys'))) {
      // Any object with keys() is a mapping here (dict_update_arg).
      for (const k of toArray(callObject(getAttrOrZero(src, internHook.intern('keys')), []))) dictSet(d, k, getItem(src, k));
    } else {
      let i = 0;
      for (const item of toArray(src)) {
        const it = typeOf(item);
        if (!typeSlot(it, S.__iter__) && !typeSlot(it, S.__getitem__)) {
          throw raise(T.TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        const kv = toArray(item);
        if (kv.length !== 2) throw raise(T.ValueError, `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
        dictSet(d, kv[0]!, kv[1]!);
        i++;
      }
    }
  }
  if (kw) kw.forEach((name, i) => dictSet(d, internHook.intern(name), kwValues[kwValues.length - kw.length + i]!));
}
export const internHook = { intern: (_s: string): number => 0 };

function newView(type: number, d: number): number {
  const v = allocateLayout(L.PAIR, 0, type);
  store(v + PAIR.A, d);
  return v;
}

export const dictSpec: TypeSpec = {
  unhashable: true,
  name: 'dict', layout: L.DICT, subclassable: true,
  arity: { get: '=1-2', setdefault: '=1-2', pop: '=1-2', popitem: '', keys: '', values: '', items: '', update: '=0-1+kw', copy: '', clear: '', fromkeys: '=1-2' },
  new: (a) => newDict(0, a[0]!),
  classmethods: {
    fromkeys: (a) => { const d = newDict(); for (const k of toArray(a[1]!)) dictSet(d, k, a[2] ?? K.None); return d; },
  },
  methods: {
    __init__: (a, kw) => {
      const npos = a.length - (kw ? kw.length : 0);
      atMostOneArgument('dict', npos - 1);
      dictUpdate(a[0]!, npos > 1 ? a[1]! : 0, a, kw);
      return K.None;
    },
    __repr__: (a) => {
      const d = a[0]!;
      if (reprGuard.has(d)) return str('{...}');
      reprGuard.add(d);
      try {
        return str('{' + dictEntries(d).map(([k, v]) => `${reprOf(k)}: ${reprOf(v)}`).join(', ') + '}');
      } finally {
        reprGuard.delete(d);
      }
    },
    __len__: (a) => small(dictLen(a[0]!)),
    __getitem__: (a) => dictGet(a[0]!, a[1]!) || dictMissing(a[0]!, a[1]!),
    __setitem__: (a) => (dictSet(a[0]!, a[1]!, a[2]!), K.None),
    __delitem__: (a) => { if (!dictDelete(a[0]!, a[1]!)) throw new PyRaise(keyErrorHook.make(a[1]!)); return K.None; },
    __contains__: (a) => bool(dictGet(a[0]!, a[1]!) !== 0),
    __iter__: (a) => newIterator(T.dict_keyiterator, IterKind.DICT_KEYS, a[0]!, small(dictLen(a[0]!))),
    __reversed__: (a) => newIterator(T.dict_keyiterator, IterKind.SNAPSHOT, newTuple(dictKeys(a[0]!).reverse())),
    __eq__: (a) => {
      if (typeOf(a[1]!) !== T.dict) return K.NotImplemented;
      const x = a[0]!, y = a[1]!;
      if (dictLen(x) !== dictLen(y)) return K.False;
      for (const [k, v] of dictEntries(x)) { const w = dictGet(y, k); if (!w || !richEq(v, w)) return K.False; }
      return K.True;
    },
    __or__: (a) => { if (!isDictValue(a[1]!)) return K.NotImplemented; const d = dictCopy(a[0]!); dictUpdate(d, a[1]!, [], null); return d; },
    __ror__: (a) => { if (!isDictValue(a[1]!)) return K.NotImplemented; const d = dictCopy(a[1]!); dictUpdate(d, a[0]!, [], null); return d; },
    __ior__: (a) => { dictUpdate(a[0]!, a[1]!, [], null); return a[0]!; },
    get: (a) => dictGet(a[0]!, a[1]!) || (a[2] ?? K.None),
    setdefault: (a) => { const v = dictGet(a[0]!, a[1]!); if (v) return v; dictSet(a[0]!, a[1]!, a[2] ?? K.None); return a[2] ?? K.None; },
    pop: (a) => { const v = dictDelete(a[0]!, a[1]!); if (v) return v; if (a.length > 2) return a[2]!; throw new PyRaise(keyErrorHook.make(a[1]!)); },
    popitem: (a) => {
      const ks = dictKeys(a[0]!);
      if (!ks.length) throw raise(T.KeyError, 'popitem(): dictionary is empty');
      const k = ks[ks.length - 1]!;
      return newTuple([k, dictDelete(a[0]!, k)]);
    },
    keys: (a) => newView(T.dict_keys, a[0]!),
    values: (a) => newView(T.dict_values, a[0]!),
    items: (a) => newView(T.dict_items, a[0]!),
    update: (a, kw) => { const npos = a.length - (kw ? kw.length : 0); dictUpdate(a[0]!, npos > 1 ? a[1]! : 0, a, kw); return K.None; },
    copy: (a) => dictCopy(a[0]!),
    clear: (a) => (dictClear(a[0]!), K.None),
  },
};

function viewSpec(name: 'dict_keys' | 'dict_values' | 'dict_items', kind: number, iterType: () => number): TypeSpec {
  const items = (v: number): number[] => {
    const d = load(v + PAIR.A);
    if (kind === IterKind.DICT_KEYS) return dictKeys(d);
    if (kind === IterKind.DICT_VALUES) return dictEntries(d).map(([, x]) => x);
    return dictEntries(d).map(([k, x]) => newTuple([k, x]));
  };
  return {
    name, layout: L.PAIR,
    methods: {
      __repr__: (a) => str(`${name}(${'[' + items(a[0]!).map(reprOf).join(', ') + ']'})`),
      __len__: (a) => small(dictLen(load(a[0]! + PAIR.A))),
      __iter__: (a) => { const d = load(a[0]! + PAIR.A); return newIterator(iterType(), kind, d, small(dictLen(d))); },
      __contains__: (a) => {
        const d = load(a[0]! + PAIR.A);
        if (kind === IterKind.DICT_KEYS) return bool(dictGet(d, a[1]!) !== 0);
        return bool(items(a[0]!).some((x) => richEq(x, a[1]!)));
      },
      ...(kind === IterKind.DICT_VALUES ? {} : viewSetMethods(items)),
    },
  };
}

/** keys() and items() views are set-like: & | - ^ (either side) give sets; comparisons are set comparisons. */
function viewSetMethods(items: (v: number) => number[]): Record<string, NativeFn> {
  const iterable = (v: number): boolean => !(v & 1) && (typeSlot(typeOf(v), S.__iter__) !== 0);
  const op = (f: (x: number[], y: number[]) => number[], swap = false): NativeFn => (a) => {
    if (!iterable(a[1]!)) return K.NotImplemented;
    const mine = items(a[0]!), other = toArray(a[1]!);
    return newSet(swap ? f(other, mine) : f(mine, other));
  };
  const inter = (x: number[], y: number[]): number[] => { const s = newSet(y); return x.filter((v) => setContains(s, v)); };
  const minus = (x: number[], y: number[]): number[] => { const s = newSet(y); return x.filter((v) => !setContains(s, v)); };
  const xor = (x: number[], y: number[]): number[] => [...minus(x, y), ...minus(y, x)];
  const union = (x: number[], y: number[]): number[] => [...x, ...y];
  const cmp = (test: (m: number, o: number, sub: boolean, sup: boolean) => boolean): NativeFn => (a) => {
    const o = a[1]!;
    if (!isSetLike(o) && !isView(o)) return K.NotImplemented;
    const mine = newSet(items(a[0]!)), other = newSet(toArray(o));
    const sub = setItems(mine).every((v) => setContains(other, v)), sup = setItems(other).every((v) => setContains(mine, v));
    return bool(test(setLen(mine), setLen(other), sub, sup));
  };
  return {
    __and__: op(inter), __rand__: op(inter, true), __or__: op(union), __ror__: op(union, true),
    __sub__: op(minus), __rsub__: op(minus, true), __xor__: op(xor), __rxor__: op(xor, true),
    __eq__: cmp((m, o, sub) => m === o && sub), __ne__: cmp((m, o, sub) => !(m === o && sub)),
    __le__: cmp((_m, _o, sub) => sub), __lt__: cmp((m, o, sub) => sub && m < o),
    __ge__: cmp((_m, _o, _s, sup) => sup), __gt__: cmp((m, o, _s, sup) => sup && m > o),
    isdisjoint: (a) => { const s = newSet(items(a[0]!)); return bool(!toArray(a[1]!).some((v) => setContains(s, v))); },
  };
}
function isView(v: number): boolean {
  const t = typeOf(v);
  return t === T.dict_keys || t === T.dict_items;
}
export const dictKeysSpec = viewSpec('dict_keys', IterKind.DICT_KEYS, () => T.dict_keyiterator);
export const dictValuesSpec = viewSpec('dict_values', IterKind.DICT_VALUES, () => T.dict_valueiterator);
export const dictItemsSpec = viewSpec('dict_items', IterKind.DICT_ITEMS, () => T.dict_itemiterator);

// --- set / frozenset ---------------------------------------------------------

function setRepr(s: number): string {
  const items = setItems(s);
  const frozen = typeOf(s) === T.frozenset;
  if (!items.length) return frozen ? 'frozenset()' : 'set()';
  const body = '{' + items.map(reprOf).join(', ') + '}';
  return frozen ? `frozenset(${body})` : body;
}
function setOp(make: (x: number[], other: number) => number[]): NativeFn {
  return (a) => {
    if (!isSetLike(a[1]!)) return K.NotImplemented;
    return newSet(make(setItems(a[0]!), a[1]!), typeOf(a[0]!));
  };
}
function setCmp(op: (x: number, y: number) => boolean): NativeFn {
  return (a) => (isSetLike(a[1]!) ? bool(op(a[0]!, a[1]!)) : K.NotImplemented);
}
const subset = (x: number, y: number) => setItems(x).every((k) => setContains(y, k));
const SET_COMMON: Record<string, NativeFn> = {
  __repr__: (a) => str(setRepr(a[0]!)),
  __len__: (a) => small(setLen(a[0]!)),
  __contains__: (a) => bool(setContains(a[0]!, a[1]!)),
  __iter__: (a) => newIterator(T.set_iterator, IterKind.SNAPSHOT, newTuple(setItems(a[0]!)), a[0]!),
  __or__: setOp((x, o) => [...x, ...setItems(o)]),
  __and__: setOp((x, o) => x.filter((k) => setContains(o, k))),
  __sub__: setOp((x, o) => x.filter((k) => !setContains(o, k))),
  __xor__: setOp((x, o) => [...x.filter((k) => !setContains(o, k)), ...setItems(o).filter((k) => !x.some((j) => richEq(j, k)))]),
  __eq__: setCmp((x, y) => setLen(x) === setLen(y) && subset(x, y)),
  __ne__: setCmp((x, y) => !(setLen(x) === setLen(y) && subset(x, y))),
  __le__: setCmp(subset),
  __lt__: setCmp((x, y) => setLen(x) < setLen(y) && subset(x, y)),
  __ge__: setCmp((x, y) => subset(y, x)),
  __gt__: setCmp((x, y) => setLen(x) > setLen(y) && subset(y, x)),
  union: (a) => newSet([...setItems(a[0]!), ...a.slice(1).flatMap(toArray)], typeOf(a[0]!)),
  intersection: (a) => { const o = newSet(toArray(a[1]!)); return newSet(setItems(a[0]!).filter((k) => setContains(o, k)), typeOf(a[0]!)); },
  symmetric_difference: (a) => {
    const o = newSet(toArray(a[1]!));
    const x = setItems(a[0]!);
    return newSet([...x.filter((k) => !setContains(o, k)), ...setItems(o).filter((k) => !setContains(a[0]!, k))], typeOf(a[0]!));
  },
  difference: (a) => { const o = newSet(a.slice(1).flatMap(toArray)); return newSet(setItems(a[0]!).filter((k) => !setContains(o, k)), typeOf(a[0]!)); },
  issubset: (a) => bool(subset(a[0]!, newSet(toArray(a[1]!)))),
  issuperset: (a) => bool(subset(newSet(toArray(a[1]!)), a[0]!)),
  isdisjoint: (a) => bool(!toArray(a[1]!).some((k) => setContains(a[0]!, k))),
  copy: (a) => newSet(setItems(a[0]!), typeOf(a[0]!)),
};
export const setSpec: TypeSpec = {
  unhashable: true,
  name: 'set', layout: L.SET, subclassable: true,
  arity: { issubset: 'O', issuperset: 'O', isdisjoint: 'O', copy: '', add: 'O', discard: 'O', remove: 'O', pop: '', clear: '' },
  new: (a) => newSet([], a[0]!),
  methods: {
    ...SET_COMMON,
    __init__: (a) => { for (const x of setItems(a[0]!)) setDiscard(a[0]!, x); if (a.length > 1) for (const x of toArray(a[1]!)) setAdd(a[0]!, x); return K.None; },
    __ior__: (a) => { if (!isSetLike(a[1]!)) return K.NotImplemented; for (const x of toArray(a[1]!)) setAdd(a[0]!, x); return a[0]!; },
    __iand__: (a) => {
      if (!isSetLike(a[1]!)) return K.NotImplemented;
      for (const x of setItems(a[0]!)) if (!contains(a[1]!, x)) setDiscard(a[0]!, x);
      return a[0]!;
    },
    __isub__: (a) => { if (!isSetLike(a[1]!)) return K.NotImplemented; for (const x of toArray(a[1]!)) setDiscard(a[0]!, x); return a[0]!; },
    __ixor__: (a) => {
      if (!isSetLike(a[1]!)) return K.NotImplemented;
      for (const x of toArray(a[1]!)) if (!setDiscard(a[0]!, x)) setAdd(a[0]!, x);
      return a[0]!;
    },
    add: (a) => (setAdd(a[0]!, a[1]!), K.None),
    discard: (a) => (setDiscard(a[0]!, a[1]!), K.None),
    remove: (a) => { if (!setDiscard(a[0]!, a[1]!)) throw new PyRaise(keyErrorHook.make(a[1]!)); return K.None; },
    pop: (a) => {
      const it = setItems(a[0]!);
      if (!it.length) throw raise(T.KeyError, 'pop from an empty set');
      setDiscard(a[0]!, it[0]!);
      return it[0]!;
    },
    update: (a) => { for (const o of a.slice(1)) for (const x of toArray(o)) setAdd(a[0]!, x); return K.None; },
    intersection_update: (a) => {
      const keep = newSet(setItems(a[0]!).filter((k) => a.slice(1).every((o) => toArray(o).some((j) => j === k || richEq(j, k)))));
      for (const x of setItems(a[0]!)) if (!setContains(keep, x)) setDiscard(a[0]!, x);
      return K.None;
    },
    difference_update: (a) => { for (const o of a.slice(1)) for (const x of toArray(o)) setDiscard(a[0]!, x); return K.None; },
    symmetric_difference_update: (a) => {
      for (const x of setItems(newSet(toArray(a[1]!)))) if (!setDiscard(a[0]!, x)) setAdd(a[0]!, x);
      return K.None;
    },
    clear: (a) => { for (const x of setItems(a[0]!)) setDiscard(a[0]!, x); return K.None; },
  },
};
export const frozensetSpec: TypeSpec = {
  name: 'frozenset', layout: L.SET, subclassable: true,
  arity: { issubset: 'O', issuperset: 'O', isdisjoint: 'O', copy: '' },
  new: (a) => newSet(a.length > 1 ? toArray(a[1]!) : [], a[0]!),
  methods: {
    ...SET_COMMON,
    __hash__: (a) => {
      let h = 0;
      for (const k of setItems(a[0]!)) h ^= Math.imul(hashOf(k) ^ 89869747, 3644798167 | 0);
      return intFromNumber(h === -1 ? 590923713 : h);
    },
  },
};

// --- range -------------------------------------------------------------------

export function newRange(start: number, stop: number, step: number): number {
  const r = allocateLayout(L.RANGE, 0, T.range);
  store(r + RANGE.START, start);
  store(r + RANGE.STOP, stop);
  store(r + RANGE.STEP, step);
  return r;
}
function rangeLen(r: number): bigint {
  const a = toBigInt(load(r + RANGE.START)), b = toBigInt(load(r + RANGE.STOP)), s = toBigInt(load(r + RANGE.STEP));
  if (s > 0n) return a < b ? (b - a - 1n) / s + 1n : 0n;
  return a > b ? (a - b - 1n) / -s + 1n : 0n;
}
function asIndex(v: number): number {
  return intFromBigInt(indexOf(v));
}
export const rangeSpec: TypeSpec = {
  name: 'range', layout: L.RANGE,
  arity: { index: 'O', count: 'O' },
  new: (a) => {
    if (a.length > 4) throw raise(T.TypeError, `range expected at most 3 arguments, got ${a.length - 1}`);
    if (a.length === 2) return newRange(small(0), asIndex(a[1]!), small(1));
    if (a.length < 2) throw raise(T.TypeError, 'range expected at least 1 argument, got 0');
    const step = a.length > 3 ? asIndex(a[3]!) : small(1);
    if (toBigInt(step) === 0n) throw raise(T.ValueError, 'range() arg 3 must not be zero');
    return newRange(asIndex(a[1]!), asIndex(a[2]!), step);
  },
  methods: {
    __repr__: (a) => {
      const r = a[0]!, st = load(r + RANGE.STEP);
      return str(`range(${reprOf(load(r + RANGE.START))}, ${reprOf(load(r + RANGE.STOP))}${st === small(1) ? '' : ', ' + reprOf(st)})`);
    },
    __len__: (a) => intFromBigInt(rangeLen(a[0]!)),
    __iter__: (a) => newIterator(T.range_iterator, IterKind.RANGE, a[0]!, load(a[0]! + RANGE.START)),
    __reversed__: (a) => {
      const r = a[0]!, n = rangeLen(r);
      const st = load(r + RANGE.STEP);
      const last = intAdd(load(r + RANGE.START), intMul(intFromBigInt(n - 1n), st));
      const neg = intSub(small(0), st);
      return newIterator(T.range_iterator, IterKind.RANGE, newRange(last, intSub(load(r + RANGE.START), st), neg), last);
    },
    __getitem__: (a) => {
      const r = a[0]!, k = a[1]!;
      const n = rangeLen(r);
      if (typeOf(k) === T.slice) {
        const [s0, , st, count] = sliceIndices(k, Number(n));
        const start = intAdd(load(r + RANGE.START), intMul(small(s0), load(r + RANGE.STEP)));
        const step = intMul(small(st), load(r + RANGE.STEP));
        return newRange(start, intAdd(start, intMul(small(count), step)), step);
      }
      let i = indexOf(k);
      if (i < 0n) i += n;
      if (i < 0n || i >= n) throw raise(T.IndexError, 'range object index out of range');
      return intAdd(load(r + RANGE.START), intMul(intFromBigInt(i), load(r + RANGE.STEP)));
    },
    __contains__: (a) => {
      const r = a[0]!, v = a[1]!;
      if (!isInt(v)) return bool(toArray(r).some((x) => richEq(x, v)));
      const x = toBigInt(v), s = toBigInt(load(r + RANGE.START)), e = toBigInt(load(r + RANGE.STOP)), st = toBigInt(load(r + RANGE.STEP));
      const inside = st > 0n ? x >= s && x < e : x <= s && x > e;
      return bool(inside && (x - s) % st === 0n);
    },
    __eq__: (a) => (typeOf(a[1]!) === T.range ? bool(richEq(newTuple(toArray(a[0]!)), newTuple(toArray(a[1]!)))) : K.NotImplemented),
    __hash__: (a) => small(hashOf(newTuple([load(a[0]! + RANGE.START), load(a[0]! + RANGE.STOP), load(a[0]! + RANGE.STEP)])) >> 1),
    index: (a) => {
      const r = a[0]!;
      const items = toArray(r);
      return small(indexIn(items, a[1]!, `${reprOf(a[1]!)} is not in range`));
    },
    count: (a) => {
      const r = a[0]!, v = a[1]!;
      if (isInt(v)) return small(isTrue(callObject(typeSlot(T.range, S.__contains__), [r, v])) ? 1 : 0);
      return small(toArray(r).filter((x) => richEq(x, v)).length);
    },
    __bool__: (a) => bool(rangeLen(a[0]!) !== 0n),
  },
  getters: { start: (r) => load(r + RANGE.START), stop: (r) => load(r + RANGE.STOP), step: (r) => load(r + RANGE.STEP) },
};

// --- iterators -------------------------------------------------------------------

const ITER_METHODS: Record<string, NativeFn> = {
  __iter__: (a) => a[0]!,
  __next__: (a) => {
    const v = iteratorNext(a[0]!);
    if (v === 0) throw new PyRaise(stopHook.make(K.None));
    return v;
  },
};
export const stopHook = { make: (_v: number): number => 0 };

export const iteratorSpecs: TypeSpec[] = (
  ['list_iterator', 'tuple_iterator', 'range_iterator', 'str_ascii_iterator', 'dict_keyiterator', 'dict_valueiterator',
    'dict_itemiterator', 'set_iterator', 'list_reverseiterator', 'bytes_iterator', 'callable_iterator', 'bytearray_iterator', 'iterator'] as const
).map((name) => ({ name, layout: L.ITERATOR, methods: ITER_METHODS }));

export const enumerateSpec: TypeSpec = {
  name: 'enumerate', layout: L.ITERATOR, methods: ITER_METHODS,
  new: (a, kw) => {
    if (a.length < 2) throw raise(T.TypeError, "enumerate() missing required argument 'iterable'");
    const start = a.length > 2 ? a[2]! : small(0);
    if (!isInt(start)) intFromBigInt(indexOf(start));
    return newIterator(T.enumerate, IterKind.ENUMERATE, getIter(a[1]!), isInt(start) ? start : intFromBigInt(indexOf(start)));
  },
};
export const zipSpec: TypeSpec = {
  name: 'zip', layout: L.ITERATOR, methods: ITER_METHODS,
  new: (a, kw) => {
    const nkw = kw ? kw.length : 0;
    let strict = K.False;
    for (let i = 0; i < nkw; i++) {
      if (kw![i] !== 'strict') throw raise(T.TypeError, `'${kw![i]}' is an invalid keyword argument for zip()`);
      strict = isTrue(a[a.length - nkw + i]!) ? K.True : K.False;
    }
    return newIterator(T.zip, IterKind.ZIP, newTuple(a.slice(1, a.length - nkw).map(getIter)), strict);
  },
};
export const mapSpec: TypeSpec = {
  name: 'map', layout: L.ITERATOR, methods: ITER_METHODS,
  new: (a) => {
    if (a.length < 3) throw raise(T.TypeError, 'map() must have at least two arguments.');
    return newIterator(T.map, IterKind.MAP, a[1]!, newTuple(a.slice(2).map(getIter)));
  },
};
export const filterSpec: TypeSpec = {
  name: 'filter', layout: L.ITERATOR, methods: ITER_METHODS,
  new: (a) => newIterator(T.filter, IterKind.FILTER, getIter(a[2]!), a[1]!),
};
function isDictValue(v: number): boolean {
  return !(v & 1) && (typeOf(v) === T.dict || isSubtype(typeOf(v), T.dict));
}
function isDictLike(v: number): boolean {
  return typeOf(v) === T.dict || isSubtype(typeOf(v), T.dict);
}

export const reversedSpec: TypeSpec = {
  name: 'reversed', layout: L.ITERATOR, methods: ITER_METHODS,
  new: (a) => {
    const v = a[1]!;
    const r = typeSlot(typeOf(v), S.__reversed__);
    if (r && r !== K.None) return callObject(r, [v]);
    if (r === K.None || !typeSlot(typeOf(v), S.__getitem__) || !typeSlot(typeOf(v), S.__len__) || isDictLike(v)) throw raise(T.TypeError, `'${typeNameOf(v)}' object is not reversible`);
    if (typeOf(v) === T.list) return newIterator(T.list_reverseiterator, IterKind.REVERSED_LIST, newList(toArray(v)), 0, lengthOf(v) - 1);
    // The sequence protocol: v[len-1], ..., v[0].
    const items: number[] = [];
    for (let i = lengthOf(v) - 1; i >= 0; i--) items.push(getItem(v, small(i)));
    return newIterator(T.reversed, IterKind.LIST, newList(items));
  },
};

export { openForRead, ITER, contains, iterNext, intCompare };
