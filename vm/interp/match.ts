/**
 * The `match` statement's opcodes (PEP 634): MATCH_MAPPING, MATCH_SEQUENCE,
 * MATCH_KEYS and MATCH_CLASS. The compiler (vm/compiler/codegen-match.ts)
 * lowers every other pattern kind to ordinary opcodes.
 *
 * Model: CPython marks types with Py_TPFLAGS_MAPPING / SEQUENCE; here a type
 * is a mapping if it derives from dict, a sequence if it derives from list,
 * tuple or range (or is a deque / array / memoryview), and in both cases
 * also if a class in its MRO is the matching `collections.abc` ABC
 * (`ABC.register` is not seen). str, bytes and bytearray are never
 * sequences, as in CPython.
 * These handlers are cold: the dispatch loop calls them, they never inline.
 */
import { load } from '../../gc/heap.js';
import { K, raise, T, TUPLE, TYPE, typeOf } from '../objects/core.js';
import { getAttr, getAttrOrZero, callObject, reprOf, typeNameOf, richEq } from '../objects/protocol.js';
import { dictGet } from '../objects/dict.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { intern, jsString } from '../objects/str.js';
import { isSubtype, isType, typeName } from '../objects/type.js';

/** Names in an MRO that make a class a mapping / sequence for `match`. */
const MAPPING_ABCS = new Set(['Mapping', 'MutableMapping']);
const SEQUENCE_ABCS = new Set(['Sequence', 'MutableSequence']);

function mroHasAbc(t: number, names: Set<string>): boolean {
  const mro = load(t + TYPE.MRO);
  if (mro === 0) return false;
  const n = load(mro + TUPLE.LEN);
  for (let i = 1; i < n; i++) {
    const c = load(mro + TUPLE.ITEMS + i);
    if (names.has(typeName(c))) {
      const mod = getAttrOrZero(c, intern('__module__'));
      if (mod && typeOf(mod) === T.str && jsString(mod) === 'collections.abc') return true;
    }
  }
  return false;
}

export function isMatchMapping(v: number): boolean {
  const t = typeOf(v);
  if (t === T.dict || isSubtype(t, T.dict)) return true;
  if (t === T.list || t === T.tuple || t === T.str || (v & 1)) return false;
  return mroHasAbc(t, MAPPING_ABCS);
}

export function isMatchSequence(v: number): boolean {
  const t = typeOf(v);
  if (t === T.list || t === T.tuple || isSubtype(t, T.list) || isSubtype(t, T.tuple) || isSubtype(t, T.range)) return true;
  if (t === T.dict || (v & 1) || isSubtype(t, T.str) || isSubtype(t, T.bytes)) return false;
  if (typeName(t) === 'deque' || typeName(t) === 'array' || typeName(t) === 'memoryview') return true;
  return mroHasAbc(t, SEQUENCE_ABCS);
}

/** MATCH_KEYS: the tuple of subject[key] for every key, or None if one is missing. */
export function matchKeys(subject: number, keys: number): number {
  const ks = tupleItems(keys);
  if (ks.length === 0) return K.emptyTuple;
  const exact = typeOf(subject) === T.dict;
  const get = exact ? 0 : getAttr(subject, intern('get'));
  const seen: number[] = [];
  const values: number[] = [];
  for (const k of ks) {
    if (seen.some((s) => s === k || richEq(s, k))) {
      throw raise(T.ValueError, `mapping pattern checks duplicate key (${reprOf(k)})`);
    }
    seen.push(k);
    const v = exact ? dictGet(subject, k) : getWithSentinel(get, k);
    if (v === 0) return K.None;
    values.push(v);
  }
  return newTuple(values);
}

function getWithSentinel(get: number, k: number): number {
  // A fresh object no mapping can hold.
  const sentinel = callObject(T.object, []);
  const v = callObject(get, [k, sentinel]);
  return v === sentinel ? 0 : v;
}

/** Builtin types whose single positional sub-pattern matches the subject itself. */
function matchesSelf(t: number): boolean {
  for (const b of [T.bool, T.bytes, T.dict, T.float, T.frozenset, T.int, T.list, T.set, T.str, T.tuple]) {
    if (isSubtype(t, b)) return true;
  }
  return typeName(t) === 'bytearray';
}

/** MATCH_CLASS: the tuple of positional then keyword attributes, or None. */
export function matchClass(subject: number, cls: number, kwNames: number, nargs: number): number {
  if (!isType(cls)) throw raise(T.TypeError, 'called match pattern must be a type');
  if (!isSubtype(typeOf(subject), cls)) return K.None;
  const seen: string[] = [];
  const attrs: number[] = [];
  if (nargs) {
    let matchSelf = false;
    let names: number[] = [];
    const ma = getAttrOrZero(cls, intern('__match_args__'));
    if (ma) {
      if (typeOf(ma) !== T.tuple) {
        throw raise(T.TypeError, `${typeName(cls)}.__match_args__ must be a tuple (got ${typeNameOf(ma)})`);
      }
      names = tupleItems(ma);
    } else matchSelf = matchesSelf(cls);
    const allowed = matchSelf ? 1 : names.length;
    if (allowed < nargs) {
      throw raise(T.TypeError, `${typeName(cls)}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (matchSelf) attrs.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const name = names[i]!;
        if (typeOf(name) !== T.str) throw raise(T.TypeError, `__match_args__ elements must be strings (got ${typeNameOf(name)})`);
        const v = classAttr(subject, cls, name, seen);
        if (v === 0) return K.None;
        attrs.push(v);
      }
    }
  }
  for (const name of tupleItems(kwNames)) {
    const v = classAttr(subject, cls, name, seen);
    if (v === 0) return K.None;
    attrs.push(v);
  }
  return newTuple(attrs);
}

function classAttr(subject: number, cls: number, name: number, seen: string[]): number {
  const s = jsString(name);
  if (seen.includes(s)) {
    throw raise(T.TypeError, `${typeName(cls)}() got multiple sub-patterns for attribute ${reprOf(name)}`);
  }
  seen.push(s);
  return getAttrOrZero(subject, intern(s));
}
