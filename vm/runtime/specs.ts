/**
 * The declarative tables of the core builtin types (object, type, int,
 * bool, float, str, NoneType, tuple, list, dict, set, range, function,
 * method, iterators, generator, module, BaseException). Bootstrap turns each
 * TypeSpec into the type's dict, in this order (which fixes native ids).
 * Types not listed here have no methods yet.
 */
import { atMostOneArgument } from './specs-containers.js';
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import {
  bool, EXC, FUNC, GEN, K, MODULE_DICT, NATIVE, PAIR, raise, RANGE, small, STR, T, TYPE, typeOf, PyRaise,
} from '../objects/core.js';
import type { NativeFn, TypeSpec } from '../objects/native.js';
import {
  callObject, CMP, compare, genericGetAttr, genericSetAttr, getIter, indexNumber, isTrue, iterNext,
  reprOf, richEq, strOf, toArray, typeNameOf, attributeError, contains, lengthOf, asNumber, instanceDictWord,
} from '../objects/protocol.js';
import { openForRead, openForWrite } from '../../stm/access.js';
import { formatTemplate, percentFormat as percentFormatText, specFormat } from './formatting.js';
import { intFromBigInt, intFromNumber, isInt, parseIntLiteral, toBigInt, intToFloat, newIntOfType, intHash } from '../objects/int.js';
import { floatValue, newFloat, floatHash } from '../objects/float.js';
import { intern, jsString, newStr, strLen, strHash } from '../objects/str.js';
import { newTuple, tupleItems, tupleLen, tupleItem } from '../objects/tuple.js';
import { listAppend, listGet, listInsert, listItems, listLen, listRemoveAt, listReplace, listSet, newList } from '../objects/list.js';
import { dictDelete, dictEntries, dictGet, dictKeys, dictLen, dictSet, newDict, dictCopy, dictClear } from '../objects/dict.js';
import { newSet, setAdd, setContains, setDiscard, setItems, setLen } from '../objects/set.js';
import { IterKind, iteratorNext, newIterator } from '../objects/iterators.js';
import { isSubtype, newClass, S, typeName, typeLookup, typeSlot, isType } from '../objects/type.js';
import { registerFinalizable } from './finalize.js';
import { newException } from '../objects/exceptions.js';
import { IntMaxStrDigitsError, reprBytes, reprFloat, reprInt, reprStr } from '../format/repr.js';
import { bufferOf } from '../objects/bytes.js';
import { genResume } from '../interp/generator.js';
import { genExit } from '../interp/loop.js';
import { objectDir } from '../interp/exec.js';
import * as nums from './specs-numbers.js';
import { STR_ARITY, STR_METHODS, STR_STATIC, strNew, formatMapHook } from './specs-str.js';
import { getItem, typeSetAttrHook, sideDict } from '../objects/protocol.js';
const getItemHook = { get: getItem };
formatMapHook.format = (s, m) => newStr(strFormat(jsString(s), [], null, m));

const str = (s: string) => newStr(s);
const NI = () => K.NotImplemented;

function objectRepr(a: number[]): number {
  const o = a[0]!;
  const t = typeOf(o);
  const mod = load(t + TYPE.MODULE);
  const m = mod && mod !== K.None && jsString(mod) !== 'builtins' ? jsString(mod) + '.' : '';
  return str(`<${m}${jsString(load(t + TYPE.QUALNAME))} object at 0x${(o * 4).toString(16).padStart(12, '0')}>`);
}

/** type.__new__'s argument checks (CPython's messages). */
export function checkTypeNewArgs(name: number, bases: number, ns: number): void {
  const isA = (v: number, t: number): boolean => !(v & 1) && (typeOf(v) === t || isSubtype(typeOf(v), t));
  if (!isA(name, T.str)) throw raise(T.TypeError, `type.__new__() argument 1 must be str, not ${typeNameOf(name)}`);
  if (!isA(bases, T.tuple)) throw raise(T.TypeError, `type.__new__() argument 2 must be tuple, not ${typeNameOf(bases)}`);
  if (!isA(ns, T.dict)) throw raise(T.TypeError, `type.__new__() argument 3 must be dict, not ${typeNameOf(ns)}`);
  for (const b of tupleItems(bases)) {
    if (!isType(b) && !isSubtype(typeOf(b), T.type)) {
      throw raise(T.TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
    }
  }
}

/** object.__new__(cls): allocates an instance with the class's layout. */
export function allocInstance(cls: number): number {
  const layout = load(cls + TYPE.LAYOUT);
  let obj: number;
  if (layout === L.OBJECT) obj = allocateLayout(L.OBJECT, 0, cls);
  else if (layout === L.EXCEPTION) obj = newException(cls, newTuple([]));
  else throw raise(T.TypeError, `cannot create '${typeName(cls)}' instances this way yet`);
  if (typeSlot(cls, S.__del__)) registerFinalizable(obj);
  return obj;
}

export const objectSpec: TypeSpec = {
  name: 'object', base: null, layout: L.OBJECT, subclassable: true,
  new: (a) => allocInstance(a[0]!),
  methods: {
    __init__: () => K.None,
    __dir__: (a) => objectDir(a[0]!),
    __repr__: objectRepr,
    __str__: (a) => callSlotRepr(a[0]!),
    __hash__: (a) => intFromNumber(a[0]! >> 3),
    __eq__: (a) => (a[0] === a[1] ? K.True : K.NotImplemented),
    __ne__: (a) => {
      // object.__ne__ inverts the type's own __eq__, passing NotImplemented through.
      const eq = typeSlot(typeOf(a[0]!), S.__eq__);
      const r = eq ? callObject(bindDescriptorHook.bind(eq, a[0]!, typeOf(a[0]!)), [a[1]!]) : K.NotImplemented;
      return r === K.NotImplemented ? r : bool(!isTrue(r));
    },
    __lt__: NI, __le__: NI, __gt__: NI, __ge__: NI,
    __getattribute__: (a) => {
      const v = genericGetAttr(a[0]!, a[1]!);
      if (!v) throw attributeError(a[0]!, a[1]!);
      return v;
    },
    __setattr__: (a) => (genericSetAttr(a[0]!, a[1]!, a[2]!), K.None),
    __delattr__: (a) => (genericSetAttr(a[0]!, a[1]!, 0), K.None),
    __format__: (a) => {
      if (strLen(a[1]!)) throw raise(T.TypeError, `unsupported format string passed to ${typeNameOf(a[0]!)}.__format__`);
      return str(strOf(a[0]!));
    },
  },
  getters: {
    __class__: (o) => typeOf(o),
  },
  accessors: {
    __dict__: [
      (o) => {
        const slot = typeOf(o) === T.object ? 0 : instanceDictWord(o, typeOf(o));
        if (!slot && !(o & 1) && (load(typeOf(o) + TYPE.FLAGS) & 9) === 9) return sideDict(o, true); // heap type with __dict__
        if (!slot) throw attributeError(o, intern('__dict__'));
        openForRead(o);
        let d = load(slot);
        if (!d) {
          openForWrite(o);
          d = load(slot);
          if (!d) { d = newDict(); store(slot, d); }
        }
        return d;
      },
      (o, v) => {
        // https://docs.python.org/3.11/reference/datamodel.html#object.__dict__ (assignable on instances)
        if (!isSubtype(typeOf(v), T.dict)) throw raise(T.TypeError, `__dict__ must be set to a dictionary, not a '${typeNameOf(v)}'`);
        const slot = typeOf(o) === T.object ? 0 : instanceDictWord(o, typeOf(o));
        if (!slot) throw attributeError(o, intern('__dict__'));
        openForWrite(o);
        // A dict is read in place of its instance (loadObjDict): lock the one leaving and the one arriving.
        const old = load(slot);
        if (old) openForWrite(old);
        openForWrite(v);
        store(slot, v);
      },
      (o) => {
        // `del obj.__dict__`: the next access starts a new, empty one.
        const slot = typeOf(o) === T.object ? 0 : instanceDictWord(o, typeOf(o));
        if (!slot) throw attributeError(o, intern('__dict__'));
        openForWrite(o);
        const old = load(slot);
        if (old) openForWrite(old);
        store(slot, 0);
      },
    ],
  },
};
function callSlotRepr(o: number): number {
  return str(reprOf(o));
}

export const typeSpec: TypeSpec = {
  name: 'type', layout: L.TYPE, subclassable: true,
  new: (a) => {
    if (a.length === 2) return typeOf(a[1]!);
    if (a.length !== 4) throw raise(T.TypeError, 'type() takes 1 or 3 arguments');
    return newClass(a[0]!, a[1]!, a[2]!, dictCopy(a[3]!));
  },
  methods: {
    __call__: (a, kw) => typeCallHook.call(a[0]!, a.slice(1), kw),
    __repr__: (a) => {
      const t = a[0]!;
      const mod = load(t + TYPE.MODULE);
      const m = mod && mod !== K.None && jsString(mod) !== 'builtins' ? jsString(mod) + '.' : '';
      return str(`<class '${m}${jsString(load(t + TYPE.QUALNAME))}'>`);
    },
    __getattribute__: (a) => typeGetAttr(a[0]!, a[1]!),
    __setattr__: (a) => (typeSetAttrHook.set(a[0]!, a[1]!, a[2]!), K.None),
    mro: (a) => newList(tupleItems(load(a[0]! + TYPE.MRO))),
    __subclasses__: (a) => newList(load(a[0]! + TYPE.SUBCLASSES) ? listItems(load(a[0]! + TYPE.SUBCLASSES)) : []),
  },
  getters: {
    __name__: (t) => load(t + TYPE.NAME),
    __qualname__: (t) => load(t + TYPE.QUALNAME),
    __bases__: (t) => load(t + TYPE.BASES),
    __base__: (t) => load(t + TYPE.BASE) || K.None,
    __mro__: (t) => load(t + TYPE.MRO),
    __dict__: (t) => load(t + TYPE.DICT),
    __module__: (t) => load(t + TYPE.MODULE) || K.None,
    __doc__: (t) => load(t + TYPE.DOC) || K.None,
  },
};
export const typeCallHook = { call: (_t: number, _a: number[], _kw: readonly string[] | null): number => 0 };

function typeGetAttr(t: number, name: number): number {
  const meta = typeOf(t);
  const md = typeLookup(meta, name);
  if (md && (md & 1) === 0 && load(md) === T.property) return callObject(load(md + PAIR.A), [t]);
  const v = typeLookup(t, name);
  if (v) {
    if ((v & 1) === 0) {
      const vt = load(v);
      if (vt === T.classmethod || vt === T.staticmethod) return bindDescriptorHook.bind(v, 0, t);
      if (vt === T.builtin_function_or_method && load(v + NATIVE.KIND) === 2) return bindDescriptorHook.bind(v, 0, t);
      if (vt === T.property || vt === T.function || vt === T.builtin_function_or_method) return v;
      const get = typeSlot(vt, S.__get__);
      if (get) return callObject(bindDescriptorHook.bind(get, v, vt), [K.None, t]);
    }
    return v;
  }
  if (md) return bindDescriptorHook.bind(md, t, meta);
  throw attributeError(t, name);
}
export const bindDescriptorHook = { bind: (_d: number, _o: number, _t: number): number => 0 };

// --- numbers ---------------------------------------------------------------

function intNew(a: number[], kw: readonly string[] | null): number {
  const cls = a[0]!;
  const nkw = kw ? kw.length : 0;
  if (a.length - 1 > 2) throw raise(T.TypeError, `int() takes at most 2 arguments (${a.length - 1} given)`);
  const pos = a.slice(1, a.length - nkw);
  let x = pos[0], base = pos[1];
  for (let i = 0; i < nkw; i++) {
    if (kw![i] === 'base' && base === undefined) base = a[a.length - nkw + i];
    else throw raise(T.TypeError, `'${kw![i]}' is an invalid keyword argument for int()`);
  }
  if (x === undefined && base !== undefined) throw raise(T.TypeError, "int() missing string argument");
  let r: number;
  if (x === undefined) r = small(0);
  else if (base !== undefined) {
    const b = indexNumber(base);
    if (b !== 0 && (b < 2 || b > 36)) throw raise(T.ValueError, 'int() base must be >= 2 and <= 36, or 0');
    if (typeOf(x) !== T.str && !isSubtype(typeOf(x), T.str) && !bufferOf(x)) throw raise(T.TypeError, "int() can't convert non-string with explicit base");
    r = parseIntStr(x, b);
  } else if (typeOf(x) === T.str || isSubtype(typeOf(x), T.str) || (!isInt(x) && bufferOf(x))) r = parseIntStr(x, 10);
  else if (isInt(x)) r = x === K.True ? small(1) : x === K.False ? small(0) : (x & 1) || typeOf(x) === T.int ? x : intFromBigInt(toBigInt(x));
  else if (typeOf(x) === T.float) {
    const f = floatValue(x);
    if (!isFinite(f)) throw raise(f !== f ? T.ValueError : T.OverflowError, f !== f ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    r = intFromBigInt(BigInt(Math.trunc(f)));
  } else {
    const s = typeSlot(typeOf(x), S.__int__) || typeSlot(typeOf(x), S.__index__);
    if (!s) throw raise(T.TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${typeNameOf(x)}'`);
    r = callObject(bindDescriptorHook.bind(s, x, typeOf(x)), []);
  }
  if (cls !== T.int) {
    if (!isInt(r)) throw raise(T.TypeError, `__int__ returned non-int (type ${typeNameOf(r)})`);
    return newIntOfType(toBigInt(r), cls);
  }
  return r;
}
/** float(x): from a str / bytes-like (Python's float syntax, underscores between digits), a number or __float__. */
function floatNew(a: number[]): number {
  atMostOneArgument('float', a.length - 1);
  const x = a[1];
  if (x === undefined) return newFloat(0);
  const buf = typeOf(x) === T.str || isSubtype(typeOf(x), T.str) ? null : bufferOf(x);
  if (buf || typeOf(x) === T.str || isSubtype(typeOf(x), T.str)) {
    const text = buf ? String.fromCharCode(...buf) : jsString(x);
    const v = parseFloatText(text);
    if (v === null) throw raise(T.ValueError, `could not convert string to float: ${buf ? reprBytesHook(buf) : reprStr(text)}`);
    return newFloat(v);
  }
  const n = asNumber(x);
  if (n !== null) return newFloat(n);
  const s = typeSlot(typeOf(x), S.__float__);
  if (s) {
    const r = callObject(bindDescriptorHook.bind(s, x, typeOf(x)), []);
    if (typeOf(r) !== T.float && !isSubtype(typeOf(r), T.float)) throw raise(T.TypeError, `${typeNameOf(x)}.__float__ returned non-float (type ${typeNameOf(r)})`);
    return r;
  }
  const ix = typeSlot(typeOf(x), S.__index__);
  if (ix) return newFloat(Number(toBigInt(callObject(bindDescriptorHook.bind(ix, x, typeOf(x)), []))));
  throw raise(T.TypeError, `float() argument must be a string or a real number, not '${typeNameOf(x)}'`);
}

/** Python's float() text syntax, or null. */
function parseFloatText(raw: string): number | null {
  const t = raw.replace(/^[\s]+|[\s]+$/g, '').toLowerCase();
  const special = /^([+-]?)(inf|infinity|nan)$/.exec(t);
  if (special) return special[2] === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  if (!/^[+-]?((\d(_?\d)*)?\.?(\d(_?\d)*)?)(e[+-]?\d(_?\d)*)?$/.test(t)) return null;
  const body = t.replace(/_/g, '');
  if (!/\d/.test(body.split('e')[0]!)) return null;
  const v = Number(body);
  return Number.isNaN(v) ? null : v;
}
const reprBytesHook = (b: Uint8Array): string => reprBytes(b);

function parseIntStr(x: number, base: number): number {
  const buf = typeOf(x) === T.str || isSubtype(typeOf(x), T.str) ? null : bufferOf(x);
  const text = buf ? String.fromCharCode(...buf) : jsString(x);
  if (buf) {
    const v = parseIntLiteral(text, base);
    if (v === null) throw raise(T.ValueError, `invalid literal for int() with base ${base}: ${reprBytesHook(buf)}`);
    return intFromBigInt(v);
  }
  const v = parseIntLiteral(text, base);
  if (v === null) throw raise(T.ValueError, `invalid literal for int() with base ${base}: ${reprStr(text)}`);
  return intFromBigInt(v);
}

function numBin(op: (x: number, y: number) => number): NativeFn {
  return (a) => opHook.number(op as never, a[0]!, a[1]!);
}
export const opHook = { number: (_op: never, _a: number, _b: number): number => 0, binary: (_o: number, _a: number, _b: number): number => 0 };
const binSlot = (op: number, reflected = false): NativeFn => (a) => {
  const r = numberOpHook.op(op, reflected ? a[1]! : a[0]!, reflected ? a[0]! : a[1]!);
  return r;
};
export const numberOpHook = { op: (_op: number, _a: number, _b: number): number => 0 };
void numBin;

const NUMBER_METHODS: Record<string, NativeFn> = {};
const OPS = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or'];
OPS.forEach((o, i) => {
  NUMBER_METHODS[`__${o}__`] = binSlot(i);
  NUMBER_METHODS[`__r${o}__`] = binSlot(i, true);
});

function cmpSlot(op: number): NativeFn {
  return (a) => {
    const x = a[0]!, y = a[1]!;
    if (asNumber(y) === null) return K.NotImplemented;
    const plain = (v: number): boolean => (v & 1) === 1 || load(v) === T.int || load(v) === T.float || load(v) === T.bool;
    if (plain(x) && plain(y)) return compare(x, y, op);
    // A subclass instance: compare by value (compare() would come back here).
    if (isInt(x) && isInt(y)) return cmpResult(op, toBigInt(x) < toBigInt(y) ? -1 : toBigInt(x) > toBigInt(y) ? 1 : 0);
    const fx = asNumber(x)!, fy = asNumber(y)!;
    if (fx !== fx || fy !== fy) return bool(op === CMP.NE);
    return cmpResult(op, fx < fy ? -1 : fx > fy ? 1 : 0);
  };
}
function cmpResult(op: number, c: number): number {
  switch (op) {
    case CMP.LT: return bool(c < 0);
    case CMP.LE: return bool(c <= 0);
    case CMP.EQ: return bool(c === 0);
    case CMP.NE: return bool(c !== 0);
    case CMP.GT: return bool(c > 0);
    default: return bool(c >= 0);
  }
}
const CMP_METHODS: Record<string, NativeFn> = {
  __lt__: cmpSlot(CMP.LT), __le__: cmpSlot(CMP.LE), __eq__: cmpSlot(CMP.EQ), __ne__: cmpSlot(CMP.NE),
  __gt__: cmpSlot(CMP.GT), __ge__: cmpSlot(CMP.GE),
};

function intSpecSelf(v: number): number {
  return v === K.True ? small(1) : v === K.False ? small(0) : v;
}

export const intSpec: TypeSpec = {
  name: 'int', layout: L.BIGINT, subclassable: true, new: intNew,
  arity: { conjugate: '', bit_length: '', ...nums.INT_EXTRA_ARITY },
  getters: { real: intSpecSelf, imag: () => small(0), numerator: intSpecSelf, denominator: () => small(1) },
  classmethods: nums.INT_EXTRA_CLASSMETHODS,
  methods: {
    ...NUMBER_METHODS, ...CMP_METHODS, ...nums.INT_EXTRA_METHODS,
    __repr__: (a) => str(intRepr(a[0]!)),
    __hash__: (a) => intFromNumber(intHash(a[0]!)),
    __bool__: (a) => bool(toBigInt(a[0]!) !== 0n),
    __index__: (a) => a[0]!,
    __int__: (a) => a[0]!,
    __float__: (a) => newFloat(intToFloat(a[0]!)),
    __neg__: (a) => intFromBigInt(-toBigInt(a[0]!)),
    __pos__: (a) => a[0]!,
    __abs__: (a) => { const b = toBigInt(a[0]!); return intFromBigInt(b < 0n ? -b : b); },
    __invert__: (a) => intFromBigInt(~toBigInt(a[0]!)),
    __format__: (a) => (strLen(a[1]!) ? str(specFormat.int(a[0]!, jsString(a[1]!), typeNameOf(a[0]!))) : str(strOf(a[0]!))),
    conjugate: (a) => intSpecSelf(a[0]!),
    bit_length: (a) => { const b = toBigInt(a[0]!); return intFromNumber(b === 0n ? 0 : (b < 0n ? -b : b).toString(2).length); },
  },
};
/** sys.get_int_max_str_digits(), set by vm/modules/sys.ts (0: no limit). */
export const intMaxStrDigitsHook = { get: (): number => 4300 };
function intRepr(v: number): string {
  if (v === K.True) return 'True';
  if (v === K.False) return 'False';
  // Only the digit limit's error becomes ValueError: the limit's lookup reads the sys module's
  // dict, whose read barrier may abort a transaction (stm/), and that must reach the scheduler.
  try {
    return reprInt(toBigInt(v), intMaxStrDigitsHook.get());
  } catch (e) {
    if (e instanceof IntMaxStrDigitsError) throw raise(T.ValueError, e.message);
    throw e;
  }
}

export const boolSpec: TypeSpec = {
  name: 'bool', base: 'int', layout: L.BIGINT,
  new: (a) => (atMostOneArgument('bool', a.length - 1), bool(a.length > 1 && isTrue(a[1]!))),
  methods: { __repr__: (a) => str(a[0] === K.True ? 'True' : 'False') },
};

export const floatSpec: TypeSpec = {
  name: 'float', layout: L.FLOAT, subclassable: true,
  arity: { conjugate: '', is_integer: '', ...nums.FLOAT_EXTRA_ARITY },
  getters: { real: (v) => v, imag: () => newFloat(0) },
  classmethods: nums.FLOAT_EXTRA_CLASSMETHODS,
  new: (a) => {
    const r = floatNew(a);
    if (a[0] === T.float) return r;
    const sub = newFloat(floatValue(r));
    store(sub, a[0]!);
    return sub;
  },
  methods: {
    ...NUMBER_METHODS, ...CMP_METHODS, ...nums.FLOAT_EXTRA_METHODS,
    __repr__: (a) => str(reprFloat(floatValue(a[0]!))),
    __hash__: (a) => intFromNumber(floatHash(floatValue(a[0]!))),
    __bool__: (a) => bool(floatValue(a[0]!) !== 0),
    __neg__: (a) => newFloat(-floatValue(a[0]!)),
    __pos__: (a) => a[0]!,
    __abs__: (a) => newFloat(Math.abs(floatValue(a[0]!))),
    __int__: (a) => intFromBigInt(BigInt(Math.trunc(floatValue(a[0]!)))),
    __float__: (a) => a[0]!,
    __format__: (a) => (strLen(a[1]!) ? str(specFormat.float(floatValue(a[0]!), jsString(a[1]!), typeNameOf(a[0]!))) : str(strOf(a[0]!))),
    conjugate: (a) => a[0]!,
    is_integer: (a) => bool(Number.isInteger(floatValue(a[0]!))),
  },
};

/** A subset of the format-spec mini-language: [[fill]align][sign][0][width][,][.precision][type]. */
function parseSpec(spec: string) {
  const m = /^(?:(.)?([<>^=]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s.exec(spec);
  if (!m) throw raise(T.ValueError, 'Invalid format specifier');
  return { fill: m[1] ?? (m[5] && !m[2] ? '0' : ' '), align: m[2] ?? (m[5] ? '=' : ''), sign: m[3] ?? '-', width: m[6] ? +m[6] : 0, comma: m[7] ?? '', precision: m[8] !== undefined ? +m[8] : -1, type: m[9] ?? '' };
}
function pad(body: string, sign: string, p: ReturnType<typeof parseSpec>, defaultAlign: string): string {
  const align = p.align || defaultAlign;
  const len = sign.length + body.length;
  if (len >= p.width) return sign + body;
  const fill = p.fill.repeat(p.width - len);
  if (align === '<') return sign + body + fill;
  if (align === '^') { const h = (p.width - len) >> 1; return p.fill.repeat(h) + sign + body + p.fill.repeat(p.width - len - h); }
  if (align === '=') return sign + fill + body;
  return fill + sign + body;
}
function group(digits: string, sep: string): string {
  if (!sep) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
function formatInt(v: bigint, spec: string): string {
  if (spec === '') return v.toString();
  const p = parseSpec(spec);
  if ('eEfFgG%'.includes(p.type) && p.type) return formatFloat(Number(v), spec);
  const neg = v < 0n;
  const mag = neg ? -v : v;
  const radix = p.type === 'x' || p.type === 'X' ? 16 : p.type === 'o' ? 8 : p.type === 'b' ? 2 : 10;
  let body = p.type === 'c' ? String.fromCodePoint(Number(v)) : mag.toString(radix);
  if (p.type === 'X') body = body.toUpperCase();
  body = group(body, p.comma);
  const sign = neg ? '-' : p.sign === '+' ? '+' : p.sign === ' ' ? ' ' : '';
  return pad(body, sign, p, '>');
}
function formatFloat(x: number, spec: string): string {
  if (spec === '') return reprFloat(x);
  const p = parseSpec(spec);
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let body: string;
  const prec = p.precision < 0 ? 6 : p.precision;
  if (!isFinite(a)) body = a !== a ? 'nan' : 'inf';
  else switch (p.type) {
    case 'f': case 'F': body = group(a.toFixed(prec), p.comma); break;
    case 'e': case 'E': body = a.toExponential(prec).replace(/e([+-])(\d)$/, 'e$10$2'); if (p.type === 'E') body = body.toUpperCase(); break;
    case '%': body = (a * 100).toFixed(prec) + '%'; break;
    case 'g': case 'G': case '': {
      if (p.type === '' && p.precision < 0) { body = reprFloat(a); break; }
      const P = prec === 0 ? 1 : prec;
      const exp = a === 0 ? 0 : Math.floor(Math.log10(Number(a.toPrecision(P))));
      if (exp >= -4 && exp < P) {
        body = a.toFixed(Math.max(0, P - 1 - exp));
        if (!spec.includes('#')) body = body.includes('.') ? body.replace(/\.?0+$/, '') : body;
        if (p.type === '' && !body.includes('.')) body += '.0';
      } else {
        body = a.toExponential(P - 1).replace(/\.?0+e/, 'e').replace(/e([+-])(\d)$/, 'e$10$2');
      }
      break;
    }
    default: throw raise(T.ValueError, `Unknown format code '${p.type}' for object of type 'float'`);
  }
  const sign = neg ? '-' : p.sign === '+' ? '+' : p.sign === ' ' ? ' ' : '';
  return pad(body, sign, p, '>');
}

// --- str -------------------------------------------------------------------

function s0(a: number[]): string {
  return jsString(a[0]!);
}
function cpIndex(s: string, i: number, noPairs = false): number {
  if (noPairs) {
    // One code unit per code point: index directly; one-char latin-1 results
    // are shared (interned), as CPython shares them.
    const n = s.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw raise(T.IndexError, 'string index out of range');
    return s.charCodeAt(i) < 256 ? intern(s[i]!) : newStr(s[i]!);
  }
  const cps = Array.from(s);
  const n = cps.length;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(T.IndexError, 'string index out of range');
  return newStr(cps[i]!) ;
}
/** str.splitlines: CPython's line boundaries (\n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029). */
function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let start = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(s.slice(start, keepends ? m.index + m[0].length : m.index));
    start = m.index + m[0].length;
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

/** str comparison by code points, for str and its subclasses (NotImplemented for other types). */
function strCmp(test: (c: number) => boolean): NativeFn {
  return (a) => {
    const o = a[1]!;
    if (o & 1 || (typeOf(o) !== T.str && !isSubtype(typeOf(o), T.str))) return K.NotImplemented;
    const x = jsString(a[0]!), y = jsString(o);
    if (x === y) return bool(test(0));
    let i = 0;
    while (i < x.length && i < y.length && x.charCodeAt(i) === y.charCodeAt(i)) i++;
    if (i === x.length || i === y.length) return bool(test(x.length - y.length));
    return bool(test((x.codePointAt(i)! > y.codePointAt(i)! ? 1 : -1)));
  };
}

export const strSpec: TypeSpec = {
  name: 'str', layout: L.STR, subclassable: true,
  arity: { join: 'O', split: 'kw:0:sep,maxsplit', strip: '=0-1', lstrip: '=0-1', rstrip: '=0-1', upper: '', lower: '', startswith: '1-3', endswith: '1-3', find: '1-3', index: '1-3', count: '1-3', replace: '=2-3', isdigit: '', isalpha: '', isspace: '', isupper: '', islower: '', capitalize: '', title: '', center: '=1-2', ljust: '=1-2', rjust: '=1-2', zfill: 'O', splitlines: 'kw:0:keepends', encode: 'kw:0:encoding,errors' , ...STR_ARITY },
  new: strNew,
  staticmethods: STR_STATIC,
  methods: {
    __repr__: (a) => str(reprStr(s0(a))),
    __str__: (a) => (typeOf(a[0]!) === T.str ? a[0]! : str(s0(a))),
    __hash__: (a) => intFromNumber(strHash(a[0]!)),
    __len__: (a) => intFromNumber(strLen(a[0]!)),
    __eq__: strCmp((c) => c === 0),
    __ne__: strCmp((c) => c !== 0),
    __lt__: strCmp((c) => c < 0),
    __le__: strCmp((c) => c <= 0),
    __gt__: strCmp((c) => c > 0),
    __ge__: strCmp((c) => c >= 0),
    __add__: (a) => (typeOf(a[1]!) === T.str ? str(s0(a) + jsString(a[1]!)) : K.NotImplemented),
    __mul__: (a) => (isInt(a[1]!) ? str(s0(a).repeat(Math.max(0, indexNumber(a[1]!)))) : K.NotImplemented),
    __rmul__: (a) => (isInt(a[1]!) ? str(s0(a).repeat(Math.max(0, indexNumber(a[1]!)))) : K.NotImplemented),
    __mod__: (a) => str(percentFormatText(s0(a), a[1]!)),
    __contains__: (a) => {
      if (typeOf(a[1]!) !== T.str) throw raise(T.TypeError, `'in <string>' requires string as left operand, not ${typeNameOf(a[1]!)}`);
      return bool(s0(a).includes(jsString(a[1]!)));
    },
    __getitem__: (a) => {
      const k = a[1]!;
      if (typeOf(k) === T.slice) return str(sliceHook.apply(Array.from(s0(a)), k).join(''));
      const noPairs = load(a[0]!) === T.str && load(a[0]! + STR.CPLEN) === load(a[0]! + STR.LEN);
      return cpIndex(s0(a), indexNumber(k, `string indices must be integers, not '${typeNameOf(k)}'`), noPairs);
    },
    __iter__: (a) => newIterator(T.str_ascii_iterator, IterKind.STR, a[0]!),
    __format__: (a) => (strLen(a[1]!) ? str(specFormat.str(s0(a), jsString(a[1]!))) : typeOf(a[0]!) === T.str ? a[0]! : str(strOf(a[0]!))),
    join: (a) => str(toArray(a[1]!).map((x, i) => {
      if (typeOf(x) !== T.str) throw raise(T.TypeError, `sequence item ${i}: expected str instance, ${typeNameOf(x)} found`);
      return jsString(x);
    }).join(s0(a))),
    split: (a, kw) => {
      const s = s0(a);
      const sep = a.length > 1 && a[1] !== K.None && !kw ? jsString(a[1]!) : null;
      if (sep === null) return newList(s.split(/\s+/).filter((x) => x !== '').map(str));
      if (sep === '') throw raise(T.ValueError, 'empty separator');
      return newList(s.split(sep).map(str));
    },
    strip: (a) => str(a.length > 1 && a[1] !== K.None ? stripChars(s0(a), jsString(a[1]!), 3) : s0(a).trim()),
    lstrip: (a) => str(a.length > 1 && a[1] !== K.None ? stripChars(s0(a), jsString(a[1]!), 1) : s0(a).trimStart()),
    rstrip: (a) => str(a.length > 1 && a[1] !== K.None ? stripChars(s0(a), jsString(a[1]!), 2) : s0(a).trimEnd()),
    upper: (a) => str(s0(a).toUpperCase()),
    lower: (a) => str(s0(a).toLowerCase()),
    startswith: (a) => bool(prefixTest(a, (s, p) => s.startsWith(p))),
    endswith: (a) => bool(prefixTest(a, (s, p) => s.endsWith(p))),
    find: (a) => intFromNumber(s0(a).indexOf(jsString(a[1]!))),
    index: (a) => {
      const i = s0(a).indexOf(jsString(a[1]!));
      if (i < 0) throw raise(T.ValueError, 'substring not found');
      return intFromNumber(i);
    },
    count: (a) => intFromNumber(s0(a).split(jsString(a[1]!)).length - 1),
    replace: (a) => str(s0(a).split(jsString(a[1]!)).join(jsString(a[2]!))),
    isdigit: (a) => bool(/^[0-9]+$/.test(s0(a))),
    isalpha: (a) => bool(/^\p{L}+$/u.test(s0(a))),
    isspace: (a) => bool(/^\s+$/.test(s0(a))),
    isupper: (a) => bool(s0(a) !== s0(a).toLowerCase() && s0(a) === s0(a).toUpperCase()),
    islower: (a) => bool(s0(a) !== s0(a).toUpperCase() && s0(a) === s0(a).toLowerCase()),
    capitalize: (a) => { const s = s0(a); return str(s.slice(0, 1).toUpperCase() + s.slice(1).toLowerCase()); },
    title: (a) => str(s0(a).toLowerCase().replace(/(^|[^\p{L}])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase())),
    center: (a) => { const p = parseSpec(`${a[2] ? jsString(a[2]) : ' '}^${indexNumber(a[1]!)}`); return str(pad(s0(a), '', p, '^')); },
    ljust: (a) => str(s0(a).padEnd(indexNumber(a[1]!), a[2] ? jsString(a[2]) : ' ')),
    rjust: (a) => str(s0(a).padStart(indexNumber(a[1]!), a[2] ? jsString(a[2]) : ' ')),
    zfill: (a) => { const s = s0(a), w = indexNumber(a[1]!); const sign = s[0] === '-' || s[0] === '+' ? s[0] : ''; return str(sign + s.slice(sign.length).padStart(w - sign.length, '0')); },
    format: (a, kw) => str(formatTemplate(s0(a), a.slice(1, a.length - (kw ? kw.length : 0)), new Map((kw ?? []).map((k, i) => [k, a[a.length - (kw ? kw.length : 0) + i]!])))),
    splitlines: (a) => newList(splitLines(s0(a), a.length > 1 && isTrue(a[1]!)).map(str)),
    ...STR_METHODS,
  },
};
function stripChars(s: string, chars: string, mode: number): string {
  let i = 0, j = s.length;
  if (mode & 1) while (i < j && chars.includes(s[i]!)) i++;
  if (mode & 2) while (j > i && chars.includes(s[j - 1]!)) j--;
  return s.slice(i, j);
}
function prefixTest(a: number[], test: (s: string, p: string) => boolean): boolean {
  const s = s0(a), p = a[1]!;
  if (typeOf(p) === T.tuple) return tupleItems(p).some((x) => test(s, jsString(x)));
  return test(s, jsString(p));
}
export const sliceHook = { apply: <X>(_items: X[], _slice: number): X[] => [] };

function strFormat(fmt: string, args: number[], kw: readonly string[] | null, mapping = 0): string {
  const nkw = kw ? kw.length : 0;
  const pos = args.slice(0, args.length - nkw);
  let auto = 0;
  return fmt.replace(/\{\{|\}\}|\{([^{}!:]*)(?:!([rsa]))?(?::([^{}]*))?\}/g, (m, field: string, conv: string, spec: string) => {
    if (m === '{{') return '{';
    if (m === '}}') return '}';
    let v: number;
    const [head, ...attrs] = field.split('.');
    if (head === '') v = pos[auto++]!;
    else if (/^\d+$/.test(head!)) v = pos[+head!]!;
    else if (mapping) v = getItemHook.get(mapping, newStr(head!));
    else {
      const i = kw ? kw.indexOf(head!) : -1;
      if (i < 0) throw raise(T.KeyError, `'${head}'`);
      v = args[args.length - nkw + i]!;
    }
    if (v === undefined) throw raise(T.IndexError, `Replacement index ${auto - 1} out of range for positional args tuple`);
    for (const at of attrs) v = callObject(intern('__getattribute__') && getattrHook.get, [v, intern(at)]);
    if (conv === 'r' || conv === 'a') v = newStr(reprOf(v));
    else if (conv === 's') v = newStr(strOf(v));
    const f = typeSlot(typeOf(v), S.__format__);
    return jsString(callObject(bindDescriptorHook.bind(f, v, typeOf(v)), [newStr(spec ?? '')]));
  });
}
export const getattrHook = { get: 0 };


export { formatInt, formatFloat, listGet, listSet, listInsert, listRemoveAt, listReplace, listAppend, listLen, dictDelete, dictEntries, dictGet, dictKeys, dictLen, dictSet, newDict, dictClear, newSet, setAdd, setContains, setDiscard, setItems, setLen, iteratorNext, genResume, genExit, getIter, iterNext, richEq, contains, lengthOf, EXC, FUNC, GEN, MODULE_DICT, RANGE, PyRaise, tupleLen, tupleItem, isSubtype, isType, dictCopy, store, newException, NI };
