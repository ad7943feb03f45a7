/**
 * Coroutines, async generators and the awaitables that drive them, and the
 * await / async-for / async-with protocol used by the interpreter's opcodes.
 *
 * Model:
 * - A coroutine and an async generator are GENERATOR-layout objects (see
 *   vm/interp/generator.ts) with their own type; `send`/`throw`/`close` run
 *   the same machinery as a generator's. `await coro` delegates to the
 *   coroutine itself (GET_AWAITABLE returns it), so the interpreter resumes
 *   it inline like `yield from` a generator.
 * - `agen.__anext__()`, `agen.asend(v)`, `agen.athrow(...)` and
 *   `agen.aclose()` return an `async_generator_asend` (PAIR layout: A the
 *   async generator, B the value or exception to start with, C the mode,
 *   D the state). Each send() resumes the generator: a value it yields itself
 *   (YIELD_VALUE 0, see `stoppedAtOwnYield`) ends the awaitable with
 *   StopIteration(value); a suspension of something it awaits passes through
 *   to whoever drives the awaitable; returning ends it with
 *   StopAsyncIteration.
 *
 * Reference: https://docs.python.org/3.11/reference/datamodel.html#coroutines
 * and https://docs.python.org/3.11/reference/expressions.html#asynchronous-generator-functions
 */
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { openForWrite } from '../../stm/access.js';
import { bool, GEN, K, PAIR, PyRaise, raise, small, T, typeOf } from '../objects/core.js';
import type { TypeSpec } from '../objects/native.js';
import { callObject, callSlot, getAttrOrZero, typeNameOf } from '../objects/protocol.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { isSubtype, S, typeLookup, typeSlot } from '../objects/type.js';
import { newTuple } from '../objects/tuple.js';
import { newException } from '../objects/exceptions.js';
import { awaitHook, genClose, genResume, genThrow, GenState, stoppedAtOwnYield } from '../interp/generator.js';
import { genExit } from '../interp/loop.js';
import { throwArgument } from './specs-callables.js';

const hex = (ref: number): string => '0x' + (ref * 4).toString(16).padStart(12, '0');

function stopIteration(v: number): PyRaise {
  return new PyRaise(newException(T.StopIteration, v === K.None ? newTuple([]) : newTuple([v])));
}

/** send() of a coroutine: the next suspension value, or StopIteration(return value). */
function coroSend(c: number, v: number): number {
  const r = genResume(c, v, 0);
  if (genExit.returned) throw stopIteration(r);
  return r;
}

function coroThrow(a: number[]): number {
  const r = genThrow(a[0]!, throwArgument(a));
  if (genExit.returned) throw stopIteration(r);
  return r;
}

const GENERATOR_GETTERS = (prefix: string): Record<string, (self: number) => number> => ({
  __name__: (g) => load(g + GEN.NAME),
  __qualname__: (g) => load(g + GEN.QUALNAME),
  [`${prefix}_code`]: (g) => load(g + GEN.CODE),
  [`${prefix}_running`]: (g) => bool(load(g + GEN.STATE) === GenState.RUNNING),
});

export const coroutineSpec: TypeSpec = {
  name: 'coroutine', layout: L.GENERATOR,
  methods: {
    send: (a) => coroSend(a[0]!, a[1]!),
    throw: coroThrow,
    close: (a) => genClose(a[0]!),
    __await__: (a) => a[0]!,
    __repr__: (a) => newStr(`<coroutine object ${jsString(load(a[0]! + GEN.QUALNAME))} at ${hex(a[0]!)}>`),
  },
  getters: GENERATOR_GETTERS('cr'),
};

// ---------------------------------------------------------------------------
// Async generators and their awaitables

// Mode and state are stored as small ints (every PAIR field is a value).
const Mode = { SEND: small(0), THROW: small(1), CLOSE: small(2) } as const;
const State = { INIT: small(0), ITER: small(1), DONE: small(2) } as const;

function newAsend(agen: number, mode: number, start: number): number {
  const p = allocateLayout(L.PAIR, 0, T.async_generator_asend);
  store(p + PAIR.A, agen);
  store(p + PAIR.B, start);
  store(p + PAIR.C, mode);
  store(p + PAIR.D, State.INIT);
  return p;
}

/** What one step of the async generator (a resumption or a throw) means for the awaitable. */
function asendOutcome(p: number, r: number): number {
  const agen = load(p + PAIR.A), mode = load(p + PAIR.C);
  if (genExit.returned) {
    openForWrite(p);
    store(p + PAIR.D, State.DONE);
    if (mode === Mode.CLOSE) throw stopIteration(K.None);
    throw raise(T.StopAsyncIteration);
  }
  if (!stoppedAtOwnYield(agen)) return r;
  openForWrite(p);
  store(p + PAIR.D, State.DONE);
  if (mode === Mode.CLOSE) throw raise(T.RuntimeError, 'async generator ignored GeneratorExit');
  throw stopIteration(r);
}

/** Runs `step`; in aclose() mode, GeneratorExit or StopAsyncIteration from the generator means closed. */
function guarded(p: number, step: () => number): number {
  try {
    return asendOutcome(p, step());
  } catch (e) {
    if (e instanceof PyRaise) {
      openForWrite(p);
      if (load(p + PAIR.D) !== State.DONE) store(p + PAIR.D, State.DONE);
      if (load(p + PAIR.C) === Mode.CLOSE && (isSubtype(typeOf(e.exc), T.GeneratorExit) || isSubtype(typeOf(e.exc), T.StopAsyncIteration))) {
        throw stopIteration(K.None);
      }
    }
    throw e;
  }
}

function asendSend(p: number, v: number): number {
  const state = load(p + PAIR.D);
  if (state === State.DONE) {
    throw raise(T.RuntimeError, load(p + PAIR.C) === Mode.SEND
      ? 'cannot reuse already awaited __anext__()/asend()' : 'cannot reuse already awaited aclose()/athrow()');
  }
  const agen = load(p + PAIR.A);
  openForWrite(p);
  store(p + PAIR.D, State.ITER);
  if (state === State.INIT) {
    const mode = load(p + PAIR.C);
    if (mode === Mode.CLOSE && load(agen + GEN.STATE) !== GenState.SUSPENDED) {
      genClose(agen);
      store(p + PAIR.D, State.DONE);
      throw stopIteration(K.None);
    }
    if (mode !== Mode.SEND) return guarded(p, () => genThrow(agen, load(p + PAIR.B)));
    if (v === K.None) v = load(p + PAIR.B);
  }
  return guarded(p, () => genResume(agen, v, 0));
}

export const asendSpec: TypeSpec = {
  name: 'async_generator_asend', layout: L.PAIR,
  methods: {
    send: (a) => asendSend(a[0]!, a[1]!),
    __next__: (a) => asendSend(a[0]!, K.None),
    __iter__: (a) => a[0]!,
    __await__: (a) => a[0]!,
    throw: (a) => {
      const p = a[0]!;
      if (load(p + PAIR.D) === State.DONE) throw raise(T.RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
      const exc = throwArgument(a);
      return guarded(p, () => genThrow(load(p + PAIR.A), exc));
    },
    close: (a) => { openForWrite(a[0]!); store(a[0]! + PAIR.D, State.DONE); return K.None; },
  },
};

export const asyncGeneratorSpec: TypeSpec = {
  name: 'async_generator', layout: L.GENERATOR,
  methods: {
    __aiter__: (a) => a[0]!,
    __anext__: (a) => newAsend(a[0]!, Mode.SEND, K.None),
    asend: (a) => newAsend(a[0]!, Mode.SEND, a[1]!),
    athrow: (a) => newAsend(a[0]!, Mode.THROW, throwArgument(a)),
    aclose: (a) => newAsend(a[0]!, Mode.CLOSE, newException(T.GeneratorExit, newTuple([]))),
    __repr__: (a) => newStr(`<async_generator object ${jsString(load(a[0]! + GEN.QUALNAME))} at ${hex(a[0]!)}>`),
  },
  getters: GENERATOR_GETTERS('ag'),
};

export const coroutineSpecs: readonly TypeSpec[] = [coroutineSpec, asyncGeneratorSpec, asendSpec];

// ---------------------------------------------------------------------------
// The await protocol (GET_AWAITABLE, GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH)

function specialMethod(v: number, name: string): number {
  const m = typeLookup(typeOf(v), intern(name));
  return m === 0 || m === K.None ? 0 : m;
}

function hasNext(v: number): boolean {
  return typeSlot(typeOf(v), S.__next__) !== 0 || specialMethod(v, '__next__') !== 0;
}

/**
 * The iterator that `await v` delegates to: a coroutine itself, else the
 * result of `v.__await__()`, which must be an iterator. `where` chooses
 * the message when v has no __await__ (GET_AWAITABLE's argument).
 */
export function getAwaitable(v: number, where: number): number {
  const t = typeOf(v);
  if (t === T.coroutine) {
    return v;
  }
  const aw = specialMethod(v, '__await__');
  if (!aw) {
    if (where === 1) throw raise(T.TypeError, `'async with' received an object from __aenter__ that does not implement __await__: ${typeNameOf(v)}`);
    if (where === 2) throw raise(T.TypeError, `'async with' received an object from __aexit__ that does not implement __await__: ${typeNameOf(v)}`);
    throw raise(T.TypeError, `object ${typeNameOf(v)} can't be used in 'await' expression`);
  }
  const it = callSlot(aw, v, []);
  if (typeOf(it) === T.coroutine) throw raise(T.TypeError, '__await__() returned a coroutine');
  if (!hasNext(it)) throw raise(T.TypeError, `__await__() returned non-iterator of type '${typeNameOf(it)}'`);
  return it;
}

/** `async for`'s iterator: v.__aiter__(), which must have __anext__. */
export function getAsyncIter(v: number): number {
  const m = specialMethod(v, '__aiter__');
  if (!m) throw raise(T.TypeError, `'async for' requires an object with __aiter__ method, got ${typeNameOf(v)}`);
  const it = callSlot(m, v, []);
  if (!specialMethod(it, '__anext__')) {
    throw raise(T.TypeError, `'async for' received an object from __aiter__ that does not implement __anext__: ${typeNameOf(it)}`);
  }
  return it;
}

/** The awaitable iterator of `it.__anext__()` for one step of `async for`. */
export function getAsyncNext(it: number): number {
  if (typeOf(it) === T.async_generator) return newAsend(it, Mode.SEND, K.None);
  const m = specialMethod(it, '__anext__');
  if (!m) throw raise(T.TypeError, `'async for' requires an iterator with __anext__ method, got ${typeNameOf(it)}`);
  const r = callSlot(m, it, []);
  try {
    return getAwaitable(r, 0);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), T.TypeError)) {
      throw raise(T.TypeError, `'async for' received an invalid object from __anext__: ${typeNameOf(r)}`);
    }
    throw e;
  }
}

/** BEFORE_ASYNC_WITH: [bound __aexit__, awaitable of __aenter__()]. */
export function beforeAsyncWith(mgr: number): [number, number] {
  const enter = specialMethod(mgr, '__aenter__'), exit = specialMethod(mgr, '__aexit__');
  if (!enter || !exit) {
    const missed = enter ? ' (missed __aexit__ method)' : '';
    throw raise(T.TypeError, `'${typeNameOf(mgr)}' object does not support the asynchronous context manager protocol${missed}`);
  }
  const boundExit = getAttrOrZero(mgr, intern('__aexit__'));
  const boundEnter = getAttrOrZero(mgr, intern('__aenter__'));
  return [boundExit, callObject(boundEnter, [])];
}


Object.assign(awaitHook, { awaitable: getAwaitable, asyncIter: getAsyncIter, asyncNext: getAsyncNext, beforeAsyncWith });
