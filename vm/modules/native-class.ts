/**
 * Classes of native modules (`_random.Random`, `struct.Struct`,
 * `time.struct_time`): a plain heap class (OBJECT layout, so Python code can
 * subclass it) whose methods are native functions.
 *
 * Model: a method's native id must be fixed at bootstrap like every other
 * (registry.ts), so a module declares its class methods among its
 * `functions` under the name `Class.method`; the module's `init` calls
 * `makeNativeClass`, which moves those entries out of the module dict into
 * the new class's dict as METHOD natives (same native id, bound to the
 * instance on lookup). Instance state lives in the instance dict.
 *
 * Invariants: no native is registered after bootstrap (this file only
 * creates NATIVE objects for ids the registry already gave).
 */
import { load, store } from '../../gc/heap.js';
import { openForRead, openForWrite } from '../../stm/access.js';
import { L } from '../../gc/layout.js';
import { K, NATIVE, OBJ_DICT, raise, typeOf } from '../objects/core.js';
import { dictDelete, dictEntries, dictSet, newDict } from '../objects/dict.js';
import { newNativeObject } from '../objects/function.js';
import { NativeKind } from '../objects/native.js';
import { intern, jsString } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { newClass, typeLayout } from '../objects/type.js';
import { typeNameOf } from '../objects/protocol.js';
import { T } from '../objects/core.js';

/** Special methods (`__init__`, `__repr__`...) declared as `Class.__x__` are also moved; `extra` adds class attributes. */
export function makeNativeClass(moduleDict: number, moduleName: string, className: string, extra: Record<string, number> = {}, bases: number[] = []): number {
  const ns = newDict();
  dictSet(ns, intern('__module__'), intern(moduleName));
  dictSet(ns, intern('__qualname__'), intern(className));
  const prefix = className + '.';
  for (const [k, v] of dictEntries(moduleDict)) {
    const name = jsString(k);
    if (!name.startsWith(prefix)) continue;
    const method = name.slice(prefix.length);
    const kind = method === '__new__' ? NativeKind.STATIC : NativeKind.METHOD;
    dictSet(ns, intern(method), newNativeObject(method, load(v + NATIVE.ID), kind, 0, name));
    dictDelete(moduleDict, k);
  }
  for (const [k, v] of Object.entries(extra)) dictSet(ns, intern(k), v);
  if (!Object.prototype.hasOwnProperty.call(extra, '__doc__')) dictSet(ns, intern('__doc__'), K.None);
  const cls = newClass(T.type, intern(className), newTuple(bases), ns);
  dictSet(moduleDict, intern(className), cls);
  return cls;
}

/** The instance dict of `self` (created on first use), where native-class instances keep their state. */
export function instanceDict(self: number, className: string): number {
  if (self & 1 || self === 0 || typeLayout(typeOf(self)) !== L.OBJECT) {
    throw raise(T.TypeError, `descriptor requires a '${className}' object but received '${typeNameOf(self)}'`);
  }
  openForRead(self);
  let d = load(self + OBJ_DICT);
  if (!d) {
    openForWrite(self);
    d = newDict();
    store(self + OBJ_DICT, d);
  }
  return d;
}
