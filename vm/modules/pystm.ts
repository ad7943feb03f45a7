/**
 * `_pystm`: the native part of the `pystm` module (lib/pystm.py), the Python
 * API of transactions: atomic blocks and their nesting depth.
 *
 * Model: a thread's atomic depth is THREAD.ATOMIC. While it is above zero
 * the thread's current transaction is not cut at region boundaries, so the
 * block runs as one indivisible transaction (the scheduler reads the depth;
 * see scheduler/README.md for what blocking inside a block does).
 */
import { load, store } from '../../gc/heap.js';
import { K, raise, T, THREAD } from '../objects/core.js';
import { ts } from '../interp/thread.js';
import { threadHost } from '../runtime/thread-host.js';
import type { ModuleSpec } from './registry.js';

function depth(): number {
  return load(ts.ref + THREAD.ATOMIC);
}

export const pystmModule: ModuleSpec = {
  name: '_pystm',
  doc: 'Native support of the pystm module (atomic blocks).',
  functions: {
    atomic_enter: () => {
      if (depth() === 0) threadHost.beginAtomic();
      store(ts.ref + THREAD.ATOMIC, depth() + 1);
      return K.None;
    },
    atomic_exit: () => {
      const d = depth();
      if (d === 0) throw raise(T.RuntimeError, 'atomic block exited more times than entered');
      store(ts.ref + THREAD.ATOMIC, d - 1);
      // The block's transaction ends soon after it (at the next back-edge or call): running on would keep
      // its locks, and the data it wrote, from other threads for the rest of a long region.
      if (d === 1) threadHost.hintCommitSoon();
      return K.None;
    },
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
  arity: { atomic_enter: '', atomic_exit: '', is_atomic: '', hint_commit_soon: '', retry: '' },
};
