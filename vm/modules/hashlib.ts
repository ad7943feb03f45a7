/**
 * `_hashlib`: the native half of `hashlib`
 * (https://docs.python.org/3.11/library/hashlib.html), over node:crypto.
 *
 * Model: a hash object is Python (lib/hashlib.py) and keeps every byte fed so
 * far in a heap bytearray; this module only computes a digest of a whole
 * message in one go (`digest(name, data)`) and PBKDF2-HMAC keys
 * (`pbkdf2(name, password, salt, iterations, dklen)`), so no hashing state lives in JS
 * and a hash object's state is fully reproducible from the heap.
 *
 * Invariants: `name` is one of the Python names in ALGORITHMS (lib/hashlib.py
 * checks it first); anything else raises ValueError.
 */
import { nodeCrypto } from '../runtime/node-builtins.js';
import { raise, T } from '../objects/core.js';
import { bufferOf, newBytes } from '../objects/bytes.js';
import { toBigInt } from '../objects/int.js';
import { jsString } from '../objects/str.js';
import type { ModuleSpec } from './registry.js';

/** Python algorithm name -> node:crypto name. */
const ALGORITHMS: Readonly<Record<string, string>> = {
  md5: 'md5', sha1: 'sha1', sha224: 'sha224', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512',
  blake2b: 'blake2b512', blake2s: 'blake2s256',
  sha3_224: 'sha3-224', sha3_256: 'sha3-256', sha3_384: 'sha3-384', sha3_512: 'sha3-512',
};

function algorithm(nameRef: number): string {
  const name = jsString(nameRef);
  const algo = ALGORITHMS[name];
  if (algo === undefined) throw raise(T.ValueError, `unsupported hash type ${name}`);
  return algo;
}

function buffer(ref: number): Uint8Array {
  const data = bufferOf(ref);
  if (data === null) throw raise(T.TypeError, 'object supporting the buffer API required');
  return data;
}

function digest(args: number[]): number {
  return newBytes(nodeCrypto().createHash(algorithm(args[0]!)).update(buffer(args[1]!)).digest());
}

/** The wrapper (lib/hashlib.py) has checked that iterations and dklen are positive ints. */
function pbkdf2(args: number[]): number {
  const iterations = Number(toBigInt(args[3]!));
  const dklen = Number(toBigInt(args[4]!));
  if (iterations > 0x7fffffff) throw raise(T.OverflowError, 'iteration value is too great.');
  if (dklen > 0x7fffffff) throw raise(T.OverflowError, 'key length is too great.');
  const key = nodeCrypto().pbkdf2Sync(buffer(args[1]!), buffer(args[2]!), iterations, dklen, algorithm(args[0]!));
  return newBytes(key);
}

export const hashlibModule: ModuleSpec = {
  name: '_hashlib',
  doc: 'Native digests for hashlib.',
  functions: { digest, pbkdf2 },
  arity: { digest: '=2-2', pbkdf2: '=5-5' },
};
