/**
 * `_pystm`: the native part of the `pystm` module (lib/pystm.py), the Python
 * API of transactions: atomic blocks and their nesting depth.
 *
 * Model: a thread's atomic depth is THREAD.ATOMIC. While it is above zero
 * the thread's current transaction is not cut at region boundaries, so the
 * block runs as one indivisible transaction (the scheduler reads the depth;
 * see scheduler/README.md for what blocking inside a block does).
 *
 * `_pystm.atomic` is the one instance of the native type `pystm.atomic`
 * (layout PAIR: A = the `atomic_exit` function, the `__exit__` the
 * interpreter pushes for `with atomic:`). The interpreter runs
 * `with atomic:` itself (vm/interp/loop.ts, BEFORE_WITH): no frame, no bound
 * method.
 */
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { K, MODULE_DICT, PAIR, raise, T, THREAD } from '../objects/core.js';
import { dictGetStr, dictSet } from '../objects/dict.js';
import { callObject } from '../objects/protocol.js';
import { intern, newStr } from '../objects/str.js';
import type { TypeSpec } from '../objects/native.js';
import { ts } from '../interp/thread.js';
import { threadHost } from '../runtime/thread-host.js';
import type { ModuleSpec } from './registry.js';

function depth(): number {
  return load(ts.ref + THREAD.ATOMIC);
}

/** An atomic block begins (the interpreter's fast path does the same inline): no boundary falls inside it. */
function enterAtomic(): void {
  if (depth() === 0) threadHost.beginAtomic();
  store(ts.ref + THREAD.ATOMIC, depth() + 1);
}

function exitAtomic(): number {
  const d = depth();
  if (d === 0) throw raise(T.RuntimeError, 'atomic block exited more times than entered');
  store(ts.ref + THREAD.ATOMIC, d - 1);
  if (d === 1) threadHost.endAtomic();
  return K.False;
}

/** `@atomic`: lib/pystm.py's `_decorate` wraps the function in a `with atomic:` block. */
function decorate(func: number): number {
  const m = dictGetStr(K.sysModules, intern('pystm'));
  const helper = m ? dictGetStr(load(m + MODULE_DICT), intern('_decorate')) : 0;
  if (!helper) throw raise(T.TypeError, "'pystm.atomic' object is not callable without the pystm module");
  return callObject(helper, [func]);
}

export const atomicSpec: TypeSpec = {
  name: 'atomic', layout: L.PAIR,
  doc: 'with atomic: / @atomic -- run a block or a function as one transaction.',
  methods: {
    __enter__: (a) => {
      enterAtomic();
      return a[0]!;
    },
    __exit__: () => exitAtomic(),
    __call__: (a) => decorate(a[1]!),
    __repr__: () => newStr('<pystm.atomic>'),
  },
  arity: { __enter__: '', __exit__: '0-3', __call__: 'O' },
};

export const pystmModule: ModuleSpec = {
  name: '_pystm',
  doc: 'Native support of the pystm module (atomic blocks).',
  functions: {
    atomic_exit: () => exitAtomic(),
    is_atomic: () => (depth() > 0 ? K.True : K.False),
    retry: () => {
      if (depth() === 0) throw raise(T.RuntimeError, 'retry() outside an atomic block');
      return threadHost.retry();
    },
    hint_commit_soon: () => {
      threadHost.hintCommitSoon();
      return K.None;
    },
  },
  arity: { atomic_exit: '0-3', is_atomic: '', hint_commit_soon: '', retry: '' },
  init: (d) => {
    const atomic = allocateLayout(L.PAIR, 0, T.atomic);
    store(atomic + PAIR.A, dictGetStr(d, intern('atomic_exit')));
    dictSet(d, intern('atomic'), atomic);
  },
};
