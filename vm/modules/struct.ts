/**
 * `struct`: https://docs.python.org/3.11/library/struct.html
 *
 * Model: a format string compiles to a list of fields (code, count, byte
 * offset, size), using the first character's byte order and size mode:
 * '@' native sizes and alignment (x86-64 Linux: long and pointers are 8
 * bytes, every field aligned to its size), '=' '<' '>' '!' standard sizes
 * with no alignment. Packing converts each value as CPython does (ints via
 * `__index__`, floats via `__float__`, '?' by truth) and raises
 * `struct.error` with CPython's messages; unpacking builds ints, floats,
 * bools and bytes. `Struct` is a heap class (native-class.ts) whose
 * instances keep `format` and `size` in their dict.
 *
 * Invariants: the per-worker cache maps format text to its compiled fields
 * (immutable data, rebuildable); the module's only Python state is the
 * `error` class in the module dict.
 */
import { load } from '../../gc/heap.js';
import { K, raise, small, T, typeOf } from '../objects/core.js';
import { bufferOf, isBytes, newBytes } from '../objects/bytes.js';
import { byteArrayLen, byteArraySetByte } from '../objects/bytearray.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { newFloat } from '../objects/float.js';
import { intFromBigInt, intFromNumber, isInt, toBigInt } from '../objects/int.js';
import { callSlot, getIter, isTrue, typeNameOf } from '../objects/protocol.js';
import { newList } from '../objects/list.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { isSubtype, newClass, S, typeSlot } from '../objects/type.js';
import { MODULE_DICT } from '../objects/core.js';
import { argFloat } from './math.js';
import { instanceDict, makeNativeClass } from './native-class.js';
import type { ModuleSpec } from './registry.js';

interface Field {
  readonly code: string;
  /** Repeat count (for 's' / 'p': the byte length). */
  readonly count: number;
  readonly offset: number;
  /** Size of one item. */
  readonly size: number;
}

interface Compiled {
  readonly fields: readonly Field[];
  readonly size: number;
  /** Number of values packed / unpacked. */
  readonly items: number;
  readonly little: boolean;
  readonly native: boolean;
}

const NATIVE_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8,
  s: 1, p: 1, P: 8,
};
const STD_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
};

// ---------------------------------------------------------------------------
// The struct.error class (found through the module dict)

/** A struct.error, the class found through sys.modules['struct'] (no JS-held refs). */
function structError(msg: string) {
  const m = dictGetStr(K.sysModules, intern('struct'));
  const cls = m ? dictGetStr(load(m + MODULE_DICT), intern('error')) : 0;
  return raise(cls || T.Exception, msg);
}

// ---------------------------------------------------------------------------
// Compiling a format

const cache = new Map<string, Compiled>();

function formatText(v: number): string {
  if (typeOf(v) === T.str) return jsString(v);
  if (isBytes(v)) return String.fromCharCode(...bufferOf(v)!);
  throw raise(T.TypeError, `Struct() argument 1 must be a str or bytes object, not ${typeNameOf(v)}`);
}

function compile(fmt: string): Compiled {
  const hit = cache.get(fmt);
  if (hit) return hit;
  let i = 0, native = true, little = true;
  const first = fmt[0];
  if (first === '@' || first === '=' || first === '<' || first === '>' || first === '!') {
    native = first === '@';
    little = first === '@' || first === '=' || first === '<';
    i = 1;
  }
  const sizes = native ? NATIVE_SIZES : STD_SIZES;
  const fields: Field[] = [];
  let offset = 0, items = 0;
  while (i < fmt.length) {
    const ch = fmt[i]!;
    if (/\s/.test(ch)) { i++; continue; }
    let count = 1;
    if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < fmt.length && fmt[j]! >= '0' && fmt[j]! <= '9') j++;
      count = Number(fmt.slice(i, j));
      i = j;
      if (i >= fmt.length) throw structError('repeat count given without format specifier');
    }
    const code = fmt[i++]!;
    const size = sizes[code];
    if (size === undefined) throw structError('bad char in struct format');
    if (native && size > 1 && code !== 's' && code !== 'p') offset = Math.ceil(offset / size) * size;
    if (code === 's' || code === 'p') {
      fields.push({ code, count, offset, size: 1 });
      offset += count;
      items += 1;
    } else {
      if (count > 0) fields.push({ code, count, offset, size });
      offset += size * count;
      if (code !== 'x') items += count;
    }
  }
  const c: Compiled = { fields, size: offset, items, little, native };
  if (cache.size > 256) cache.clear();
  cache.set(fmt, c);
  return c;
}

// ---------------------------------------------------------------------------
// Packing

function intArg(v: number): bigint {
  if (isInt(v)) return toBigInt(v);
  const ix = typeSlot(typeOf(v), S.__index__);
  if (!ix) throw structError('required argument is not an integer');
  return toBigInt(callSlot(ix, v, []));
}

const SIGNED = 'bhilqn';
const RANGE_NAMES: Record<string, string> = { b: 'byte', B: 'ubyte', h: 'short', H: 'ushort' };

function checkedInt(code: string, size: number, native: boolean, v: number): bigint {
  const x = intArg(v);
  if (code === 'P') {
    if (x < -(1n << 63n) || x >= 1n << 64n) throw structError('int too large to convert');
    return BigInt.asUintN(64, x);
  }
  const signed = SIGNED.includes(code);
  // b B h H are read as a signed C long first; the other unsigned codes as an unsigned one.
  const viaLong = signed || size < 4;
  if (viaLong ? x < -(1n << 63n) || x >= 1n << 63n : x < 0n || x >= 1n << 64n) throw structError('argument out of range');
  const bits = BigInt(size * 8);
  const lo = signed ? -(1n << (bits - 1n)) : 0n, hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (x < lo || x > hi) {
    const name = RANGE_NAMES[code];
    if (name) throw structError(`${name} format requires ${lo} <= number <= ${hi}`);
    if (size === 8) throw structError('argument out of range');
    throw structError(`'${code}' format requires ${lo} <= number <= ${hi}`);
  }
  void native;
  return BigInt.asUintN(size * 8, x);
}

function floatArg(v: number): number {
  if (typeOf(v) !== T.float && !isInt(v) && !typeSlot(typeOf(v), S.__float__) && !typeSlot(typeOf(v), S.__index__)) {
    throw structError('required argument is not a float');
  }
  return argFloat(v);
}

function roundHalfEven(x: number): number {
  const f = Math.floor(x), d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** IEEE binary16 bits of x (round half to even); OverflowError if too large. */
function halfBits(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  if (x !== x) return sign | 0x7e00;
  const f = Math.abs(x);
  if (f === Infinity) return sign | 0x7c00;
  if (f === 0) return sign;
  const overflow = () => raise(T.OverflowError, 'float too large to pack with e format');
  if (f < 2 ** -14) return sign | roundHalfEven(f * 2 ** 24);
  let e = Math.floor(Math.log2(f));
  if (2 ** e > f) e--;
  if (2 ** (e + 1) <= f) e++;
  let m = roundHalfEven(f / 2 ** (e - 10));
  if (m === 2048) { m = 1024; e++; }
  if (e + 15 >= 31) throw overflow();
  return sign | ((e + 15) << 10) | (m - 1024);
}

function halfValue(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1, e = (bits >> 10) & 0x1f, m = bits & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m ? NaN : sign * Infinity;
  return sign * (1024 + m) * 2 ** (e - 25);
}

function writeUint(out: Uint8Array, at: number, size: number, little: boolean, x: bigint): void {
  for (let k = 0; k < size; k++) {
    const byte = Number((x >> BigInt(8 * k)) & 0xffn);
    out[little ? at + k : at + size - 1 - k] = byte;
  }
}

function bytesArg(v: number, code: string): Uint8Array {
  const b = typeOf(v) === T.str ? null : bufferOf(v);
  if (b === null || (typeOf(v) !== T.bytes && !isSubtype(typeOf(v), T.bytes) && typeOf(v) !== T.bytearray)) {
    throw structError(`argument for '${code}' must be a bytes object`);
  }
  return b;
}

function packField(out: Uint8Array, base: number, c: Compiled, f: Field, values: number[], next: number): number {
  const at = base + f.offset;
  switch (f.code) {
    case 'x': return next;
    case 's': case 'p': {
      const data = bytesArg(values[next]!, f.code);
      if (f.code === 's') out.set(data.subarray(0, f.count), at);
      else if (f.count > 0) {
        const n = Math.min(data.length, f.count - 1, 255);
        out[at] = n;
        out.set(data.subarray(0, n), at + 1);
      }
      return next + 1;
    }
  }
  for (let k = 0; k < f.count; k++) {
    const v = values[next + k]!, pos = at + k * f.size;
    switch (f.code) {
      case 'c': {
        const b = isBytes(v) ? bufferOf(v)! : null;
        if (b === null || b.length !== 1) throw structError('char format requires a bytes object of length 1');
        out[pos] = b[0]!;
        break;
      }
      case '?': out[pos] = isTrue(v) ? 1 : 0; break;
      case 'e': writeUint(out, pos, 2, c.little, BigInt(halfBits(floatArg(v)))); break;
      case 'f': {
        const x = floatArg(v), y = Math.fround(x);
        if (!c.native && !isFinite(y) && isFinite(x)) throw raise(T.OverflowError, 'float too large to pack with f format');
        new DataView(out.buffer, out.byteOffset).setFloat32(pos, y, c.little);
        break;
      }
      case 'd': new DataView(out.buffer, out.byteOffset).setFloat64(pos, floatArg(v), c.little); break;
      default: writeUint(out, pos, f.size, c.little, checkedInt(f.code, f.size, c.native, v));
    }
  }
  return next + f.count;
}

function packInto(c: Compiled, out: Uint8Array, base: number, values: number[]): void {
  let next = 0;
  for (const f of c.fields) next = packField(out, base, c, f, values, next);
}

function packedBytes(fmt: string, values: number[], who: string): Uint8Array {
  const c = compile(fmt);
  if (values.length !== c.items) throw structError(`${who} expected ${c.items} items for packing (got ${values.length})`);
  const out = new Uint8Array(c.size);
  packInto(c, out, 0, values);
  return out;
}

// ---------------------------------------------------------------------------
// Unpacking

function readUint(buf: Uint8Array, at: number, size: number, little: boolean): bigint {
  let x = 0n;
  for (let k = 0; k < size; k++) x = (x << 8n) | BigInt(buf[little ? at + size - 1 - k : at + k]!);
  return x;
}

function unpackAt(c: Compiled, buf: Uint8Array, base: number): number {
  const out: number[] = [];
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  for (const f of c.fields) {
    const at = base + f.offset;
    if (f.code === 'x') continue;
    if (f.code === 's') { out.push(newBytes(buf.subarray(at, at + f.count))); continue; }
    if (f.code === 'p') {
      const n = f.count === 0 ? 0 : Math.min(buf[at]!, f.count - 1);
      out.push(newBytes(buf.subarray(at + 1, at + 1 + n)));
      continue;
    }
    for (let k = 0; k < f.count; k++) {
      const pos = at + k * f.size;
      switch (f.code) {
        case 'c': out.push(newBytes([buf[pos]!])); break;
        case '?': out.push(buf[pos] ? K.True : K.False); break;
        case 'e': out.push(newFloat(halfValue(Number(readUint(buf, pos, 2, c.little))))); break;
        case 'f': out.push(newFloat(view.getFloat32(pos, c.little))); break;
        case 'd': out.push(newFloat(view.getFloat64(pos, c.little))); break;
        default: {
          let x = readUint(buf, pos, f.size, c.little);
          if (SIGNED.includes(f.code)) x = BigInt.asIntN(f.size * 8, x);
          out.push(f.size <= 4 ? intFromNumber(Number(x)) : intFromBigInt(x));
        }
      }
    }
  }
  return newTuple(out);
}

function bufferArg(v: number): Uint8Array {
  const b = typeOf(v) === T.str ? null : bufferOf(v);
  if (b === null) throw raise(T.TypeError, `a bytes-like object is required, not '${typeNameOf(v)}'`);
  return b;
}

function unpack(fmt: string, bufv: number): number {
  const c = compile(fmt), buf = bufferArg(bufv);
  if (buf.length !== c.size) throw structError(`unpack requires a buffer of ${c.size} bytes`);
  return unpackAt(c, buf, 0);
}

function unpackFrom(fmt: string, bufv: number, offsetv: number): number {
  const c = compile(fmt), buf = bufferArg(bufv);
  let offset = Number(intArgPlain(offsetv));
  if (offset < 0) {
    if (offset + buf.length < 0) throw structError(`offset ${offset} out of range for ${buf.length}-byte buffer`);
    offset += buf.length;
  }
  if (buf.length - offset < c.size) {
    throw structError(`unpack_from requires a buffer of at least ${c.size + offset} bytes for unpacking ${c.size} bytes at offset ${offset} (actual buffer size is ${buf.length})`);
  }
  return unpackAt(c, buf, offset);
}

function iterUnpack(fmt: string, bufv: number): number {
  const c = compile(fmt), buf = bufferArg(bufv);
  if (c.size === 0) throw structError('cannot iteratively unpack with a struct of length 0');
  if (buf.length % c.size !== 0) throw structError(`iterative unpacking requires a buffer of a multiple of ${c.size} bytes`);
  const rows: number[] = [];
  for (let at = 0; at < buf.length; at += c.size) rows.push(unpackAt(c, buf, at));
  return getIter(newList(rows));
}

function intArgPlain(v: number): bigint {
  if (isInt(v)) return toBigInt(v);
  const ix = typeSlot(typeOf(v), S.__index__);
  if (!ix) throw raise(T.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return toBigInt(callSlot(ix, v, []));
}

function packIntoBuffer(fmt: string, target: number, offsetv: number, values: number[]): number {
  const c = compile(fmt);
  if (values.length !== c.items) throw structError(`pack_into expected ${c.items} items for packing (got ${values.length})`);
  if (typeOf(target) !== T.bytearray && !isSubtype(typeOf(target), T.bytearray)) {
    if (bufferOf(target) !== null) throw raise(T.TypeError, 'argument must be read-write bytes-like object, not ' + typeNameOf(target));
    throw raise(T.TypeError, `argument must be read-write bytes-like object, not ${typeNameOf(target)}`);
  }
  const len = byteArrayLen(target);
  let offset = Number(intArgPlain(offsetv));
  if (offset < 0) {
    if (offset + c.size > 0) throw structError(`no space to pack ${c.size} bytes at offset ${offset}`);
    if (offset + len < 0) throw structError(`offset ${offset} out of range for ${len}-byte buffer`);
    offset += len;
  }
  if (len - offset < c.size) {
    throw structError(`pack_into requires a buffer of at least ${c.size + offset} bytes for packing ${c.size} bytes at offset ${offset} (actual buffer size is ${len})`);
  }
  const out = new Uint8Array(c.size);
  const current = bufferOf(target)!;
  out.set(current.subarray(offset, offset + c.size));
  packInto(c, out, 0, values);
  for (let k = 0; k < c.size; k++) byteArraySetByte(target, offset + k, out[k]!);
  return K.None;
}

// ---------------------------------------------------------------------------
// Module functions and the Struct class

function positional(a: number[], kw: readonly string[] | null, who: string): number[] {
  if (kw && kw.length) throw raise(T.TypeError, `${who}() takes no keyword arguments`);
  return a;
}

function needArgs(a: number[], n: number, name: string): void {
  if (a.length < n) throw raise(T.TypeError, `${name} expected ${n} argument${n > 1 ? 's' : ''}, got ${a.length}`);
  if (a.length > n) throw raise(T.TypeError, `${name} expected ${n} argument${n > 1 ? 's' : ''}, got ${a.length}`);
}

/** unpack_from(fmt, /, buffer, offset=0) argument parsing (after the format). */
function bufferAndOffset(a: number[], kw: readonly string[] | null, name: string): [number, number] {
  const nkw = kw ? kw.length : 0, pos = a.slice(0, a.length - nkw);
  let buf = pos[0], off = pos[1] ?? small(0);
  if (pos.length > 2) throw raise(T.TypeError, `${name}() takes at most 2 arguments (${pos.length} given)`);
  for (let k = 0; k < nkw; k++) {
    const v = a[pos.length + k]!;
    if (kw![k] === 'buffer') buf = v;
    else if (kw![k] === 'offset') off = v;
    else throw raise(T.TypeError, `'${kw![k]}' is an invalid keyword argument for ${name}()`);
  }
  if (buf === undefined) throw raise(T.TypeError, `${name}() missing required argument 'buffer' (pos 1)`);
  return [buf, off];
}

function structFormat(self: number): string {
  const f = dictGetStr(instanceDict(self, 'Struct'), intern('format'));
  if (!f) throw raise(T.TypeError, "descriptor requires a 'Struct' object");
  return jsString(f);
}

function structInit(a: number[], kw: readonly string[] | null): number {
  let fmtv = a[1];
  if (kw && kw.length === 1 && kw[0] === 'format' && a.length === 2) fmtv = a[1];
  else if (kw && kw.length) throw raise(T.TypeError, `'${kw[0]}' is an invalid keyword argument for Struct()`);
  if (fmtv === undefined || a.length > 2) throw raise(T.TypeError, `Struct() takes exactly 1 argument (${a.length - 1} given)`);
  const fmt = formatText(fmtv);
  const c = compile(fmt);
  const self = a[0]!;
  const d = instanceDict(self, 'Struct');
  dictSet(d, intern('format'), newStr(fmt));
  dictSet(d, intern('size'), intFromNumber(c.size));
  return K.None;
}

export const structModule: ModuleSpec = {
  name: 'struct',
  doc: 'Functions to convert between Python values and C structs.',
  functions: {
    pack: (a, kw) => {
      positional(a, kw, 'pack');
      if (a.length < 1) throw raise(T.TypeError, 'missing format argument');
      return newBytes(packedBytes(formatText(a[0]!), a.slice(1), 'pack'));
    },
    unpack: (a) => unpack(formatText(a[0]!), a[1]!),
    calcsize: (a) => intFromNumber(compile(formatText(a[0]!)).size),
    iter_unpack: (a) => iterUnpack(formatText(a[0]!), a[1]!),
    unpack_from: (a, kw) => {
      if (a.length - (kw ? kw.length : 0) < 1) throw raise(T.TypeError, "unpack_from() missing required argument 'format' (pos 1)");
      const [buf, off] = bufferAndOffset(a.slice(1), kw, 'unpack_from');
      return unpackFrom(formatText(a[0]!), buf, off);
    },
    pack_into: (a, kw) => {
      positional(a, kw, 'pack_into');
      if (a.length < 1) throw raise(T.TypeError, 'pack_into expected at least 1 argument, got 0');
      if (a.length < 2) throw structError('pack_into expected buffer argument');
      if (a.length < 3) throw structError('pack_into expected offset argument');
      return packIntoBuffer(formatText(a[0]!), a[1]!, a[2]!, a.slice(3));
    },
    'Struct.__init__': structInit,
    'Struct.pack': (a, kw) => newBytes(packedBytes(structFormat(a[0]!), positional(a, kw, 'pack').slice(1), 'pack')),
    'Struct.unpack': (a) => { needArgs(a.slice(1), 1, 'unpack'); return unpack(structFormat(a[0]!), a[1]!); },
    'Struct.unpack_from': (a, kw) => {
      const [buf, off] = bufferAndOffset(a.slice(1), kw, 'unpack_from');
      return unpackFrom(structFormat(a[0]!), buf, off);
    },
    'Struct.iter_unpack': (a) => { needArgs(a.slice(1), 1, 'iter_unpack'); return iterUnpack(structFormat(a[0]!), a[1]!); },
    'Struct.pack_into': (a, kw) => {
      positional(a, kw, 'pack_into');
      if (a.length < 2) throw structError('pack_into expected buffer argument');
      if (a.length < 3) throw structError('pack_into expected offset argument');
      return packIntoBuffer(structFormat(a[0]!), a[1]!, a[2]!, a.slice(3));
    },
  },
  arity: { unpack: '=2-2', calcsize: 'O', iter_unpack: '=2-2' },
  init: (d) => {
    const ns = newDict();
    dictSet(ns, intern('__module__'), intern('struct'));
    dictSet(ns, intern('__qualname__'), intern('error'));
    dictSet(d, intern('error'), newClass(T.type, intern('error'), newTuple([T.Exception]), ns));
    makeNativeClass(d, '_struct', 'Struct', { __doc__: newStr('Struct(format)\n--\n\nCreate a compiled struct object.') });
  },
};
