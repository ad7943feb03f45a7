/**
 * `list[int]`, `dict[str, int]`, ...: the builtin containers' `__class_getitem__`
 * (PEP 585, https://docs.python.org/3.11/library/stdtypes.html#types-genericalias).
 *
 * Model: `types.GenericAlias` is written in Python (lib/types.py); each builtin
 * generic type gets one native classmethod `__class_getitem__(cls, item)` that
 * imports `types` on first use and returns `types.GenericAlias(cls, item)`.
 * `int | str` works the same way: `type.__or__` calls `types._union`.
 * No state is kept here: the module lives in sys.modules like any other.
 *
 * Invariant: installed once at bootstrap, after the builtin types exist, so
 * the native id is the same in every worker.
 */
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { K, small, T, TYPE } from '../objects/core.js';
import { dictSet } from '../objects/dict.js';
import { defineNative } from '../objects/function.js';
import { NativeKind } from '../objects/native.js';
import { callObject, getAttr } from '../objects/protocol.js';
import { intern } from '../objects/str.js';
import { typeModified } from '../objects/type.js';
import { importName } from '../runtime/imports.js';

/** The builtin types that are generic in CPython 3.11 (`type` is special-cased by subscription). */
const GENERIC_BUILTINS = ['list', 'dict', 'tuple', 'set', 'frozenset', 'type', 'enumerate'] as const;

function typesAttr(name: string): number {
  const types = importName(intern('types'), 0, K.None, small(0));
  return getAttr(types, intern(name));
}

function classGetitem(a: number[]): number {
  return callObject(typesAttr('GenericAlias'), [a[0]!, a[1]!]);
}

/** type.__or__ / __ror__: `int | str` is a types.UnionType (PEP 604). */
function typeOr(a: number[]): number {
  return callObject(typesAttr('_union'), [a[0]!, a[1]!]);
}
function typeRor(a: number[]): number {
  return callObject(typesAttr('_union'), [a[1]!, a[0]!]);
}

/** Adds `__class_getitem__` to the builtin generic types. Bootstrap only. */
export function installGenericAliases(): void {
  const fn = defineNative('__class_getitem__', classGetitem, NativeKind.FUNCTION, 'GenericAlias.__class_getitem__');
  for (const name of GENERIC_BUILTINS) {
    const t = T[name];
    const cm = allocateLayout(L.PAIR, 0, T.classmethod);
    store(cm + 2, fn);
    dictSet(load(t + TYPE.DICT), intern('__class_getitem__'), cm);
    typeModified(t);
  }
  const typeDict = load(T.type + TYPE.DICT);
  dictSet(typeDict, intern('__or__'), defineNative('__or__', typeOr, NativeKind.METHOD, 'type.__or__'));
  dictSet(typeDict, intern('__ror__'), defineNative('__ror__', typeRor, NativeKind.METHOD, 'type.__ror__'));
  typeModified(T.type);
}
