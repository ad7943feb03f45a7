/**
 * Bootstrap: builds a fresh runtime in a new heap, in a fixed order that is
 * part of the heap format: (1) the builtin type objects in
 * BUILTIN_TYPE_NAMES order, (2) the singletons, (3) the interned-string
 * table, (4) every type's dict from its TypeSpec in `SPECS` order (which
 * also fixes the native ids), (5) the builtins and sys modules, (6) the
 * root table, whose refs the per-worker `T` / `K` caches mirror.
 */
import { allocateLayout, attachHeap, copyWords, createHeap, load, markBootEnd, nextTypeVersion, store, rootTable, setRootTable, HEAP_BASE } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { BUILTIN_TYPE_NAMES, K, OBJ_DICT, raise, T, TYPE, typeOf, WELL_KNOWN_NAMES, BIGINT, MODULE_DICT, CELL_CONTENTS, small, type BuiltinTypeName } from '../objects/core.js';
import { NATIVES, NativeKind, withArity, withFunctionArity, type NativeFn, type TypeSpec } from '../objects/native.js';
import { resetStrCaches, intern, internHook as strInternHook, jsString, newStr } from '../objects/str.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { dictGetStr, dictSet, newDict, dictEntries, sideDictOf } from '../objects/dict.js';
import { allocType, initBuiltinType, internSlotNames, resetLookupCache, recomputeSlots, isSubtype, newClass, S, SLOT_NAMES, TF, typeModified, typeSlot, typeLookup, isType, typeName } from '../objects/type.js';
import { defineNative, newCell } from '../objects/function.js';
import {
  bindDescriptor, callObject, callSlot, dictHook, getAttrOrZero, moduleNameHook, objectGetattribute,
  objectSetattr, sequenceIterHook, typeSetAttrHook, sideDictHook, toArray, isTrue, typeNameOf, getAttr, excDetailHook, setItem,
} from '../objects/protocol.js';
import { newException, EXCEPTION_TREE } from '../objects/exceptions.js';
import { dictGetHook } from '../objects/function.js';
import { addSubclass, typeSetAttr } from '../objects/type.js';
import { IterKind, newIterator } from '../objects/iterators.js';
import { listAppend, newList } from '../objects/list.js';
import * as core from './specs.js';
import * as cont from './specs-containers.js';
import * as call from './specs-callables.js';
import * as excs from './specs-exceptions.js';
import { osErrorSpec } from './specs-oserror.js';
import * as bytesTypes from './specs-bytes.js';
import { BUILTIN_ARITY, BUILTIN_FUNCTIONS, buildClassHook, callableIterHook, globalsHook, systemExitHook } from './builtins.js';
import { clearInlineCaches, resetCodeCache, codeInfo } from '../interp/code.js';
import { setCacheReset } from '../../stm/tx.js';
import { createThread } from '../interp/thread.js';
import { callWithLocals, currentFrame } from '../interp/loop.js';
import * as support from '../interp/support.js';
import { registerModules } from '../modules/registry.js';
import { MODULE_SPECS } from '../modules/index.js';
import { createSys } from '../modules/sys.js';
import { complexSpec } from '../objects/complex.js';
import { installGenericAliases } from '../modules/generic-alias.js';
import { F_GLOBALS } from '../../gc/frames.js';
import { coroutineSpecs } from './specs-coroutines.js';
import { memberDescriptorSpec } from './specs-slots.js';
import { lockSpec } from './specs-lock.js';
import { weakrefSpec } from './specs-weakref.js';
import { atomicSpec } from '../modules/pystm.js';

export const SPECS: readonly TypeSpec[] = [
  core.objectSpec, core.typeSpec, core.intSpec, core.boolSpec, core.floatSpec, core.strSpec,
  cont.tupleSpec, cont.listSpec, cont.dictSpec, cont.setSpec, cont.frozensetSpec, call.noneSpec,
  call.notImplementedSpec, call.ellipsisSpec, call.functionSpec, call.nativeSpec, call.methodSpec,
  call.cellSpec, call.codeSpec, call.moduleSpec, cont.rangeSpec, call.generatorSpec, call.bytesSpec,
  call.propertySpec, call.staticmethodSpec, call.classmethodSpec, call.superSpec, call.tracebackSpec,
  cont.sliceSpec, ...cont.iteratorSpecs, cont.enumerateSpec, cont.zipSpec, cont.mapSpec, cont.filterSpec,
  cont.reversedSpec, cont.dictKeysSpec, cont.dictValuesSpec, cont.dictItemsSpec, call.baseExceptionSpec,
  call.internalSpec, ...call.internalLayoutSpecs, excs.baseExceptionGroupSpec, complexSpec,
  osErrorSpec, bytesTypes.bytearraySpec, bytesTypes.memoryviewSpec, ...excs.unicodeErrorSpecs, excs.syntaxErrorSpec, ...excs.keywordExceptionSpecs,
  ...coroutineSpecs, memberDescriptorSpec, lockSpec, atomicSpec, weakrefSpec,
];

const specByName = new Map<string, TypeSpec>(SPECS.map((s) => [s.name, s]));
const excBase = new Map<string, string | null>(EXCEPTION_TREE.map(([n, b]) => [n, b]));

/** Which names the builtins module exports as types. */
const BUILTIN_TYPE_EXPORTS: BuiltinTypeName[] = [
  'object', 'type', 'int', 'bool', 'float', 'str', 'tuple', 'list', 'dict', 'set', 'frozenset', 'range',
  'bytes', 'property', 'staticmethod', 'classmethod', 'super', 'slice', 'enumerate', 'zip', 'map', 'filter',
  'reversed', 'complex', 'bytearray', 'memoryview',
];

export interface RuntimeOptions {
  heapBytes?: number;
  argv?: string[];
  /** sys.executable (default: this process's script); pool workers get the main thread's, so their bootstrap replays it exactly. */
  executable?: string;
}

/** sys.executable as the main thread computes it. */
export function defaultExecutable(): string {
  return process.argv[1] ?? 'pystm';
}

/** Creates the heap and every builtin object. Idempotent per heap. */
export function bootstrap(options: RuntimeOptions = {}): void {
  createHeap(options.heapBytes ?? 256 * 1024 * 1024);
  resetStrCaches();
  resetCodeCache();
  setCacheReset(() => { resetLookupCache(); clearInlineCaches(); });
  NATIVES.length = 0;
  for (const k of WELL_KNOWN_NAMES) K[k] = 0;
  createTypeObjects();
  createSingletons();
  K.interned = newDict(1024); // ~620 names after bootstrap: no resize on the way
  K.sideDicts = newDict();
  K.weakRefs = newDict();
  K.finalizable = newDict();
  K.finalization = newList([newList([]), K.None, small(0)]);
  K.emptyStr = intern('');
  internSlotNames();
  for (const name of BUILTIN_TYPE_NAMES) initType(name);
  giveExceptionGroupTwoBases();
  for (const name of BUILTIN_TYPE_NAMES) fillTypeDict(name);
  wireHooks();
  computeBuiltinSlots();
  createThread();
  K.sched = allocateLayout(L.SCHED, 0, T.internal_sched);
  createBuiltins();
  createSys(options.argv ?? [''], options.executable ?? defaultExecutable());
  registerModules(MODULE_SPECS);
  K.memoryError = newException(T.MemoryError, newTuple([]));
  writeRootTable();
  markBootEnd();
}

/**
 * Makes this worker a replica of the runtime living in `buffer` (another
 * worker's heap): bootstrap runs the same deterministic sequence in a
 * scratch heap — which rebuilds this worker's JS tables (natives, caches) and
 * gives every builtin object the ref it has in the shared heap — then the
 * worker maps the shared heap and checks that the root tables agree.
 */
export function attachRuntime(buffer: SharedArrayBuffer, options: RuntimeOptions): void {
  bootstrap({ ...options, heapBytes: 64 * 1024 * 1024 });
  const expected = rootValues();
  attachHeap(buffer);
  const roots = rootTable();
  const n = BUILTIN_TYPE_NAMES.length + WELL_KNOWN_NAMES.length;
  for (let i = 0; i < n; i++) {
    if (load(roots + 3 + i) !== expected[i]) throw new Error(`pystm: worker bootstrap diverged from the main heap at root ${i} (${expected[i]} here, ${load(roots + 3 + i)} there)`);
  }
  resetStrCaches();
  resetCodeCache();
}

function rootValues(): number[] {
  return [...BUILTIN_TYPE_NAMES.map((name) => T[name]), ...WELL_KNOWN_NAMES.map((name) => K[name])];
}

function createTypeObjects(): void {
  const typeType = allocType(0);
  store(typeType, typeType);
  T.type = typeType;
  for (const name of BUILTIN_TYPE_NAMES) if (name !== 'type') T[name] = allocType(typeType);
}

function createSingletons(): void {
  K.None = allocateLayout(L.OBJECT, 0, T.NoneType);
  K.NotImplemented = allocateLayout(L.OBJECT, 0, T.NotImplementedType);
  K.Ellipsis = allocateLayout(L.OBJECT, 0, T.ellipsis);
  K.dummy = allocateLayout(L.OBJECT, 0, T.NativeInternal);
  K.False = allocateLayout(L.BIGINT, 0, T.bool);
  store(K.False + BIGINT.SIGN, 1);
  K.True = allocateLayout(L.BIGINT, 1, T.bool);
  store(K.True + BIGINT.SIGN, 1);
  store(K.True + BIGINT.LIMBS, 1);
  K.emptyTuple = allocateLayout(L.TUPLE, 0, T.tuple);
}

function initType(name: BuiltinTypeName): void {
  const spec = specByName.get(name);
  let base: string | null;
  let layout: number;
  let flags = 0;
  if (excBase.has(name)) {
    base = excBase.get(name)!;
    layout = L.EXCEPTION;
    flags = TF.EXCEPTION | TF.BASETYPE | TF.HAS_DICT;
  } else {
    base = spec ? (spec.base === undefined ? 'object' : spec.base) : 'object';
    layout = spec ? spec.layout : L.OBJECT;
    if (spec?.subclassable) flags |= TF.BASETYPE;
  }
  initBuiltinType(T[name], name, base ? T[base as BuiltinTypeName] : 0, layout, flags);
  if (name === 'object' || name === 'type') store(T[name] + TYPE.FLAGS, TF.BASETYPE);
}

/**
 * Every builtin type's slot cache, as recomputeSlots would fill it, base
 * first (bases come before subclasses in BUILTIN_TYPE_NAMES). A type whose
 * MRO is itself then its base's MRO finds a special method in its own dict,
 * else where its base found it: its slots are its base's, overridden by its
 * own dict's entries (one pass over that dict instead of an MRO walk per slot
 * name, which made half the bootstrap). Its dict keys are interned names, as
 * every builtin type dict's. Other types (ExceptionGroup) take recomputeSlots.
 * tests/unit/bootstrap.test.ts checks both ways agree.
 */
function computeBuiltinSlots(): void {
  const slotOf = new Map(SLOT_NAMES.map((n, i) => [intern(n), i]));
  for (const name of BUILTIN_TYPE_NAMES) {
    const t = T[name];
    const base = load(t + TYPE.BASE);
    if (!extendsBaseMro(t, base)) {
      recomputeSlots(t);
      continue;
    }
    store(t + TYPE.VERSION, nextTypeVersion());
    copyWords(t + TYPE.SLOTS, base + TYPE.SLOTS, SLOT_NAMES.length);
    for (const [key, value] of dictEntries(load(t + TYPE.DICT))) {
      const slot = slotOf.get(key);
      if (slot !== undefined) store(t + TYPE.SLOTS + slot, value);
    }
  }
}

/** Is t's MRO [t, ...base's MRO]? */
function extendsBaseMro(t: number, base: number): boolean {
  if (base === 0) return false;
  const mro = tupleItems(load(t + TYPE.MRO)), baseMro = tupleItems(load(base + TYPE.MRO));
  return mro.length === baseMro.length + 1 && baseMro.every((b, i) => mro[i + 1] === b);
}

/** ExceptionGroup derives from BaseExceptionGroup and Exception (in that MRO order). */
function giveExceptionGroupTwoBases(): void {
  const eg = T.ExceptionGroup;
  store(eg + TYPE.BASES, newTuple([T.BaseExceptionGroup, T.Exception]));
  store(eg + TYPE.MRO, newTuple([eg, T.BaseExceptionGroup, T.Exception, T.BaseException, T.object]));
  addSubclass(T.Exception, eg);
}

/**
 * A builtin method called through its type (`list.append(x, 1)`) gets any
 * first argument: check it is an instance of the type, as CPython's method
 * descriptors do, so a native never reads another layout as its own.
 */
function selfChecked(name: BuiltinTypeName, n: string, fn: NativeFn): NativeFn {
  const dunder = n.startsWith('__') && n.endsWith('__');
  // The type ref is read once: this runs inside bootstrap, after the type objects exist (measured:
  // reading `T[name]` on every call cost 8% of a generator/set-heavy benchmark).
  const t = T[name];
  return (a, kw) => {
    if (a.length === 0 || a.length - (kw ? kw.length : 0) < 1) {
      throw raise(T.TypeError, dunder ? `descriptor '${n}' of '${name}' object needs an argument` : `unbound method ${name}.${n}() needs an argument`);
    }
    const st = typeOf(a[0]!);
    if (st !== t && !isSubtype(st, t)) {
      throw raise(T.TypeError, dunder
        ? `descriptor '${n}' requires a '${name}' object but received a '${typeName(st)}'`
        : `descriptor '${n}' for '${name}' objects doesn't apply to a '${typeName(st)}' object`);
    }
    return fn(a, kw);
  };
}

function fillTypeDict(name: BuiltinTypeName): void {
  const spec = specByName.get(name);
  if (!spec) return;
  const t = T[name];
  const d = load(t + TYPE.DICT);
  const put = (n: string, v: number) => dictSet(d, intern(n), v);
  if (spec.new) put('__new__', defineNative('__new__', spec.new, NativeKind.STATIC, `${name}.__new__`));
  const sig = (n: string, fn: NativeFn) => (spec.arity?.[n] === undefined ? fn : withArity(`${name}.${n}`, spec.arity[n]!, fn));
  for (const [n, fn] of Object.entries(spec.methods ?? {})) put(n, defineNative(n, selfChecked(name, n, sig(n, fn)), NativeKind.METHOD, `${name}.${n}`));
  for (const [n, fn] of Object.entries(spec.classmethods ?? {})) put(n, defineNative(n, sig(n, fn), NativeKind.CLASSMETHOD, `${name}.${n}`));
  for (const [n, fn] of Object.entries(spec.staticmethods ?? {})) put(n, defineNative(n, fn, NativeKind.STATIC, `${name}.${n}`));
  for (const [n, get] of Object.entries(spec.getters ?? {})) {
    const g = defineNative(n, (a) => get(a[0]!), NativeKind.FUNCTION, `${name}.${n}`);
    const readOnly = defineNative(n, () => { throw raise(T.AttributeError, `attribute '${n}' of '${name}' objects is not writable`); }, NativeKind.FUNCTION, `${name}.${n}`);
    const p = makeProperty(g, readOnly);
    store(p + 4, readOnly);
    put(n, p);
  }
  for (const [n, [get, set, del]] of Object.entries(spec.accessors ?? {})) {
    const g = defineNative(n, (a) => get(a[0]!), NativeKind.FUNCTION, `${name}.${n}`);
    const s = defineNative(n, (a) => (set(a[0]!, a[1]!), K.None), NativeKind.FUNCTION, `${name}.${n}`);
    const p = makeProperty(g, s);
    if (del) store(p + 4, defineNative(n, (a) => (del(a[0]!), K.None), NativeKind.FUNCTION, `${name}.${n}`));
    put(n, p);
  }

  if (spec.doc) put('__doc__', newStr(spec.doc));
  if (spec.unhashable) put('__hash__', K.None);
}

function makeProperty(fget: number, fset: number): number {
  const p = allocateLayout(L.PAIR, 0, T.property);
  store(p + 2, fget);
  store(p + 3, fset);
  store(p + 4, K.None);
  store(p + 5, K.None);
  return p;
}

// ---------------------------------------------------------------------------
// Type calls and class creation

/** `cls(*args, **kw)`: __new__ then __init__ (https://docs.python.org/3.11/reference/datamodel.html#object.__new__). */
export function typeCall(cls: number, args: number[], kw: readonly string[] | null): number {
  if (cls === T.type && args.length === 1 && !kw) return typeOf(args[0]!);
  const newFn = typeSlot(cls, S.__new__);
  const objectNew = typeSlot(T.object, S.__new__), objectInit = typeSlot(T.object, S.__init__);
  if (args.length && newFn === objectNew && typeSlot(cls, S.__init__) === objectInit) {
    throw raise(T.TypeError, `${typeName(cls)}() takes no arguments`);
  }
  let obj: number;
  if (newFn === objectNew) obj = core.allocInstance(cls);
  else if ((newFn & 1) === 0 && load(newFn) === T.function) obj = callObject(newFn, withFirst(cls, args), kw);
  else obj = callObject(bindDescriptor(newFn, 0, cls), withFirst(cls, args), kw);
  if (!isSubtype(typeOf(obj), cls)) return obj;
  const init = typeSlot(typeOf(obj), S.__init__);
  // object.__init__ does nothing; it rejects arguments only when __new__ is object's too.
  if (init === objectInit) {
    if (args.length && newFn === objectNew) throw raise(T.TypeError, `${typeName(cls)}() takes no arguments`);
    return obj;
  }
  if (init) {
    const r = callSlot(init, obj, args, kw);
    if (r !== K.None) throw raise(T.TypeError, `__init__() should return None, not '${typeNameOf(r)}'`);
  }
  return obj;
}

/** [first, ...rest] without the spread (this is on every builtin-type call). */
function withFirst(first: number, rest: number[]): number[] {
  const a = new Array<number>(rest.length + 1);
  a[0] = first;
  for (let i = 0; i < rest.length; i++) a[i + 1] = rest[i]!;
  return a;
}

/** builtins.__build_class__(func, name, *bases, metaclass=..., **kw). */
function buildClass(a: number[], kwnames: readonly string[] | null): number {
  const nkw = kwnames ? kwnames.length : 0;
  const func = a[0]!, name = a[1]!;
  const origBases = a.slice(2, a.length - nkw);
  const bases = resolveMroEntries(origBases);
  let meta = 0;
  const kwNames: string[] = [], kwValues: number[] = [];
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === 'metaclass') meta = a[a.length - nkw + i]!;
    else { kwNames.push(kwnames![i]!); kwValues.push(a[a.length - nkw + i]!); }
  }
  if (!meta) meta = bases.length ? typeOf(bases[0]!) : T.type;
  if (isType(meta)) meta = mostDerivedMeta(meta, bases);
  // metaclass.__prepare__(name, bases, **kw) makes the namespace (data model 3.3.3.4).
  const prepare = getAttrOrZero(meta, intern('__prepare__'));
  const ns = prepare ? callObject(prepare, [name, newTuple(bases), ...kwValues], kwNames.length ? kwNames : null) : newDict();
  const cell = callWithLocals(func, ns);
  if (bases.length !== origBases.length || bases.some((b, i) => b !== origBases[i])) setItem(ns, intern('__orig_bases__'), newTuple(origBases));
  const cls = callObject(meta, [name, newTuple(bases), ns, ...kwValues], kwNames.length ? kwNames : null);
  if (cell && (cell & 1) === 0 && load(cell) === T.cell) store(cell + CELL_CONTENTS, cls);
  return cls;
}

/** Bases that are not classes but have __mro_entries__ are replaced by what it returns (PEP 560). */
function resolveMroEntries(bases: number[]): number[] {
  if (bases.every(isType)) return bases;
  const out: number[] = [];
  const orig = newTuple(bases);
  for (const b of bases) {
    const me = isType(b) ? 0 : getAttrOrZero(b, intern('__mro_entries__'));
    if (!me) { out.push(b); continue; }
    const r = callObject(me, [orig]);
    if (typeOf(r) !== T.tuple) throw raise(T.TypeError, '__mro_entries__ must return a tuple');
    out.push(...tupleItems(r));
  }
  return out;
}

/** The metaclass that is a subclass of all the bases' metaclasses, or a TypeError. */
function mostDerivedMeta(meta: number, bases: number[]): number {
  for (const b of bases) {
    const mb = typeOf(b);
    if (isSubtype(meta, mb)) continue;
    if (isSubtype(mb, meta)) { meta = mb; continue; }
    throw raise(T.TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return meta;
}

/** type.__prepare__(name, bases, **kw): an empty dict. */
function typePrepare(): number {
  return newDict();
}

/** type.__new__(meta, name, bases, ns, **kw): the class, then __set_name__ and __init_subclass__. */
function typeNew(a: number[], kwnames: readonly string[] | null): number {
  const nkw = kwnames ? kwnames.length : 0;
  const pos = a.slice(0, a.length - nkw);
  if (pos.length === 2) return typeOf(pos[1]!);
  if (pos.length !== 4) throw raise(T.TypeError, 'type() takes 1 or 3 arguments');
  core.checkTypeNewArgs(pos[1]!, pos[2]!, pos[3]!);
  const ns = newDict();
  for (const [k, v] of dictEntries(pos[3]!)) dictSet(ns, k, v);
  if (!dictGetStr(ns, intern('__doc__'))) dictSet(ns, intern('__doc__'), K.None);
  if (!dictGetStr(ns, intern('__module__'))) {
    // type(name, bases, dict) takes __module__ from the calling frame's globals.
    const fp = currentFrame();
    const modName = fp ? dictGetStr(load(fp + F_GLOBALS), intern('__name__')) : 0;
    if (modName) dictSet(ns, intern('__module__'), modName);
  }
  // A class that defines __eq__ but not __hash__ is unhashable (data model rule).
  if (dictGetStr(ns, intern('__eq__')) && !dictGetStr(ns, intern('__hash__'))) dictSet(ns, intern('__hash__'), K.None);
  const nf = dictGetStr(ns, intern('__new__'));
  if (nf && (nf & 1) === 0 && load(nf) === T.function) {
    const sm = allocateLayout(L.PAIR, 0, T.staticmethod);
    store(sm + 2, nf);
    dictSet(ns, intern('__new__'), sm);
  }
  for (const special of ['__init_subclass__', '__class_getitem__']) {
    const f = dictGetStr(ns, intern(special));
    if (f && (f & 1) === 0 && load(f) === T.function) {
      const cm = allocateLayout(L.PAIR, 0, T.classmethod);
      store(cm + 2, f);
      dictSet(ns, intern(special), cm);
    }
  }
  const cls = newClass(pos[0]!, pos[1]!, pos[2]!, ns);
  for (const [k, v] of dictEntries(ns)) {
    const sn = typeSlot(typeOf(v), S.__set_name__);
    if (sn) callSlot(sn, v, [cls, k]);
  }
  const mro = tupleItems(load(cls + TYPE.MRO));
  const isub = intern('__init_subclass__');
  for (let i = 1; i < mro.length; i++) {
    const f = dictGetStr(load(mro[i]! + TYPE.DICT), isub);
    if (f) {
      callObject(bindDescriptor(f, 0, cls), a.slice(a.length - nkw), kwnames);
      break;
    }
  }
  return cls;
}

function objectInitSubclass(a: number[], kwnames: readonly string[] | null): number {
  if (kwnames && kwnames.length) throw raise(T.TypeError, `${typeName(a[0]!)}.__init_subclass__() takes no keyword arguments`);
  return K.None;
}

// ---------------------------------------------------------------------------
// Hooks, builtins, sys

function wireHooks(): void {
  core.typeCallHook.call = typeCall;
  core.bindDescriptorHook.bind = bindDescriptor;
  core.numberOpHook.op = numberOpSlot;
  core.sliceHook.apply = cont.applySlice;
  cont.keyErrorHook.make = (k) => newException(T.KeyError, newTuple([k]));
  cont.stopHook.make = () => newException(T.StopIteration, newTuple([]));
  cont.internHook.intern = intern;
  strInternHook.find = (ref) => dictGetStr(K.interned, ref);
  call.stopValueHook.make = (v) => newException(T.StopIteration, v === K.None ? newTuple([]) : newTuple([v]));
  call.newExceptionHook.make = newException;
  call.addNoteHook.add = excs.addNote;
  call.tupleCoerceHook.make = (v) => newTuple(toArray(v));
  call.dictSetHook.set = dictSet;
  call.getattrZeroHook.get = getAttrOrZero;
  call.currentFrameHook.fp = currentFrame;
  call.codeInfoHook.get = (code) => codeInfo(code);
  excDetailHook.set = (e, k, v) => {
    let d = load(e + OBJ_DICT);
    if (!d) { d = newDict(); store(e + OBJ_DICT, d); }
    dictSet(d, intern(k), v);
  };
  dictHook.getStr = dictGetStr;
  sideDictHook.get = sideDictOf;
  dictHook.set = dictSet;
  dictHook.del = (d, k) => dictDeleteHook(d, k);
  dictHook.make = () => newDict();
  dictGetHook.get = dictGetStr;
  typeSetAttrHook.set = (t, n, v) => {
    if (!(load(t + TYPE.FLAGS) & TF.HEAPTYPE)) throw raise(T.TypeError, `cannot set '${jsString(n)}' attribute of immutable type '${typeName(t)}'`);
    if (v) typeSetAttr(t, n, v);
    else {
      if (!dictDeleteHook(load(t + TYPE.DICT), n)) throw raise(T.AttributeError, `type object '${typeName(t)}' has no attribute '${jsString(n)}'`);
      typeModified(t);
    }
  };
  moduleNameHook.get = call.moduleName;
  sequenceIterHook.make = (v) => newIterator(T.iterator, IterKind.SEQUENCE, v);
  objectGetattribute.ref = dictGetStr(load(T.object + TYPE.DICT), intern('__getattribute__'));
  objectSetattr.ref = dictGetStr(load(T.object + TYPE.DICT), intern('__setattr__'));
  objectSetattr.delRef = dictGetStr(load(T.object + TYPE.DICT), intern('__delattr__'));
  support.objectGetattributeRef.ref = objectGetattribute.ref;
  support.objectNewRef.ref = dictGetStr(load(T.object + TYPE.DICT), intern('__new__'));
  support.objectNewRef.alloc = core.allocInstance;
  support.typeCallHook.call = typeCall;
  support.bindHook.bind = (f, self) => bindDescriptor(f, self, typeOf(self));
  support.lengthHook.len = (v) => toArray(v).length;
  support.sliceHook.make = cont.newSlice;
  support.stopIterationHook.make = (v) => call.stopValueHook.make(v);
  systemExitHook.make = (code) => newException(T.SystemExit, code === K.None ? newTuple([]) : newTuple([code]));
  // type.__new__ with class creation, and object.__init_subclass__.
  const typeDict = load(T.type + TYPE.DICT);
  dictSet(typeDict, intern('__new__'), defineNative('__new__', typeNew, NativeKind.STATIC, 'type.__new__'));
  const prep = allocateLayout(L.PAIR, 0, T.classmethod);
  store(prep + 2, defineNative('__prepare__', typePrepare, NativeKind.FUNCTION, 'type.__prepare__'));
  dictSet(typeDict, intern('__prepare__'), prep);
  const objDict = load(T.object + TYPE.DICT);
  const cm = allocateLayout(L.PAIR, 0, T.classmethod);
  store(cm + 2, defineNative('__init_subclass__', objectInitSubclass, NativeKind.FUNCTION, 'object.__init_subclass__'));
  dictSet(objDict, intern('__init_subclass__'), cm);
  buildClassHook.build = buildClass;
  installGenericAliases();
}

import { dictDelete } from '../objects/dict.js';
function dictDeleteHook(d: number, k: number): number {
  return dictDelete(d, k);
}

import { numberOp, binaryOp } from '../objects/protocol.js';
function numberOpSlot(op: number, a: number, b: number): number {
  return numberOp(op, a, b);
}
void binaryOp;

function newModule(name: string): number {
  const m = allocateLayout(L.MODULE, 0, T.module);
  const d = newDict();
  store(m + MODULE_DICT, d);
  dictSet(d, intern('__name__'), intern(name));
  dictSet(d, intern('__doc__'), K.None);
  return m;
}

function createBuiltins(): void {
  const m = newModule('builtins');
  const d = load(m + MODULE_DICT);
  K.builtins = m;
  K.builtinsDict = d;
  for (const [name, fn] of Object.entries(BUILTIN_FUNCTIONS)) {
    const sig = BUILTIN_ARITY[name];
    dictSet(d, intern(name), defineNative(name, sig === undefined ? fn : withFunctionArity(name, sig, fn), NativeKind.FUNCTION));
  }
  for (const name of BUILTIN_TYPE_EXPORTS) dictSet(d, intern(name), T[name]);
  for (const [name] of EXCEPTION_TREE) dictSet(d, intern(name), T[name]);
  for (const alias of ['IOError', 'EnvironmentError']) dictSet(d, intern(alias), T.OSError);
  for (const alias of ['EnvironmentError', 'IOError']) dictSet(d, intern(alias), T.OSError);
  dictSet(d, intern('None'), K.None);
  dictSet(d, intern('Ellipsis'), K.Ellipsis);
  dictSet(d, intern('NotImplemented'), K.NotImplemented);
  dictSet(d, intern('True'), K.True);
  dictSet(d, intern('False'), K.False);
  dictSet(d, intern('__debug__'), K.True);
  support.buildClassHook.ref = dictGetStr(d, intern('__build_class__'));
  globalsHook.get = () => load(currentFrame() + 2);
  callableIterHook.make = (f, sentinel) => newIterator(T.callable_iterator, IterKind.CALLABLE, f, sentinel);
}

function writeRootTable(): void {
  const n = BUILTIN_TYPE_NAMES.length + WELL_KNOWN_NAMES.length;
  const roots = allocateLayout(L.ROOTS, n, T.internal_roots);
  BUILTIN_TYPE_NAMES.forEach((name, i) => store(roots + 3 + i, T[name]));
  WELL_KNOWN_NAMES.forEach((name, i) => store(roots + 3 + BUILTIN_TYPE_NAMES.length + i, K[name]));
  setRootTable(roots);
}

export { HEAP_BASE, newCell, listAppend, isTrue, getAttr, isType, typeLookup, callSlot, newClass };
