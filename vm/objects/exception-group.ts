/**
 * BaseExceptionGroup / ExceptionGroup (PEP 654): construction, split,
 * subgroup, derive, and the two `except*` steps the interpreter needs
 * (CHECK_EG_MATCH's match and PREP_RERAISE_STAR's re-raise set).
 *
 * Layout: the EXCEPTION layout; `value` holds the message (args[0], as for
 * every exception) and the tuple of sub-exceptions lives in the instance
 * dict under GROUP_KEY, a name no Python identifier can spell (so it shows
 * in `__dict__`, the one visible difference from CPython).
 * Invariant: a group's sub-exception tuple is non-empty and every item is a
 * BaseException instance; an ExceptionGroup holds only Exceptions.
 * A derived part (split/subgroup) shares the original's __traceback__,
 * __cause__, __context__ and gets a copy of its __notes__ list, as CPython.
 */
import { load, store } from '../../gc/heap.js';
import { EXC, K, PyRaise, raise, T, typeOf } from './core.js';
import { dictGetStr, dictSet, newDict } from './dict.js';
import { newList } from './list.js';
import { callObject, getAttr, isCallable, isTrue, toArray, typeNameOf } from './protocol.js';
import { intern, jsString, newStr } from './str.js';
import { newTuple, tupleItems } from './tuple.js';
import { isSubtype, isType, typeName } from './type.js';

const GROUP_KEY = '\0exceptions';

export function isGroup(v: number): boolean {
  return (v & 1) === 0 && isSubtype(typeOf(v), T.BaseExceptionGroup);
}

function isException(v: number): boolean {
  return (v & 1) === 0 && v !== 0 && isSubtype(typeOf(v), T.BaseException);
}

function isExceptionClass(v: number): boolean {
  return isType(v) && isSubtype(v, T.BaseException);
}

/** The sub-exceptions of group `eg`. */
export function groupExceptions(eg: number): number[] {
  const d = load(eg + EXC.DICT);
  const t = d ? dictGetStr(d, intern(GROUP_KEY)) : 0;
  return t ? tupleItems(t) : [];
}

export function groupExceptionsTuple(eg: number): number {
  const d = load(eg + EXC.DICT);
  return (d && dictGetStr(d, intern(GROUP_KEY))) || K.emptyTuple;
}

/** BaseExceptionGroup.__new__(cls, message, exceptions) (args checked as CPython). */
export function groupNew(cls: number, args: number[], newException: (t: number, args: number) => number): number {
  if (args.length !== 2) {
    throw raise(T.TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  }
  const [message, seq] = args as [number, number];
  if (!isSubtype(typeOf(message), T.str)) {
    throw raise(T.TypeError, `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeNameOf(message)}`);
  }
  if (!isSequence(seq)) throw raise(T.TypeError, 'second argument (exceptions) must be a sequence');
  const excs = toArray(seq);
  if (excs.length === 0) throw raise(T.ValueError, 'second argument (exceptions) must be a non-empty sequence');
  let nestsBase = false;
  excs.forEach((e, i) => {
    if (!isException(e)) throw raise(T.ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    if (!isSubtype(typeOf(e), T.Exception)) nestsBase = true;
  });
  if (cls === T.BaseExceptionGroup) {
    if (!nestsBase) cls = T.ExceptionGroup;
  } else if (cls === T.ExceptionGroup) {
    if (nestsBase) throw raise(T.TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (nestsBase && isSubtype(cls, T.Exception)) {
    throw raise(T.TypeError, `Cannot nest BaseExceptions in '${typeName(cls)}'`);
  }
  const eg = newException(cls, newTuple([message, seq]));
  const d = newDict();
  store(eg + EXC.DICT, d);
  dictSet(d, intern(GROUP_KEY), newTuple(excs));
  return eg;
}

function isSequence(v: number): boolean {
  if ((v & 1) || isSubtype(typeOf(v), T.dict)) return false;
  const t = typeOf(v);
  return t === T.list || t === T.tuple || getAttrOrNull(v, '__getitem__') !== 0;
}

function getAttrOrNull(v: number, name: string): number {
  try {
    return getAttr(v, intern(name));
  } catch (e) {
    // Only a Python exception means "no such attribute": a transaction's abort (stm/) goes through.
    if (e instanceof PyRaise) return 0;
    throw e;
  }
}

/** A group of `excs` with `message`: ExceptionGroup if all are Exceptions. */
export function createGroup(message: string, excs: number[], asTuple = false): number {
  return callObject(T.BaseExceptionGroup, [newStr(message), asTuple ? newTuple(excs) : newList(excs)]);
}

/** BaseExceptionGroup(message, excs): what `derive` returns. */
export function createGroupFrom(message: number, excs: number): number {
  return callObject(T.BaseExceptionGroup, [message, excs]);
}

export function groupStr(eg: number): string {
  const n = groupExceptions(eg).length;
  const msg = load(eg + EXC.VALUE);
  return `${isSubtype(typeOf(msg), T.str) ? jsString(msg) : ''} (${n} sub-exception${n === 1 ? '' : 's'})`;
}

// --- split / subgroup ----------------------------------------------------------------

/** What a split keeps: exceptions of a type, accepted by a predicate, or with given identities. */
type Matcher = { kind: 'type'; types: number } | { kind: 'predicate'; fn: number } | { kind: 'ids'; ids: Set<number> };

export function matcherOf(v: number): Matcher {
  if (isCallable(v) && !isType(v)) return { kind: 'predicate', fn: v };
  if (isExceptionClass(v)) return { kind: 'type', types: v };
  if (typeOf(v) === T.tuple && tupleItems(v).every(isExceptionClass)) return { kind: 'type', types: v };
  throw raise(T.TypeError, 'expected a function, exception type or tuple of exception types');
}

function matches(exc: number, m: Matcher): boolean {
  if (m.kind === 'ids') return m.ids.has(exc);
  if (m.kind === 'predicate') return isTrue(callObject(m.fn, [exc]));
  const types = typeOf(m.types) === T.tuple ? tupleItems(m.types) : [m.types];
  return types.some((t) => isSubtype(typeOf(exc), t));
}

/** [match, rest] of `exc` (0 for an empty part); rest only when `withRest`. */
export function splitGroup(exc: number, m: Matcher, withRest: boolean): [number, number] {
  if (matches(exc, m)) return [exc, 0];
  if (!isGroup(exc)) return [0, withRest ? exc : 0];
  const matched: number[] = [], rest: number[] = [];
  for (const e of groupExceptions(exc)) {
    const [a, b] = splitGroup(e, m, withRest);
    if (a) matched.push(a);
    if (b) rest.push(b);
  }
  return [subset(exc, matched), withRest ? subset(exc, rest) : 0];
}

/** orig.derive(excs) with orig's metadata copied, or 0 if `excs` is empty. */
function subset(orig: number, excs: number[]): number {
  if (excs.length === 0) return 0;
  const eg = callObject(getAttr(orig, intern('derive')), [newList(excs)]);
  if (!isGroup(eg)) throw raise(T.TypeError, 'derive must return an instance of BaseExceptionGroup');
  store(eg + EXC.TRACEBACK, load(orig + EXC.TRACEBACK));
  store(eg + EXC.CONTEXT, load(orig + EXC.CONTEXT));
  store(eg + EXC.CAUSE, load(orig + EXC.CAUSE));
  store(eg + EXC.SUPPRESS, 1);
  const notes = notesOf(orig);
  if (notes) {
    let d = load(eg + EXC.DICT);
    if (!d) { d = newDict(); store(eg + EXC.DICT, d); }
    dictSet(d, intern('__notes__'), newList(toArray(notes)));
  }
  return eg;
}

function notesOf(e: number): number {
  const d = load(e + EXC.DICT);
  return d ? dictGetStr(d, intern('__notes__')) : 0;
}

// --- except* ---------------------------------------------------------------------------

/** CHECK_EG_MATCH's type check of the `except*` clause's type (or tuple). */
export function checkExceptStarType(t: number): void {
  const types = typeOf(t) === T.tuple ? tupleItems(t) : [t];
  for (const x of types) {
    if (!isExceptionClass(x)) throw raise(T.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  }
  for (const x of types) {
    if (isSubtype(x, T.BaseExceptionGroup)) {
      throw raise(T.TypeError, 'catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
}

/** [match, rest] of the handled exception against an `except*` type; match 0 = none. */
export function exceptStarMatch(exc: number, t: number): [number, number] {
  if (exc === K.None) return [0, 0];
  if (matches(exc, { kind: 'type', types: t })) {
    if (isGroup(exc)) return [exc, K.None];
    const wrapped = createGroup('', [exc], true);
    store(wrapped + EXC.TRACEBACK, load(exc + EXC.TRACEBACK));
    return [wrapped, K.None];
  }
  if (isGroup(exc)) {
    const [a, b] = splitGroup(exc, { kind: 'type', types: t }, true);
    return a ? [a, b || K.None] : [0, 0];
  }
  return [0, 0];
}

function sameMetadata(a: number, b: number): boolean {
  return notesOf(a) === notesOf(b) && load(a + EXC.TRACEBACK) === load(b + EXC.TRACEBACK)
    && load(a + EXC.CAUSE) === load(b + EXC.CAUSE) && load(a + EXC.CONTEXT) === load(b + EXC.CONTEXT);
}

function leafIds(e: number, into: Set<number>): void {
  if (e === K.None) return;
  if (!isGroup(e)) into.add(e);
  else for (const x of groupExceptions(e)) leafIds(x, into);
}

/** PREP_RERAISE_STAR: what leaves a try/except* whose clauses raised `excs` (None: nothing). */
export function prepReraiseStar(orig: number, excs: number[]): number {
  if (excs.length === 0) return K.None;
  if (!isGroup(orig)) return excs[0]!;
  const raised: number[] = [], reraised: number[] = [];
  for (const e of excs) {
    if (e === K.None) continue;
    (sameMetadata(e, orig) ? reraised : raised).push(e);
  }
  const ids = new Set<number>();
  for (const e of reraised) leafIds(e, ids);
  const kept = ids.size ? splitGroup(orig, { kind: 'ids', ids }, false)[0] : 0;
  if (raised.length === 0) return kept || K.None;
  if (kept) raised.push(kept);
  return raised.length > 1 ? createGroup('', raised) : raised[0]!;
}
