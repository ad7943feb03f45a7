/**
 * Generators: a suspended frame living inside the GENERATOR heap object.
 *
 * Calling a generator function binds the arguments into a frame on the
 * thread stack, then copies that frame into a new generator object; from
 * then on the frame is executed in place (fp points into the generator).
 * The interpreter resumes generators inline from FOR_ITER and SEND (the
 * generator frame's F_BACK is the resuming frame, whose F_RESUME says what
 * to do with the yielded or returned value; no JS recursion). Native code
 * (next(), list(), send()) resumes through `genResume`, a nested loop whose
 * entry frame is the generator's (flagged ENTRY for that resumption).
 * States: 0 created, 1 suspended, 2 running, 3 closed.
 */
import { allocateLayout, copyWords, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { F_BACK, F_FLAGS, F_GEN, F_SP, FrameFlag } from '../../gc/frames.js';
import { openForWrite } from '../../stm/access.js';
import { EXC, FUNC, GEN, K, PyRaise, raise, T, typeOf } from '../objects/core.js';
import { isSubtype } from '../objects/type.js';
import type { CodeInfo } from './code.js';
import { genExit, run } from './loop.js';
import { ts } from './thread.js';

export const GenState = { CREATED: 0, SUSPENDED: 1, RUNNING: 2, CLOSED: 3 } as const;

export function genCreate(func: number, ci: CodeInfo, fp: number): number {
  const words = ci.frameWords;
  const g = allocateLayout(L.GENERATOR, words, T.generator);
  store(g + GEN.CODE, ci.ref);
  store(g + GEN.NAME, load(func + FUNC.NAME));
  store(g + GEN.QUALNAME, load(func + FUNC.QUALNAME));
  store(g + GEN.STATE, GenState.CREATED);
  const frame = g + GEN.FRAME;
  copyWords(frame, fp, words);
  store(frame + F_GEN, g);
  store(frame + F_FLAGS, FrameFlag.GENERATOR | FrameFlag.ENTRY);
  return g;
}

export function genState(g: number): number {
  return load(g + GEN.STATE);
}

/**
 * Resumes `g` sending `value` (ignored on the first resumption); returns the
 * yielded value, or the return value with genExit.returned set. Exceptions
 * from the generator propagate (StopIteration inside becomes RuntimeError).
 * `throwExc` non-zero raises that exception at the suspension point.
 */
export function genResume(g: number, value: number, callerFp: number, throwExc = 0): number {
  openForWrite(g);
  const state = load(g + GEN.STATE);
  if (state === GenState.RUNNING) throw raise(T.ValueError, 'generator already executing');
  if (state === GenState.CLOSED) {
    if (throwExc) throw new PyRaise(throwExc);
    genExit.returned = true;
    return K.None;
  }
  const frame = g + GEN.FRAME;
  if (state === GenState.CREATED && value !== K.None && !throwExc) {
    throw raise(T.TypeError, "can't send non-None value to a just-started generator");
  }
  if (state === GenState.SUSPENDED && !throwExc) {
    const sp = frame + load(frame + F_SP);
    store(sp, value);
    store(frame + F_SP, load(frame + F_SP) + 1);
  }
  store(frame + F_BACK, callerFp);
  store(frame + F_FLAGS, FrameFlag.GENERATOR | FrameFlag.ENTRY);
  store(g + GEN.STATE, GenState.RUNNING);
  const savedHandled = ts.handled;
  ts.handled = load(g + GEN.HANDLED);
  try {
    const v = throwExc ? runThrow(frame, throwExc) : run(frame);
    store(g + GEN.STATE, genExit.returned ? GenState.CLOSED : GenState.SUSPENDED);
    return v;
  } catch (e) {
    store(g + GEN.STATE, GenState.CLOSED);
    genExit.returned = true;
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), T.StopIteration)) {
      const r = raise(T.RuntimeError, 'generator raised StopIteration');
      store(r.exc + EXC.CAUSE, e.exc);
      store(r.exc + EXC.CONTEXT, e.exc);
      store(r.exc + EXC.SUPPRESS, 1);
      throw r;
    }
    throw e;
  } finally {
    store(g + GEN.HANDLED, ts.handled);
    ts.handled = savedHandled;
  }
}

/** Raising inside a suspended frame (generator.throw / close) is not built yet. */
function runThrow(_frame: number, _exc: number): number {
  throw raise(T.NotImplementedError, 'generator.throw() is not supported yet');
}
