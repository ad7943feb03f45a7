/**
 * The builtins module's functions (https://docs.python.org/3.11/library/functions.html).
 * Declared as one table, `BUILTIN_FUNCTIONS`, registered in this order at
 * bootstrap. Types that double as builtins (int, list, range, ...) are
 * added to the module by bootstrap from the type table.
 */
import { bool, CODE, K, PAIR, PyRaise, raise, small, T, typeOf, FUNC } from '../objects/core.js';
import { withoutKeywords, type NativeFn } from '../objects/native.js';
import {
  binaryOp, BIN, callObject, CMP, compare, getAttrOrZero, getIter, indexOf, isCallable, isTrue, iterNext,
  lengthOf, reprOf, setAttr, toArray, typeNameOf, getAttr, isTypeObject, unaryOp, asNumber, callSlot,
} from '../objects/protocol.js';
import { intFromBigInt, intFromNumber, intHashBig, isInt, toBigInt } from '../objects/int.js';
import { floatHashBig, floatValue, newFloat } from '../objects/float.js';
import { complexHashBig, complexImag, complexReal } from '../objects/complex.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { newList, listItems } from '../objects/list.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { isSubtype, S, typeSlot, typeName, typeLookup } from '../objects/type.js';
import { importHook } from '../interp/support.js';
import { sortValues } from './specs-containers.js';
import { reprStr } from '../format/repr.js';
import { typeFlags, TF } from '../objects/type.js';
import { pyHash } from '../objects/hash.js';
import { bufferOf } from '../objects/bytes.js';
import { builtinCompile, builtinDir, builtinEval, builtinExec, builtinGlobals, builtinLocals, builtinVars } from '../interp/exec.js';
import { input as ioInput, open as ioOpen, print as ioPrint } from './builtins-io.js';

function kw(a: number[], names: readonly string[] | null, name: string): number {
  if (!names) return 0;
  const i = names.indexOf(name);
  return i < 0 ? 0 : a[a.length - names.length + i]!;
}
function positional(a: number[], names: readonly string[] | null): number[] {
  return names ? a.slice(0, a.length - names.length) : a;
}
/** An attribute name argument: a str (interned), else CPython's TypeError. */
function attrName(v: number): number {
  if (v & 1 || (typeOf(v) !== T.str && !isSubtype(typeOf(v), T.str))) throw raise(T.TypeError, `attribute name must be string, not '${typeNameOf(v)}'`);
  return intern(jsString(v));
}

/** Argument Clinic's positional-only count check: "isinstance expected 2 arguments, got 1". */
function expected(fname: string, a: number[], n: number): void {
  if (a.length !== n) throw raise(T.TypeError, `${fname} expected ${n} argument${n === 1 ? '' : 's'}, got ${a.length}`);
}
function exactly(fname: string, a: number[], n: number): void {
  if (a.length !== n) throw raise(T.TypeError, `${fname}() takes exactly ${n === 1 ? 'one argument' : n + ' arguments'} (${a.length} given)`);
}

export const stdStreams = { stdout: 0, stderr: 0 };

/** b**-1 mod m (m > 0), or ValueError "base is not invertible for the given modulus". */
function modInverse(b: bigint, m: bigint): bigint {
  let [r0, r1] = [((b % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw raise(T.ValueError, 'base is not invertible for the given modulus');
  return ((s0 % m) + m) % m;
}

function minmax(fname: string, op: number): NativeFn {
  return (a, names) => {
    for (const n of names ?? []) if (n !== 'key' && n !== 'default') throw raise(T.TypeError, `'${n}' is an invalid keyword argument for ${fname}()`);
    if (names && names.includes('default') && a.length - names.length > 1) throw raise(T.TypeError, `Cannot specify a default for ${fname}() with multiple positional arguments`);
    const args = positional(a, names);
    const key = kw(a, names, 'key'), dflt = kw(a, names, 'default');
    if (args.length === 0) throw raise(T.TypeError, `${fname} expected at least 1 argument, got 0`);
    const items = args.length === 1 ? toArray(args[0]!) : args;
    if (items.length === 0) {
      if (dflt) return dflt;
      throw raise(T.ValueError, `${fname}() arg is an empty sequence`);
    }
    let best = items[0]!, bestKey = key && key !== K.None ? callObject(key, [best]) : best;
    for (let i = 1; i < items.length; i++) {
      const k = key && key !== K.None ? callObject(key, [items[i]!]) : items[i]!;
      if (isTrue(compare(k, bestKey, op))) { best = items[i]!; bestKey = k; }
    }
    return best;
  };
}

// PyObject_IsInstance / PyObject_IsSubclass: __instancecheck__ / __subclasscheck__
// on the type of `cls` are asked first, whether or not `cls` is a class.
function isinstance(v: number, cls: number): boolean {
  if (typeOf(v) === cls) return true;
  if (typeOf(cls) === T.tuple) return tupleItems(cls).some((c) => isinstance(v, c));
  const hook = typeOf(cls) === T.type ? 0 : typeSlot(typeOf(cls), S.__instancecheck__);
  if (hook) return isTrue(callSlot(hook, cls, [v]));
  if (!isTypeObject(cls)) throw raise(T.TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  if (isSubtype(typeOf(v), cls)) return true;
  // As CPython: an object may claim another class through __class__ (a proxy does).
  const c = claimedClass(v);
  return c !== 0 && isSubtype(c, cls);
}

/** `v.__class__` if v's type may answer it otherwise than object does and it names another class, else 0. */
function claimedClass(v: number): number {
  const t = typeOf(v);
  const name = intern('__class__');
  const plain = typeLookup(t, name) === typeLookup(T.object, name) && typeSlot(t, S.__getattribute__) === typeSlot(T.object, S.__getattribute__);
  if (plain) return 0;
  const c = getAttrOrZero(v, name);
  return c !== 0 && c !== t && isTypeObject(c) ? c : 0;
}
function issubclass(c: number, cls: number): boolean {
  if (typeOf(cls) === T.tuple) return tupleItems(cls).some((x) => issubclass(c, x));
  const hook = typeOf(cls) === T.type ? 0 : typeSlot(typeOf(cls), S.__subclasscheck__);
  if (hook) return isTrue(callSlot(hook, cls, [c]));
  if (!isTypeObject(c)) throw raise(T.TypeError, 'issubclass() arg 1 must be a class');
  if (!isTypeObject(cls)) throw raise(T.TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return isSubtype(c, cls);
}

/** round(x, nd) for a float, correctly rounded half-even on the exact binary value (as CPython). */
function roundHalfEven(x: number, nd: number): number {
  if (!isFinite(x) || x === 0) return x;
  if (nd > 330) return x;
  if (nd < -330) return 0 * x;
  // x = mant * 2^exp exactly.
  let mant = x, exp = 0;
  while (!Number.isInteger(mant)) { mant *= 2; exp--; }
  let num = BigInt(mant), den = 1n;
  if (exp < 0) den = 1n << BigInt(-exp);
  if (nd >= 0) num *= 10n ** BigInt(nd);
  else den *= 10n ** BigInt(-nd);
  const neg = num < 0n;
  if (neg) num = -num;
  let q = num / den;
  const r2 = 2n * (num % den);
  if (r2 > den || (r2 === den && q % 2n === 1n)) q += 1n;
  const text = `${neg ? '-' : ''}${q}e${-nd}`;
  const result = Number(text);
  return result === 0 && neg ? -0 : result;
}

/** Signatures checked before the call (`withArity` notation, vm/objects/native.ts); the other builtins check their own. */
export const BUILTIN_ARITY: Readonly<Record<string, string>> = {
  round: 'kw:1:number,ndigits', pow: 'kw:2:base,exp,mod', next: '=1-2',
  hex: 'O', oct: 'O', bin: 'O', callable: 'O', __import__: 'kw:1:name,globals,locals,fromlist,level', eval: '=1-3',
};

export const BUILTIN_FUNCTIONS: Record<string, NativeFn> = {
  print: ioPrint,
  len: (a) => (exactly('len', a, 1), intFromNumber(lengthOf(a[0]!))),
  repr: (a) => (exactly('repr', a, 1), newStr(reprOf(a[0]!))),
  ascii: (a) => newStr(reprOf(a[0]!).replace(/[^\x00-\x7f]/gu, (c) => {
    const cp = c.codePointAt(0)!;
    return cp < 0x100 ? '\\x' + cp.toString(16).padStart(2, '0') : cp < 0x10000 ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
  })),
  isinstance: (a) => (expected('isinstance', a, 2), bool(isinstance(a[0]!, a[1]!))),
  issubclass: (a) => (expected('issubclass', a, 2), bool(issubclass(a[0]!, a[1]!))),
  abs: (a) => {
    exactly('abs', a, 1);
    const s = typeSlot(typeOf(a[0]!), S.__abs__);
    if (!s) throw raise(T.TypeError, `bad operand type for abs(): '${typeNameOf(a[0]!)}'`);
    return callSlot(s, a[0]!, []);
  },
  sum: (a, names) => {
    const args = positional(a, names);
    if (args.length === 0) throw raise(T.TypeError, 'sum() takes at least 1 positional argument (0 given)');
    let acc = args.length > 1 ? args[1]! : kw(a, names, 'start') || small(0);
    if (typeOf(acc) === T.str) throw raise(T.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (typeOf(acc) === T.bytes) throw raise(T.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (typeOf(acc) === T.bytearray) throw raise(T.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    const it = getIter(args[0]!);
    for (let x = iterNext(it); x !== 0; x = iterNext(it)) {
      if (acc & x & 1) { const r = (acc >> 1) + (x >> 1); acc = intFromNumber(r); } else acc = binaryOp(BIN.ADD, acc, x);
    }
    return acc;
  },
  min: minmax('min', CMP.LT),
  max: minmax('max', CMP.GT),
  sorted: (a, names) => {
    for (const k of names ?? []) if (k !== 'key' && k !== 'reverse') throw raise(T.TypeError, `'${k}' is an invalid keyword argument for sort()`);
    const args = positional(a, names);
    if (args.length !== 1) throw raise(T.TypeError, `sorted expected 1 argument, got ${args.length}`);
    const rev = kw(a, names, 'reverse');
    return newList(sortValues(toArray(args[0]!), kw(a, names, 'key'), rev !== 0 && indexOf(rev) !== 0n));
  },
  iter: (a) => {
    if (a.length > 2 || a.length === 0) throw raise(T.TypeError, a.length ? `iter expected at most 2 arguments, got ${a.length}` : 'iter expected at least 1 argument, got 0');
    if (a.length === 2) {
      if (!isCallable(a[0]!)) throw raise(T.TypeError, 'iter(v, w): v must be callable');
      return callableIterHook.make(a[0]!, a[1]!);
    }
    return getIter(a[0]!);
  },
  next: (a) => {
    const it = a[0]!;
    const s = typeSlot(typeOf(it), S.__next__);
    if (!s) throw raise(T.TypeError, `'${typeNameOf(it)}' object is not an iterator`);
    if (a.length > 1) {
      const v = iterNext(it);
      return v === 0 ? a[1]! : v;
    }
    return callSlot(s, it, []);
  },
  hasattr: (a) => {
    exactly('hasattr', a, 2);
    if (typeOf(a[1]!) !== T.str) throw raise(T.TypeError, 'attribute name must be string');
    return bool(getAttrOrZero(a[0]!, intern(jsString(a[1]!))) !== 0);
  },
  getattr: (a) => {
    if (a.length < 2) throw raise(T.TypeError, `getattr expected at least 2 arguments, got ${a.length}`);
    if (a.length > 3) throw raise(T.TypeError, `getattr expected at most 3 arguments, got ${a.length}`);
    const name = attrName(a[1]!);
    if (a.length === 2) return getAttr(a[0]!, name);
    const v = getAttrOrZero(a[0]!, name);
    return v || a[2]!;
  },
  setattr: (a) => (expected('setattr', a, 3), setAttr(a[0]!, attrName(a[1]!), a[2]!), K.None),
  delattr: (a) => (expected('delattr', a, 2), setAttr(a[0]!, attrName(a[1]!), 0), K.None),
  id: (a) => intFromNumber(a[0]! & 1 ? 9000000 + (a[0]! >> 1) : a[0]! * 4),
  hash: (a) => {
    exactly('hash', a, 1);
    const v = a[0]!;
    if (isInt(v) && (typeOf(v) === T.int || typeOf(v) === T.bool)) return intFromBigInt(intHashBig(toBigInt(v)));
    if (typeOf(v) === T.float) return intFromBigInt(floatHashBig(floatValue(v)));
    if (typeOf(v) === T.complex) return intFromBigInt(complexHashBig(complexReal(v), complexImag(v)));
    return intFromBigInt(pyHash(v));
  },
  callable: (a) => (exactly('callable', a, 1), bool(isCallable(a[0]!))),
  chr: (a) => {
    exactly('chr', a, 1);
    const n = Number(indexOf(a[0]!));
    if (n < 0 || n > 0x10ffff) throw raise(T.ValueError, 'chr() arg not in range(0x110000)');
    return n < 256 ? intern(String.fromCharCode(n)) : newStr(String.fromCodePoint(n));
  },
  ord: (a) => {
    exactly('ord', a, 1);
    const buf = typeOf(a[0]!) === T.str ? null : bufferOf(a[0]!);
    if (buf && typeOf(a[0]!) !== T.memoryview) {
      if (buf.length !== 1) throw raise(T.TypeError, `ord() expected a character, but string of length ${buf.length} found`);
      return small(buf[0]!);
    }
    if (typeOf(a[0]!) !== T.str) throw raise(T.TypeError, `ord() expected string of length 1, but ${typeNameOf(a[0]!)} found`);
    const s = Array.from(jsString(a[0]!));
    if (s.length !== 1) throw raise(T.TypeError, `ord() expected a character, but string of length ${s.length} found`);
    return small(s[0]!.codePointAt(0)!);
  },
  divmod: (a) => {
    expected('divmod', a, 2);
    const x = a[0]!, y = a[1]!;
    if (asNumber(x) !== null && asNumber(y) !== null) {
      if (asNumber(y) === 0 && (typeOf(x) === T.float || typeOf(y) === T.float)) throw raise(T.ZeroDivisionError, 'float divmod()');
      return newTuple([binaryOp(BIN.FLOORDIV, x, y), binaryOp(BIN.MOD, x, y)]);
    }
    for (const [obj, other, name] of [[x, y, '__divmod__'], [y, x, '__rdivmod__']] as const) {
      const f = typeLookup(typeOf(obj), intern(name));
      if (f) {
        const r = callObject(f, [obj, other]);
        if (r !== K.NotImplemented) return r;
      }
    }
    throw raise(T.TypeError, `unsupported operand type(s) for divmod(): '${typeNameOf(x)}' and '${typeNameOf(y)}'`);
  },
  pow: (a) => {
    if (a.length === 3 && a[2] !== K.None) {
      if (typeOf(a[0]!) === T.complex || typeOf(a[1]!) === T.complex) throw raise(T.ValueError, 'complex modulo');
      if (!isInt(a[0]!) || !isInt(a[1]!) || !isInt(a[2]!)) {
        // A user type's three-argument __pow__ (ternary slot of the first operand).
        const user = (a[0]! & 1) === 0 && !isInt(a[0]!) && typeOf(a[0]!) !== T.float ? typeSlot(typeOf(a[0]!), S.__pow__) : 0;
        if (user) { const r = callSlot(user, a[0]!, [a[1]!, a[2]!]); if (r !== K.NotImplemented) return r; }
        throw raise(T.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
      }
      let b = toBigInt(a[0]!), e = toBigInt(a[1]!);
      const m = toBigInt(a[2]!);
      if (m === 0n) throw raise(T.ValueError, 'pow() 3rd argument cannot be 0');
      const am = m < 0n ? -m : m;
      if (e < 0n) { b = modInverse(b, am); e = -e; }
      let r = 1n % am;
      b = ((b % am) + am) % am;
      while (e > 0n) { if (e & 1n) r = (r * b) % am; b = (b * b) % am; e >>= 1n; }
      if (m < 0n && r > 0n) r += m;
      return intFromBigInt(r);
    }
    return binaryOp(BIN.POW, a[0]!, a[1]!);
  },
  round: (a, names) => {
    const args = positional(a, names);
    const v = args[0]!;
    const nd = args.length > 1 && args[1] !== K.None ? Number(indexOf(args[1]!)) : null;
    if (isInt(v)) {
      if (nd === null || nd >= 0) return v === K.True ? small(1) : v === K.False ? small(0) : v;
      const m = 10n ** BigInt(-nd), x = toBigInt(v);
      let q = x / m, r = x % m;
      if (r < 0n) { q -= 1n; r += m; }
      if (2n * r > m || (2n * r === m && q % 2n !== 0n)) q += 1n;
      return intFromBigInt(q * m);
    }
    if (typeOf(v) === T.float) {
      const x = floatValue(v);
      if (nd === null) {
        if (!isFinite(x)) throw raise(x !== x ? T.ValueError : T.OverflowError, x !== x ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
        const r = Math.round(x);
        return intFromBigInt(BigInt(Math.abs(x % 1) === 0.5 ? (r % 2 === 0 ? r : r - 1) : r));
      }
      return newFloat(roundHalfEven(x, nd));
    }
    const s = typeSlot(typeOf(v), S.__round__);
    if (!s) throw raise(T.TypeError, `type ${typeNameOf(v)} doesn't define __round__ method`);
    return callSlot(s, v, nd === null ? [] : [args[1]!]);
  },
  all: (a) => { const it = getIter(a[0]!); for (let x = iterNext(it); x; x = iterNext(it)) if (!isTrue(x)) return K.False; return K.True; },
  any: (a) => { const it = getIter(a[0]!); for (let x = iterNext(it); x; x = iterNext(it)) if (isTrue(x)) return K.True; return K.False; },
  hex: (a) => { const b = indexOf(a[0]!); return newStr((b < 0n ? '-0x' : '0x') + (b < 0n ? -b : b).toString(16)); },
  oct: (a) => { const b = indexOf(a[0]!); return newStr((b < 0n ? '-0o' : '0o') + (b < 0n ? -b : b).toString(8)); },
  bin: (a) => { const b = indexOf(a[0]!); return newStr((b < 0n ? '-0b' : '0b') + (b < 0n ? -b : b).toString(2)); },
  format: (a) => {
    const s = typeSlot(typeOf(a[0]!), S.__format__);
    return callSlot(s, a[0]!, [a.length > 1 ? a[1]! : newStr('')]);
  },
  vars: builtinVars,
  dir: builtinDir,
  exec: builtinExec,
  eval: builtinEval,
  compile: builtinCompile,
  input: ioInput,
  open: ioOpen,
  globals: builtinGlobals,
  locals: builtinLocals,
  __build_class__: (a, names) => buildClassHook.build(a, names),
  __import__: (a) => {
    const [name, globals, , fromlist, level] = a;
    if (typeOf(name!) !== T.str) throw raise(T.TypeError, 'module name must be a string');
    const lv = level === undefined || level === K.None ? small(0) : level;
    if (!isInt(lv)) throw raise(T.TypeError, `'${typeNameOf(lv)}' object cannot be interpreted as an integer`);
    if (toBigInt(lv) < 0n) throw raise(T.ValueError, 'level must be >= 0');
    if (lv === small(0) && jsString(name!) === '') throw raise(T.ValueError, 'Empty module name');
    const g = globals === undefined || globals === K.None ? globalsHook.get() : globals;
    return importHook.importName(name!, g, fromlist === undefined ? K.None : fromlist, lv);
  },
  exit: quitter,
  quit: quitter,
};

// A builtin without a declared signature whose function does not take the keyword names (one
// parameter) accepts no keywords, as CPython's positional-only builtins: `len(obj=[1])` is a
// TypeError, not len([1]).
for (const [name, fn] of Object.entries(BUILTIN_FUNCTIONS)) {
  if (fn.length < 2 && BUILTIN_ARITY[name] === undefined) BUILTIN_FUNCTIONS[name] = withoutKeywords(name, fn);
}

/** exit() and quit(): CPython's site.Quitter.__call__(self, code=None). */
function quitter(a: number[], names: readonly string[] | null): number {
  for (const k of names ?? []) {
    if (k !== 'code') throw raise(T.TypeError, `Quitter.__call__() got an unexpected keyword argument '${k}'`);
    if (a.length > 1) throw raise(T.TypeError, "Quitter.__call__() got multiple values for argument 'code'");
  }
  throw new PyRaise(systemExitHook.make(a.length ? a[0]! : K.None));
}
export const callableIterHook = { make: (_f: number, _s: number): number => 0 };
export const globalsHook = { get: (): number => 0 };
export const buildClassHook = { build: (_a: number[], _kw: readonly string[] | null): number => 0 };
export const systemExitHook = { make: (_code: number): number => 0 };

export { asNumber, unaryOp, reprStr, typeFlags, TF, typeLookup, typeName, listItems, dictGetStr, dictSet, newDict, CODE, FUNC, PAIR };
