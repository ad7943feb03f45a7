/**
 * function, method (bound methods), builtin_function_or_method (NATIVE) and
 * cell objects: construction and binding. Calling them is the
 * interpreter's job (vm/interp/call.ts); attribute tables are in
 * vm/objects/specs-callables.ts.
 */
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { CELL_CONTENTS, CODE, FUNC, K, METHOD, NATIVE, T } from './core.js';
import { intern, newStr } from './str.js';
import { methodHook } from './protocol.js';
import { registerNative, type NativeFn } from './native.js';

export function newFunction(code: number, globals: number): number {
  const f = allocateLayout(L.FUNCTION, 0, T.function);
  store(f + FUNC.CODE, code);
  store(f + FUNC.GLOBALS, globals);
  store(f + FUNC.NAME, load(code + CODE.NAME));
  store(f + FUNC.QUALNAME, load(code + CODE.QUALNAME));
  store(f + FUNC.DOC, load(code + CODE.DOCSTRING));
  store(f + FUNC.DEFAULTS, 0);
  store(f + FUNC.MODULE, moduleNameOf(globals));
  return f;
}
function moduleNameOf(globals: number): number {
  return dictGetHook.get(globals, intern('__name__')) || K.None;
}
export const dictGetHook = { get: (_d: number, _k: number): number => 0 };

export function newMethod(f: number, self: number): number {
  const m = allocateLayout(L.METHOD, 0, T.method);
  store(m + METHOD.FUNC, f);
  store(m + METHOD.SELF, self);
  return m;
}

/** A NATIVE object for native id `id`. */
export function newNativeObject(name: string, id: number, kind: number, self = 0, qualname = name): number {
  const n = allocateLayout(L.NATIVE, 0, T.builtin_function_or_method);
  const nameRef = intern(name);
  store(n + NATIVE.NAME, nameRef);
  // A dotted qualname ('list.append') is seldom looked up: interning each one cost start-up time.
  store(n + NATIVE.QUALNAME, qualname === name ? nameRef : newStr(qualname));
  store(n + NATIVE.SELF, self);
  store(n + NATIVE.ID, id);
  store(n + NATIVE.KIND, kind);
  return n;
}

/** Registers a native function and creates its heap object. */
export function defineNative(name: string, fn: NativeFn, kind: number, qualname = name): number {
  return newNativeObject(name, registerNative(qualname, fn), kind, 0, qualname);
}

function copyNames(f: number, self: number): number {
  const n = allocateLayout(L.NATIVE, 0, T.builtin_function_or_method);
  store(n + NATIVE.NAME, load(f + NATIVE.NAME));
  store(n + NATIVE.QUALNAME, load(f + NATIVE.QUALNAME));
  store(n + NATIVE.SELF, self);
  store(n + NATIVE.ID, load(f + NATIVE.ID));
  store(n + NATIVE.KIND, load(f + NATIVE.KIND));
  return n;
}

export function newCell(contents: number): number {
  const c = allocateLayout(L.CELL, 0, T.cell);
  store(c + CELL_CONTENTS, contents);
  return c;
}

methodHook.bind = newMethod;
methodHook.bindNative = (f, self) => copyNames(f, self);
