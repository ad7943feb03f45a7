/**
 * `_weakref` (https://docs.python.org/3.11/library/weakref.html): the native
 * core that lib/weakref.py builds on — `ref` (ReferenceType),
 * `getweakrefcount`, `getweakrefs` — and `_run_pending`, which runs the
 * finalizers and weakref callbacks the collector found due (the body of
 * the finalizer thread, lib/_finalizer.py).
 */
import type { ModuleSpec } from './registry.js';
import { K, T, TYPE } from '../objects/core.js';
import { dictSet } from '../objects/dict.js';
import { intFromNumber } from '../objects/int.js';
import { newList } from '../objects/list.js';
import { intern } from '../objects/str.js';
import { load, store } from '../../gc/heap.js';
import { referentOf, weakRefsTo } from '../runtime/specs-weakref.js';
import { runPendingFinalizers } from '../runtime/finalize.js';

const liveRefsTo = (obj: number): number[] => (obj & 1 ? [] : weakRefsTo(obj).filter((w) => referentOf(w) === obj));

export const weakrefModule: ModuleSpec = {
  name: '_weakref',
  doc: 'Weak-reference support module.',
  functions: {
    getweakrefcount: (a) => intFromNumber(liveRefsTo(a[0]!).length),
    getweakrefs: (a) => newList(liveRefsTo(a[0]!)),
    _run_pending: () => (runPendingFinalizers(true), K.None),
  },
  arity: { getweakrefcount: 'O', getweakrefs: 'O', _run_pending: '' },
  init: (d) => {
    dictSet(d, intern('ref'), T.ReferenceType);
    dictSet(d, intern('ReferenceType'), T.ReferenceType);
    dictSet(load(T.ReferenceType + TYPE.DICT), intern('__module__'), intern('weakref'));
    store(T.ReferenceType + TYPE.MODULE, intern('weakref'));
  },
};
