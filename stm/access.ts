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
 * Today (issue #3, one thread) both do nothing and V8 inlines them away.
 * Issue #4 turns them into the STM's read and write barriers; because every
 * mutation is already routed here, that change is local to this file.
 */

/** Call before the first read of a mutable object's fields in an operation. */
export function openForRead(_obj: number): void {}

/** Call before the first write of a mutable object's fields in an operation. */
export function openForWrite(_obj: number): void {}
