/**
 * `hash(x)` as CPython computes it on 64-bit builds, for the types whose
 * hash Python code can observe and compare with CPython's: int, float,
 * complex (int.ts / float.ts / complex.ts give those), tuple (the xxHash-
 * based algorithm of 3.8+) and frozenset (3.11's shuffled-XOR). Other
 * objects fall back to their `__hash__` (pystm's str hash differs from
 * CPython's anyway).
 *
 * The runtime's dicts and sets keep using `hashOf` (protocol.ts), a 32-bit
 * hash that is cheaper; this module is only behind the `hash()` builtin.
 *
 * https://docs.python.org/3.11/reference/datamodel.html#object.__hash__
 */
import { load } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { K, raise, T, TYPE, typeOf } from './core.js';
import { S, typeSlot } from './type.js';
import { callSlot, hashOf } from './protocol.js';
import { intHashBig, isInt, toBigInt } from './int.js';
import { floatHashBig, floatValue } from './float.js';
import { tupleItems } from './tuple.js';
import { setItems } from './set.js';

const M64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

const signed = (h: bigint): bigint => BigInt.asIntN(64, h);
const unsigned = (h: bigint): bigint => BigInt.asUintN(64, h);

function tupleHash64(items: number[]): bigint {
  let acc = XXPRIME_5;
  for (const x of items) {
    acc = (acc + unsigned(pyHash(x)) * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  return acc === M64 ? 1546275796n : signed(acc);
}

function shuffle(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M64;
}

function frozensetHash64(items: number[]): bigint {
  let h = 0n;
  for (const x of items) h ^= shuffle(unsigned(pyHash(x)));
  h ^= ((BigInt(items.length) + 1n) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  return h === M64 ? 590923713n : signed(h);
}

/** The hooks for types defined elsewhere (complex). */
export const hashHooks = { other: (_v: number): bigint | null => null };

/** hash(v), exactly as CPython's for int, float, tuple and frozenset. */
export function pyHash(v: number): bigint {
  if (isInt(v) && (v & 1 || typeOf(v) === T.int || typeOf(v) === T.bool)) return intHashBig(toBigInt(v));
  const t = load(v);
  if (t === T.float) return floatHashBig(floatValue(v));
  if (t === T.tuple) return tupleHash64(tupleItems(v));
  if (t === T.frozenset) return frozensetHash64(setItems(v));
  // Subclasses that keep the builtin __hash__ hash like their base.
  const layout = load(t + TYPE.LAYOUT);
  if (layout === L.BIGINT && typeSlot(t, S.__hash__) === typeSlot(T.int, S.__hash__)) return intHashBig(toBigInt(v));
  if (layout === L.FLOAT && typeSlot(t, S.__hash__) === typeSlot(T.float, S.__hash__)) return floatHashBig(floatValue(v));
  if (layout === L.TUPLE && typeSlot(t, S.__hash__) === typeSlot(T.tuple, S.__hash__)) return tupleHash64(tupleItems(v));
  const other = hashHooks.other(v);
  if (other !== null) return other;
  const slot = typeSlot(t, S.__hash__);
  if (slot === 0 || slot === K.None || t === T.str) return BigInt(hashOf(v));
  // As CPython's slot_tp_hash: a result that fits in 64 bits is the hash (-1 -> -2), a larger one is hashed.
  const r = callSlot(slot, v, []);
  if (!isInt(r)) throw raise(T.TypeError, '__hash__ method should return an integer');
  const b = toBigInt(r);
  if (b === BigInt.asIntN(64, b)) return b === -1n ? -2n : b;
  return intHashBig(b);
}
