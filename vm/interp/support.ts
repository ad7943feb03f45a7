/**
 * Hooks and helpers the loop needs from the object layer (set at bootstrap,
 * so that vm/objects does not import vm/interp), and f-string formatting.
 */
import { load } from '../../gc/heap.js';
import { PyRaise, raise, T, typeOf, FUNC, K } from '../objects/core.js';
import { callSlot, reprOf, strOf, typeNameOf as tn } from '../objects/protocol.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { S, typeLayout, typeSlot } from '../objects/type.js';
import { L } from '../../gc/layout.js';
import { HeapExhausted, openReserve } from '../../gc/heap.js';

export const internName = intern;
export const typeNameOf = tn;

export function funcDesc(f: number): string {
  if ((f & 1) === 0 && load(f) === T.function) return jsString(load(f + FUNC.QUALNAME)) + '()';
  return `${tn(f)} object`;
}

export const buildClassHook = { ref: 0 };
export const objectGetattributeRef = { ref: 0 };
export const objectNewRef = { ref: 0, alloc: (_cls: number): number => 0 };
/** type.__call__ (vm/runtime/bootstrap.ts typeCall): `cls(*args)` for a class whose metaclass keeps type's __call__. */
export const typeCallHook = { call: (_cls: number, _args: number[], _kw: readonly string[] | null): number => 0 };
export const hasDictHook = {
  has: (_obj: number, t: number): boolean => typeLayout(t) === L.OBJECT || typeLayout(t) === L.EXCEPTION,
};
export const bindHook = { bind: (_f: number, _self: number): number => 0 };
export const lengthHook = { len: (_v: number): number => 0 };
export const sliceHook = { make: (_a: number, _b: number, _c: number): number => 0 };
export const stopIterationHook = { make: (_v: number): number => 0 };
export const importHook = {
  importName: (_name: number, _globals: number, _fromlist: number, _level: number): number => {
    throw raise(T.ImportError, 'import is not supported yet');
  },
  importFrom: (_module: number, _name: number): number => {
    throw raise(T.ImportError, 'import is not supported yet');
  },
  importStar: (_module: number, _locals: number): void => {
    throw raise(T.ImportError, 'import is not supported yet');
  },
};

/** Converts a JS exception escaping native code into a Python exception. */
export const hostErrorHook = {
  convert: (e: unknown): number => {
    if (e instanceof HeapExhausted) {
      openReserve();
      return raise(T.MemoryError).exc;
    }
    if (e instanceof RangeError && e.message.indexOf('call stack') >= 0) {
      return raise(T.RecursionError, 'maximum recursion depth exceeded').exc;
    }
    // A JS error inside native code is a pystm bug; surface it as a Python
    // SystemError (catchable, with a traceback) unless debugging.
    if (process.env.PYSTM_DEBUG || !(e instanceof Error)) throw e;
    return raise(T.SystemError, `pystm internal error: ${e.message}`).exc;
  },
};

/** FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii) then format(v, spec). */
/** ascii(): repr with non-ASCII characters escaped (\xhh, \uhhhh, \Uhhhhhhhh). */
function asciiRepr(r: string): string {
  return r.replace(/[^\x00-\x7f]/gu, (c) => {
    const cp = c.codePointAt(0)!;
    if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
    return cp < 0x10000 ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
  });
}

export function formatValue(v: number, conversion: number, spec: number): number {
  if (conversion === 1) v = newStr(strOf(v));
  else if (conversion === 2) v = newStr(reprOf(v));
  else if (conversion === 3) v = newStr(asciiRepr(reprOf(v)));
  const specText = spec ? jsString(spec) : '';
  if (specText === '' && typeOf(v) === T.str) return v;
  const f = typeSlot(typeOf(v), S.__format__);
  if (!f) throw raise(T.TypeError, 'unsupported format');
  return callSlot(f, v, [spec || K.emptyStr]);
}

export { PyRaise };
