/**
 * `_io`: the native helpers under lib/io.py (https://docs.python.org/3.11/library/io.html).
 * lib/io.py holds the classes (StringIO, BytesIO, FileIO, Buffered*,
 * TextIOWrapper, open) and their state as ordinary instance attributes in
 * the heap; this module gives it what Python code cannot do cheaply:
 *
 * - `encode(s, encoding, errors)` / `decode(b, encoding, errors, final)`
 *   (io-codecs.ts; `decode` returns `(text, bytes_used)` so a file decodes
 *   chunk by chunk),
 * - `lookup(encoding)`: the codec's canonical name, or LookupError,
 * - byte-string pieces BytesIO and the buffered readers need (`join`,
 *   `slice`, `find`, `splice`), independent of how much of `bytes` the
 *   runtime has yet, and `substr` (a str slice that does not convert the
 *   whole str, which the runtime's str slicing still does).
 *
 * Invariants: pure functions; no state.
 */
import { K, raise, T, typeOf } from '../objects/core.js';
import { bytesData, newBytes } from '../objects/bytes.js';
import { intFromNumber, isInt, toBigInt } from '../objects/int.js';
import { listItems } from '../objects/list.js';
import { toArray, typeNameOf } from '../objects/protocol.js';
import { isAsciiOrBmp, jsString, newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { codecName, decode, encode } from './io-codecs.js';
import type { ModuleSpec } from './registry.js';

function strArg(v: number, what: string): string {
  if (typeOf(v) !== T.str) throw raise(T.TypeError, `${what} must be str, not ${typeNameOf(v)}`);
  return jsString(v);
}
function optStr(a: number[], i: number, dflt: string, what: string): string {
  return a.length > i && a[i] !== K.None ? strArg(a[i]!, what) : dflt;
}
function bytesArg(v: number): Uint8Array {
  if (typeOf(v) === T.bytes) return bytesData(v);
  throw raise(T.TypeError, `a bytes-like object is required, not '${typeNameOf(v)}'`);
}
function intArg(v: number): number {
  if (!isInt(v)) throw raise(T.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return Number(toBigInt(v));
}

/** splice(b, pos, data): b with data written at pos (zero-filled gap if pos > len(b)). */
function splice(b: Uint8Array, pos: number, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.max(b.length, pos + data.length));
  out.set(b.subarray(0, Math.min(b.length, pos)));
  out.set(data, pos);
  if (b.length > pos + data.length) out.set(b.subarray(pos + data.length), pos + data.length);
  return out;
}

export const ioModule: ModuleSpec = {
  name: '_io',
  doc: 'Native helpers of the io module (pystm).',
  functions: {
    encode: (a) => newBytes(encode(strArg(a[0]!, 'encode() argument'), optStr(a, 1, 'utf-8', 'encoding'), optStr(a, 2, 'strict', 'errors'))),
    decode: (a) => {
      const r = decode(bytesArg(a[0]!), optStr(a, 1, 'utf-8', 'encoding'), optStr(a, 2, 'strict', 'errors'), a.length < 4 || a[3] !== K.False);
      return newTuple([newStr(r.text), intFromNumber(r.used)]);
    },
    lookup: (a) => newStr(codecName(strArg(a[0]!, 'encoding'))),
    join: (a) => {
      const parts = (typeOf(a[0]!) === T.list ? listItems(a[0]!) : toArray(a[0]!)).map(bytesArg);
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) { out.set(p, at); at += p.length; }
      return newBytes(out);
    },
    slice: (a) => {
      const b = bytesArg(a[0]!);
      const start = Math.max(0, intArg(a[1]!));
      const end = a.length > 2 && a[2] !== K.None ? Math.min(b.length, intArg(a[2]!)) : b.length;
      return newBytes(b.slice(start, Math.max(start, end)));
    },
    find: (a) => {
      const b = bytesArg(a[0]!), sub = bytesArg(a[1]!);
      const start = a.length > 2 ? intArg(a[2]!) : 0;
      if (sub.length === 1) return intFromNumber(b.indexOf(sub[0]!, start));
      return intFromNumber(Buffer.from(b.buffer, b.byteOffset, b.length).indexOf(Buffer.from(sub), start));
    },
    splice: (a) => newBytes(splice(bytesArg(a[0]!), intArg(a[1]!), bytesArg(a[2]!))),
    /** substr(s, start, end): s[start:end] for 0 <= start <= end, without converting all of s (str slicing is O(len(s)) today). */
    substr: (a) => {
      const ref = a[0]!;
      if (typeOf(ref) !== T.str) throw raise(T.TypeError, `substr() argument must be str, not ${typeNameOf(ref)}`);
      const s = jsString(ref), start = Math.max(0, intArg(a[1]!));
      const end = a.length > 2 && a[2] !== K.None ? intArg(a[2]!) : Number.MAX_SAFE_INTEGER;
      if (isAsciiOrBmp(ref)) return newStr(s.slice(start, Math.max(start, end)));
      return newStr(Array.from(s).slice(start, Math.max(start, end)).join(''));
    },
    zeros: (a) => newBytes(new Uint8Array(Math.max(0, intArg(a[0]!)))),
    is_bytes: (a) => (typeOf(a[0]!) === T.bytes ? K.True : K.False),
    to_bytes: (a) => newBytes(Uint8Array.from(toArray(a[0]!), (v) => {
      const n = intArg(v);
      if (n < 0 || n > 255) throw raise(T.ValueError, 'bytes must be in range(0, 256)');
      return n;
    })),
    byte_list: (a) => newTuple(Array.from(bytesArg(a[0]!), (b) => intFromNumber(b))),
  },
  arity: {
    encode: '=1-3', decode: '=1-4', substr: '=2-3', lookup: '=1-1', join: '=1-1', slice: '=2-3', find: '=2-3', splice: '=3-3',
    zeros: '=1-1', is_bytes: '=1-1', to_bytes: '=1-1', byte_list: '=1-1',
  },
};
