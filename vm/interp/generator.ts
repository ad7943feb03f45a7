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
 * `throw()` / `close()` raise at the suspension point through `run`'s
 * pending exception; a generator suspended in `yield from` or `await`
 * (YIELD_VALUE 1 or 2 after SEND) passes them to its subiterator first, as
 * CPython's gen_throw.
 * States: 0 created, 1 suspended, 2 running, 3 closed.
 * Coroutines and async generators are the same object with another type
 * (chosen from the code's flags); their awaitable protocol is in
 * vm/runtime/specs-coroutines.ts.
 */
import { allocateLayout, copyWords, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { F_BACK, F_CODE, F_FLAGS, F_GEN, F_PC, F_SP, FrameFlag } from '../../gc/frames.js';
import { openForWrite } from '../../stm/access.js';
import { EXC, FUNC, GEN, K, PyRaise, raise, T, typeOf } from '../objects/core.js';
import { isSubtype } from '../objects/type.js';
import { codeInfo, type CodeInfo } from './code.js';
import { Op } from '../compiler/opcodes.js';
import { callObject, generatorNextHook, getAttrOrZero } from '../objects/protocol.js';
import { intern } from '../objects/str.js';
import { genExit, run } from './loop.js';
import { ts } from './thread.js';

export const GenState = { CREATED: 0, SUSPENDED: 1, RUNNING: 2, CLOSED: 3 } as const;

/** CO_COROUTINE and CO_ASYNC_GENERATOR: calling such a function makes a coroutine / async generator. */
export const CO_GENERATOR_KINDS = 0x20 | 0x80 | 0x200;

/** Is `t` one of the types whose objects run a suspended frame (generator, coroutine, async generator)? */
export function isGeneratorType(t: number): boolean {
  return t === T.generator || t === T.coroutine || t === T.async_generator;
}

function kindName(g: number): string {
  const t = typeOf(g);
  return t === T.coroutine ? 'coroutine' : t === T.async_generator ? 'async generator' : 'generator';
}

export function genCreate(func: number, ci: CodeInfo, fp: number): number {
  const words = ci.frameWords;
  const type = ci.flags & 0x80 ? T.coroutine : ci.flags & 0x200 ? T.async_generator : T.generator;
  const g = allocateLayout(L.GENERATOR, words, type);
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
    if (typeOf(g) === T.coroutine) throw raise(T.RuntimeError, 'cannot reuse already awaited coroutine');
    genExit.returned = true;
    return K.None;
  }
  const frame = g + GEN.FRAME;
  if (state === GenState.CREATED && value !== K.None && !throwExc) {
    throw raise(T.TypeError, `can't send non-None value to a just-started ${kindName(g)}`);
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
    const stopAsync = e instanceof PyRaise && typeOf(g) === T.async_generator && isSubtype(typeOf(e.exc), T.StopAsyncIteration);
    if (e instanceof PyRaise && (stopAsync || isSubtype(typeOf(e.exc), T.StopIteration))) {
      const r = raise(T.RuntimeError, `${kindName(g)} raised ${stopAsync ? 'StopAsyncIteration' : 'StopIteration'}`);
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

/** next(g) for native callers (iterNext): the yielded value, or 0 once `g` is exhausted. */
function genNext(g: number): number {
  const v = genResume(g, K.None, 0);
  return genExit.returned ? 0 : v;
}
generatorNextHook.next = genNext;

function runThrow(frame: number, exc: number): number {
  return run(frame, exc);
}

/** The `yield from` subiterator `g` is suspended in, or 0. */
function delegate(g: number): number {
  if (load(g + GEN.STATE) !== GenState.SUSPENDED) return 0;
  const frame = g + GEN.FRAME;
  const w = codeInfo(load(frame + F_CODE)).words;
  const pc = load(frame + F_PC);
  if (pc < 2 || (w[pc - 1]! & 0xff) !== Op.YIELD_VALUE || (w[pc - 1]! >>> 8) === 0) return 0;
  return load(frame + load(frame + F_SP) - 1);
}

/** The delegation ended: pop the subiterator and continue after the `yield from` loop. */
function endDelegation(g: number): void {
  const frame = g + GEN.FRAME;
  const w = codeInfo(load(frame + F_CODE)).words;
  const pc = load(frame + F_PC);
  store(frame + F_SP, load(frame + F_SP) - 1);
  store(frame + F_PC, w[pc - 2]! >>> 8);
}

/**
 * generator.throw(exc): raises `exc` where `g` is suspended (a `yield from`
 * subiterator gets it first); returns the next yielded value, or the return
 * value with genExit.returned set.
 */
export function genThrow(g: number, exc: number): number {
  openForWrite(g);
  if (load(g + GEN.STATE) === GenState.RUNNING) throw raise(T.ValueError, 'generator already executing');
  const yf = delegate(g);
  if (!yf) return genResume(g, K.None, 0, exc);
  if (isSubtype(typeOf(exc), T.GeneratorExit)) {
    const err = whileRunning(g, () => closeIter(yf));
    return genResume(g, K.None, 0, err || exc);
  }
  let yielded = 0, returned = 0;
  const err = whileRunning(g, () => {
    if (isGeneratorType(typeOf(yf))) {
      const v = genThrow(yf, exc);
      if (genExit.returned) returned = v; else yielded = v;
      return;
    }
    const m = getAttrOrZero(yf, intern('throw'));
    if (!m) { yielded = -1; return; }
    try {
      yielded = callObject(m, [exc]);
    } catch (e) {
      if (!(e instanceof PyRaise && isSubtype(typeOf(e.exc), T.StopIteration))) throw e;
      returned = load(e.exc + EXC.VALUE) || K.None;
    }
  });
  if (yielded === -1) return genResume(g, K.None, 0, exc);
  if (yielded) { genExit.returned = false; return yielded; }
  endDelegation(g);
  if (err) return genResume(g, K.None, 0, err);
  return genResume(g, returned, 0);
}

/** Runs `f` with g marked running; returns the exception it raised, or 0. */
function whileRunning(g: number, f: () => void): number {
  store(g + GEN.STATE, GenState.RUNNING);
  try {
    f();
    return 0;
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    return e.exc;
  } finally {
    openForWrite(g);
    store(g + GEN.STATE, GenState.SUSPENDED);
  }
}

function closeIter(it: number): void {
  if (isGeneratorType(typeOf(it))) { genClose(it); return; }
  const m = getAttrOrZero(it, intern('close'));
  if (m) callObject(m, []);
}

/** generator.close(): GeneratorExit at the suspension point; finally blocks run. */
export function genClose(g: number): number {
  openForWrite(g);
  const state = load(g + GEN.STATE);
  if (state === GenState.RUNNING) throw raise(T.ValueError, 'generator already executing');
  if (state === GenState.CLOSED) return K.None;
  if (state === GenState.CREATED) { store(g + GEN.STATE, GenState.CLOSED); return K.None; }
  const yf = delegate(g);
  const err = yf ? whileRunning(g, () => closeIter(yf)) : 0;
  try {
    genResume(g, K.None, 0, err || raise(T.GeneratorExit, null).exc);
  } catch (e) {
    if (e instanceof PyRaise && (isSubtype(typeOf(e.exc), T.GeneratorExit) || isSubtype(typeOf(e.exc), T.StopIteration))) return K.None;
    throw e;
  }
  if (!genExit.returned) throw raise(T.RuntimeError, 'generator ignored GeneratorExit');
  return K.None;
}

/**
 * Did the async generator `g` stop at a `yield` of its own (YIELD_VALUE 0),
 * rather than passing on the suspension of something it awaits? CPython
 * marks such values with ASYNC_GEN_WRAP; here the suspension point says it.
 */
export function stoppedAtOwnYield(g: number): boolean {
  if (load(g + GEN.STATE) !== GenState.SUSPENDED) return false;
  const frame = g + GEN.FRAME;
  const w = codeInfo(load(frame + F_CODE)).words;
  const pc = load(frame + F_PC);
  return pc >= 1 && (w[pc - 1]! & 0xff) === Op.YIELD_VALUE && (w[pc - 1]! >>> 8) === 0;
}

/**
 * The await protocol's opcodes (GET_AWAITABLE, GET_AITER, GET_ANEXT,
 * BEFORE_ASYNC_WITH), installed by vm/runtime/specs-coroutines.ts, which
 * owns the coroutine types.
 */
export const awaitHook = {
  awaitable: (_v: number, _where: number): number => 0,
  asyncIter: (_v: number): number => 0,
  asyncNext: (_it: number): number => 0,
  beforeAsyncWith: (_mgr: number): [number, number] => [0, 0],
};
