/**
 * "Did you mean: 'x'?" for AttributeError and NameError, as CPython 3.11's
 * traceback printer offers: the closest candidate by a Levenshtein distance
 * where a case change costs 1 and any other edit 2, accepted when at most
 * about a third of the characters change. Candidates: dir(obj) for
 * AttributeError; the frame's locals, then globals, then builtins for
 * NameError (each list tried in turn).
 */
import { load } from '../../gc/heap.js';
import { EXC, K, PyRaise, T, TB, typeOf } from '../objects/core.js';
import { callObject, loadObjDict, toArray } from '../objects/protocol.js';
import { dictGetStr, dictKeys } from '../objects/dict.js';
import { intern, jsString } from '../objects/str.js';
import { isSubtype } from '../objects/type.js';
import { codeInfo } from '../interp/code.js';

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
  return lower(a) === lower(b) ? CASE_COST : MOVE_COST;
}

function distance(x: Uint8Array, y: Uint8Array, maxCost: number): number {
  let a = 0, b = 0, aEnd = x.length, bEnd = y.length;
  while (a < aEnd && b < bEnd && x[a] === y[b]) { a++; b++; }
  while (aEnd > a && bEnd > b && x[aEnd - 1] === y[bEnd - 1]) { aEnd--; bEnd--; }
  let A = x.subarray(a, aEnd), B = y.subarray(b, bEnd);
  if (A.length === 0 || B.length === 0) return (A.length + B.length) * MOVE_COST;
  if (A.length > MAX_STRING_SIZE || B.length > MAX_STRING_SIZE) return maxCost + 1;
  if (B.length < A.length) [A, B] = [B, A];
  if ((B.length - A.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer = new Array<number>(A.length);
  for (let i = 0, t = MOVE_COST; i < A.length; i++, t += MOVE_COST) buffer[i] = t;
  let result = 0;
  for (let bi = 0; bi < B.length; bi++) {
    let dist = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < A.length; i++) {
      const substitute = dist + substitutionCost(B[bi]!, A[i]!);
      dist = buffer[i]!;
      result = Math.min(Math.min(result, dist) + MOVE_COST, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

const enc = new TextEncoder();

function closest(candidates: string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const n = enc.encode(name);
  let best: string | null = null, bestDistance = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    const item = enc.encode(c);
    const maxDistance = Math.min(Math.floor(((n.length + item.length + 3) * MOVE_COST) / 6), bestDistance - 1);
    const d = distance(n, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) { best = c; bestDistance = d; }
  }
  return best;
}

function detail(exc: number, key: string): number {
  const d = loadObjDict(exc);
  return d ? dictGetStr(d, intern(key)) : 0;
}

/** The suggestion for an AttributeError / NameError, or null. */
export function suggestionFor(exc: number): string | null {
  try {
    const name = detail(exc, 'name');
    if (!name || typeOf(name) !== T.str) return null;
    const n = jsString(name);
    if (isSubtype(typeOf(exc), T.AttributeError)) {
      const obj = detail(exc, 'obj');
      if (!obj) return null;
      const dir = callObject(dictGetStr(K.builtinsDict, intern('dir')), [obj]);
      return closest(toArray(dir).map(jsString), n);
    }
    if (isSubtype(typeOf(exc), T.NameError)) {
      let tb = load(exc + EXC.TRACEBACK);
      if (!tb || tb === K.None) return null;
      while (load(tb + TB.NEXT)) tb = load(tb + TB.NEXT);
      const ci = codeInfo(load(tb + TB.CODE));
      const lists = [[...ci.varnames], dictKeys(load(tb + TB.GLOBALS)).map(jsString), dictKeys(K.builtinsDict).map(jsString)];
      if (ci.flags & 1) {
        const s = closest(lists[0]!, n);
        if (s) return s;
      }
      return closest(lists[1]!, n) ?? closest(lists[2]!, n);
    }
  } catch (e) {
    if (e instanceof PyRaise) return null;
    throw e;
  }
  return null;
}
