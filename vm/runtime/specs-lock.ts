/**
 * `_thread.lock` (https://docs.python.org/3.11/library/_thread.html#lock-objects):
 * the primitive lock every threading construct is built on.
 *
 * Layout LOCK: refs [first waiting thread] raw [state: 0 free / 1 held, owner
 * ident]. The Python surface is here; acquiring, waiting and waking are the
 * scheduler's (through `threadHost`), since they park threads.
 */
import { L } from '../../gc/layout.js';
import { load } from '../../gc/heap.js';
import { K, LOCK, raise, T, typeOf } from '../objects/core.js';
import { floatValue } from '../objects/float.js';
import { isInt, toBigInt } from '../objects/int.js';
import { isTrue, typeNameOf } from '../objects/protocol.js';
import { newStr } from '../objects/str.js';
import type { TypeSpec } from '../objects/native.js';
import { threadHost } from './thread-host.js';
import { openForRead } from '../../stm/access.js';

/** The lock's state (its STATE word is under the STM while transactions run: read-opened first). */
function isHeld(lock: number): boolean {
  openForRead(lock);
  return load(lock + LOCK.STATE) !== 0;
}

/** Largest timeout `acquire` accepts, in seconds (CPython's TIMEOUT_MAX on Linux). */
export const TIMEOUT_MAX = 9223372036.0;

function timeoutSeconds(v: number): number {
  if (v === 0 || v === K.None) return -1;
  let t: number;
  if (typeOf(v) === T.float) t = floatValue(v);
  else if (isInt(v)) t = Number(toBigInt(v));
  else throw raise(T.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  if (t !== t) throw raise(T.ValueError, 'Invalid value NaN (not a number)');
  if (Math.abs(t) * 1e9 >= 2 ** 63) throw raise(T.OverflowError, 'timestamp out of range for platform time_t');
  if (t > TIMEOUT_MAX) throw raise(T.OverflowError, 'timeout value is too large');
  return t;
}

/** acquire(blocking=True, timeout=-1) with CPython's argument rules. */
export function lockAcquire(lock: number, blockingArg: number, timeoutArg: number): number {
  const blocking = blockingArg === 0 ? true : isTrue(blockingArg);
  const timeout = timeoutSeconds(timeoutArg);
  if (!blocking && timeout !== -1) throw raise(T.ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw raise(T.ValueError, 'timeout value must be positive');
  return threadHost.acquire(lock, blocking, timeout) ? K.True : K.False;
}

export function lockRelease(lock: number): number {
  if (!isHeld(lock)) throw raise(T.RuntimeError, 'release unlocked lock');
  threadHost.release(lock);
  return K.None;
}

/** acquire(self, blocking=True, timeout=-1) called with positional `a` and keyword names `kw` (values last in `a`). */
const acquire = (a: number[], kw: readonly string[] | null) => {
  const npos = a.length - (kw ? kw.length : 0);
  let blocking = npos > 1 ? a[1]! : 0, timeout = npos > 2 ? a[2]! : 0;
  for (let i = 0; kw && i < kw.length; i++) {
    if (kw[i] === 'blocking' && npos <= 1) blocking = a[npos + i]!;
    else if (kw[i] === 'timeout' && npos <= 2) timeout = a[npos + i]!;
    else if (kw[i] === 'blocking' || kw[i] === 'timeout') {
      throw raise(T.TypeError, `argument for acquire() given by name ('${kw[i]}') and position (${kw[i] === 'blocking' ? 1 : 2})`);
    } else throw raise(T.TypeError, `'${kw[i]}' is an invalid keyword argument for acquire()`);
  }
  return lockAcquire(a[0]!, blocking, timeout);
};
const release = (a: number[]) => lockRelease(a[0]!);
const locked = (a: number[]) => (isHeld(a[0]!) ? K.True : K.False);

export const lockSpec: TypeSpec = {
  name: 'lock', layout: L.LOCK,
  doc: 'A lock object is a synchronization primitive.',
  methods: {
    acquire, acquire_lock: acquire, release, release_lock: release, locked, locked_lock: locked,
    __enter__: (a) => lockAcquire(a[0]!, 0, 0),
    __exit__: (a) => lockRelease(a[0]!),
    __repr__: (a) => {
      const state = isHeld(a[0]!) ? 'locked' : 'unlocked';
      return newStr(`<${state} _thread.lock object at 0x${(a[0]! * 4).toString(16).padStart(12, '0')}>`);
    },
  },
  arity: {
    acquire: 'kw:0:blocking,timeout', acquire_lock: 'kw:0:blocking,timeout', release: '', release_lock: '',
    locked: '', locked_lock: '',
  },
};
