/**
 * type: type objects, C3 linearisation, attribute lookup along the MRO and
 * the per-type special-method cache.
 *
 * Layout (gc TYPE): refs [name, qualname, bases, mro, dict, base, module,
 * subclasses (a list), doc], raw [slot count, flags, instance layout,
 * version], tail: one value per entry of `SLOT_NAMES`, the result of looking
 * that dunder up along the MRO (0 = absent). The interpreter and the
 * protocol layer read these instead of doing dict lookups per operation.
 * Whenever a type's dict changes (setattr on a class), the type and all its
 * subclasses get a new version tag and recompute their slots — CPython's
 * type version tags. Inline caches key on (type, version).
 *
 * https://docs.python.org/3.11/reference/datamodel.html#customizing-class-creation
 */
import { allocateLayout, load, nextTypeVersion, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { noteCacheFill, openForWrite } from '../../stm/access.js';
import { K, raise, T, TYPE, TUPLE, typeOf } from './core.js';
import { dictGetStr, dictSet, newDict } from './dict.js';
import { intern, jsString } from './str.js';
import { newTuple, tupleItems, tupleLen } from './tuple.js';
import { listAppend, listItems, newList } from './list.js';

/** The special methods cached on every type, in slot order. */
export const SLOT_NAMES = [
  '__getattribute__', '__getattr__', '__setattr__', '__delattr__', '__get__', '__set__', '__delete__',
  '__repr__', '__str__', '__hash__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__',
  '__bool__', '__len__', '__iter__', '__next__', '__getitem__', '__setitem__', '__delitem__',
  '__contains__', '__call__', '__init__', '__new__', '__enter__', '__exit__', '__index__', '__format__',
  '__add__', '__radd__', '__iadd__', '__sub__', '__rsub__', '__isub__', '__mul__', '__rmul__', '__imul__',
  '__matmul__', '__rmatmul__', '__imatmul__', '__truediv__', '__rtruediv__', '__itruediv__',
  '__floordiv__', '__rfloordiv__', '__ifloordiv__', '__mod__', '__rmod__', '__imod__',
  '__pow__', '__rpow__', '__ipow__', '__lshift__', '__rlshift__', '__ilshift__',
  '__rshift__', '__rrshift__', '__irshift__', '__and__', '__rand__', '__iand__',
  '__xor__', '__rxor__', '__ixor__', '__or__', '__ror__', '__ior__',
  '__neg__', '__pos__', '__invert__', '__abs__', '__int__', '__float__', '__round__', '__reversed__',
  '__class_getitem__', '__set_name__', '__init_subclass__', '__instancecheck__', '__subclasscheck__',
  '__missing__', '__del__',
] as const;
export type SlotName = (typeof SLOT_NAMES)[number];
export const S = Object.fromEntries(SLOT_NAMES.map((n, i) => [n, i])) as Record<SlotName, number>;

/** Type flags. */
export const TF = {
  HEAPTYPE: 1, BASETYPE: 2, EXCEPTION: 4, HAS_DICT: 8, GENERIC_GETATTR: 16, IMMUTABLE: 32,
} as const;

/** Interned slot names (per worker; rebuilt from the intern table). */
let slotNameRefs: number[] = [];

/** Forgets the type lookup cache (after a collection: type and name addresses may be reused). */
export function resetLookupCache(): void {
  lookupCache.fill(0);
}

export function internSlotNames(): void {
  slotNameRefs = SLOT_NAMES.map((n) => intern(n));
  lookupCache.fill(0);
}

/** Allocates an empty type object (fields filled by the caller). */
export function allocType(meta: number): number {
  const t = allocateLayout(L.TYPE, SLOT_NAMES.length, meta);
  store(t + TYPE.VERSION, nextTypeVersion());
  return t;
}

export function typeSlot(t: number, slot: number): number {
  return load(t + TYPE.SLOTS + slot);
}
export function typeVersion(t: number): number {
  return load(t + TYPE.VERSION);
}
export function typeDict(t: number): number {
  return load(t + TYPE.DICT);
}
export function typeFlags(t: number): number {
  return load(t + TYPE.FLAGS);
}
export function typeLayout(t: number): number {
  return load(t + TYPE.LAYOUT);
}
export function typeName(t: number): string {
  return jsString(load(t + TYPE.NAME));
}
export function typeMro(t: number): number {
  return load(t + TYPE.MRO);
}

/**
 * The attribute cache (CPython's type method cache): (type, name, type
 * version) -> result of the MRO walk, 0 included. Per worker, rebuildable;
 * an entry is valid while the type's version is unchanged, which holds as
 * long as every change to a type dict (or MRO) is followed by typeModified,
 * and no fill made by a transaction that rolls back survives it (stm/tx.ts,
 * "Caches").
 */
const LOOKUP_CACHE_ENTRIES = 4096;
const lookupCache = new Int32Array(LOOKUP_CACHE_ENTRIES * 4);

/** Looks `name` (an interned str) up along t's MRO; 0 if absent. */
export function typeLookup(t: number, name: number): number {
  const version = load(t + TYPE.VERSION);
  const i = ((Math.imul(t ^ Math.imul(name, 0x9e3779b1), 0x85ebca6b) >>> 20) & (LOOKUP_CACHE_ENTRIES - 1)) << 2;
  if (lookupCache[i] === t && lookupCache[i + 1] === name && lookupCache[i + 2] === version) return lookupCache[i + 3]!;
  const mro = load(t + TYPE.MRO);
  const n = load(mro + TUPLE.LEN);
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = load(load(mro + TUPLE.ITEMS + k) + TYPE.DICT);
    v = dictGetStr(d, name);
    if (v !== 0) break;
  }
  lookupCache[i] = t; lookupCache[i + 1] = name; lookupCache[i + 2] = version; lookupCache[i + 3] = v;
  noteCacheFill(lookupCache, i);
  return v;
}

/** Is `t` a subtype of `base` (by MRO)? */
export function isSubtype(t: number, base: number): boolean {
  if (t === base) return true;
  const mro = load(t + TYPE.MRO);
  if (mro === 0) return false;
  const n = load(mro + TUPLE.LEN);
  for (let i = 0; i < n; i++) if (load(mro + TUPLE.ITEMS + i) === base) return true;
  return false;
}

export function isInstance(v: number, t: number): boolean {
  return isSubtype(typeOf(v), t);
}

export function isType(v: number): boolean {
  return (v & 1) === 0 && v !== 0 && load(load(v) + TYPE.LAYOUT) === L.TYPE;
}

/** Recomputes t's slot cache and gives it a new version (not its subclasses). */
export function recomputeSlots(t: number): void {
  openForWrite(t);
  store(t + TYPE.VERSION, nextTypeVersion());
  for (let i = 0; i < SLOT_NAMES.length; i++) store(t + TYPE.SLOTS + i, typeLookup(t, slotNameRefs[i]!));
}

/** Recomputes t's slot cache and version, then its subclasses'. */
export function typeModified(t: number): void {
  recomputeSlots(t);
  const subs = load(t + TYPE.SUBCLASSES);
  if (subs) for (const s of listItems(subs)) typeModified(s);
}

/** Sets an attribute in a type's dict (keeping caches coherent). */
export function typeSetAttr(t: number, name: number, value: number): void {
  const field = MIRRORED_ATTRIBUTES[jsString(name)];
  if (field !== undefined) {
    const isStr = (value & 1) === 0 && typeOf(value) === T.str;
    if (field !== TYPE.DOC && field !== TYPE.MODULE && !isStr) {
      throw raise(T.TypeError, `can only assign string to ${typeName(t)}.${jsString(name)}, not '${typeName(typeOf(value))}'`);
    }
    openForWrite(t);
    store(t + field, value);
    if (field === TYPE.NAME || field === TYPE.QUALNAME) return typeModified(t);
  }
  openForWrite(typeDict(t));
  dictSet(typeDict(t), name, value);
  typeModified(t);
}

/** Class attributes the type object also keeps in its own fields (read by the getters). */
const MIRRORED_ATTRIBUTES: Readonly<Record<string, number>> = {
  __name__: TYPE.NAME, __qualname__: TYPE.QUALNAME, __doc__: TYPE.DOC, __module__: TYPE.MODULE,
};

// ---------------------------------------------------------------------------
// C3 linearisation

/** The MRO of a class with these bases (C3), as an array of types. */
export function computeMro(t: number, bases: number[]): number[] {
  const seqs = bases.map((b) => tupleItems(load(b + TYPE.MRO)));
  seqs.push([...bases]);
  const out = [t];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let head = 0;
    for (const s of live) {
      const cand = s[0]!;
      if (!live.some((o) => o.indexOf(cand) > 0)) { head = cand; break; }
    }
    if (head === 0) {
      const names = bases.map((b) => typeName(b)).join(', ');
      throw raise(T.TypeError, `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}

/** Chooses the instance layout for a class with these bases (the "solid base" rule, simplified). */
function solidLayout(bases: number[]): number {
  let layout: number = L.OBJECT;
  for (const b of bases) {
    const bl = typeLayout(b);
    if (bl === L.OBJECT) continue;
    if (layout !== L.OBJECT && layout !== bl) throw raise(T.TypeError, 'multiple bases have instance lay-out conflict');
    layout = bl;
  }
  return layout;
}

/**
 * Creates a class: `type(name, bases, dict)` without the __set_name__ /
 * __init_subclass__ calls (the caller does those).
 */
export function newClass(meta: number, name: number, basesTuple: number, dict: number): number {
  const bases = tupleLen(basesTuple) ? tupleItems(basesTuple) : [T.object];
  for (const b of bases) {
    if (!isType(b)) throw raise(T.TypeError, 'bases must be types');
    if (!(typeFlags(b) & TF.BASETYPE)) throw raise(T.TypeError, `type '${typeName(b)}' is not an acceptable base type`);
  }
  const layout = solidLayout(bases);
  const t = allocType(meta);
  store(t + TYPE.NAME, name);
  const qual = dictGetStr(dict, intern('__qualname__'));
  store(t + TYPE.QUALNAME, qual || name);
  store(t + TYPE.BASES, tupleLen(basesTuple) ? basesTuple : newTuple(bases));
  store(t + TYPE.DICT, dict);
  store(t + TYPE.BASE, bases[0]!);
  store(t + TYPE.MODULE, dictGetStr(dict, intern('__module__')));
  let flags: number = TF.HEAPTYPE | TF.BASETYPE | TF.HAS_DICT;
  for (const b of bases) flags |= typeFlags(b) & TF.EXCEPTION;
  flags = classSlotsHook.apply(t, bases, dict, flags);
  store(t + TYPE.FLAGS, flags);
  store(t + TYPE.LAYOUT, layout);
  store(t + TYPE.MRO, newTuple(computeMro(t, bases)));
  store(t + TYPE.DOC, dictGetStr(dict, intern('__doc__')) || K.None);
  for (const b of bases) addSubclass(b, t);
  typeModified(t);
  return t;
}

/** `__slots__` of a new class: its member descriptors and flags (set by vm/runtime/specs-slots.ts). */
export const classSlotsHook = {
  apply: (_t: number, _bases: number[], _dict: number, flags: number): number => flags,
};

export function addSubclass(base: number, t: number): void {
  // Only the base's first subclass writes the base: a type's lock aborts the transactions beside it (stm/tx.ts, "Types").
  let subs = load(base + TYPE.SUBCLASSES);
  if (!subs) {
    openForWrite(base);
    subs = load(base + TYPE.SUBCLASSES);
    if (!subs) {
      subs = newList([]);
      store(base + TYPE.SUBCLASSES, subs);
    }
  }
  listAppend(subs, t);
}

/** Fills a builtin type object created during bootstrap. */
export function initBuiltinType(t: number, name: string, base: number, layout: number, flags: number): void {
  store(t + TYPE.NAME, intern(name));
  store(t + TYPE.QUALNAME, intern(name));
  store(t + TYPE.BASES, base ? newTuple([base]) : newTuple([]));
  store(t + TYPE.BASE, base);
  store(t + TYPE.DICT, newDict());
  store(t + TYPE.MODULE, intern('builtins'));
  store(t + TYPE.FLAGS, flags);
  store(t + TYPE.LAYOUT, layout);
  store(t + TYPE.MRO, newTuple(base ? [t, ...tupleItems(load(base + TYPE.MRO))] : [t]));
  store(t + TYPE.DOC, K.None);
  if (base) addSubclass(base, t);
}
