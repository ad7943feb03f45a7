/**
 * The `sys` module (https://docs.python.org/3.11/library/sys.html), built by
 * bootstrap (it must exist before any import) in a fixed order.
 *
 * Model:
 * - Constants describe a 64-bit CPython 3.11 on Linux (maxsize 2**63-1,
 *   float_info of IEEE doubles, hash_info of the 61-bit modulus) with
 *   `implementation.name == 'pystm'`.
 * - version_info, float_info, int_info, hash_info and flags are *struct
 *   sequences*: instances of a tuple subclass with one read-only property per
 *   field and CPython's repr `sys.version_info(major=3, ...)`.
 * - The standard streams are instances of one `_io.TextIOWrapper`-named
 *   class per stream (vm/modules/sys-streams.ts); `print` and tracebacks use
 *   whatever `sys.stdout` / `sys.stderr` hold now.
 * - `_getframe` snapshots the interpreter's frame chain (read-only) into
 *   `frame` objects: f_code, f_lineno, f_back, f_globals, f_locals.
 * - `getsizeof` is an approximation: the object's heap words times 4 plus
 *   CPython's typical header difference is not modelled; it answers
 *   CPython's size for the common builtin types from their length.
 */
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { CELL_CONTENTS, CODE, EXC, K, MODULE_DICT, OBJ_DICT, PyRaise, raise, small, T, TUPLE, typeOf } from '../objects/core.js';
import { F_BACK, F_CODE, F_GLOBALS, F_LOCALS, F_PC, FRAME_HEADER } from '../../gc/frames.js';
import { dictGetStr, dictKeys, dictLen, dictSet, newDict } from '../objects/dict.js';
import { defineNative } from '../objects/function.js';
import { newFloat } from '../objects/float.js';
import { intFromBigInt, intFromNumber, isInt, toBigInt } from '../objects/int.js';
import { listLen, newList } from '../objects/list.js';
import { NativeKind, type NativeFn } from '../objects/native.js';
import { callObject, lengthOf, loadObjDict, reprOf, typeNameOf } from '../objects/protocol.js';
import { intern, jsString, newStr, strLen } from '../objects/str.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { newClass } from '../objects/type.js';
import { codeInfo } from '../interp/code.js';
import { currentFrame } from '../interp/loop.js';
import { ts } from '../interp/thread.js';
import { stdStreams, systemExitHook } from '../runtime/builtins.js';
import { createStdStreams, writeToStream } from './sys-streams.js';
import { formatException } from '../runtime/traceback.js';
import { intMaxStrDigitsHook } from '../runtime/specs.js';

const VERSION = [3, 11, 7] as const;

/** Builds `sys` (and sys.modules) and stores them in K. Bootstrap only, after builtins. */
export function createSys(argv: string[], executable: string): void {
  const m = allocateLayout(L.MODULE, 0, T.module);
  const d = newDict();
  store(m + MODULE_DICT, d);
  K.sys = m;
  K.sysModules = newDict();
  const put = (name: string, v: number) => dictSet(d, intern(name), v);
  put('__name__', intern('sys'));
  put('__doc__', K.None);
  dictSet(K.sysModules, intern('builtins'), K.builtins);
  dictSet(K.sysModules, intern('sys'), m);
  put('modules', K.sysModules);
  addConstants(put, argv, executable);
  addStructSequences(put);
  for (const [name, fn] of Object.entries(FUNCTIONS)) put(name, defineNative(name, fn, NativeKind.FUNCTION, `sys.${name}`));
  intMaxStrDigitsHook.get = () => sysGet('\0int_max_str_digits') >> 1;
  put('__displayhook__', dictGetStr(d, intern('displayhook')));
  put('__excepthook__', dictGetStr(d, intern('excepthook')));
  const streams = createStdStreams();
  stdStreams.stdout = streams.stdout;
  stdStreams.stderr = streams.stderr;
  for (const name of ['stdin', 'stdout', 'stderr'] as const) {
    put(name, streams[name]);
    put(`__${name}__`, streams[name]);
  }
}

function addConstants(put: (name: string, v: number) => void, argv: string[], executable: string): void {
  put('argv', newList(argv.map(newStr)));
  put('orig_argv', newList(['python3', ...argv].map(newStr)));
  put('maxsize', intFromBigInt(2n ** 63n - 1n));
  put('maxunicode', intFromNumber(0x10ffff));
  put('byteorder', intern('little'));
  put('platform', intern('linux'));
  put('version', newStr(`${VERSION.join('.')} (pystm)`));
  put('hexversion', intFromNumber(0x030b07f0));
  put('api_version', intFromNumber(1013));
  put('copyright', newStr('Copyright (c) pystm authors.'));
  put('executable', newStr(executable));
  put('prefix', newStr('/usr'));
  put('base_prefix', newStr('/usr'));
  put('exec_prefix', newStr('/usr'));
  put('platlibdir', newStr('lib'));
  put('builtin_module_names', newTuple(['builtins', 'sys'].map((n) => newStr(n))));
  put('warnoptions', newList([]));
  put('path', newList([]));
  put('meta_path', newList([]));
  put('path_hooks', newList([]));
  put('path_importer_cache', newDict());
  put('dont_write_bytecode', K.True);
  put('pycache_prefix', K.None);
  put('float_repr_style', intern('short'));
  put('abiflags', newStr(''));
  put('\0int_max_str_digits', small(4300));
}

// ---------------------------------------------------------------------------
// Struct sequences and the implementation namespace

/** A tuple subclass `sys.<name>` whose fields read by name; returns the class. */
function structSequenceType(name: string, fields: readonly string[]): number {
  const ns = newDict();
  dictSet(ns, intern('__module__'), intern('sys'));
  dictSet(ns, intern('__qualname__'), intern(name));
  dictSet(ns, intern('n_fields'), small(fields.length));
  dictSet(ns, intern('n_sequence_fields'), small(fields.length));
  fields.forEach((f, i) => {
    const getter = defineNative(f, (a) => tupleItems(a[0]!)[i]!, NativeKind.FUNCTION, `${name}.${f}`);
    dictSet(ns, intern(f), callObject(T.property, [getter]));
  });
  dictSet(ns, intern('__repr__'), defineNative('__repr__', (a) => {
    const items = tupleItems(a[0]!);
    return newStr(`sys.${name}(${fields.map((f, i) => `${f}=${reprOf(items[i]!)}`).join(', ')})`);
  }, NativeKind.METHOD, `${name}.__repr__`));
  dictSet(ns, intern('__reduce__'), defineNative('__reduce__', (a) => newTuple([T.tuple, newTuple([newTuple(tupleItems(a[0]!))])]), NativeKind.METHOD, `${name}.__reduce__`));
  return newClass(T.type, intern(name), newTuple([T.tuple]), ns);
}

function structSequence(cls: number, values: readonly number[]): number {
  const t = allocateLayout(L.TUPLE, values.length, cls);
  values.forEach((v, i) => store(t + TUPLE.ITEMS + i, v));
  return t;
}

const FLAG_FIELDS = ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
  'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
  'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'] as const;

function addStructSequences(put: (name: string, v: number) => void): void {
  const versionInfo = structSequenceType('version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
  const version = structSequence(versionInfo, [small(VERSION[0]), small(VERSION[1]), small(VERSION[2]), intern('final'), small(0)]);
  put('version_info', version);
  const f = newFloat;
  put('float_info', structSequence(
    structSequenceType('float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']),
    [f(Number.MAX_VALUE), small(1024), small(308), f(2.2250738585072014e-308), small(-1021), small(-307), small(15), small(53), f(Number.EPSILON), small(2), small(1)]));
  put('int_info', structSequence(
    structSequenceType('int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']),
    [small(30), small(4), small(4300), small(640)]));
  put('hash_info', structSequence(
    structSequenceType('hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']),
    [small(64), intFromBigInt(2n ** 61n - 1n), small(314159), small(0), small(1000003), intern('siphash13'), small(64), small(128), small(0)]));
  put('flags', structSequence(structSequenceType('flags', FLAG_FIELDS),
    FLAG_FIELDS.map((n) => (n === 'dont_write_bytecode' ? small(1) : n === 'int_max_str_digits' ? small(-1) : small(0)))));
  put('implementation', implementation(version));
}

/** sys.implementation: a namespace object with CPython's repr style. */
function implementation(version: number): number {
  const ns = newDict();
  dictSet(ns, intern('__module__'), intern('types'));
  dictSet(ns, intern('__repr__'), defineNative('__repr__', (a) => {
    const d = loadObjDict(a[0]!);
    const keys = ['name', 'cache_tag', 'version', 'hexversion', '_multiarch'];
    return newStr(`namespace(${keys.map((k) => `${k}=${reprOf(dictGetStr(d, intern(k)))}`).join(', ')})`);
  }, NativeKind.METHOD, 'SimpleNamespace.__repr__'));
  const cls = newClass(T.type, intern('SimpleNamespace'), newTuple([T.object]), ns);
  const obj = allocateLayout(L.OBJECT, 0, cls);
  const d = newDict();
  store(obj + OBJ_DICT, d);
  dictSet(d, intern('name'), intern('pystm'));
  dictSet(d, intern('cache_tag'), K.None);
  dictSet(d, intern('version'), version);
  dictSet(d, intern('hexversion'), intFromNumber(0x030b07f0));
  dictSet(d, intern('_multiarch'), intern('x86_64-linux-gnu'));
  return obj;
}

// ---------------------------------------------------------------------------
// Frames (sys._getframe)

/** The `frame` class (built on first use, kept in sys's dict like any heap object). */
function frameType(): number {
  const cached = dictGetStr(load(K.sys + MODULE_DICT), intern('\0frame'));
  if (cached) return cached;
  const ns = newDict();
  dictSet(ns, intern('__module__'), intern('builtins'));
  dictSet(ns, intern('__repr__'), defineNative('__repr__', (a) => {
    const d = loadObjDict(a[0]!);
    const code = dictGetStr(d, intern('f_code'));
    return newStr(`<frame, file '${jsString(load(code + CODE.FILENAME))}', line ${reprOf(dictGetStr(d, intern('f_lineno')))}, code ${jsString(load(code + CODE.NAME))}>`);
  }, NativeKind.METHOD, 'frame.__repr__'));
  const cls = newClass(T.type, intern('frame'), newTuple([T.object]), ns);
  dictSet(load(K.sys + MODULE_DICT), intern('\0frame'), cls);
  return cls;
}

function frameLine(fp: number): number {
  const ci = codeInfo(load(fp + F_CODE));
  for (let at = load(fp + F_PC) - 1; at >= 0; at--) {
    const line = ci.positions[at * 4];
    if (line !== undefined && line >= 0) return line;
  }
  return load(ci.ref + CODE.FIRSTLINENO);
}

/** A function frame's locals as a new dict (cells unwrapped, unbound names left out). */
function frameLocals(fp: number): number {
  const explicit = load(fp + F_LOCALS);
  if (explicit) return explicit;
  const code = load(fp + F_CODE);
  const names = [CODE.VARNAMES, CODE.CELLVARS, CODE.FREEVARS].flatMap((k) => tupleItems(load(code + k)));
  const d = newDict();
  const seen = new Set<string>();
  names.forEach((n, i) => {
    let v = load(fp + FRAME_HEADER + i);
    if (v && !(v & 1) && typeOf(v) === T.cell) v = load(v + CELL_CONTENTS);
    const key = jsString(n);
    if (v && !seen.has(key)) { seen.add(key); dictSet(d, n, v); }
  });
  return d;
}

function frameObject(fp: number, back: number): number {
  const f = allocateLayout(L.OBJECT, 0, frameType());
  const d = newDict();
  store(f + OBJ_DICT, d);
  dictSet(d, intern('f_code'), load(fp + F_CODE));
  dictSet(d, intern('f_lineno'), small(frameLine(fp)));
  dictSet(d, intern('f_lasti'), small(Math.max(0, load(fp + F_PC) - 1) * 2));
  dictSet(d, intern('f_globals'), load(fp + F_GLOBALS));
  dictSet(d, intern('f_builtins'), K.builtinsDict);
  dictSet(d, intern('f_locals'), frameLocals(fp));
  dictSet(d, intern('f_back'), back || K.None);
  dictSet(d, intern('f_trace'), K.None);
  return f;
}

function getframe(a: number[]): number {
  const depth = a.length ? Number(toBigInt(intArg(a[0]!))) : 0;
  const chain: number[] = [];
  for (let fp = currentFrame(); fp; fp = load(fp + F_BACK)) chain.push(fp);
  if (depth >= chain.length) throw raise(T.ValueError, 'call stack is not deep enough');
  let back = 0;
  for (let i = chain.length - 1; i >= depth; i--) back = frameObject(chain[i]!, back);
  return back;
}

// ---------------------------------------------------------------------------
// Functions

function intArg(v: number): number {
  if (!isInt(v)) throw raise(T.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return v;
}

/** CPython 3.11's sizes on 64-bit Linux for the common types; other objects: 56. */
function sizeOf(v: number): number {
  const t = typeOf(v);
  if (t === T.int || t === T.bool) {
    const b = toBigInt(v);
    const digits = b === 0n ? (t === T.bool ? 1 : 0) : Math.ceil((b < 0n ? -b : b).toString(2).length / 30);
    return 24 + 4 * Math.max(digits, t === T.bool ? 1 : 0) + (b === 0n && t === T.int ? 4 : 0);
  }
  if (t === T.float) return 24;
  if (t === T.str) {
    const s = jsString(v);
    let max = 0;
    for (const ch of s) max = Math.max(max, ch.codePointAt(0)!);
    const n = strLen(v);
    return max < 128 ? 49 + n : max < 256 ? 73 + n : max < 65536 ? 74 + 2 * n : 76 + 4 * n;
  }
  if (t === T.bytes) return 33 + lengthOf(v);
  if (t === T.tuple) return 40 + 8 * lengthOf(v);
  if (t === T.list) { const n = listLen(v); return 56 + 8 * n; }
  if (t === T.dict) return dictSize(v);
  if (t === T.set || t === T.frozenset) { const n = lengthOf(v); return n <= 4 ? 216 : 216 + 32 * (2 ** Math.ceil(Math.log2(n * 5 / 3)) - 8); }
  if (t === T.NoneType) return 16;
  return 56;
}

/** A dict presized for its length: GC header + object + keys header + indices + entries (16 bytes each with str keys, else 24). */
function dictSize(d: number): number {
  const n = dictLen(d);
  if (n === 0) return 64;
  let size = 8;
  while (Math.floor((size * 2) / 3) < n) size *= 2;
  const entry = dictKeys(d).every((k) => typeOf(k) === T.str) ? 16 : 24;
  const index = size <= 128 ? 1 : size <= 0x8000 ? 2 : 4;
  return 16 + 48 + 32 + size * index + Math.floor((size * 2) / 3) * entry;
}

function handledTriple(): number {
  const h = ts.handled;
  return h ? newTuple([typeOf(h), h, load(h + EXC.TRACEBACK)]) : newTuple([K.None, K.None, K.None]);
}

function sysGet(name: string): number {
  return dictGetStr(load(K.sys + MODULE_DICT), intern(name));
}

const FUNCTIONS: Record<string, NativeFn> = {
  exit: (a) => { throw new PyRaise(systemExitHook.make(a.length ? a[0]! : K.None)); },
  getrecursionlimit: () => small(ts.limit),
  setrecursionlimit: (a) => {
    const n = Number(toBigInt(intArg(a[0]!)));
    if (n < 1) throw raise(T.ValueError, 'recursion limit must be greater or equal than 1');
    ts.limit = n;
    return K.None;
  },
  exc_info: () => handledTriple(),
  exception: () => ts.handled || K.None,
  intern: (a) => {
    if (typeOf(a[0]!) !== T.str) throw raise(T.TypeError, `intern() argument must be str, not ${typeNameOf(a[0]!)}`);
    return intern(jsString(a[0]!));
  },
  getdefaultencoding: () => intern('utf-8'),
  getfilesystemencoding: () => intern('utf-8'),
  getfilesystemencodeerrors: () => intern('surrogateescape'),
  getsizeof: (a) => intFromNumber(sizeOf(a[0]!)),
  getrefcount: () => small(2),
  _getframe: getframe,
  getswitchinterval: () => newFloat(0.005),
  setswitchinterval: () => K.None,
  gettrace: () => K.None,
  settrace: () => K.None,
  getprofile: () => K.None,
  setprofile: () => K.None,
  audit: () => K.None,
  get_int_max_str_digits: () => sysGet('\0int_max_str_digits'),
  set_int_max_str_digits: (a, kw) => {
    if (kw && (kw.length !== 1 || kw[0] !== 'maxdigits')) throw raise(T.TypeError, `set_int_max_str_digits() got an unexpected keyword argument '${kw.find((k) => k !== 'maxdigits')}'`);
    const n = Number(toBigInt(intArg(a[0]!)));
    if (n !== 0 && n < 640) throw raise(T.ValueError, 'maxdigits must be 0 or larger than 640');
    dictSet(load(K.sys + MODULE_DICT), intern('\0int_max_str_digits'), small(n));
    return K.None;
  },
  displayhook: (a) => {
    const v = a[0]!;
    if (v === K.None) return K.None;
    dictSet(K.builtinsDict, intern('_'), K.None);
    writeToStream('stdout', reprOf(v) + '\n');
    dictSet(K.builtinsDict, intern('_'), v);
    return K.None;
  },
  excepthook: (a) => {
    if (a.length !== 3) throw raise(T.TypeError, `excepthook expected 3 arguments, got ${a.length}`);
    writeToStream('stderr', formatException(a[1]!));
    return K.None;
  },
};

/**
 * Reports an uncaught exception as CPython's interpreter does at exit: through
 * a program's own `sys.excepthook` if it set one, else the traceback goes to
 * the current sys.stderr.
 */
export function reportUncaught(exc: number): void {
  const hook = sysGet('excepthook');
  if (hook && hook !== K.None && hook !== sysGet('__excepthook__')) {
    callObject(hook, [typeOf(exc), exc, load(exc + EXC.TRACEBACK)]);
    return;
  }
  writeToStream('stderr', formatException(exc));
}
