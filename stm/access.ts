/**
 * The STM access layer: every read or write of a *mutable* object's fields in
 * vm/ is preceded by one of these calls (once per object per operation).
 *
 * Contract:
 * - `openForRead(obj)` before reading any field of a mutable object (list,
 *   dict, set, instance, cell, type dict, module dict, generator state).
 * - `openForWrite(obj)` before changing any field of one.
 * - Immutable objects (int, float, str, tuple, bytes, code, frozenset) and
 *   frames need neither. Type objects need no read barrier (their writers
 *   are tracked as a whole: stm/tx.ts, "Types"), but do need the write one.
 *   A type's dict is a dict like any other.
 * - The items of a list's item array and of a dict's entry table (their
 *   *backing stores*) are opened with the item forms: `openItemForRead` /
 *   `openItemForWrite` for one item word, `openItemsForRead` /
 *   `openItemsForWrite` for a range (the latter inside a structural change,
 *   after `openForWrite(owner)`), each after the owner was opened (which is
 *   where the caller found the store). Large stores are versioned per card, so
 *   threads writing different items do not conflict; for small ones these
 *   are the owner's barriers. `openForRead(owner)` alone covers the owner's
 *   own fields (length, the store's address), not the items.
 *
 * The write forms also apply the collector's write barrier (an old object
 * written is remembered for the next minor collection: gc/README.md), with
 * or without a transaction.
 *
 * They apply the read and write barriers of the worker's current
 * transaction (stm/tx.ts). No transaction is active unless the scheduler
 * runs regions as transactions (today only with PYSTM_STM=1, to measure
 * their cost on one worker; see stm/README.md), and then each call is one
 * field test.
 */
import {
  ConflictKind, entryOf, F, openForRead as readBarrier, openForWrite as writeBarrier, runningFilter,
  openItemForRead as itemRead, openItemForWrite as itemWrite, openItemsForRead as itemsRead,
  openItemsForWrite as itemsWrite, resumeTx, runningSalt, SMALL_STORE_CAP, Tx, TxAbort, validate,
} from './tx.js';
import { inWatchedBuffer, load } from '../gc/heap.js';
import { rememberWrite } from '../gc/collect.js';
import { HEADER_WORDS } from '../gc/layout.js';

/** Per-worker caches log their fills through this, to be emptied by a rollback (stm/tx.ts, "Caches"). */
export { noteCacheFill } from './tx.js';

/** The descriptor of no transaction: never active. */
const IDLE = new Tx(0, 1);
let current: Tx = IDLE;

/** Makes `tx` the transaction whose barriers this worker's accesses apply (null: none). */
export function setCurrentTx(tx: Tx | null): void {
  current = tx ?? IDLE;
  if (tx) resumeTx(tx);
}

// The hot forms test the running transaction's filter inline (stm/tx.ts's
// runningFilter) and call the barrier only for an object not yet opened:
// a call per barrier had cost ~7 ns in the interpreter's loop (a list
// iteration's three barriers: 18 -> 40 ns per item). The tests are written
// out here, not called: TurboFan inlines only small functions once its
// budget for the interpreter's loop is spent, and a filter test in a
// function of its own stayed a call at most barriers there (richards, 8
// runs, under transactions: 0.49 G instructions in that function alone).
// The read test looks at the read half of the entry only: an object opened
// for writing alone takes the call, which finds it.

// An object the transaction allocated in its current allocation buffer
// needs no barrier: the address test (gc/heap.ts `inWatchedBuffer`) skips
// the call for it too (allocation-heavy code under transactions spent ~10%
// of its time in barrier calls for its own new objects).

/** Call before the first read of a mutable object's fields in an operation. */
export function openForRead(obj: number): void {
  const salt = runningSalt;
  if (salt !== 0 && runningFilter[entryOf(obj) + F.READ] !== (obj ^ salt) && !inWatchedBuffer(obj)) readBarrier(current, obj);
}

/** Call before the first write of a mutable object's fields in an operation. */
export function openForWrite(obj: number): void {
  rememberWrite(obj);
  const salt = runningSalt;
  if (salt !== 0 && runningFilter[entryOf(obj) + F.WRITE] !== (obj ^ salt) && !inWatchedBuffer(obj)) writeBarrier(current, obj);
}

/**
 * Before a write of `obj` that stores no reference (an int, a flag): the
 * transaction's write barrier without the collector's, for the hottest
 * such writes (an iterator's index).
 */
export function openForWriteNoRefs(obj: number): void {
  const salt = runningSalt;
  if (salt !== 0 && runningFilter[entryOf(obj) + F.WRITE] !== (obj ^ salt) && !inWatchedBuffer(obj)) writeBarrier(current, obj);
}

/** Before reading the item word at `addr` of `store`, the backing store of `owner` (read-opened first). */
export function openItemForRead(owner: number, store: number, addr: number): void {
  // A small store's items are covered by the owner's read (both kinds of store begin with their capacity).
  if (runningSalt !== 0 && load(store + HEADER_WORDS) > SMALL_STORE_CAP) itemRead(current, owner, store, addr);
}

/** Before writing the item word at `addr` of `store`, the backing store of `owner` (read-opened first). */
export function openItemForWrite(owner: number, store: number, addr: number): void {
  rememberWrite(store);
  // A small store's items are logged and locked with their owner: once it is open for writing, nothing is left to do.
  const salt = runningSalt;
  if (salt !== 0 && (load(store + HEADER_WORDS) > SMALL_STORE_CAP || runningFilter[entryOf(owner) + F.WRITE] !== (owner ^ salt))) {
    itemWrite(current, owner, store, addr);
  }
}

/** Before reading the item words [from, to) of `store`, the backing store of `owner` (read-opened first). */
export function openItemsForRead(owner: number, store: number, from: number, to: number): void {
  if (current.active) itemsRead(current, owner, store, from, to);
}

/** Before writing the item words [from, to) of `store` in a structural change of `owner` (opened for writing). */
export function openItemsForWrite(owner: number, store: number, from: number, to: number): void {
  rememberWrite(store);
  if (current.active) itemsWrite(current, owner, store, from, to);
}

/**
 * Before the runtime acts on an error (a Python exception about to be
 * handled, a JavaScript error): if the current transaction read
 * inconsistent data, abort it instead, so that no one sees what a zombie
 * computed.
 */
export function checkConsistent(): void {
  if (current.active && !validate(current)) throw new TxAbort(ConflictKind.VALIDATION, 0);
}
