/**
 * The builtins module's functions (https://docs.python.org/3.11/library/functions.html).
 * Declared as one table, `BUILTIN_FUNCTIONS`, registered in this order at
 * bootstrap. Types that double as builtins (int, list, range, ...) are
 * added to the module by bootstrap from the type table.
 */
import { load } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { writeOut, writeErr } from '../../cli/output.js';
import { bool, CODE, K, PAIR, PyRaise, raise, small, T, TYPE, typeOf, OBJ_DICT, FUNC, MODULE_DICT } from '../objects/core.js';
import type { NativeFn } from '../objects/native.js';
import {
  binaryOp, BIN, callObject, CMP, compare, getAttrOrZero, getIter, hashOf, indexOf, isCallable, isTrue, iterNext,
  lengthOf, reprOf, setAttr, strOf, toArray, typeNameOf, attributeError, isTypeObject, unaryOp, asNumber, callSlot,
} from '../objects/protocol.js';
import { intFromBigInt, intFromNumber, intHashBig, isInt, toBigInt } from '../objects/int.js';
import { floatHashBig, floatValue, newFloat } from '../objects/float.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { newList, listItems } from '../objects/list.js';
import { dictGetStr, dictSet, newDict, dictKeys } from '../objects/dict.js';
import { isSubtype, S, typeSlot, typeName, isType, typeLookup } from '../objects/type.js';
import { sortValues } from './specs-containers.js';
import { reprStr } from '../format/repr.js';
import { typeFlags, TF } from '../objects/type.js';

function kw(a: number[], names: readonly string[] | null, name: string): number {
  if (!names) return 0;
  const i = names.indexOf(name);
  return i < 0 ? 0 : a[a.length - names.length + i]!;
}
function positional(a: number[], names: readonly string[] | null): number[] {
  return names ? a.slice(0, a.length - names.length) : a;
}
function checkKw(fname: string, names: readonly string[] | null, allowed: string[]): void {
  if (!names) return;
  for (const n of names) if (!allowed.includes(n)) throw raise(T.TypeError, `${fname}() got an unexpected keyword argument '${n}'`);
}
function exactly(fname: string, a: number[], n: number): void {
  if (a.length !== n) throw raise(T.TypeError, `${fname}() takes exactly ${n === 1 ? 'one argument' : n + ' arguments'} (${a.length} given)`);
}

const print: NativeFn = (a, names) => {
  checkKw('print', names, ['sep', 'end', 'file', 'flush']);
  const args = positional(a, names);
  const sepV = kw(a, names, 'sep'), endV = kw(a, names, 'end'), file = kw(a, names, 'file');
  const sep = sepV && sepV !== K.None ? strArg(sepV, 'sep') : ' ';
  const end = endV && endV !== K.None ? strArg(endV, 'end') : '\n';
  const text = args.map(strOf).join(sep) + end;
  if (file && file !== K.None) {
    if (file === stdStreams.stderr) { writeErr(text); return K.None; }
    if (file === stdStreams.stdout) { writeOut(text); return K.None; }
    callObject(getAttrOrRaise(file, 'write'), [newStr(text)]);
    return K.None;
  }
  writeOut(text);
  return K.None;
};
export const stdStreams = { stdout: 0, stderr: 0 };
function strArg(v: number, what: string): string {
  if (typeOf(v) !== T.str) throw raise(T.TypeError, `${what} must be None or a string, not ${typeNameOf(v)}`);
  return jsString(v);
}
function getAttrOrRaise(o: number, name: string): number {
  const v = getAttrOrZero(o, intern(name));
  if (!v) throw attributeError(o, intern(name));
  return v;
}

function minmax(fname: string, op: number): NativeFn {
  return (a, names) => {
    checkKw(fname, names, ['key', 'default']);
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

function isinstance(v: number, cls: number): boolean {
  if (typeOf(cls) === T.tuple) return tupleItems(cls).some((c) => isinstance(v, c));
  if (!isTypeObject(cls)) throw raise(T.TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  const hook = typeSlot(typeOf(cls), S.__instancecheck__);
  if (hook && typeOf(cls) !== T.type) return isTrue(callSlot(hook, cls, [v]));
  return isSubtype(typeOf(v), cls);
}
function issubclass(c: number, cls: number): boolean {
  if (!isTypeObject(c)) throw raise(T.TypeError, 'issubclass() arg 1 must be a class');
  if (typeOf(cls) === T.tuple) return tupleItems(cls).some((x) => issubclass(c, x));
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

export const BUILTIN_FUNCTIONS: Record<string, NativeFn> = {
  print,
  len: (a) => (exactly('len', a, 1), intFromNumber(lengthOf(a[0]!))),
  repr: (a) => (exactly('repr', a, 1), newStr(reprOf(a[0]!))),
  ascii: (a) => newStr(reprOf(a[0]!).replace(/[^\x00-\x7f]/gu, (c) => {
    const cp = c.codePointAt(0)!;
    return cp < 0x100 ? '\\x' + cp.toString(16).padStart(2, '0') : cp < 0x10000 ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
  })),
  isinstance: (a) => (exactly('isinstance', a, 2), bool(isinstance(a[0]!, a[1]!))),
  issubclass: (a) => (exactly('issubclass', a, 2), bool(issubclass(a[0]!, a[1]!))),
  abs: (a) => {
    exactly('abs', a, 1);
    const s = typeSlot(typeOf(a[0]!), S.__abs__);
    if (!s) throw raise(T.TypeError, `bad operand type for abs(): '${typeNameOf(a[0]!)}'`);
    return callSlot(s, a[0]!, []);
  },
  sum: (a, names) => {
    const args = positional(a, names);
    let acc = args.length > 1 ? args[1]! : kw(a, names, 'start') || small(0);
    if (typeOf(acc) === T.str) throw raise(T.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    const it = getIter(args[0]!);
    for (let x = iterNext(it); x !== 0; x = iterNext(it)) {
      if (acc & x & 1) { const r = (acc >> 1) + (x >> 1); acc = intFromNumber(r); } else acc = binaryOp(BIN.ADD, acc, x);
    }
    return acc;
  },
  min: minmax('min', CMP.LT),
  max: minmax('max', CMP.GT),
  sorted: (a, names) => {
    checkKw('sorted', names, ['key', 'reverse']);
    const args = positional(a, names);
    if (args.length !== 1) throw raise(T.TypeError, `sorted expected 1 argument, got ${args.length}`);
    const rev = kw(a, names, 'reverse');
    return newList(sortValues(toArray(args[0]!), kw(a, names, 'key'), rev !== 0 && isTrue(rev)));
  },
  iter: (a) => {
    if (a.length === 2) return callableIterHook.make(a[0]!, a[1]!);
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
    if (typeOf(a[1]!) !== T.str) throw raise(T.TypeError, 'attribute name must be string');
    const name = intern(jsString(a[1]!));
    const v = getAttrOrZero(a[0]!, name);
    if (v) return v;
    if (a.length > 2) return a[2]!;
    throw attributeError(a[0]!, name);
  },
  setattr: (a) => (exactly('setattr', a, 3), setAttr(a[0]!, intern(jsString(a[1]!)), a[2]!), K.None),
  delattr: (a) => (setAttr(a[0]!, intern(jsString(a[1]!)), 0), K.None),
  id: (a) => intFromNumber(a[0]! & 1 ? 9000000 + (a[0]! >> 1) : a[0]! * 4),
  hash: (a) => {
    exactly('hash', a, 1);
    const v = a[0]!;
    if (isInt(v) && (typeOf(v) === T.int || typeOf(v) === T.bool)) return intFromBigInt(intHashBig(toBigInt(v)));
    if (typeOf(v) === T.float) return intFromBigInt(floatHashBig(floatValue(v)));
    return intFromNumber(hashOf(v));
  },
  callable: (a) => (exactly('callable', a, 1), bool(isCallable(a[0]!))),
  chr: (a) => {
    const n = Number(indexOf(a[0]!));
    if (n < 0 || n > 0x10ffff) throw raise(T.ValueError, 'chr() arg not in range(0x110000)');
    return newStr(String.fromCodePoint(n));
  },
  ord: (a) => {
    if (typeOf(a[0]!) !== T.str) throw raise(T.TypeError, `ord() expected string of length 1, but ${typeNameOf(a[0]!)} found`);
    const s = Array.from(jsString(a[0]!));
    if (s.length !== 1) throw raise(T.TypeError, `ord() expected a character, but string of length ${s.length} found`);
    return small(s[0]!.codePointAt(0)!);
  },
  divmod: (a) => newTuple([binaryOp(BIN.FLOORDIV, a[0]!, a[1]!), binaryOp(BIN.MOD, a[0]!, a[1]!)]),
  pow: (a) => {
    if (a.length === 3 && a[2] !== K.None) {
      let b = toBigInt(a[0]!), e = toBigInt(a[1]!);
      const m = toBigInt(a[2]!);
      if (m === 0n) throw raise(T.ValueError, 'pow() 3rd argument cannot be 0');
      if (e < 0n) throw raise(T.ValueError, 'pow() negative exponent with modulus is not supported yet');
      let r = 1n;
      b = ((b % m) + m) % m;
      while (e > 0n) { if (e & 1n) r = (r * b) % m; b = (b * b) % m; e >>= 1n; }
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
  vars: (a) => {
    if (a.length === 0) throw raise(T.NotImplementedError, 'vars() without arguments is not supported yet');
    const d = getAttrOrZero(a[0]!, intern('__dict__'));
    if (!d) throw raise(T.TypeError, 'vars() argument must have __dict__ attribute');
    return d;
  },
  dir: (a) => {
    if (a.length === 0) throw raise(T.NotImplementedError, 'dir() without arguments is not supported yet');
    const names = new Set<string>();
    const o = a[0]!;
    if (!(o & 1) && load(load(o) + TYPE.LAYOUT) !== L.TYPE && ([L.OBJECT, L.EXCEPTION] as number[]).includes(load(load(o) + TYPE.LAYOUT)) && load(o + OBJ_DICT)) {
      for (const k of dictKeys(load(o + OBJ_DICT))) names.add(jsString(k));
    }
    if (typeOf(o) === T.module) for (const k of dictKeys(load(o + MODULE_DICT))) names.add(jsString(k));
    const t = isType(o) ? o : typeOf(o);
    for (const c of tupleItems(load(t + TYPE.MRO))) for (const k of dictKeys(load(c + TYPE.DICT))) names.add(jsString(k));
    return newList([...names].sort().map(newStr));
  },
  input: () => { throw raise(T.NotImplementedError, 'input() is not supported yet'); },
  open: () => { throw raise(T.NotImplementedError, 'open() is not supported yet'); },
  globals: () => globalsHook.get(),
  locals: () => { throw raise(T.NotImplementedError, 'locals() is not supported yet'); },
  __build_class__: (a, names) => buildClassHook.build(a, names),
  __import__: () => { throw raise(T.ImportError, 'import is not supported yet'); },
  exit: (a) => { throw new PyRaise(systemExitHook.make(a.length ? a[0]! : K.None)); },
  quit: (a) => { throw new PyRaise(systemExitHook.make(a.length ? a[0]! : K.None)); },
};
export const callableIterHook = { make: (_f: number, _s: number): number => 0 };
export const globalsHook = { get: (): number => 0 };
export const buildClassHook = { build: (_a: number[], _kw: readonly string[] | null): number => 0 };
export const systemExitHook = { make: (_code: number): number => 0 };

export { asNumber, unaryOp, reprStr, typeFlags, TF, typeLookup, typeName, listItems, dictGetStr, dictSet, newDict, CODE, FUNC, PAIR };
