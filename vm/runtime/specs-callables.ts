/**
 * Declarative tables of the callable and structural types: function,
 * method, builtin_function_or_method, cell, code, module, generator,
 * property, staticmethod, classmethod, super, the singletons' types,
 * BaseException (inherited by every builtin exception), traceback, bytes.
 */
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { openForRead, openForWrite } from '../../stm/access.js';
import {
  bool, CELL_CONTENTS, CODE, EXC, FUNC, GEN, K, METHOD, MODULE_DICT, NATIVE, PAIR, PyRaise, raise, small, T, TB,
  TYPE, typeOf,
} from '../objects/core.js';
import type { TypeSpec } from '../objects/native.js';
import {
  attributeError, bindDescriptor, callObject, genericGetAttr, isCallable, reprOf, richEq, strOf, typeNameOf, hashOf,
} from '../objects/protocol.js';
import { intFromNumber } from '../objects/int.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { newTuple, tupleItems, tupleLen } from '../objects/tuple.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { isSubtype, typeName, isType } from '../objects/type.js';
import { newMethod } from '../objects/function.js';
import { excValue } from '../objects/exceptions.js';
import { genClose, genResume, genThrow, GenState } from '../interp/generator.js';
import { genExit } from '../interp/loop.js';
import { ts } from '../interp/thread.js';
import { FRAME_HEADER, F_FUNC } from '../../gc/frames.js';

const str = (s: string) => newStr(s);
const hex = (ref: number) => '0x' + (ref * 4).toString(16).padStart(12, '0');

function qualname(f: number): string {
  return jsString(load(f + FUNC.QUALNAME));
}

export const functionSpec: TypeSpec = {
  name: 'function', layout: L.FUNCTION,
  methods: {
    __repr__: (a) => str(`<function ${qualname(a[0]!)} at ${hex(a[0]!)}>`),
    __get__: (a) => (a[1] === K.None ? a[0]! : newMethod(a[0]!, a[1]!)),
  },
  accessors: {
    __name__: [(f) => funcLoad(f, FUNC.NAME), strSetter('__name__', FUNC.NAME), strDeleter('__name__')],
    __qualname__: [(f) => funcLoad(f, FUNC.QUALNAME), strSetter('__qualname__', FUNC.QUALNAME), strDeleter('__qualname__')],
    __doc__: [(f) => funcLoad(f, FUNC.DOC) || K.None, (f, v) => funcStore(f, FUNC.DOC, v), (f) => funcStore(f, FUNC.DOC, K.None)],
    __defaults__: [(f) => funcLoad(f, FUNC.DEFAULTS) || K.None, setDefaults, (f) => funcStore(f, FUNC.DEFAULTS, 0)],
    __kwdefaults__: [(f) => funcLoad(f, FUNC.KWDEFAULTS) || K.None, setKwdefaults, (f) => funcStore(f, FUNC.KWDEFAULTS, 0)],
    __module__: [(f) => funcLoad(f, FUNC.MODULE) || K.None, (f, v) => funcStore(f, FUNC.MODULE, v)],
    __annotations__: [functionAnnotations, setFunctionAnnotations],
    __code__: [(f) => funcLoad(f, FUNC.CODE), setCode, () => { throw raise(T.TypeError, '__code__ must be set to a code object'); }],
    __dict__: [functionDict, setFunctionDict, () => { throw raise(T.TypeError, 'cannot delete __dict__'); }],
  },
  getters: {
    __globals__: (f) => load(f + FUNC.GLOBALS),
    __closure__: (f) => load(f + FUNC.CLOSURE) || K.None,
  },
};

// A function's attributes can be set from any thread: its fields are read and
// written through the STM barriers (GLOBALS and CLOSURE never change).
function funcLoad(f: number, field: number): number {
  openForRead(f);
  return load(f + field);
}
function funcStore(f: number, field: number, v: number): void {
  openForWrite(f);
  store(f + field, v);
}
function isStrValue(v: number): boolean {
  return typeOf(v) === T.str || isSubtype(typeOf(v), T.str);
}
function strSetter(name: string, field: number): (f: number, v: number) => void {
  return (f, v) => {
    if (!isStrValue(v)) throw raise(T.TypeError, `${name} must be set to a string object`);
    funcStore(f, field, v);
  };
}
function strDeleter(name: string): (f: number) => void {
  return () => { throw raise(T.TypeError, `${name} must be set to a string object`); };
}
function setDefaults(f: number, v: number): void {
  if (v !== K.None && typeOf(v) !== T.tuple && !isSubtype(typeOf(v), T.tuple)) throw raise(T.TypeError, '__defaults__ must be set to a tuple object');
  funcStore(f, FUNC.DEFAULTS, v === K.None ? 0 : v);
}
function setKwdefaults(f: number, v: number): void {
  if (v !== K.None && typeOf(v) !== T.dict && !isSubtype(typeOf(v), T.dict)) throw raise(T.TypeError, '__kwdefaults__ must be set to a dict object');
  funcStore(f, FUNC.KWDEFAULTS, v === K.None ? 0 : v);
}
/** `f.__code__ = c`: a code object with as many free variables as f has cells (CPython's rule). */
function setCode(f: number, v: number): void {
  if (typeOf(v) !== T.code) throw raise(T.TypeError, '__code__ must be set to a code object');
  const closure = load(f + FUNC.CLOSURE);
  const ncells = closure ? tupleLen(closure) : 0, nfree = tupleLen(load(v + CODE.FREEVARS));
  if (ncells !== nfree) throw raise(T.ValueError, `${jsString(funcLoad(f, FUNC.NAME))}() requires a code object with ${ncells} free vars, not ${nfree}`);
  funcStore(f, FUNC.CODE, v);
}
/** `f.__dict__`: made on first use. */
function functionDict(f: number): number {
  const d = funcLoad(f, FUNC.DICT);
  if (d) return d;
  const made = newDict();
  funcStore(f, FUNC.DICT, made);
  return made;
}
function setFunctionDict(f: number, v: number): void {
  if (typeOf(v) !== T.dict && !isSubtype(typeOf(v), T.dict)) throw raise(T.TypeError, `__dict__ must be set to a dictionary, not a '${typeNameOf(v)}'`);
  funcStore(f, FUNC.DICT, v);
}
export const dictSetHook = { set: (_d: number, _k: number, _v: number): void => {} };

/** `f.__annotations__`: a dict made on first use (the compiler stores a flat tuple of pairs). */
function functionAnnotations(f: number): number {
  const ann = funcLoad(f, FUNC.ANNOTATIONS);
  if (ann && typeOf(ann) !== T.tuple) return ann;
  const d = newDict();
  if (ann) {
    const items = tupleItems(ann);
    for (let i = 0; i + 1 < items.length; i += 2) dictSetHook.set(d, items[i]!, items[i + 1]!);
  }
  funcStore(f, FUNC.ANNOTATIONS, d);
  return d;
}

/** `f.__annotations__ = d`: a dict, or None to reset it (CPython's rule). */
function setFunctionAnnotations(f: number, v: number): void {
  if (v !== K.None && typeOf(v) !== T.dict) throw raise(T.TypeError, '__annotations__ must be set to a dict object');
  funcStore(f, FUNC.ANNOTATIONS, v === K.None ? 0 : v);
}

export const methodSpec: TypeSpec = {
  name: 'method', layout: L.METHOD,
  /** `types.MethodType(function, instance)`. */
  new: (a) => {
    if (a.length !== 3) throw raise(T.TypeError, `method expected 2 arguments, got ${a.length - 1}`);
    if (!isCallable(a[1]!)) throw raise(T.TypeError, 'first argument must be callable');
    if (a[2] === K.None) throw raise(T.TypeError, 'instance must not be None');
    return newMethod(a[1]!, a[2]!);
  },
  methods: {
    __repr__: (a) => {
      const f = load(a[0]! + METHOD.FUNC);
      const q = load(f) === T.function ? qualname(f) : jsString(load(f + NATIVE.QUALNAME));
      return str(`<bound method ${q} of ${reprOf(load(a[0]! + METHOD.SELF))}>`);
    },
    __eq__: (a) => (typeOf(a[1]!) === T.method ? bool(load(a[0]! + METHOD.FUNC) === load(a[1]! + METHOD.FUNC) && load(a[0]! + METHOD.SELF) === load(a[1]! + METHOD.SELF)) : K.NotImplemented),
    __hash__: (a) => intFromNumber(hashOf(load(a[0]! + METHOD.FUNC)) ^ (load(a[0]! + METHOD.SELF) >> 3)),
    __getattribute__: (a) => {
      const v = genericGetAttr(a[0]!, a[1]!);
      if (v) return v;
      const inner = callObjectGetattr(load(a[0]! + METHOD.FUNC), a[1]!);
      if (inner) return inner;
      throw attributeError(a[0]!, a[1]!);
    },
  },
  getters: { __func__: (m) => load(m + METHOD.FUNC), __self__: (m) => load(m + METHOD.SELF) },
};
function callObjectGetattr(o: number, name: number): number {
  return getattrZeroHook.get(o, name);
}
export const getattrZeroHook = { get: (_o: number, _n: number): number => 0 };

export const nativeSpec: TypeSpec = {
  name: 'builtin_function_or_method', layout: L.NATIVE,
  methods: {
    __repr__: (a) => {
      const n = a[0]!, self = load(n + NATIVE.SELF);
      const name = jsString(load(n + NATIVE.NAME));
      if (self && load(n + NATIVE.KIND) === 1) return str(`<built-in method ${name} of ${typeNameOf(self)} object at ${hex(self)}>`);
      if (load(n + NATIVE.KIND) === 1) return str(`<method '${name}' of '${jsString(load(n + NATIVE.QUALNAME)).split('.')[0]}' objects>`);
      return str(`<built-in function ${name}>`);
    },
    __get__: (a) => bindDescriptor(a[0]!, a[1] === K.None ? 0 : a[1]!, a[2] ?? typeOf(a[1]!)),
  },
  getters: {
    __name__: (n) => load(n + NATIVE.NAME),
    __qualname__: (n) => load(n + NATIVE.QUALNAME),
    __self__: (n) => load(n + NATIVE.SELF) || K.None,
  },
};

export const cellSpec: TypeSpec = {
  name: 'cell', layout: L.CELL,
  methods: { __repr__: (a) => str(`<cell at ${hex(a[0]!)}: ${load(a[0]! + CELL_CONTENTS) ? typeNameOf(load(a[0]! + CELL_CONTENTS)) + ' object at ' + hex(load(a[0]! + CELL_CONTENTS)) : 'empty'}>`) },
  getters: {
    cell_contents: (c) => {
      openForRead(c);
      const v = load(c + CELL_CONTENTS);
      if (!v) throw raise(T.ValueError, 'Cell is empty');
      return v;
    },
  },
};

export const codeSpec: TypeSpec = {
  name: 'code', layout: L.CODE,
  methods: {
    __repr__: (a) => str(`<code object ${jsString(load(a[0]! + CODE.NAME))} at ${hex(a[0]!)}, file "${jsString(load(a[0]! + CODE.FILENAME))}", line ${load(a[0]! + CODE.FIRSTLINENO)}>`),
  },
  getters: {
    co_name: (c) => load(c + CODE.NAME), co_qualname: (c) => load(c + CODE.QUALNAME),
    co_filename: (c) => load(c + CODE.FILENAME), co_varnames: (c) => load(c + CODE.VARNAMES),
    co_argcount: (c) => small(load(c + CODE.ARGCOUNT)), co_flags: (c) => small(load(c + CODE.FLAGS)),
    co_posonlyargcount: (c) => small(load(c + CODE.POSONLY)), co_kwonlyargcount: (c) => small(load(c + CODE.KWONLY)),
    co_firstlineno: (c) => small(load(c + CODE.FIRSTLINENO)), co_consts: (c) => load(c + CODE.CONSTS),
    co_names: (c) => load(c + CODE.NAMES), co_freevars: (c) => load(c + CODE.FREEVARS), co_cellvars: (c) => load(c + CODE.CELLVARS),
  },
};

export function moduleName(m: number): string {
  const n = dictGetStr(load(m + MODULE_DICT), intern('__name__'));
  return n && typeOf(n) === T.str ? jsString(n) : '?';
}
/** module(name, doc=None), i.e. types.ModuleType: a fresh module with CPython's five initial names. */
function newModuleObject(a: number[], kw: readonly string[] | null): number {
  const npos = a.length - (kw ? kw.length : 0);
  const name = kw?.includes('name') ? kwOrPos(a, kw, 1, 'name') : npos > 1 ? a[1]! : 0;
  if (!name) throw raise(T.TypeError, "module() missing required argument 'name' (pos 1)");
  if (typeOf(name) !== T.str && !isSubtype(typeOf(name), T.str)) throw raise(T.TypeError, `module() argument 'name' must be str, not ${typeNameOf(name)}`);
  const m = allocateLayout(L.MODULE, 0, a[0]!);
  const d = newDict();
  store(m + MODULE_DICT, d);
  const names: [string, number][] = [['__name__', name], ['__doc__', kwOrPos(a, kw, 2, 'doc')], ['__package__', K.None], ['__loader__', K.None], ['__spec__', K.None]];
  for (const [k, v] of names) dictSet(d, intern(k), v);
  return m;
}
export const moduleSpec: TypeSpec = {
  name: 'module', layout: L.MODULE,
  new: newModuleObject,
  methods: {
    __repr__: (a) => {
      const m = a[0]!;
      const file = dictGetStr(load(m + MODULE_DICT), intern('__file__'));
      if (file && typeOf(file) === T.str) return str(`<module '${moduleName(m)}' from '${jsString(file)}'>`);
      // A module made by module(name) has a __loader__ entry (None) and no origin: no suffix, as in CPython.
      return str(dictGetStr(load(m + MODULE_DICT), intern('__loader__')) === K.None ? `<module '${moduleName(m)}'>` : `<module '${moduleName(m)}' (built-in)>`);
    },
    __getattribute__: (a) => {
      const v = genericGetAttr(a[0]!, a[1]!) || dictGetStr(load(a[0]! + MODULE_DICT), a[1]!);
      if (!v) throw attributeError(a[0]!, a[1]!);
      return v;
    },
  },
  getters: { __dict__: (m) => load(m + MODULE_DICT) },
};

// --- generator -----------------------------------------------------------------

function genSend(g: number, v: number): number {
  const r = genResume(g, v, 0);
  if (genExit.returned) throw new PyRaise(stopValueHook.make(r));
  return r;
}
/** The exception generator.throw(type[, value[, traceback]]) raises. */
export function throwArgument(a: number[]): number {
  const typ = a[1]!, val = a.length > 2 ? a[2]! : K.None, tb = a.length > 3 ? a[3]! : K.None;
  if (tb !== K.None && typeOf(tb) !== T.traceback) throw raise(T.TypeError, 'throw() third argument must be a traceback object');
  let e: number;
  if (isType(typ) && isSubtype(typ, T.BaseException)) {
    if (val !== K.None && isSubtype(typeOf(val), typ)) e = val;
    else e = callObject(typ, val === K.None ? [] : typeOf(val) === T.tuple ? tupleItems(val) : [val]);
  } else if (isSubtype(typeOf(typ), T.BaseException)) {
    if (val !== K.None) throw raise(T.TypeError, 'instance exception may not have a separate value');
    e = typ;
  } else {
    throw raise(T.TypeError, `exceptions must be classes or instances deriving from BaseException, not ${typeNameOf(typ)}`);
  }
  if (tb !== K.None) { openForWrite(e); store(e + EXC.TRACEBACK, tb); }
  return e;
}
export const stopValueHook = { make: (_v: number): number => 0 };

export const generatorSpec: TypeSpec = {
  name: 'generator', layout: L.GENERATOR,
  methods: {
    __iter__: (a) => a[0]!,
    __next__: (a) => genSend(a[0]!, K.None),
    send: (a) => genSend(a[0]!, a[1]!),
    close: (a) => genClose(a[0]!),
    throw: (a) => {
      const r = genThrow(a[0]!, throwArgument(a));
      if (genExit.returned) throw new PyRaise(stopValueHook.make(r));
      return r;
    },
    __repr__: (a) => str(`<generator object ${jsString(load(a[0]! + GEN.QUALNAME))} at ${hex(a[0]!)}>`),
  },
  getters: {
    __name__: (g) => load(g + GEN.NAME), __qualname__: (g) => load(g + GEN.QUALNAME),
    gi_code: (g) => load(g + GEN.CODE), gi_running: (g) => bool(load(g + GEN.STATE) === GenState.RUNNING),
  },
};

// --- descriptors -----------------------------------------------------------------

function newPair(type: number, a: number, b = 0, c = 0, d = 0): number {
  const p = allocateLayout(L.PAIR, 0, type);
  store(p + PAIR.A, a);
  store(p + PAIR.B, b);
  store(p + PAIR.C, c);
  store(p + PAIR.D, d);
  return p;
}
function kwOrPos(a: number[], kw: readonly string[] | null, pos: number, name: string): number {
  if (kw) {
    const i = kw.indexOf(name);
    if (i >= 0) return a[a.length - kw.length + i]!;
  }
  const npos = a.length - (kw ? kw.length : 0);
  return pos < npos ? a[pos]! : K.None;
}
export const propertySpec: TypeSpec = {
  name: 'property', layout: L.PAIR, subclassable: true,
  new: (a, kw) => newPair(a[0]!, kwOrPos(a, kw, 1, 'fget'), kwOrPos(a, kw, 2, 'fset'), kwOrPos(a, kw, 3, 'fdel'), kwOrPos(a, kw, 4, 'doc')),
  methods: {
    __get__: (a) => {
      const p = a[0]!;
      if (a[1] === K.None) return p;
      const g = load(p + PAIR.A);
      if (g === K.None) throw raise(T.AttributeError, `property object has no getter`);
      return callObject(g, [a[1]!]);
    },
    __set__: (a) => {
      const s = load(a[0]! + PAIR.B);
      if (s === K.None) throw raise(T.AttributeError, "can't set attribute");
      callObject(s, [a[1]!, a[2]!]);
      return K.None;
    },
    getter: (a) => newPair(typeOf(a[0]!), a[1]!, load(a[0]! + PAIR.B), load(a[0]! + PAIR.C), load(a[0]! + PAIR.D)),
    setter: (a) => newPair(typeOf(a[0]!), load(a[0]! + PAIR.A), a[1]!, load(a[0]! + PAIR.C), load(a[0]! + PAIR.D)),
    deleter: (a) => newPair(typeOf(a[0]!), load(a[0]! + PAIR.A), load(a[0]! + PAIR.B), a[1]!, load(a[0]! + PAIR.D)),
  },
  getters: {
    fget: (p) => load(p + PAIR.A), fset: (p) => load(p + PAIR.B), fdel: (p) => load(p + PAIR.C),
    __doc__: (p) => {
      const d = load(p + PAIR.D);
      if (d !== K.None && d) return d;
      const g = load(p + PAIR.A);
      return g !== K.None && typeOf(g) === T.function ? load(g + FUNC.DOC) || K.None : K.None;
    },
  },
};
export const staticmethodSpec: TypeSpec = {
  name: 'staticmethod', layout: L.PAIR, subclassable: true,
  new: (a) => newPair(a[0]!, a[1]!),
  methods: { __get__: (a) => load(a[0]! + PAIR.A), __call__: (a, kw) => callObject(load(a[0]! + PAIR.A), a.slice(1), kw) },
  getters: { __func__: (p) => load(p + PAIR.A) },
};
export const classmethodSpec: TypeSpec = {
  name: 'classmethod', layout: L.PAIR, subclassable: true,
  new: (a) => newPair(a[0]!, a[1]!),
  methods: { __get__: (a) => newMethod(load(a[0]! + PAIR.A), a[2] && a[2] !== K.None ? a[2] : typeOf(a[1]!)) },
  getters: { __func__: (p) => load(p + PAIR.A) },
};

/** super(): PAIR (A = the class after which to search, B = the object, C = the object's type for lookup). */
export const superSpec: TypeSpec = {
  name: 'super', layout: L.PAIR,
  new: (a) => {
    let cls: number, obj: number;
    if (a.length >= 3) { cls = a[1]!; obj = a[2]!; }
    else if (a.length === 2) { cls = a[1]!; obj = K.None; }
    else [cls, obj] = zeroArgSuper();
    if (!isType(cls)) throw raise(T.TypeError, `super() argument 1 must be a type, not ${typeNameOf(cls)}`);
    if (obj === K.None) return newPair(T.super, cls, K.None, 0);
    const start = isType(obj) && isSubtype(obj, cls) ? obj : typeOf(obj);
    if (!isSubtype(start, cls)) throw raise(T.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
    return newPair(T.super, cls, obj, start);
  },
  methods: {
    __getattribute__: (a) => {
      const sup = a[0]!, name = a[1]!;
      const cls = load(sup + PAIR.A), obj = load(sup + PAIR.B), start = load(sup + PAIR.C);
      const mro = start ? tupleItems(load(start + TYPE.MRO)) : [];
      const i = mro.indexOf(cls);
      for (let j = i + 1; j < mro.length; j++) {
        const v = dictGetStr(load(mro[j]! + TYPE.DICT), name);
        if (v) return bindDescriptor(v, obj === start ? 0 : obj, start);
      }
      switch (jsString(name)) {
        case '__class__': return T.super;
        case '__thisclass__': return cls;
        case '__self__': return obj;
        case '__self_class__': return start || K.None;
      }
      throw raise(T.AttributeError, `'super' object has no attribute '${jsString(name)}'`);
    },
    __repr__: (a) => str(`<super: <class '${typeName(load(a[0]! + PAIR.A))}'>, <${typeNameOf(load(a[0]! + PAIR.B))} object>>`),
  },
};

/** super() without arguments: __class__ cell and the first argument of the calling frame. */
function zeroArgSuper(): [number, number] {
  const fp = currentFrameHook.fp();
  if (!fp) throw raise(T.RuntimeError, 'super(): no arguments');
  const func = load(fp + F_FUNC);
  const ci = codeInfoHook.get(load(fp));
  if (!func || ci.argcount === 0 && !(ci.flags & 4)) throw raise(T.RuntimeError, 'super(): no arguments');
  let obj = load(fp + FRAME_HEADER);
  const cellIndex = ci.freevars.indexOf('__class__');
  if (cellIndex < 0) throw raise(T.RuntimeError, 'super(): __class__ cell not found');
  const firstCell = ci.cellvars.indexOf(ci.varnames[0]!);
  if (firstCell >= 0) obj = load(load(fp + FRAME_HEADER + ci.nvarnames + firstCell) + CELL_CONTENTS);
  const cell = load(fp + FRAME_HEADER + ci.nvarnames + ci.ncells + cellIndex);
  const cls = load(cell + CELL_CONTENTS);
  if (!cls) throw raise(T.RuntimeError, 'super(): empty __class__ cell');
  if (!obj) throw raise(T.RuntimeError, 'super(): arg[0] deleted');
  return [cls, obj];
}
export const currentFrameHook = { fp: (): number => 0 };
export const codeInfoHook = {
  get: (_code: number): { argcount: number; flags: number; freevars: string[]; cellvars: string[]; varnames: readonly string[]; nvarnames: number; ncells: number } => {
    throw new Error('not set');
  },
};

// --- singletons ---------------------------------------------------------------

export const noneSpec: TypeSpec = {
  name: 'NoneType', layout: L.OBJECT,
  new: () => K.None,
  methods: { __repr__: () => str('None'), __bool__: () => K.False, __hash__: () => small(-1 >>> 4) },
};
export const notImplementedSpec: TypeSpec = {
  name: 'NotImplementedType', layout: L.OBJECT,
  methods: { __repr__: () => str('NotImplemented') },
};
export const ellipsisSpec: TypeSpec = {
  name: 'ellipsis', layout: L.OBJECT,
  methods: { __repr__: () => str('Ellipsis') },
};

// --- exceptions -----------------------------------------------------------------

function excStr(e: number): string {
  const args = tupleItems(load(e + EXC.ARGS));
  if (args.length === 0) return '';
  if (args.length === 1) return isSubtype(typeOf(e), T.KeyError) ? reprOf(args[0]!) : strOf(args[0]!);
  return reprOf(load(e + EXC.ARGS));
}
export const baseExceptionSpec: TypeSpec = {
  name: 'BaseException', layout: L.EXCEPTION, subclassable: true,
  new: (a, kw) => {
    const e = newExceptionHook.make(a[0]!, newTuple(a.slice(1, a.length - (kw ? kw.length : 0))));
    return e;
  },
  methods: {
    __init__: (a, kw) => {
      const e = a[0]!;
      if (kw && kw.length) throw raise(T.TypeError, `${jsString(load(typeOf(e) + TYPE.NAME))}() takes no keyword arguments`);
      const args = newTuple(a.slice(1, a.length - (kw ? kw.length : 0)));
      openForWrite(e);
      store(e + EXC.ARGS, args);
      store(e + EXC.VALUE, excValue(typeOf(e), args));
      return K.None;
    },
    __repr__: (a) => {
      const e = a[0]!;
      const args = tupleItems(load(e + EXC.ARGS));
      const name = jsString(load(typeOf(e) + TYPE.NAME));
      return str(args.length === 1 ? `${name}(${reprOf(args[0]!)})` : `${name}${reprOf(load(e + EXC.ARGS))}`.replace(/,\)$/, ')'));
    },
    __str__: (a) => str(excStr(a[0]!)),
    with_traceback: (a) => { excStore(a[0]!, EXC.TRACEBACK, checkTraceback(a[1]!)); return a[0]!; },
    add_note: (a) => addNoteHook.add(a),
  },
  accessors: {
    args: [(e) => excLoad(e, EXC.ARGS), (e, v) => excStore(e, EXC.ARGS, tupleCoerceHook.make(v))],
    __traceback__: [(e) => excLoad(e, EXC.TRACEBACK), (e, v) => excStore(e, EXC.TRACEBACK, checkTraceback(v))],
    __cause__: [(e) => excLoad(e, EXC.CAUSE), (e, v) => { excStore(e, EXC.CAUSE, checkChained(v, 'cause')); store(e + EXC.SUPPRESS, 1); }],
    __context__: [(e) => excLoad(e, EXC.CONTEXT), (e, v) => excStore(e, EXC.CONTEXT, checkChained(v, 'context'))],
    __suppress_context__: [(e) => bool(excLoad(e, EXC.SUPPRESS) !== 0), (e, v) => excStore(e, EXC.SUPPRESS, v === K.True ? 1 : 0)],
    value: [(e) => excLoad(e, EXC.VALUE), (e, v) => excStore(e, EXC.VALUE, v)],
    code: [(e) => excLoad(e, EXC.VALUE), (e, v) => excStore(e, EXC.VALUE, v)],
  },
};
// An exception object is mutable and may be shared by threads: its fields go through the STM barriers.
function excLoad(e: number, field: number): number {
  openForRead(e);
  return load(e + field);
}
function excStore(e: number, field: number, v: number): void {
  openForWrite(e);
  store(e + field, v);
}
function checkTraceback(v: number): number {
  if (v !== K.None && (v & 1 || typeOf(v) !== T.traceback)) throw raise(T.TypeError, '__traceback__ must be a traceback or None');
  return v;
}
function checkChained(v: number, what: string): number {
  if (v !== K.None && (v & 1 || !isSubtype(typeOf(v), T.BaseException))) throw raise(T.TypeError, `exception ${what} must be None or derive from BaseException`);
  return v;
}
export const newExceptionHook = { make: (_t: number, _args: number): number => 0 };
/** Set by bootstrap to specs-exceptions.ts's addNote (that file imports this one). */
export const addNoteHook = { add: (_a: number[]): number => 0 };
export const tupleCoerceHook = { make: (_v: number): number => 0 };

export const tracebackSpec: TypeSpec = {
  name: 'traceback', layout: L.TRACEBACK,
  getters: {
    tb_next: (t) => load(t + TB.NEXT) || K.None,
    tb_lineno: (t) => small(load(t + TB.LINENO)),
    tb_lasti: (t) => small(load(t + TB.LASTI) * 2),
  },
};

export { bytesSpec } from './specs-bytes.js';

export const internalSpec: TypeSpec = { name: 'NativeInternal', layout: L.OBJECT };
/** Types of the runtime's internal objects (never visible to Python code). */
export const internalLayoutSpecs: TypeSpec[] = [
  { name: 'internal_array', layout: L.ARRAY }, { name: 'internal_dictkeys', layout: L.DICTKEYS },
  { name: 'internal_i32array', layout: L.I32ARRAY }, { name: 'internal_settable', layout: L.SETTABLE },
  { name: 'internal_framestack', layout: L.FRAMESTACK }, { name: 'internal_thread', layout: L.THREAD },
  { name: 'internal_roots', layout: L.ROOTS }, { name: 'internal_sched', layout: L.SCHED },
];
export { richEq, ts };
