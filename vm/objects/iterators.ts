/**
 * Native iterators: one ITERATOR layout (target, aux, index, kind) shared by
 * list/tuple/range/str/dict/set iterators, enumerate, zip, map, filter and
 * reversed. `KIND` says which; `iteratorNext` is the one __next__.
 * Iterators are mutable (their index): writes go through openForWrite.
 */
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { openForWrite } from '../../stm/access.js';
import { ITER, K, LIST, RANGE, STR, T, TUPLE, TYPE, typeOf, small, raise, PyRaise } from './core.js';
import { listGet, listLen } from './list.js';
import { dictKeyAt, dictNext, dictValueAt, dictLen } from './dict.js';
import { setLen } from './set.js';
import { newTuple, tupleItems } from './tuple.js';
import { callObject, fastNextHook, getItem, isTrue, iterNext, NOT_HANDLED, richEq } from './protocol.js';
import { intAdd, intCompare, intFromNumber } from './int.js';
import { jsString, newStr } from './str.js';
import { isSubtype } from './type.js';

export const IterKind = {
  LIST: 0, TUPLE: 1, RANGE: 2, STR: 3, DICT_KEYS: 4, DICT_VALUES: 5, DICT_ITEMS: 6, SNAPSHOT: 7,
  ENUMERATE: 8, ZIP: 9, MAP: 10, FILTER: 11, REVERSED_LIST: 12, SEQUENCE: 13,
  /** iter(callable, sentinel): target = the callable, aux = the sentinel (0 once exhausted). */
  CALLABLE: 14,
} as const;

export function newIterator(type: number, kind: number, target: number, aux = 0, index = 0): number {
  const it = allocateLayout(L.ITERATOR, 0, type);
  store(it + ITER.TARGET, target);
  store(it + ITER.AUX, aux);
  store(it + ITER.INDEX, index);
  store(it + ITER.KIND, kind);
  return it;
}

/** The next value or 0 when exhausted. */
export function iteratorNext(it: number): number {
  openForWrite(it);
  const target = load(it + ITER.TARGET), i = load(it + ITER.INDEX);
  switch (load(it + ITER.KIND)) {
    case IterKind.LIST:
      if (i >= listLen(target)) return 0;
      store(it + ITER.INDEX, i + 1);
      return listGet(target, i);
    case IterKind.SNAPSHOT: {
      // aux = the set iterated (0: none): like CPython's set iterator, a size change raises, again and again.
      const owner = load(it + ITER.AUX);
      if (owner !== 0 && setLen(owner) !== load(target + TUPLE.LEN)) throw raise(T.RuntimeError, 'Set changed size during iteration');
      if (i >= load(target + TUPLE.LEN)) { store(it + ITER.AUX, 0); return 0; }
      store(it + ITER.INDEX, i + 1);
      return load(target + TUPLE.ITEMS + i);
    }
    case IterKind.TUPLE:
      if (i >= load(target + TUPLE.LEN)) return 0;
      store(it + ITER.INDEX, i + 1);
      return load(target + TUPLE.ITEMS + i);
    case IterKind.RANGE: {
      // aux = current value; target = range
      const cur = load(it + ITER.AUX), stop = load(target + RANGE.STOP), step = load(target + RANGE.STEP);
      const c = intCompare(cur, stop);
      if ((step & 1 ? step > 1 : intCompare(step, small(0)) > 0) ? c >= 0 : c <= 0) return 0;
      store(it + ITER.AUX, intAdd(cur, step));
      return cur;
    }
    case IterKind.STR: {
      const s = jsString(target);
      if (i >= s.length) return 0;
      const cp = s.codePointAt(i)!;
      store(it + ITER.INDEX, i + (cp > 0xffff ? 2 : 1));
      return newStr(String.fromCodePoint(cp));
    }
    case IterKind.DICT_KEYS: case IterKind.DICT_VALUES: case IterKind.DICT_ITEMS: {
      // AUX holds the dict's length when iteration started (a tagged int).
      if (small(dictLen(target)) !== load(it + ITER.AUX)) {
        store(it + ITER.AUX, small(-1));
        throw raise(T.RuntimeError, 'dictionary changed size during iteration');
      }
      const e = dictNext(target, i);
      if (e < 0) return 0;
      store(it + ITER.INDEX, e + 1);
      const kind = load(it + ITER.KIND);
      if (kind === IterKind.DICT_KEYS) return dictKeyAt(target, e);
      if (kind === IterKind.DICT_VALUES) return dictValueAt(target, e);
      return newTuple([dictKeyAt(target, e), dictValueAt(target, e)]);
    }
    case IterKind.ENUMERATE: {
      const v = iterNext(target);
      if (v === 0) return 0;
      const n = load(it + ITER.AUX);
      store(it + ITER.AUX, intAdd(n, small(1)));
      return newTuple([n, v]);
    }
    case IterKind.ZIP: {
      const its = tupleItems(target);
      if (its.length === 0) return 0;
      const out: number[] = [];
      for (let k = 0; k < its.length; k++) {
        const v = iterNext(its[k]!);
        if (v === 0) {
          if (load(it + ITER.AUX) === K.True) zipStrictCheck(its, k);
          return 0;
        }
        out.push(v);
      }
      return newTuple(out);
    }
    case IterKind.CALLABLE: {
      const sentinel = load(it + ITER.AUX);
      if (sentinel === 0) return 0;
      const v = callObject(target, []);
      if (v === sentinel || richEq(v, sentinel)) { store(it + ITER.AUX, 0); return 0; }
      return v;
    }
    case IterKind.MAP: {
      const its = tupleItems(load(it + ITER.AUX));
      const args: number[] = [];
      for (const x of its) {
        const v = iterNext(x);
        if (v === 0) return 0;
        args.push(v);
      }
      return callObject(target, args);
    }
    case IterKind.FILTER: {
      const f = load(it + ITER.AUX);
      for (;;) {
        const v = iterNext(target);
        if (v === 0) return 0;
        if (isTrue(f === K.None ? v : callObject(f, [v]))) return v;
      }
    }
    case IterKind.REVERSED_LIST: {
      if (i < 0 || i >= listLen(target)) { store(it + ITER.INDEX, -1); return 0; }
      store(it + ITER.INDEX, i - 1);
      return listGet(target, i);
    }
    case IterKind.SEQUENCE: {
      if (i < 0) return 0;
      try {
        const v = getItem(target, intFromNumber(i));
        store(it + ITER.INDEX, i + 1);
        return v;
      } catch (e) {
        if (e instanceof PyRaise && (isSubtype(typeOf(e.exc), T.IndexError) || isSubtype(typeOf(e.exc), T.StopIteration))) {
          store(it + ITER.INDEX, -1);
          return 0;
        }
        throw e;
      }
    }
  }
  return 0;
}

/** zip(strict=True): iterator k ran out; every other one must be exhausted at the same time. */
function zipStrictCheck(its: number[], k: number): void {
  const plural = (n: number): string => (n === 1 ? ' ' : 's 1-') + n;
  if (k > 0) throw raise(T.ValueError, `zip() argument ${k + 1} is shorter than argument${plural(k)}`);
  for (let j = 1; j < its.length; j++) {
    if (iterNext(its[j]!) !== 0) throw raise(T.ValueError, `zip() argument ${j + 1} is longer than argument${plural(j)}`);
  }
}

fastNextHook.next = (it: number, _t: number): number => {
  if ((it & 1) === 0 && load(load(it) + TYPE.LAYOUT) === L.ITERATOR) return iteratorNext(it);
  return NOT_HANDLED;
};

export { STR, LIST };
