/**
 * Code objects in the heap, and the per-worker decoded cache.
 *
 * `codeToHeap` stores a compiler CodeObject as a CODE heap object: bytecode,
 * positions, exception table and cell2arg as I32ARRAY objects, consts as a
 * tuple of heap values (nested code objects included), names / varnames /
 * cellvars / freevars as tuples of interned strs.
 *
 * `codeInfo(ref)` returns the per-worker `CodeInfo`: copies of those
 * (immutable) arrays plus derived numbers and the inline caches. It holds nothing that
 * cannot be rebuilt from the heap; the inline caches are per worker and are
 * dropped whenever the cache is (a collection will clear it, issue #5).
 */
import { allocateLayout, load, store, wordView } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { FRAME_HEADER } from '../../gc/frames.js';
import { CODE, I32A, K, T, TUPLE } from '../objects/core.js';
import { newFloat } from '../objects/float.js';
import { intFromBigInt } from '../objects/int.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { newFrozenset } from '../objects/set.js';
import { newBytes } from '../objects/bytes.js';
import { newComplex } from '../objects/complex.js';
import type { CodeObject, ConstValue } from '../compiler/code.js';

function i32Array(data: ArrayLike<number>): number {
  const ref = allocateLayout(L.I32ARRAY, data.length, T.internal_i32array);
  for (let i = 0; i < data.length; i++) store(ref + I32A.DATA + i, data[i]!);
  return ref;
}

function strTuple(names: readonly string[]): number {
  return newTuple(names.map((n) => intern(n)));
}

export function constToHeap(c: ConstValue): number {
  switch (c.kind) {
    case 'None': return K.None;
    case 'Ellipsis': return K.Ellipsis;
    case 'bool': return c.value ? K.True : K.False;
    case 'int': return intFromBigInt(c.value);
    case 'float': return newFloat(c.value);
    case 'str': return c.value.length < 40 ? intern(c.value) : newStr(c.value);
    case 'bytes': return newBytes(c.value);
    case 'tuple': return newTuple(c.items.map(constToHeap));
    case 'frozenset': return newFrozenset(c.items.map(constToHeap));
    case 'code': return codeToHeap(c);
    case 'complex': return newComplex(c.real, c.imag);
  }
}

export function codeToHeap(co: CodeObject): number {
  const consts = newTuple(co.consts.map(constToHeap));
  const ref = allocateLayout(L.CODE, 0, T.code);
  store(ref + CODE.NAME, intern(co.name));
  store(ref + CODE.QUALNAME, intern(co.qualname));
  store(ref + CODE.FILENAME, intern(co.filename));
  store(ref + CODE.CONSTS, consts);
  store(ref + CODE.NAMES, strTuple(co.names));
  store(ref + CODE.VARNAMES, strTuple(co.varnames));
  store(ref + CODE.CELLVARS, strTuple(co.cellvars));
  store(ref + CODE.FREEVARS, strTuple(co.freevars));
  store(ref + CODE.DOCSTRING, co.docstring === null ? K.None : newStr(co.docstring));
  store(ref + CODE.CODE, i32Array(co.code));
  store(ref + CODE.POSITIONS, i32Array(co.positions));
  store(ref + CODE.EXCTABLE, i32Array(co.exceptionTable));
  store(ref + CODE.CELL2ARG, i32Array(co.cell2arg));
  store(ref + CODE.ARGCOUNT, co.argcount);
  store(ref + CODE.POSONLY, co.posonlyargcount);
  store(ref + CODE.KWONLY, co.kwonlyargcount);
  store(ref + CODE.FLAGS, co.flags);
  store(ref + CODE.FIRSTLINENO, co.firstlineno);
  store(ref + CODE.STACKSIZE, co.stacksize);
  return ref;
}

/** Per-worker decoded view of a heap code object. */
export interface CodeInfo {
  readonly ref: number;
  readonly words: Int32Array;
  readonly positions: Int32Array;
  readonly exctable: Int32Array;
  /** Word address of consts[0] / names[0] in the heap. */
  readonly constsBase: number;
  readonly namesBase: number;
  readonly varnames: readonly string[];
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly nvarnames: number;
  readonly ncells: number;
  readonly nfrees: number;
  readonly nlocalsplus: number;
  readonly frameWords: number;
  readonly argcount: number;
  readonly posonly: number;
  readonly kwonly: number;
  readonly flags: number;
  readonly cell2arg: readonly number[];
  /** Python's simple case: positional args only, no defaults checked here. */
  readonly simpleArgs: boolean;
  /** Inline caches: CACHE_WORDS per instruction. */
  readonly cache: Int32Array;
  readonly name: string;
  readonly filename: string;
}

export const CACHE_WORDS = 4;
const infos = new Map<number, CodeInfo>();

/** A direct-mapped front for `infos` (a Map lookup per call showed in profiles). */
const FRONT = 1024;
const frontRefs = new Int32Array(FRONT);
const frontInfos: (CodeInfo | undefined)[] = new Array<CodeInfo | undefined>(FRONT).fill(undefined);

export function resetCodeCache(): void {
  infos.clear();
  frontRefs.fill(0);
  frontInfos.fill(undefined);
}

/** Empties every code object's inline caches (a rollback's fill log overflowed: stm/tx.ts, "Caches"). */
export function clearInlineCaches(): void {
  for (const info of infos.values()) info.cache.fill(0);
}

/** A per-worker copy of an I32ARRAY's contents (code is immutable, so copies stay valid). */
function view(arr: number): Int32Array {
  return Int32Array.from(wordView(arr + I32A.DATA, load(arr + I32A.LEN)));
}

export function codeInfo(ref: number): CodeInfo {
  const slot = (ref >>> 1) & (FRONT - 1);
  if (frontRefs[slot] === ref) return frontInfos[slot]!;
  const hit = infos.get(ref) ?? makeCodeInfo(ref);
  frontRefs[slot] = ref;
  frontInfos[slot] = hit;
  return hit;
}

function makeCodeInfo(ref: number): CodeInfo {
  const words = view(load(ref + CODE.CODE));
  const varnames = tupleItems(load(ref + CODE.VARNAMES)).map(jsString);
  const ncells = load(load(ref + CODE.CELLVARS) + TUPLE.LEN);
  const nfrees = load(load(ref + CODE.FREEVARS) + TUPLE.LEN);
  const nlocalsplus = varnames.length + ncells + nfrees;
  const flags = load(ref + CODE.FLAGS);
  const info: CodeInfo = {
    ref, words,
    positions: view(load(ref + CODE.POSITIONS)),
    exctable: view(load(ref + CODE.EXCTABLE)),
    constsBase: load(ref + CODE.CONSTS) + TUPLE.ITEMS,
    namesBase: load(ref + CODE.NAMES) + TUPLE.ITEMS,
    varnames, nvarnames: varnames.length,
    cellvars: tupleItems(load(ref + CODE.CELLVARS)).map(jsString),
    freevars: tupleItems(load(ref + CODE.FREEVARS)).map(jsString), ncells, nfrees, nlocalsplus,
    frameWords: FRAME_HEADER + nlocalsplus + load(ref + CODE.STACKSIZE) + 2,
    argcount: load(ref + CODE.ARGCOUNT), posonly: load(ref + CODE.POSONLY), kwonly: load(ref + CODE.KWONLY),
    flags,
    cell2arg: Array.from(view(load(ref + CODE.CELL2ARG))),
    simpleArgs: load(ref + CODE.KWONLY) === 0 && (flags & 0x0c) === 0 && ncells === 0 && nfrees === 0 && (flags & 0x2a0) === 0,
    cache: new Int32Array(words.length * CACHE_WORDS),
    name: jsString(load(ref + CODE.NAME)),
    filename: jsString(load(ref + CODE.FILENAME)),
  };
  infos.set(ref, info);
  return info;
}
