/**
 * `weakref.ReferenceType` (https://docs.python.org/3.11/library/weakref.html#weakref.ref):
 * a reference that does not keep its referent alive.
 *
 * Layout WEAKREF: refs [callback] raw [referent, hash, hashed]. The
 * referent is a raw word, so the collector does not trace it; the
 * collector sets it to 0 when it finds the referent unreachable
 * (vm/runtime/finalize.ts `clearWeakRefs`), and queues the callback. The
 * referent's weak references are listed in K.weakRefs, which is how the
 * collector finds them and how `getweakrefs` answers; a reference without a
 * callback is shared, as in CPython (`ref(x) is ref(x)`).
 *
 * Differences from CPython (no reference counting): a referent dies at the
 * first collection that finds it unreachable, not when its last reference
 * goes; `ReferenceType` cannot be subclassed yet.
 */
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { K, raise, small, T, TYPE, typeOf, WEAKREF } from '../objects/core.js';
import { dictGet, dictSet } from '../objects/dict.js';
import { listAppend, listItems, newList } from '../objects/list.js';
import { getAttrOrZero, hashOf, richEq, typeNameOf } from '../objects/protocol.js';
import { intFromNumber } from '../objects/int.js';
import { intern, newStr, jsString } from '../objects/str.js';
import { TF } from '../objects/type.js';
import type { TypeSpec } from '../objects/native.js';
import { openForRead, openForWrite } from '../../stm/access.js';
import { ensureRunner } from './finalize.js';

/** Layouts of builtin objects that may be weakly referenced (as CPython: not ints, strs, tuples, lists, dicts...). */
const WEAKREFABLE_LAYOUTS = new Set<number>([L.FUNCTION, L.TYPE, L.SET, L.GENERATOR, L.NATIVE, L.CODE, L.MODULE, L.LOCK, L.METHOD]);
/** Layouts whose instances cannot be, even of a Python subclass (variable-size objects in CPython). */
const NEVER = new Set<number>([L.BIGINT, L.STR, L.TUPLE, L.BYTES, L.WEAKREF]);

/** Can `obj` be weakly referenced? */
export function weakReferenceable(obj: number): boolean {
  if (obj & 1 || obj === 0) return false;
  const t = typeOf(obj);
  const layout = load(t + TYPE.LAYOUT);
  if (NEVER.has(layout)) return false;
  // Instances of Python classes can (CPython gives them a __weakref__ slot), builtin objects by kind.
  return (load(t + TYPE.FLAGS) & TF.HEAPTYPE) !== 0 || WEAKREFABLE_LAYOUTS.has(layout);
}

/** The object `w` refers to, or 0 once it is dead. */
export function referentOf(w: number): number {
  return load(w + WEAKREF.REFERENT);
}

/** The weak references to `obj` (their refs), oldest first. */
export function weakRefsTo(obj: number): number[] {
  const list = dictGet(K.weakRefs, small(obj));
  return list ? listItems(list).map((v) => v >> 1) : [];
}

/** `weakref.ref(obj, callback)`: a new reference (or the shared one without a callback). */
export function newWeakRef(obj: number, callback: number): number {
  if (!weakReferenceable(obj)) throw raise(T.TypeError, `cannot create weak reference to '${typeNameOf(obj)}' object`);
  const key = small(obj);
  let list = dictGet(K.weakRefs, key);
  if (callback === K.None || callback === 0) {
    for (const w of list ? listItems(list) : []) {
      const r = w >> 1;
      if (load(r + WEAKREF.CALLBACK) === 0 && referentOf(r) === obj) return r;
    }
  }
  const w = allocateLayout(L.WEAKREF, 0, T.ReferenceType);
  store(w + WEAKREF.CALLBACK, callback === K.None ? 0 : callback);
  store(w + WEAKREF.REFERENT, obj);
  if (!list) {
    list = newList([]);
    dictSet(K.weakRefs, key, list);
  }
  listAppend(list, small(w));
  if (callback !== K.None && callback !== 0) ensureRunner();
  return w;
}

function hash(w: number): number {
  openForRead(w);
  if (load(w + WEAKREF.HASHED)) return load(w + WEAKREF.HASH);
  const obj = referentOf(w);
  if (obj === 0) throw raise(T.TypeError, 'weak object has gone away');
  const h = hashOf(obj);
  openForWrite(w);
  store(w + WEAKREF.HASH, h);
  store(w + WEAKREF.HASHED, 1);
  return h;
}

function equal(a: number, b: number): boolean {
  const x = referentOf(a), y = referentOf(b);
  if (x === 0 || y === 0) return a === b;
  return richEq(x, y);
}

const isWeakRef = (v: number): boolean => !(v & 1) && v !== 0 && typeOf(v) === T.ReferenceType;
const hexAddr = (ref: number): string => `0x${(ref * 4).toString(16).padStart(12, '0')}`;

/** As CPython's: the referent's C-level type name (a class's plain name), and its `__name__` if it has one. */
function repr(w: number): string {
  const obj = referentOf(w);
  if (obj === 0) return `<weakref at ${hexAddr(w)}; dead>`;
  const t = typeOf(obj);
  const mod = load(t + TYPE.MODULE);
  const dotted = !(load(t + TYPE.FLAGS) & TF.HEAPTYPE) && mod && !(mod & 1) && typeOf(mod) === T.str && jsString(mod) !== 'builtins';
  const name = getAttrOrZero(obj, intern('__name__'));
  const suffix = name && !(name & 1) && typeOf(name) === T.str ? ` (${jsString(name)})` : '';
  return `<weakref at ${hexAddr(w)}; to '${dotted ? `${jsString(mod)}.` : ''}${jsString(load(t + TYPE.NAME))}' at ${hexAddr(obj)}${suffix}>`;
}

export const weakrefSpec: TypeSpec = {
  name: 'ReferenceType', layout: L.WEAKREF,
  new: (a) => {
    if (a.length < 2 || a.length > 3) throw raise(T.TypeError, `__new__ expected at most 2 arguments, got ${a.length - 1}`);
    return newWeakRef(a[1]!, a[2] ?? K.None);
  },
  methods: {
    __init__: () => K.None,
    __call__: (a) => referentOf(a[0]!) || K.None,
    __hash__: (a) => intFromNumber(hash(a[0]!)),
    __eq__: (a) => (isWeakRef(a[1]!) ? (equal(a[0]!, a[1]!) ? K.True : K.False) : K.NotImplemented),
    __ne__: (a) => (isWeakRef(a[1]!) ? (equal(a[0]!, a[1]!) ? K.False : K.True) : K.NotImplemented),
    __repr__: (a) => newStr(repr(a[0]!)),
  },
  getters: {
    __callback__: (w) => load(w + WEAKREF.CALLBACK) || K.None,
  },
  arity: { __call__: '' },
};
