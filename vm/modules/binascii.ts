/**
 * `_binascii`: the fast paths of lib/binascii.py
 * (https://docs.python.org/3.11/library/binascii.html).
 *
 * Model: pure functions on byte strings, no state. `b2a_base64` encodes
 * without a newline; `a2b_base64_plain` decodes only canonical input (the
 * alphabet, length a multiple of 4, at most two '=' at the end) and returns
 * None for anything else, which lib/binascii.py then decodes itself with
 * CPython's lenient rules and messages; `crc32` continues a zlib CRC-32.
 *
 * Invariants: the CRC table is immutable data built once per worker. The
 * arguments are bytes objects (the Python wrapper converts first).
 */
import { K, raise, T } from '../objects/core.js';
import { bufferOf, newBytes } from '../objects/bytes.js';
import { intFromNumber, toBigInt } from '../objects/int.js';
import type { ModuleSpec } from './registry.js';

const CANONICAL_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function bytesArg(ref: number): Uint8Array {
  const data = bufferOf(ref);
  if (data === null) throw raise(T.TypeError, 'a bytes-like object is required');
  return data;
}

function b2a_base64(args: number[]): number {
  return newBytes(Buffer.from(Buffer.from(bytesArg(args[0]!)).toString('base64'), 'latin1'));
}

function a2b_base64_plain(args: number[]): number {
  const text = Buffer.from(bytesArg(args[0]!)).toString('latin1');
  if (!CANONICAL_BASE64.test(text)) return K.None;
  return newBytes(Buffer.from(text, 'base64'));
}

function crc32(args: number[]): number {
  let c = (Number(BigInt.asUintN(32, toBigInt(args[1]!))) ^ 0xffffffff) >>> 0;
  for (const b of bytesArg(args[0]!)) c = (CRC_TABLE[(c ^ b) & 255]! ^ (c >>> 8)) >>> 0;
  return intFromNumber((c ^ 0xffffffff) >>> 0);
}

export const binasciiModule: ModuleSpec = {
  name: '_binascii',
  doc: 'Fast paths for binascii.',
  functions: { b2a_base64, a2b_base64_plain, crc32 },
  arity: { b2a_base64: '=1-1', a2b_base64_plain: '=1-1', crc32: '=2-2' },
};
