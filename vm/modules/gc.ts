/**
 * The `gc` module: control of pystm's collector (vm/runtime/collector.ts,
 * gc/collect.ts). https://docs.python.org/3.11/library/gc.html
 *
 * Model: one tracing collector, not CPython's three generations over
 * reference counts. `collect(generation)` accepts 0-2 and always runs a full
 * collection; it returns the number of unreachable objects found. Collections
 * run at the scheduler's safepoints: `collect()` ends the running region and
 * collects there, then returns (under native code, where no safepoint can be
 * reached, it returns 0 without collecting). The automatic trigger is the
 * volume allocated since the last collection, not counts of container
 * allocations: `get_count()` reports that volume in KiB as its first item,
 * and `set_threshold()`'s values are kept and reported but do not drive
 * collections. `get_stats()` reports everything under generation 2 (every
 * collection is full). `garbage` and `callbacks` are the lists CPython has
 * (nothing is ever put in `garbage`: objects with finalizers are not held
 * back).
 */
import type { ModuleSpec } from './registry.js';
import { K, raise, small, T, THREAD, typeOf } from '../objects/core.js';
import { load, wordsAllocatedSinceCollection } from '../../gc/heap.js';
import { newList } from '../objects/list.js';
import { newTuple } from '../objects/tuple.js';
import { dictSet, newDict } from '../objects/dict.js';
import { intern } from '../objects/str.js';
import { indexNumber } from '../objects/protocol.js';
import { collectedInAll, collectionFor, collectionsDone, collectionsEnabled, enableCollections, gcState } from '../runtime/collector.js';
import { canSuspend, Suspend, ts } from '../interp/thread.js';
import { runPendingFinalizers } from '../runtime/finalize.js';

/** Types whose instances hold no references (CPython does not track them). */
const UNTRACKED = ['int', 'bool', 'float', 'complex', 'str', 'bytes', 'NoneType', 'object'] as const;

function collect(a: number[]): number {
  const generation = a.length && a[0] !== K.None ? indexNumber(a[0]!) : 2;
  if (generation < 0 || generation > 2) throw raise(T.ValueError, 'invalid generation');
  const t = ts.ref;
  // A safepoint is needed: end the region here; worker 0 collects at its next one, then the call runs again.
  if (load(t + THREAD.GC_ASKED) === 0 && (!canSuspend() || load(t + THREAD.ATOMIC) !== 0)) return small(0);
  const found = collectionFor(t);
  if (found >= 0) {
    // What the collection found due runs here, before gc.collect() returns (as CPython's finalizers and callbacks do).
    runPendingFinalizers(false);
    return small(found);
  }
  Suspend.continuing = true;
  throw Suspend.signal;
}

function setThreshold(a: number[]): number {
  const values = a.map((v) => indexNumber(v));
  for (let i = 0; i < values.length; i++) gcState.thresholds[i] = values[i]!;
  return K.None;
}

function stats(): number {
  const entry = (collections: number, collected: number): number => {
    const d = newDict();
    dictSet(d, intern('collections'), small(collections));
    dictSet(d, intern('collected'), small(collected));
    dictSet(d, intern('uncollectable'), small(0));
    return d;
  };
  return newList([entry(0, 0), entry(0, 0), entry(collectionsDone(), collectedInAll())]);
}

export const gcModule: ModuleSpec = {
  name: 'gc',
  doc: 'This module provides access to the garbage collector for reference cycles.',
  functions: {
    collect,
    enable: () => (enableCollections(true), K.None),
    disable: () => (enableCollections(false), K.None),
    isenabled: () => (collectionsEnabled() ? K.True : K.False),
    get_count: () => newTuple([small(Math.min(2 ** 29, Math.floor(wordsAllocatedSinceCollection() / 256))), small(0), small(0)]),
    get_threshold: () => newTuple(gcState.thresholds.map(small)),
    set_threshold: setThreshold,
    get_stats: stats,
    is_tracked: (a) => {
      const v = a[0]!;
      if (v & 1) return K.False;
      const t = typeOf(v);
      return UNTRACKED.some((name) => T[name] === t) ? K.False : K.True;
    },
  },
  arity: {
    collect: 'kw:0:generation',
    enable: '',
    disable: '',
    isenabled: '',
    get_count: '',
    get_threshold: '',
    set_threshold: '1-3',
    get_stats: '',
    is_tracked: 'O',
  },
  init: (d) => {
    dictSet(d, intern('garbage'), newList([]));
    dictSet(d, intern('callbacks'), newList([]));
    for (const [name, value] of [['DEBUG_STATS', 1], ['DEBUG_COLLECTABLE', 2], ['DEBUG_UNCOLLECTABLE', 4], ['DEBUG_SAVEALL', 32], ['DEBUG_LEAK', 38]] as const) {
      dictSet(d, intern(name), small(value));
    }
  },
};
