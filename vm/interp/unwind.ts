/**
 * Exception mechanics used by the loop: normalising `raise X` / `raise X
 * from Y`, `except` matching, implicit chaining (__context__) and traceback
 * entries (one per frame an exception passes through, as PyTraceBack_Here).
 * An exception object is mutable and may be shared by threads (raised again,
 * or caught in one region and re-raised in the next): its traceback, context
 * and cause are written through openForWrite, so an aborted region's
 * entries are rolled back instead of being added twice on its re-run.
 */
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { openForRead, openForWrite } from '../../stm/access.js';
import { CODE, EXC, K, raise, T, TB, typeOf, small } from '../objects/core.js';
import { callObject, isTypeObject } from '../objects/protocol.js';
import { isSubtype, typeFlags, TF } from '../objects/type.js';
import { tupleItems } from '../objects/tuple.js';
import type { CodeInfo } from './code.js';

export function addTraceback(exc: number, ci: CodeInfo, lasti: number, globals: number): void {
  const tb = allocateLayout(L.TRACEBACK, 0, T.traceback);
  openForWrite(exc);
  const old = load(exc + EXC.TRACEBACK);
  store(tb + TB.NEXT, old === K.None ? 0 : old);
  store(tb + TB.CODE, ci.ref);
  store(tb + TB.GLOBALS, globals);
  store(tb + TB.LASTI, lasti);
  // lasti -1: thrown into a generator that never started (CPython shows the def line).
  store(tb + TB.LINENO, lasti < 0 ? load(ci.ref + CODE.FIRSTLINENO) : ci.positions[lasti * 4] ?? -1);
  store(exc + EXC.TRACEBACK, tb);
}

export function setContext(exc: number, handled: number): void {
  if (!handled || handled === exc) return;
  openForRead(exc);
  if (load(exc + EXC.CONTEXT) !== K.None) return;
  // Avoid cycles: CPython cuts the chain where exc already appears.
  let c = handled;
  while (c && c !== K.None) {
    if (c === exc) return;
    openForRead(c);
    c = load(c + EXC.CONTEXT);
  }
  openForWrite(exc);
  store(exc + EXC.CONTEXT, handled);
}

function isExceptionType(v: number): boolean {
  return isTypeObject(v) && (typeFlags(v) & TF.EXCEPTION) !== 0;
}
function isExceptionInstance(v: number): boolean {
  return (v & 1) === 0 && v !== 0 && (typeFlags(load(v)) & TF.EXCEPTION) !== 0;
}

/** The exception object `raise v [from cause]` raises (cause -1: no from). */
export function normaliseRaise(v: number, cause: number): number {
  let exc: number;
  if (isExceptionType(v)) exc = callObject(v, []);
  else if (isExceptionInstance(v)) exc = v;
  else throw raise(T.TypeError, 'exceptions must derive from BaseException');
  if (!isExceptionInstance(exc)) throw raise(T.TypeError, `calling ${v} should have returned an instance of BaseException`);
  if (cause !== -1) {
    let c = cause;
    if (isExceptionType(c)) c = callObject(c, []);
    else if (c !== K.None && !isExceptionInstance(c)) throw raise(T.TypeError, 'exception causes must derive from BaseException');
    openForWrite(exc);
    store(exc + EXC.CAUSE, c);
    store(exc + EXC.SUPPRESS, 1);
  }
  return exc;
}

/** `except t:` matching (t a class or tuple of classes). */
export function exceptionMatches(exc: number, t: number): boolean {
  if ((t & 1) === 0 && load(t) === T.tuple) {
    for (const x of tupleItems(t)) if (exceptionMatches(exc, x)) return true;
    return false;
  }
  if (!isExceptionType(t)) throw raise(T.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  return isSubtype(typeOf(exc), t);
}

export { small };
