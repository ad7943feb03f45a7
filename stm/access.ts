/**
 * The STM access layer: every read or write of a *mutable* object's fields in
 * vm/ is preceded by one of these calls (once per object per operation).
 *
 * Contract:
 * - `openForRead(obj)` before reading any field of a mutable object (list,
 *   dict, set, instance, cell, type dict, module dict, generator state).
 * - `openForWrite(obj)` before changing any field of one.
 * - Immutable objects (int, float, str, tuple, bytes, code, frozenset) and
 *   frames need neither.
 *
 * They apply the read and write barriers of the worker's current
 * transaction (stm/tx.ts). No transaction is active unless the scheduler
 * runs regions as transactions (today only with PYSTM_STM=1, to measure
 * their cost on one worker; see stm/README.md), and then each call is one
 * field test.
 */
import { ConflictKind, openForRead as readBarrier, openForWrite as writeBarrier, Tx, TxAbort, validate } from './tx.js';

/** The descriptor of no transaction: never active. */
const IDLE = new Tx(0, 1);
let current: Tx = IDLE;

/** Makes `tx` the transaction whose barriers this worker's accesses apply (null: none). */
export function setCurrentTx(tx: Tx | null): void {
  current = tx ?? IDLE;
}

/** Call before the first read of a mutable object's fields in an operation. */
export function openForRead(obj: number): void {
  if (current.active) readBarrier(current, obj);
}

/** Call before the first write of a mutable object's fields in an operation. */
export function openForWrite(obj: number): void {
  if (current.active) writeBarrier(current, obj);
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
