/**
 * `_random`: the Mersenne Twister core of lib/random.py
 * (https://docs.python.org/3.11/library/random.html), giving CPython's exact
 * sequences for the same seed.
 *
 * Model: `_random.Random` is a heap class (native-class.ts); each instance
 * keeps its generator in its dict under `_mt`: an I32ARRAY of 625 raw words,
 * the 624 MT19937 state words then the index of the next word to temper
 * (624 = the state must be regenerated first). Seeding follows CPython's
 * random_seed: an int seeds init_by_array with the 32-bit chunks of its
 * absolute value (least significant first), None seeds from 624 words of OS
 * entropy, any other hashable object by its hash as an unsigned 64-bit int.
 * random() combines 27 and 26 bits into a double in [0, 1); getrandbits(k)
 * concatenates words least significant first, the last one shifted right.
 *
 * Invariants: all generator state is in the heap array (no JS variables);
 * the array is opened for write before each change.
 */
import { nodeCrypto } from '../runtime/node-builtins.js';
import { allocateLayout, load, loadU32, store, storeU32 } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { openForWrite } from '../../stm/access.js';
import { I32A, K, raise, small, T, typeOf } from '../objects/core.js';
import { bufferOf } from '../objects/bytes.js';
import { dictGetStr, dictSet } from '../objects/dict.js';
import { floatHashBig, floatValue, newFloat } from '../objects/float.js';
import { intFromBigInt, intFromNumber, isInt, toBigInt } from '../objects/int.js';
import { hashOf, typeNameOf } from '../objects/protocol.js';
import { intern, jsString } from '../objects/str.js';
import { newTuple, tupleItem, tupleLen } from '../objects/tuple.js';
import { isSubtype } from '../objects/type.js';
import type { NativeFn } from '../objects/native.js';
import { instanceDict, makeNativeClass } from './native-class.js';
import type { ModuleSpec } from './registry.js';

const N = 624;
const M = 397;
const WORDS = N + 1;
const INDEX = N;

// ---------------------------------------------------------------------------
// The generator on a heap array (`a` = the array's first data word)

function initGenrand(a: number, s: number): void {
  storeU32(a, s >>> 0);
  for (let i = 1; i < N; i++) {
    const prev = loadU32(a + i - 1);
    storeU32(a + i, (Math.imul(1812433253, (prev ^ (prev >>> 30)) >>> 0) + i) >>> 0);
  }
  store(a + INDEX, N);
}

function initByArray(a: number, key: readonly number[]): void {
  initGenrand(a, 19650218);
  let i = 1, j = 0;
  const len = key.length;
  for (let k = Math.max(N, len); k > 0; k--) {
    const prev = loadU32(a + i - 1);
    storeU32(a + i, ((loadU32(a + i) ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1664525)) + key[j]! + j) >>> 0);
    i++; j++;
    if (i >= N) { storeU32(a, loadU32(a + N - 1)); i = 1; }
    if (j >= len) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = loadU32(a + i - 1);
    storeU32(a + i, ((loadU32(a + i) ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1566083941)) - i) >>> 0);
    i++;
    if (i >= N) { storeU32(a, loadU32(a + N - 1)); i = 1; }
  }
  storeU32(a, 0x80000000);
  store(a + INDEX, N);
}

/** Regenerates the 624 words (the "twist"). */
function twist(a: number): void {
  let kk = 0;
  for (; kk < N - M; kk++) {
    const y = (loadU32(a + kk) & 0x80000000) | (loadU32(a + kk + 1) & 0x7fffffff);
    storeU32(a + kk, loadU32(a + kk + M) ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0));
  }
  for (; kk < N - 1; kk++) {
    const y = (loadU32(a + kk) & 0x80000000) | (loadU32(a + kk + 1) & 0x7fffffff);
    storeU32(a + kk, loadU32(a + kk + (M - N)) ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0));
  }
  const y = (loadU32(a + N - 1) & 0x80000000) | (loadU32(a) & 0x7fffffff);
  storeU32(a + N - 1, loadU32(a + M - 1) ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0));
  store(a + INDEX, 0);
}

/** The next tempered 32-bit word (as a non-negative number). */
function genrand(a: number): number {
  let i = load(a + INDEX);
  if (i >= N) { twist(a); i = 0; }
  let y = loadU32(a + i);
  store(a + INDEX, i + 1);
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

function randomDouble(a: number): number {
  const x = genrand(a) >>> 5, y = genrand(a) >>> 6;
  return (x * 67108864 + y) * (1 / 9007199254740992);
}

function getrandbits(a: number, k: number): bigint | number {
  if (k <= 32) return genrand(a) >>> (32 - k);
  if (k <= 53) {
    const lo = genrand(a), hi = genrand(a) >>> (64 - k);
    return hi * 4294967296 + lo;
  }
  let r = 0n, shift = 0n;
  for (let left = k; left > 0; left -= 32, shift += 32n) {
    let w = genrand(a);
    if (left < 32) w >>>= 32 - left;
    r |= BigInt(w) << shift;
  }
  return r;
}

// ---------------------------------------------------------------------------
// The state array in the instance dict

const STATE_KEY = '_mt';

function newState(): number {
  return allocateLayout(L.I32ARRAY, WORDS, T.internal_i32array);
}

/** The first data word of self's generator array (seeded from the OS if it has none yet). */
function stateWords(self: number): number {
  const d = instanceDict(self, '_random.Random');
  let st = dictGetStr(d, intern(STATE_KEY));
  if (!st) {
    st = newState();
    dictSet(d, intern(STATE_KEY), st);
    seedFromEntropy(st + I32A.DATA);
  }
  openForWrite(st);
  return st + I32A.DATA;
}

function seedFromEntropy(a: number): void {
  const bytes = nodeCrypto().randomBytes(N * 4);
  const key: number[] = [];
  for (let i = 0; i < N; i++) key.push(bytes.readUInt32LE(i * 4));
  initByArray(a, key);
}

/** The 32-bit chunks of |n|, least significant first (at least one). */
function chunks(n: bigint): number[] {
  if (n < 0n) n = -n;
  const key: number[] = [];
  do {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return key;
}

/** hash(v) with CPython's 64 bits for floats (hashOf keeps 32). */
function fullHash(v: number): bigint {
  if (typeOf(v) === T.float) return floatHashBig(floatValue(v));
  return BigInt(hashOf(v));
}

function seed(a: number[]): number {
  const self = a[0]!;
  const arg = a.length > 1 ? a[1]! : K.None;
  const st = stateWords(self);
  if (arg === K.None) seedFromEntropy(st);
  else if (isInt(arg)) initByArray(st, chunks(toBigInt(arg)));
  else initByArray(st, chunks(BigInt.asUintN(64, fullHash(arg))));
  return K.None;
}

// ---------------------------------------------------------------------------
// Methods

const random: NativeFn = (a) => {
  if (a.length !== 1) throw raise(T.TypeError, `Random.random() takes no arguments (${a.length - 1} given)`);
  return newFloat(randomDouble(stateWords(a[0]!)));
};

function getrandbitsMethod(a: number[]): number {
  if (a.length !== 2) throw raise(T.TypeError, `Random.getrandbits() takes exactly one argument (${a.length - 1} given)`);
  const kv = a[1]!;
  if (!isInt(kv)) throw raise(T.TypeError, `'${typeNameOf(kv)}' object cannot be interpreted as an integer`);
  const kb = toBigInt(kv);
  if (kb < 0n) throw raise(T.ValueError, 'number of bits must be non-negative');
  if (kb > 1n << 31n) throw raise(T.OverflowError, 'Python int too large to convert to C int');
  const k = Number(kb);
  if (k === 0) return small(0);
  const r = getrandbits(stateWords(a[0]!), k);
  return typeof r === 'number' ? intFromNumber(r) : intFromBigInt(r);
}

function getstate(a: number[]): number {
  const st = stateWords(a[0]!);
  const items: number[] = [];
  for (let i = 0; i < N; i++) items.push(intFromNumber(loadU32(st + i)));
  items.push(intFromNumber(load(st + INDEX)));
  return newTuple(items);
}

function setstate(a: number[]): number {
  const state = a[1]!;
  if (typeOf(state) !== T.tuple && !isSubtype(typeOf(state), T.tuple)) throw raise(T.TypeError, 'state vector must be a tuple');
  if (tupleLen(state) !== WORDS) throw raise(T.ValueError, 'state vector is the wrong size');
  const words: number[] = [];
  for (let i = 0; i < WORDS; i++) {
    const v = tupleItem(state, i);
    if (!isInt(v)) throw raise(T.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
    const b = toBigInt(v);
    if (i < N) {
      if (b < 0n || b > 0xffffffffn) throw raise(T.OverflowError, b < 0n ? "can't convert negative value to unsigned int" : 'Python int too large to convert to C unsigned long');
      words.push(Number(b));
    } else {
      if (b < 0n || b > BigInt(N)) throw raise(T.ValueError, 'invalid state');
      words.push(Number(b));
    }
  }
  const st = stateWords(a[0]!);
  for (let i = 0; i < N; i++) storeU32(st + i, words[i]!);
  store(st + INDEX, words[N]!);
  return K.None;
}

function init(a: number[], kw: readonly string[] | null): number {
  if (kw && kw.length) throw raise(T.TypeError, 'Random() takes no keyword arguments');
  if (a.length > 2) throw raise(T.TypeError, `Random() expected at most 1 argument, got ${a.length - 1}`);
  seed(a);
  return K.None;
}

/** The int that version-2 seeding derives from a str / bytes: int.from_bytes(b + sha512(b).digest(), 'big'). */
function sha512Seed(a: number[]): number {
  const v = a[0]!;
  let data: Uint8Array;
  if (typeOf(v) === T.str) data = new TextEncoder().encode(jsString(v));
  else {
    const buf = bufferOf(v);
    if (buf === null) throw raise(T.TypeError, `a bytes-like object is required, not '${typeNameOf(v)}'`);
    data = Uint8Array.from(buf);
  }
  const digest = nodeCrypto().createHash('sha512').update(data).digest();
  let hex = '';
  for (const b of data) hex += b.toString(16).padStart(2, '0');
  hex += digest.toString('hex');
  return intFromBigInt(BigInt('0x' + hex));
}

/** k random bits from the OS (for SystemRandom). */
function urandomBits(a: number[]): number {
  const k = Number(toBigInt(a[0]!));
  if (k < 0) throw raise(T.ValueError, 'number of bits must be non-negative');
  if (k === 0) return small(0);
  const bytes = nodeCrypto().randomBytes((k + 7) >> 3);
  let r = BigInt('0x' + bytes.toString('hex'));
  r >>= BigInt(bytes.length * 8 - k);
  return intFromBigInt(r);
}

export const randomModule: ModuleSpec = {
  name: '_random',
  doc: 'Module implements the Mersenne Twister random number generator.',
  functions: {
    'Random.__init__': init,
    'Random.seed': seed,
    'Random.random': random,
    'Random.getrandbits': getrandbitsMethod,
    'Random.getstate': getstate,
    'Random.setstate': setstate,
    _sha512_seed: sha512Seed,
    _urandom_bits: urandomBits,
  },
  arity: { _sha512_seed: 'O', _urandom_bits: 'O' },
  init: (d) => {
    makeNativeClass(d, '_random', 'Random', { __doc__: intern('Random() -> create a random number generator with its own internal state.') });
  },
};

