/**
 * `__slots__`: a class that declares them gets one member descriptor per
 * name and, unless `__dict__` is among them (or a base already has one), no
 * instance `__dict__`.
 *
 * Model:
 * - Slot values live in the instance's dict word (OBJ_DICT), as other
 *   attributes do; for a class without `__dict__` (TF.HAS_DICT clear) that
 *   word is hidden from generic attribute access (`instanceDictWord` answers
 *   0), so only the member descriptors, which are data descriptors and so
 *   found first, read and write it.
 * - A member descriptor is a PAIR: A the slot name, B the owning class.
 *
 * Reference: https://docs.python.org/3.11/reference/datamodel.html#slots
 */
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { openForRead, openForWrite } from '../../stm/access.js';
import { K, OBJ_DICT, PAIR, PyRaise, raise, T, typeOf } from '../objects/core.js';
import type { TypeSpec } from '../objects/native.js';
import { toArray, typeNameOf } from '../objects/protocol.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { dictDelete, dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { classSlotsHook, isSubtype, TF, typeFlags, typeLayout, typeName } from '../objects/type.js';
import { newTuple } from '../objects/tuple.js';
import { newException } from '../objects/exceptions.js';

function newMember(name: number, owner: number): number {
  const m = allocateLayout(L.PAIR, 0, T.member_descriptor);
  store(m + PAIR.A, name);
  store(m + PAIR.B, owner);
  return m;
}

function checkInstance(m: number, obj: number): void {
  const owner = load(m + PAIR.B);
  if (!isSubtype(typeOf(obj), owner)) {
    throw raise(T.TypeError, `descriptor '${jsString(load(m + PAIR.A))}' for '${typeName(owner)}' objects doesn't apply to a '${typeNameOf(obj)}' object`);
  }
}

function missing(obj: number, name: number): PyRaise {
  return raise(T.AttributeError, `'${typeNameOf(obj)}' object has no attribute '${jsString(name)}'`);
}

export const memberDescriptorSpec: TypeSpec = {
  name: 'member_descriptor', layout: L.PAIR,
  methods: {
    __get__: (a) => {
      const m = a[0]!, obj = a[1]!;
      if (obj === K.None) return m;
      checkInstance(m, obj);
      const name = load(m + PAIR.A);
      openForRead(obj);
      const d = load(obj + OBJ_DICT);
      const v = d ? dictGetStr(d, name) : 0;
      if (!v) throw missing(obj, name);
      return v;
    },
    __set__: (a) => {
      const m = a[0]!, obj = a[1]!;
      checkInstance(m, obj);
      let d = load(obj + OBJ_DICT);
      if (!d) {
        // Lock, then look again: another thread may have made the slot table since the load above.
        openForWrite(obj);
        d = load(obj + OBJ_DICT);
        if (!d) {
          d = newDict();
          store(obj + OBJ_DICT, d);
        }
      }
      dictSet(d, load(m + PAIR.A), a[2]!);
      return K.None;
    },
    __delete__: (a) => {
      const m = a[0]!, obj = a[1]!;
      checkInstance(m, obj);
      const name = load(m + PAIR.A);
      openForRead(obj);
      const d = load(obj + OBJ_DICT);
      if (!d || !dictGetStr(d, name)) throw new PyRaise(newException(T.AttributeError, newTuple([name])));
      dictDelete(d, name);
      return K.None;
    },
    __repr__: (a) => newStr(`<member '${jsString(load(a[0]! + PAIR.A))}' of '${typeName(load(a[0]! + PAIR.B))}' objects>`),
  },
  getters: {
    __name__: (m) => load(m + PAIR.A),
    __objclass__: (m) => load(m + PAIR.B),
  },
};

/** The names a `__slots__` value declares: a str is one name, else an iterable of strs. */
function slotNames(v: number): number[] {
  const names = typeOf(v) === T.str ? [v] : toArray(v);
  for (const n of names) {
    if (typeOf(n) !== T.str) throw raise(T.TypeError, `__slots__ items must be strings, not '${typeNameOf(n)}'`);
    if (!/^[A-Za-z_\p{L}][\w\p{L}\p{N}]*$/u.test(jsString(n))) throw raise(T.TypeError, '__slots__ must be identifiers');
  }
  return names;
}

/** classSlotsHook: adds the member descriptors of `__slots__` to the class dict, clears HAS_DICT. */
function applySlots(t: number, bases: number[], dict: number, flags: number): number {
  const decl = dictGetStr(dict, intern('__slots__'));
  if (!decl || !bases.every((b) => typeLayout(b) === L.OBJECT)) return flags;
  const names = slotNames(decl);
  let hasDict = bases.some((b) => b !== T.object && (typeFlags(b) & TF.HAS_DICT) !== 0);
  const seen = new Set<string>();
  for (const n of names) {
    const s = jsString(n);
    if (s === '__dict__') {
      if (hasDict || seen.has(s)) throw raise(T.TypeError, '__dict__ slot disallowed: we already got one');
      hasDict = true;
      seen.add(s);
      continue;
    }
    if (s === '__weakref__') continue;
    if (dictGetStr(dict, n)) throw raise(T.ValueError, `'${s}' in __slots__ conflicts with class variable`);
    seen.add(s);
    dictSet(dict, intern(s), newMember(intern(s), t));
  }
  return hasDict ? flags | TF.HAS_DICT : flags & ~TF.HAS_DICT;
}

classSlotsHook.apply = applySlots;
