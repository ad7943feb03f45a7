/**
 * The abstract object protocol: what `a + b`, `a == b`, `repr(x)`, `x.y`,
 * `x[i]`, `iter(x)`, `f(*args)` mean for any values, following
 * https://docs.python.org/3.11/reference/datamodel.html#special-method-names
 *
 * Every operation first takes a fast path on the common builtin types, then
 * dispatches through the operand type's special-method cache (type.ts). A
 * cached slot is either a native function (called directly) or a Python
 * object (called through `callObject`, which runs a nested interpreter loop:
 * see vm/interp/README.md on nesting). Errors are raised with CPython's
 * messages.
 */
import { load, loadU16, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { openForRead, openForWrite } from '../../stm/access.js';
import {
  bool, FUNC, K, LIST, METHOD, NATIVE, OBJ_DICT, PAIR, PyRaise, raise, STR, T, TUPLE, TYPE, typeOf,
} from './core.js';
import { floatHash, floatValue, newFloat } from './float.js';
import {
  intAdd, intAnd, intCompare, intFloorDiv, intFromNumber, intHash, intInvert, intLshift, intMod, intMul,
  intNeg, intOr, intPow, intRshift, intSub, intToFloat, intTrueDiv, intXor, isInt, toBigInt,
} from './int.js';
import { NativeKind, NATIVES } from './native.js';
import { intern, jsString, newStr, strCompare, strEquals, strHash } from './str.js';
import { isSubtype, S, TF, typeFlags, typeLayout, typeLookup, typeName, typeSlot } from './type.js';

/** Hooks set by the interpreter (breaks the import cycle objects -> interp). */
export const callHooks = {
  /** Calls a Python function object (nested interpreter loop). */
  callFunction: (_f: number, _args: number[], _kw: readonly string[] | null): number => {
    throw new Error('interpreter not initialised');
  },
};

export function typeNameOf(v: number): string {
  return typeName(typeOf(v));
}

// ---------------------------------------------------------------------------
// Calls

/** Calls any callable with positional args then keyword values named by kwnames. */
export function callObject(f: number, args: number[], kwnames: readonly string[] | null = null): number {
  if ((f & 1) === 0 && f !== 0) {
    const t = load(f);
    if (t === T.function) return callHooks.callFunction(f, args, kwnames);
    if (t === T.builtin_function_or_method) return callNative(f, args, kwnames);
    if (t === T.method) return callObject(load(f + METHOD.FUNC), [load(f + METHOD.SELF), ...args], kwnames);
  }
  const call = typeSlot(typeOf(f), S.__call__);
  if (call === 0) throw raise(T.TypeError, `'${typeNameOf(f)}' object is not callable`);
  return callSlot(call, f, args, kwnames);
}

export function callNative(f: number, args: number[], kwnames: readonly string[] | null): number {
  const self = load(f + NATIVE.SELF);
  const fn = NATIVES[load(f + NATIVE.ID)]!.fn;
  return self ? fn([self, ...args], kwnames) : fn(args, kwnames);
}

/** Calls a special method found in a slot with `self` bound first. */
export function callSlot(slot: number, self: number, args: number[], kwnames: readonly string[] | null = null): number {
  if ((slot & 1) === 0 && load(slot) === T.builtin_function_or_method && load(slot + NATIVE.SELF) === 0) {
    return NATIVES[load(slot + NATIVE.ID)]!.fn([self, ...args], kwnames);
  }
  if ((slot & 1) === 0 && load(slot) === T.function) return callHooks.callFunction(slot, [self, ...args], kwnames);
  const bound = bindDescriptor(slot, self, typeOf(self));
  return callObject(bound, args, kwnames);
}

export function isCallable(v: number): boolean {
  const t = typeOf(v);
  return t === T.function || t === T.builtin_function_or_method || t === T.method || typeSlot(t, S.__call__) !== 0;
}

// ---------------------------------------------------------------------------
// Truth, hashing, equality, comparison

export function isTrue(v: number): boolean {
  if (v === K.True) return true;
  if (v === K.False || v === K.None) return false;
  if (v & 1) return v !== 1;
  const t = load(v);
  if (t === T.str) return load(v + STR.LEN) !== 0;
  if (t === T.float) return floatValue(v) !== 0;
  // Exact lists and tuples: their length, as their __len__ gives.
  if (t === T.list) { openForRead(v); return load(v + LIST.LEN) !== 0; }
  if (t === T.tuple) return load(v + TUPLE.LEN) !== 0;
  const b = typeSlot(t, S.__bool__);
  if (b) {
    const r = callSlot(b, v, []);
    if (r !== K.True && r !== K.False) throw raise(T.TypeError, `__bool__ should return bool, returned ${typeNameOf(r)}`);
    return r === K.True;
  }
  const len = typeSlot(t, S.__len__);
  if (len) return lengthOf(v) !== 0;
  return true;
}

export function hashOf(v: number): number {
  if (v & 1) return v === -1 ? -2 : v >> 1;
  const t = load(v);
  if (t === T.str) return strHash(v);
  if (t === T.float) return floatHash(floatValue(v));
  if (t === T.int || t === T.bool) return intHash(v);
  const h = typeSlot(t, S.__hash__);
  if (h === 0 || h === K.None) throw raise(T.TypeError, `unhashable type: '${typeName(t)}'`);
  const r = callSlot(h, v, []);
  if (!isInt(r)) throw raise(T.TypeError, '__hash__ method should return an integer');
  return intHash(r);
}

export function richEq(a: number, b: number): boolean {
  if (a === b) return true;
  return isTrue(compare(a, b, CMP.EQ));
}

export const CMP = { LT: 0, LE: 1, EQ: 2, NE: 3, GT: 4, GE: 5 } as const;
const CMP_SLOTS = [S.__lt__, S.__le__, S.__eq__, S.__ne__, S.__gt__, S.__ge__];
const CMP_SWAP = [4, 5, 2, 3, 0, 1];
const CMP_SYM = ['<', '<=', '==', '!=', '>', '>='];

function cmpResult(c: number, op: number): number {
  switch (op) {
    case 0: return bool(c < 0);
    case 1: return bool(c <= 0);
    case 2: return bool(c === 0);
    case 3: return bool(c !== 0);
    case 4: return bool(c > 0);
    default: return bool(c >= 0);
  }
}

/** Rich comparison `a op b` (op from CMP), returning a value. */
export function compare(a: number, b: number, op: number): number {
  if (a & b & 1) return cmpResult(a < b ? -1 : a > b ? 1 : 0, op);
  const ta = typeOf(a), tb = typeOf(b);
  if (ta === T.float || tb === T.float) {
    if (ta === T.float && tb === T.float) {
      const x = floatValue(a), y = floatValue(b);
      if (x !== x || y !== y) return bool(op === CMP.NE);
      return cmpResult(x < y ? -1 : x > y ? 1 : 0, op);
    }
    if (ta === T.float && isIntLike(tb)) {
      const c = compareFloatInt(floatValue(a), b);
      return c === null ? bool(op === CMP.NE) : cmpResult(c, op);
    }
    if (tb === T.float && isIntLike(ta)) {
      const c = compareFloatInt(floatValue(b), a);
      return c === null ? bool(op === CMP.NE) : cmpResult(-c, op);
    }
  }
  if (ta === T.str && tb === T.str) return cmpResult(op === CMP.EQ || op === CMP.NE ? (strEquals(a, b) ? 0 : 1) : strOrder(a, b), op);
  if (isIntLike(ta) && isIntLike(tb)) return cmpResult(intCompare(a, b), op);
  // Reflected first if b's type is a proper subtype of a's.
  const reflectFirst = ta !== tb && isSubtype(tb, ta);
  if (reflectFirst) {
    const r = trySlotCmp(b, a, CMP_SWAP[op]!);
    if (r !== K.NotImplemented) return r;
  }
  const r1 = trySlotCmp(a, b, op);
  if (r1 !== K.NotImplemented) return r1;
  if (!reflectFirst) {
    const r2 = trySlotCmp(b, a, CMP_SWAP[op]!);
    if (r2 !== K.NotImplemented) return r2;
  }
  if (op === CMP.EQ) return bool(a === b);
  if (op === CMP.NE) return bool(a !== b);
  throw raise(T.TypeError, `'${CMP_SYM[op]}' not supported between instances of '${typeName(ta)}' and '${typeName(tb)}'`);
}

/**
 * Code-point order of two strs (-1/0/1). Without surrogate pairs (code
 * points = UTF-16 units, lone surrogates included) the units compare
 * directly; otherwise strCompare walks code points.
 */
function strOrder(a: number, b: number): number {
  const n = load(a + STR.LEN), m = load(b + STR.LEN);
  if (load(a + STR.CPLEN) !== n || load(b + STR.CPLEN) !== m) return strCompare(a, b);
  const k = n < m ? n : m;
  for (let i = 0; i < k; i++) {
    const c = loadU16(a + STR.DATA, i), d = loadU16(b + STR.DATA, i);
    if (c !== d) return c < d ? -1 : 1;
  }
  return n < m ? -1 : n > m ? 1 : 0;
}

/** Exact comparison of a float with an int (no rounding of the int): -1/0/1, null if NaN. */
function compareFloatInt(f: number, i: number): number | null {
  if (f !== f) return null;
  if (i & 1 || (f > -(2 ** 53) && f < 2 ** 53 && Number.isSafeInteger(Number(toBigInt(i))))) {
    const n = i & 1 ? i >> 1 : Number(toBigInt(i));
    return f < n ? -1 : f > n ? 1 : 0;
  }
  if (f === Infinity) return 1;
  if (f === -Infinity) return -1;
  const fl = Math.floor(f);
  const big = toBigInt(i), bf = BigInt(fl);
  if (bf < big) return -1;
  if (bf > big) return 1;
  return f === fl ? 0 : 1;
}

function trySlotCmp(a: number, b: number, op: number): number {
  const slot = typeSlot(typeOf(a), CMP_SLOTS[op]!);
  if (slot === 0) return K.NotImplemented;
  return callSlot(slot, a, [b]);
}

function isIntLike(t: number): boolean {
  return t === T.int || t === T.bool || load(t + TYPE.LAYOUT) === L.BIGINT;
}
function isExactNumber(t: number): boolean {
  return t === T.int || t === T.float || t === T.bool;
}
function isFloatLike(t: number): boolean {
  return t === T.float || load(t + TYPE.LAYOUT) === L.FLOAT;
}

/** int/bool/float as a JS number, else null. */
export function asNumber(v: number): number | null {
  if (v & 1) return v >> 1;
  const t = load(v);
  if (t === T.float) return floatValue(v);
  if (t === T.int || t === T.bool) return intToFloat(v);
  const layout = load(t + TYPE.LAYOUT);
  if (layout === L.BIGINT) return intToFloat(v);
  if (layout === L.FLOAT) return floatValue(v);
  return null;
}

// ---------------------------------------------------------------------------
// Binary and unary operators

export const BIN = {
  ADD: 0, SUB: 1, MUL: 2, MATMUL: 3, TRUEDIV: 4, FLOORDIV: 5, MOD: 6, POW: 7, LSHIFT: 8, RSHIFT: 9,
  AND: 10, XOR: 11, OR: 12,
} as const;
const BIN_SYM = ['+', '-', '*', '@', '/', '//', '%', '** or pow()', '<<', '>>', '&', '^', '|'];
const BIN_SLOT = [S.__add__, S.__sub__, S.__mul__, S.__matmul__, S.__truediv__, S.__floordiv__, S.__mod__, S.__pow__, S.__lshift__, S.__rshift__, S.__and__, S.__xor__, S.__or__];
const BIN_RSLOT = [S.__radd__, S.__rsub__, S.__rmul__, S.__rmatmul__, S.__rtruediv__, S.__rfloordiv__, S.__rmod__, S.__rpow__, S.__rlshift__, S.__rrshift__, S.__rand__, S.__rxor__, S.__ror__];
const BIN_ISLOT = [S.__iadd__, S.__isub__, S.__imul__, S.__imatmul__, S.__itruediv__, S.__ifloordiv__, S.__imod__, S.__ipow__, S.__ilshift__, S.__irshift__, S.__iand__, S.__ixor__, S.__ior__];

/** `a op b` for numbers (int, bool, float); NotImplemented otherwise. */
export function numberOp(op: number, a: number, b: number): number {
  const ta = typeOf(a), tb = typeOf(b);
  if (isIntLike(ta) && isIntLike(tb)) {
    switch (op) {
      case 0: return intAdd(a, b);
      case 1: return intSub(a, b);
      case 2: return intMul(a, b);
      case 4: return newFloat(intTrueDiv(a, b));
      case 5: return intFloorDiv(a, b);
      case 6: return intMod(a, b);
      case 7: {
        const r = intPow(a, b);
        if (r !== -1) return r;
        const x = intToFloat(a);
        if (x === 0) throw raise(T.ZeroDivisionError, '0.0 cannot be raised to a negative power');
        // 1 / x**n is correctly rounded when x**n is exact (V8's ** is not: 7 ** -2).
        const d = x ** -intToFloat(b);
        if (Number.isSafeInteger(d)) return newFloat(1 / d);
        return newFloat(libmPow(x, intToFloat(b)));
      }
      case 8: return intLshift(a, b);
      case 9: return intRshift(a, b);
      case 10: return ta === T.bool && tb === T.bool ? bool(a === K.True && b === K.True) : intAnd(a, b);
      case 11: return ta === T.bool && tb === T.bool ? bool((a === K.True) !== (b === K.True)) : intXor(a, b);
      case 12: return ta === T.bool && tb === T.bool ? bool(a === K.True || b === K.True) : intOr(a, b);
    }
    return K.NotImplemented;
  }
  if ((isFloatLike(ta) || isIntLike(ta)) && (isFloatLike(tb) || isIntLike(tb)) && op <= 7 && op !== 3) {
    const x = asNumber(a)!, y = asNumber(b)!;
    // A negative base to a fractional power is complex (as CPython's float_pow).
    if (op === 7 && x < 0 && isFinite(x) && isFinite(y) && !Number.isInteger(y)) return newComplexPow(x, y);
    return newFloat(floatOp(op, x, y));
  }
  return K.NotImplemented;
}

import { floatFloorDiv, floatMod } from './float.js';
import { cPow, newComplex } from './complex.js';
// Correctly rounded pow (CPython's glibc results; JS's ** is often an ulp off).
import { pow as libmPow } from './libm.js';
function newComplexPow(x: number, y: number): number {
  const r = cPow([x, 0], [y, 0]);
  return newComplex(r[0], r[1]);
}
function floatOp(op: number, x: number, y: number): number {
  switch (op) {
    case 0: return x + y;
    case 1: return x - y;
    case 2: return x * y;
    case 4:
      if (y === 0) throw raise(T.ZeroDivisionError, 'float division by zero');
      return x / y;
    case 5:
      if (y === 0) throw raise(T.ZeroDivisionError, 'float floor division by zero');
      return floatFloorDiv(x, y);
    case 6:
      if (y === 0) throw raise(T.ZeroDivisionError, 'float modulo');
      return floatMod(x, y);
    default: {
      if (x === 0 && y < 0) throw raise(T.ZeroDivisionError, '0.0 cannot be raised to a negative power');
      if (x < 0 && !Number.isInteger(y)) throw raise(T.ValueError, 'complex results are not supported yet');
      const r = libmPow(x, y);
      if (!isFinite(r) && isFinite(x) && isFinite(y)) throw raise(T.OverflowError, "(34, 'Numerical result out of range')");
      return r;
    }
  }
}

/** Binary operator with CPython's dispatch (reflected operand, NotImplemented). */
export function binaryOp(op: number, a: number, b: number): number {
  const r = tryBinaryOp(op, a, b);
  if (r === 0) throw raise(T.TypeError, binaryErrorMessage(op, typeOf(a), typeOf(b)));
  return r;
}

/** `a op b`, or 0 if neither operand supports it (no exception raised for that case). */
function tryBinaryOp(op: number, a: number, b: number): number {
  const ta = typeOf(a), tb = typeOf(b);
  // Exact numbers only: a subclass may override the operator (its slots are tried below).
  if (isExactNumber(ta) && isExactNumber(tb)) {
    const n = numberOp(op, a, b);
    if (n !== K.NotImplemented) return n;
  }
  const sa = typeSlot(ta, BIN_SLOT[op]!);
  const sb = ta !== tb ? typeSlot(tb, BIN_RSLOT[op]!) : 0;
  if (sb && isSubtype(tb, ta)) {
    const r = callSlot(sb, b, [a]);
    if (r !== K.NotImplemented) return r;
  }
  if (sa) {
    const r = callSlot(sa, a, [b]);
    if (r !== K.NotImplemented) return r;
  }
  if (sb && !isSubtype(tb, ta)) {
    const r = callSlot(sb, b, [a]);
    if (r !== K.NotImplemented) return r;
  }
  return 0;
}

function binaryErrorMessage(op: number, ta: number, tb: number): string {
  if (op === BIN.ADD && ta === T.str) return `can only concatenate str (not "${typeName(tb)}") to str`;
  if (op === BIN.ADD && ta === T.list) return `can only concatenate list (not "${typeName(tb)}") to list`;
  if (op === BIN.ADD && ta === T.tuple) return `can only concatenate tuple (not "${typeName(tb)}") to tuple`;
  const isSeq = (t: number): boolean => t === T.str || t === T.list || t === T.tuple || typeName(t) === 'bytes' || typeName(t) === 'bytearray';
  if (op === BIN.MUL && (isSeq(ta) || isSeq(tb))) return `can't multiply sequence by non-int of type '${typeName(isSeq(ta) ? tb : ta)}'`;
  return `unsupported operand type(s) for ${BIN_SYM[op]}: '${typeName(ta)}' and '${typeName(tb)}'`;
}

/** In-place operator: __iop__ first, then the binary operator. */
export function inplaceOp(op: number, a: number, b: number): number {
  if (!(a & 1)) {
    const s = typeSlot(load(a), BIN_ISLOT[op]!);
    if (s) {
      const r = callSlot(s, a, [b]);
      if (r !== K.NotImplemented) return r;
    }
  }
  const r = tryBinaryOp(op, a, b);
  if (r === 0) throw raise(T.TypeError, binaryErrorMessage(op, typeOf(a), typeOf(b)).replace(`for ${BIN_SYM[op]}:`, `for ${BIN_SYM[op]}=:`));
  return r;
}

export function unaryOp(slot: number, sym: string, v: number): number {
  const t = typeOf(v);
  const exactInt = t === T.int || t === T.bool;
  if (slot === S.__neg__ && exactInt) return intNeg(v);
  if (slot === S.__invert__ && exactInt) return intInvert(v);
  if (slot === S.__pos__ && exactInt) return t === T.bool ? intFromNumber(v === K.True ? 1 : 0) : v;
  if (t === T.float && slot === S.__neg__) return newFloat(-floatValue(v));
  if (t === T.float && slot === S.__pos__) return v;
  const s = typeSlot(t, slot);
  if (s === 0) throw raise(T.TypeError, `bad operand type for unary ${sym}: '${typeName(t)}'`);
  return callSlot(s, v, []);
}

// ---------------------------------------------------------------------------
// Conversions

/** repr(v) as a JS string. */
export function reprOf(v: number): string {
  const r = callSlot(typeSlot(typeOf(v), S.__repr__), v, []);
  if (typeOf(r) !== T.str) throw raise(T.TypeError, `__repr__ returned non-string (type ${typeNameOf(r)})`);
  return jsString(r);
}

/** str(v) as a JS string. */
export function strOf(v: number): string {
  if ((v & 1) === 0 && load(v) === T.str) return jsString(v);
  const r = callSlot(typeSlot(typeOf(v), S.__str__), v, []);
  if (typeOf(r) !== T.str) throw raise(T.TypeError, `__str__ returned non-string (type ${typeNameOf(r)})`);
  return jsString(r);
}

/** An index (operator.index): int, bool or __index__. */
export function indexOf(v: number, what = ''): bigint {
  if (v & 1) return BigInt(v >> 1);
  const t = load(v);
  if (isIntLike(t) || isInt(v)) return toBigInt(v);
  const s = typeSlot(t, S.__index__);
  if (s) return toBigInt(callSlot(s, v, []));
  throw raise(T.TypeError, what || `'${typeName(t)}' object cannot be interpreted as an integer`);
}

export function indexNumber(v: number, what = ''): number {
  if (v & 1) return v >> 1;
  const b = indexOf(v, what);
  if (b > BigInt(Number.MAX_SAFE_INTEGER) || b < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw raise(T.IndexError, `cannot fit 'int' into an index-sized integer`);
  }
  return Number(b);
}

// ---------------------------------------------------------------------------
// Containers

export function lengthOf(v: number): number {
  const s = typeSlot(typeOf(v), S.__len__);
  if (s === 0) throw raise(T.TypeError, `object of type '${typeNameOf(v)}' has no len()`);
  const r = callSlot(s, v, []);
  if (!isInt(r)) throw raise(T.TypeError, `'${typeNameOf(r)}' object cannot be interpreted as an integer`);
  const n = toBigInt(r);
  if (n < 0n) throw raise(T.ValueError, '__len__() should return >= 0');
  return Number(n);
}

export function getItem(o: number, k: number): number {
  const t = typeOf(o);
  const s = typeSlot(t, S.__getitem__);
  if (s) return callSlot(s, o, [k]);
  if (t === T.type || isSubtype(t, T.type)) {
    const cg = typeLookup(o, intern('__class_getitem__'));
    if (cg) return callObject(bindDescriptor(cg, 0, o), [k]);
    if (o === T.type) return o;
    throw raise(T.TypeError, `type '${typeName(o)}' is not subscriptable`);
  }
  throw raise(T.TypeError, `'${typeName(t)}' object is not subscriptable`);
}

export function setItem(o: number, k: number, v: number): void {
  const s = typeSlot(typeOf(o), S.__setitem__);
  if (s === 0) throw raise(T.TypeError, `'${typeNameOf(o)}' object does not support item assignment`);
  callSlot(s, o, [k, v]);
}

export function delItem(o: number, k: number): void {
  const s = typeSlot(typeOf(o), S.__delitem__);
  if (s === 0) throw raise(T.TypeError, `'${typeNameOf(o)}' object does not support item deletion`);
  callSlot(s, o, [k]);
}

export function contains(container: number, v: number): boolean {
  const s = typeSlot(typeOf(container), S.__contains__);
  if (s) return isTrue(callSlot(s, container, [v]));
  const it = getIter(container);
  for (let x = iterNext(it); x !== 0; x = iterNext(it)) if (x === v || richEq(x, v)) return true;
  return false;
}

export function getIter(v: number): number {
  const t = typeOf(v);
  const s = typeSlot(t, S.__iter__);
  if (s && s !== K.None) {
    const it = callSlot(s, v, []);
    if (typeSlot(typeOf(it), S.__next__) === 0) throw raise(T.TypeError, `iter() returned non-iterator of type '${typeNameOf(it)}'`);
    return it;
  }
  if (typeSlot(t, S.__getitem__)) return sequenceIterHook.make(v);
  throw raise(T.TypeError, `'${typeName(t)}' object is not iterable`);
}
export const sequenceIterHook = { make: (_v: number): number => 0 };

/** next(it): the next value, or 0 when exhausted (StopIteration swallowed). */
export function iterNext(it: number): number {
  const t = typeOf(it);
  const fast = fastNextHook.next;
  if (fast) {
    const r = fast(it, t);
    if (r !== NOT_HANDLED) return r;
  }
  if (t === T.generator && generatorNextHook.next) return generatorNextHook.next(it);
  const s = typeSlot(t, S.__next__);
  if (s === 0) throw raise(T.TypeError, `'${typeName(t)}' object is not an iterator`);
  try {
    return callSlot(s, it, []);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(load(e.exc), T.StopIteration)) return 0;
    throw e;
  }
}
/** A word that is never a value (below HEAP_BASE, even): "not handled". */
export const NOT_HANDLED = 2;
/** Set by iterators.ts: native iterator fast path (NOT_HANDLED if not a native iterator). */
export const fastNextHook: { next: ((it: number, t: number) => number) | null } = { next: null };
/** Set by vm/interp/generator.ts: next() of a generator without a StopIteration (0 when exhausted). */
export const generatorNextHook: { next: ((g: number) => number) | null } = { next: null };

export function iterate(v: number, each: (x: number) => void): void {
  const it = getIter(v);
  for (let x = iterNext(it); x !== 0; x = iterNext(it)) each(x);
}

export function toArray(v: number): number[] {
  const out: number[] = [];
  iterate(v, (x) => out.push(x));
  return out;
}

// ---------------------------------------------------------------------------
// Attributes

/** Binds a descriptor found on a type to an instance (`obj`, 0 for class access) of `t`. */
export function bindDescriptor(d: number, obj: number, t: number): number {
  if (d & 1) return d;
  const dt = load(d);
  if (dt === T.function) return obj ? methodHook.bind(d, obj) : d;
  if (dt === T.builtin_function_or_method) {
    const kind = load(d + NATIVE.KIND);
    if (kind === NativeKind.METHOD && obj && load(d + NATIVE.SELF) === 0) return methodHook.bindNative(d, obj);
    if (kind === NativeKind.CLASSMETHOD && load(d + NATIVE.SELF) === 0) return methodHook.bindNative(d, t);
    return d;
  }
  if (dt === T.staticmethod) return load(d + PAIR.A);
  if (dt === T.classmethod) return methodHook.bind(load(d + PAIR.A), t);
  if (dt === T.property) {
    if (!obj) return d;
    const fget = load(d + PAIR.A);
    if (fget === K.None || fget === 0) throw raise(T.AttributeError, `property object has no getter`);
    return callObject(fget, [obj]);
  }
  const get = typeSlot(dt, S.__get__);
  if (get) return callSlot(get, d, [obj || K.None, t]);
  return d;
}
export const methodHook = {
  bind: (_f: number, _self: number): number => 0,
  bindNative: (_f: number, _self: number): number => 0,
};

function isDataDescriptor(d: number): boolean {
  if (d & 1) return false;
  const dt = load(d);
  if (dt === T.property) return true;
  if (dt === T.function || dt === T.builtin_function_or_method || dt === T.str || dt === T.int) return false;
  return typeSlot(dt, S.__set__) !== 0 || typeSlot(dt, S.__delete__) !== 0;
}

/** object.__getattribute__: returns the attribute or 0 if absent (no error). */
export function genericGetAttr(obj: number, name: number): number {
  const t = typeOf(obj);
  const d = typeLookup(t, name);
  if (d && isDataDescriptor(d)) return bindDescriptor(d, obj, t);
  const slot = instanceDictWord(obj, t);
  if (slot) {
    // Barrier first: the dict word is made on the first store (by any thread).
    const dict = loadDictWord(obj, slot);
    if (dict) {
      const v = dictHook.getStr(dict, name);
      if (v) return v;
    }
  }
  else if ((load(t + TYPE.FLAGS) & (TF_HEAPTYPE | TF.HAS_DICT)) === (TF_HEAPTYPE | TF.HAS_DICT) && !(obj & 1)) {
    const dict = sideDict(obj, false);
    if (dict) {
      const v = dictHook.getStr(dict, name);
      if (v) return v;
    }
  }
  if (d) return bindDescriptor(d, obj, t);
  return 0;
}

const TF_HEAPTYPE = 1;
/**
 * The `__dict__` of an instance of a Python subclass of a builtin whose
 * layout has no dict word (list, str, int, tuple... subclasses), kept in
 * the heap's side table `K.sideDicts` keyed by the object's ref; 0 if it
 * has none yet and `create` is false. (A moving collector must rekey it.)
 */
export function sideDict(obj: number, create: boolean): number {
  return sideDictHook.get(obj, create);
}
/** Set by dict.ts (which imports this module). */
export const sideDictHook = { get: (_obj: number, _create: boolean): number => 0 };

/**
 * The dict word of an object with an OBJ_DICT field (0: none made yet),
 * read-opened. A dict stands in for its instance's barrier (stm/tx.ts,
 * "Instances"): the dict's read barrier, then a second look showing the
 * word still holds it, and the instance itself is not opened. What counts
 * is a load of the word after the dict was first opened: on a filter hit
 * that was earlier, so either load will do; on a miss the barrier's call
 * (an atomic load of its STM word) comes between them, and V8 does not
 * merge typed-array loads across a call.
 */
export function loadObjDict(obj: number): number {
  const d = load(obj + OBJ_DICT);
  if (d !== 0) {
    openForRead(d);
    if (load(obj + OBJ_DICT) === d) return d;
  }
  openForRead(obj);
  return load(obj + OBJ_DICT);
}

/** The dict in `obj`'s dict word `slot` (instanceDictWord), read-opened: loadObjDict's way when the word is OBJ_DICT. */
function loadDictWord(obj: number, slot: number): number {
  if (slot === obj + OBJ_DICT) return loadObjDict(obj);
  openForRead(obj);
  return load(slot);
}

/** The heap word holding `obj`'s instance `__dict__`, or 0 if its layout has none. */
export function instanceDictWord(obj: number, t: number): number {
  if (obj & 1) return 0;
  switch (typeLayout(t)) {
    case L.OBJECT:
      // A class whose __slots__ leave out __dict__ keeps its slot values in
      // the same word, reachable only through its member descriptors.
      return typeFlags(t) & TF.HAS_DICT || !(typeFlags(t) & TF.HEAPTYPE) ? obj + OBJ_DICT : 0;
    case L.EXCEPTION:
    case L.MODULE:
      return obj + OBJ_DICT;
    case L.FUNCTION:
      return obj + FUNC.DICT;
    default:
      return 0;
  }
}
export const dictHook = {
  getStr: (_d: number, _k: number): number => 0,
  set: (_d: number, _k: number, _v: number): void => {},
  del: (_d: number, _k: number): number => 0,
  make: (): number => 0,
};

/**
 * getattr(obj, name) for an interned str name; raises AttributeError. As
 * CPython's slot_tp_getattr_hook: __getattribute__ first; on AttributeError
 * (or a miss) __getattr__ if the type has one; their own AttributeError
 * (and its message) propagates.
 */
export function getAttr(obj: number, name: number): number {
  const t = typeOf(obj);
  const ga = typeSlot(t, S.__getattribute__);
  const gattr = typeSlot(t, S.__getattr__);
  let v = 0;
  if (ga === objectGetattribute.ref && !gattr) v = genericGetAttr(obj, name);
  else if (!gattr) v = callSlot(ga, obj, [name]);
  else {
    try {
      v = ga === objectGetattribute.ref ? genericGetAttr(obj, name) : callSlot(ga, obj, [name]);
    } catch (e) {
      if (!(e instanceof PyRaise && isSubtype(load(e.exc), T.AttributeError))) throw e;
    }
    if (v === 0) return callSlot(gattr, obj, [name]);
  }
  if (v === 0) throw attributeError(obj, name);
  return v;
}

/** getattr that returns 0 instead of raising AttributeError. */
export function getAttrOrZero(obj: number, name: number): number {
  const t = typeOf(obj);
  const generic = typeSlot(t, S.__getattribute__) === objectGetattribute.ref && !typeSlot(t, S.__getattr__);
  try {
    return generic ? genericGetAttr(obj, name) : getAttr(obj, name);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(load(e.exc), T.AttributeError)) return 0;
    throw e;
  }
}
/** The ref of object.__getattribute__ (set at bootstrap). */
export const objectGetattribute = { ref: 0 };

export function attributeError(obj: number, name: number): PyRaise {
  const n = jsString(name);
  let r: PyRaise;
  if (isTypeObject(obj)) r = raise(T.AttributeError, `type object '${typeName(obj)}' has no attribute '${n}'`);
  else if (typeOf(obj) === T.module) r = raise(T.AttributeError, `module '${moduleNameHook.get(obj)}' has no attribute '${n}'`);
  else r = raise(T.AttributeError, `'${typeNameOf(obj)}' object has no attribute '${n}'`);
  excDetailHook.set(r.exc, 'name', name);
  excDetailHook.set(r.exc, 'obj', obj);
  return r;
}
/** Sets an attribute in an exception's __dict__ (AttributeError.name / .obj, NameError.name). */
export const excDetailHook = { set: (_e: number, _k: string, _v: number): void => {} };
export const moduleNameHook = { get: (_m: number): string => '?' };

export function isTypeObject(v: number): boolean {
  return (v & 1) === 0 && v !== 0 && load(load(v) + TYPE.LAYOUT) === L.TYPE;
}

/** setattr(obj, name, value); value 0 means delete. */
export function setAttr(obj: number, name: number, value: number): void {
  const t = typeOf(obj);
  const sa = typeSlot(t, value ? S.__setattr__ : S.__delattr__);
  if (sa && sa !== objectSetattr.ref && sa !== objectSetattr.delRef) {
    callSlot(sa, obj, value ? [name, value] : [name]);
    return;
  }
  genericSetAttr(obj, name, value);
}
export const objectSetattr = { ref: 0, delRef: 0 };

export function genericSetAttr(obj: number, name: number, value: number): void {
  const t = typeOf(obj);
  const d = typeLookup(t, name);
  if (d && !(d & 1)) {
    const dt = load(d);
    if (dt === T.property) {
      const f = load(d + (value ? PAIR.B : PAIR.C));
      if (!f || f === K.None) {
        throw raise(T.AttributeError, `property '${jsString(name)}' of '${typeName(t)}' object has no ${value ? 'setter' : 'deleter'}`);
      }
      callObject(f, value ? [obj, value] : [obj]);
      return;
    }
    const s = typeSlot(dt, value ? S.__set__ : S.__delete__);
    if (s) {
      callSlot(s, d, value ? [obj, value] : [obj]);
      return;
    }
  }
  if (isTypeObject(obj)) return typeSetAttrHook.set(obj, name, value);
  const slot = t === T.object ? 0 : instanceDictWord(obj, t);
  if (!slot && (load(t + TYPE.FLAGS) & (TF_HEAPTYPE | TF.HAS_DICT)) === (TF_HEAPTYPE | TF.HAS_DICT) && !(obj & 1)) {
    const dict = sideDict(obj, true);
    if (value) dictHook.set(dict, name, value);
    else if (!dictHook.del(dict, name)) throw attributeError(obj, name);
    return;
  }
  if (!slot) {
    if (d) throw raise(T.AttributeError, `'${typeName(t)}' object attribute '${jsString(name)}' is read-only`);
    throw raise(T.AttributeError, `'${typeName(t)}' object has no attribute '${jsString(name)}'`);
  }
  // Barrier first: the dict word is made on the first store (by any thread), and replaced by `obj.__dict__ = d`.
  let dict = loadDictWord(obj, slot);
  if (!dict) {
    // Lock, then look again: another thread may have made the dict since the load above.
    openForWrite(obj);
    dict = load(slot);
    if (!dict) {
      dict = dictHook.make();
      store(slot, dict);
    }
  }
  if (value) dictHook.set(dict, name, value);
  else if (!dictHook.del(dict, name)) throw attributeError(obj, name);
}
export const typeSetAttrHook = { set: (_t: number, _n: number, _v: number): void => {} };

export { FUNC, TUPLE, newStr };
