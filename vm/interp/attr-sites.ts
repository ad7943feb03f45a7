/**
 * The attribute sites' slow paths (LOAD_ATTR, STORE_ATTR, LOAD_METHOD on
 * plain instances, for vm/interp/loop.ts) and the fills of the inline
 * caches they keep in `CodeInfo.cache`: four words per instruction, keyed
 * by a type (or globals dict) and a version. Every fill goes through
 * `fillSite`, which logs it for the running transaction: a rollback empties
 * what a doomed transaction cached (stm/tx.ts, "Caches").
 */
import { load, store } from '../../gc/heap.js';
import { OBJ_DICT, T, TYPE, typeOf } from '../objects/core.js';
import { noteCacheFill, openForWrite } from '../../stm/access.js';
import { loadObjDict, objectSetattr } from '../objects/protocol.js';
import { dictEntryValueIf, dictFindStr, dictGetStr, dictLen, newDictWithCapacity } from '../objects/dict.js';
import { S, TF, typeFlags, typeLookup, typeSlot } from '../objects/type.js';
import { hasDictHook, objectGetattributeRef } from './support.js';

/** Fills the four cache words at `at`; a rollback of the running transaction empties them. */
export function fillSite(c: Int32Array, at: number, key: number, version: number, data: number, tag: number): void {
  c[at] = key; c[at + 1] = version; c[at + 2] = data; c[at + 3] = tag;
  noteCacheFill(c, at);
}

/**
 * LOAD_ATTR on a plain instance (OBJECT layout, generic __getattribute__,
 * no data descriptor for the name): the value from its dict, recording the
 * entry number in the cache. 0 if that path does not apply.
 */
export function instanceAttr(obj: number, t: number, name: number, c: Int32Array, c4: number): number {
  if (load(t + TYPE.LAYOUT) !== 1 || typeSlot(t, S.__getattribute__) !== objectGetattributeRef.ref || !exposesDict(t)) return 0;
  const d = loadObjDict(obj);
  if (!d) return 0;
  const td = typeLookup(t, name);
  if (td && (td & 1) === 0 && (load(td) === T.property || typeSlot(load(td), S.__set__))) return 0;
  // At a polymorphic site the entry number is often the same for every type
  // (attributes set in the same order by a shared __init__): try it first.
  let e = c[c4 + 2]!;
  let v = c[c4] !== 0 ? dictEntryValueIf(d, e, name) : 0;
  if (v === 0) {
    e = dictFindStr(d, name);
    if (e < 0) return 0;
    v = dictEntryValueIf(d, e, name);
  }
  fillSite(c, c4, t, load(t + TYPE.VERSION), e, 0);
  return v;
}

/**
 * Instances of OBJECT-layout type `t` have a __dict__ (a class whose
 * __slots__ leave it out keeps slot values in the same word, hidden: see
 * instanceDictWord in protocol.ts).
 */
function exposesDict(t: number): boolean {
  const f = typeFlags(t);
  return (f & TF.HAS_DICT) !== 0 || (f & TF.HEAPTYPE) === 0;
}

/** The dict STORE_ATTR makes for instance `obj` of type `t` on its first store. */
export function newInstanceDict(obj: number, t: number): number {
  // Lock, then look again: another thread may have made the dict since the caller's load.
  openForWrite(obj);
  let d = load(obj + OBJ_DICT);
  if (d === 0) {
    d = newDictWithCapacity(instanceDictCap.get(t) ?? INSTANCE_DICT_CAP);
    store(obj + OBJ_DICT, d);
  }
  return d;
}

/**
 * Entry capacity of the dicts STORE_ATTR creates for new instances, by type:
 * starts at 1 and is raised to the length of any such dict that had to grow,
 * so after a few instances a class's instances get dicts of their usual size
 * (one allocation, no wasted words). Capped at MAX_INSTANCE_DICT_CAP so one
 * odd instance (thousands of setattr() names) cannot bloat every later one.
 * A heuristic cache, not Python state.
 */
const instanceDictCap = new Map<number, number>();

/** Forgets the dict capacities by type (after a collection: type addresses may be reused). */
export function resetInstanceDictCaps(): void {
  instanceDictCap.clear();
}

const INSTANCE_DICT_CAP = 1;
const MAX_INSTANCE_DICT_CAP = 32;

export function instanceDictGrew(t: number, d: number): void {
  const n = Math.min(dictLen(d), MAX_INSTANCE_DICT_CAP);
  if (n > (instanceDictCap.get(t) ?? 0)) instanceDictCap.set(t, n);
}

/**
 * STORE_ATTR on instances of `t` can go straight to their dict: OBJECT layout,
 * object's __setattr__, no property / data descriptor for `name` on the type.
 */
export function plainInstanceStore(t: number, name: number): boolean {
  if (load(t + TYPE.LAYOUT) !== 1 || !exposesDict(t)) return false;
  const sa = typeSlot(t, S.__setattr__);
  if (sa && sa !== objectSetattr.ref) return false;
  const td = typeLookup(t, name);
  return !(td && (td & 1) === 0 && (load(td) === T.property || typeSlot(load(td), S.__set__)));
}

/**
 * For LOAD_METHOD: may instance `obj`'s dict hold `name` (true also when
 * the dict word changed under the look, or a dict appeared: the caller
 * takes the generic path)? loadObjDict written out, so that the dict has
 * one barrier (dictGetStr's) before the second look.
 */
export function shadowedByInstance(obj: number, name: number): boolean {
  const d = load(obj + OBJ_DICT);
  if (d === 0) return loadObjDict(obj) !== 0;
  return dictGetStr(d, name) !== 0 || load(obj + OBJ_DICT) !== d;
}

/** For LOAD_METHOD: the unbound method if `name` is a plain method of obj's type, else 0. */
export function methodLookup(obj: number, name: number): number {
  const t = typeOf(obj);
  if (typeSlot(t, S.__getattribute__) !== objectGetattributeRef.ref) return 0;
  const d = typeLookup(t, name);
  if (d === 0 || (d & 1)) return 0;
  const dt = load(d);
  if (dt === T.function || (dt === T.builtin_function_or_method && load(d + 2 + 4) === 1 && load(d + 2 + 1) === 0)) {
    if ((obj & 1) === 0 && hasDictHook.has(obj, t) && shadowedByInstance(obj, name)) return 0;
    return d;
  }
  return 0;
}
