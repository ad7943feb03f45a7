/**
 * `_thread` (https://docs.python.org/3.11/library/_thread.html): the
 * low-level thread API that lib/threading.py is written over.
 *
 * Model: starting threads, idents and the lock type's blocking are the
 * scheduler's (`threadHost`, vm/runtime/thread-host.ts); this module is
 * their Python surface. Idents are small positive ints, unique for the life
 * of the process; `get_native_id` returns the same number.
 */
import { K, raise, T, TYPE, typeOf } from '../objects/core.js';
import { load, store } from '../../gc/heap.js';
import { dictSet } from '../objects/dict.js';
import { newFloat } from '../objects/float.js';
import { intFromNumber, isInt, toBigInt } from '../objects/int.js';
import { isCallable, toArray, typeNameOf } from '../objects/protocol.js';
import { allocateLayout } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { intern } from '../objects/str.js';
import { TIMEOUT_MAX } from '../runtime/specs-lock.js';
import { threadHost } from '../runtime/thread-host.js';
import type { ModuleSpec } from './registry.js';

function startNewThread(a: number[]): number {
  const [func, args, kwargs] = [a[0]!, a[1]!, a[2] ?? 0];
  if (!isCallable(func)) throw raise(T.TypeError, 'first arg must be callable');
  if (typeOf(args) !== T.tuple) throw raise(T.TypeError, '2nd arg must be a tuple');
  if (kwargs && kwargs !== K.None && typeOf(kwargs) !== T.dict) throw raise(T.TypeError, 'optional 3rd arg must be a dictionary');
  return intFromNumber(threadHost.start(func, toArray(args), kwargs === K.None ? 0 : kwargs));
}

function stackSize(a: number[]): number {
  const v = a[0];
  if (v !== undefined) {
    if (!isInt(v)) throw raise(T.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
    const n = toBigInt(v);
    if (n !== 0n && n < 32768n) throw raise(T.ValueError, 'size not valid: 32768 bytes');
  }
  return intFromNumber(0);
}

export const threadModule: ModuleSpec = {
  name: '_thread',
  doc: 'This module provides primitive operations to write multi-threaded programs.\nThe \'threading\' module provides a more convenient interface.',
  functions: {
    start_new_thread: startNewThread,
    start_new: startNewThread,
    allocate_lock: () => allocateLayout(L.LOCK, 0, T.lock),
    allocate: () => allocateLayout(L.LOCK, 0, T.lock),
    get_ident: () => intFromNumber(threadHost.ident()),
    get_native_id: () => intFromNumber(threadHost.ident()),
    _count: () => intFromNumber(threadHost.count()),
    stack_size: stackSize,
    daemon_threads_allowed: () => K.True,
  },
  arity: {
    start_new_thread: '=2-3', start_new: '=2-3', allocate_lock: '', allocate: '', get_ident: '', get_native_id: '',
    _count: '', stack_size: '=0-1', daemon_threads_allowed: '',
  },
  init: (d) => {
    dictSet(d, intern('LockType'), T.lock);
    dictSet(d, intern('error'), T.RuntimeError);
    dictSet(d, intern('TIMEOUT_MAX'), newFloat(TIMEOUT_MAX));
    dictSet(load(T.lock + TYPE.DICT), intern('__module__'), intern('_thread'));
    store(T.lock + TYPE.MODULE, intern('_thread'));
    threadHost.prepare();
  },
};
