/**
 * The dispatch loop's cold opcodes (see `coldOp`): kept out of `slice` in
 * loop.ts so that the hot function stays small and monomorphic. They only
 * read the frame and change the value stack; they never switch frames or
 * jump, so the loop's exception handling (which uses its own pc) is valid
 * for anything they raise.
 */
import { load, store } from '../../gc/heap.js';
import { FRAME_HEADER, F_GLOBALS, F_LOCALS } from '../../gc/frames.js';
import { OpNum as OPC } from './opnum.js';
import { bool, CELL_CONTENTS, EXC, FUNC, K, raise, T, typeOf } from '../objects/core.js';
import { openForWrite } from '../../stm/access.js';
import { BIN, callObject, callSlot, contains, getAttrOrZero, getItem, getIter, setAttr, delItem, unaryOp, toArray } from '../objects/protocol.js';
import { dictSet, dictDelete, newDict, dictEntries, dictGet } from '../objects/dict.js';
import { listAppend, newList, listItems } from '../objects/list.js';
import { newTuple, tupleItem } from '../objects/tuple.js';
import { newSet, setAdd, setContains } from '../objects/set.js';
import { newFunction } from '../objects/function.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { S, typeSlot } from '../objects/type.js';
import { intFromNumber } from '../objects/int.js';
import { type CodeInfo } from './code.js';
import { ts } from './thread.js';
import { exceptionMatches } from './unwind.js';
import { bindHook, buildClassHook, formatValue, importHook, internName, lengthHook, sliceHook, typeNameOf } from './support.js';
import { isMatchMapping, isMatchSequence, matchClass, matchKeys } from './match.js';
import { printExpr } from './exec.js';
import { checkExceptStarType, exceptStarMatch, prepReraiseStar } from '../objects/exception-group.js';
import { arith, mappingGet, nameError, stackArgs, unboundLocal } from './loop.js';
import { awaitHook } from './generator.js';

/** `v in c`: exact sets and dicts probe their table directly (their __contains__ does the same). */
export function containsFast(c: number, v: number): boolean {
  if ((c & 1) === 0) {
    const t = load(c);
    if (t === T.set || t === T.frozenset) return setContains(c, v);
    if (t === T.dict) return dictGet(c, v) !== 0;
  }
  return contains(c, v);
}

/**
 * Opcodes too rare or too heavy for the hot switch (deletes, imports, with,
 * exception-handler bookkeeping, builders of sets/maps/strings, match,
 * except*). They share `slice`'s single `default` call site, so the first
 * run of one of them neither deoptimises `slice` nor makes it bigger to
 * compile (TurboFan takes ~70-100 ms per compile of `slice`). They may
 * change only the stack; returns the new stack pointer.
 */
export function coldOp(word: number, sp: number, fp: number, ci: CodeInfo): number {
  const arg = word >>> 8;
  const L = fp + FRAME_HEADER, names = ci.namesBase;
  switch (word & 0xff) {
    case OPC.DELETE_FAST:
      if (load(L + arg) === 0) throw unboundLocal(ci.varnames[arg]!);
      store(L + arg, 0);
      break;
    case OPC.STORE_GLOBAL: dictSet(load(fp + F_GLOBALS), load(names + arg), load(--sp)); break;
    case OPC.DELETE_GLOBAL:
      if (!dictDelete(load(fp + F_GLOBALS), load(names + arg))) throw nameError(load(names + arg));
      break;
    case OPC.DELETE_NAME:
      if (!dictDelete(load(fp + F_LOCALS), load(names + arg))) throw nameError(load(names + arg));
      break;
    case OPC.STORE_DEREF: { const cell = load(L + ci.nvarnames + arg); openForWrite(cell); store(cell + CELL_CONTENTS, load(--sp)); break; }
    case OPC.DELETE_DEREF: { const cell = load(L + ci.nvarnames + arg); openForWrite(cell); store(cell + CELL_CONTENTS, 0); break; }
    case OPC.LOAD_CLOSURE: store(sp++, load(L + ci.nvarnames + arg)); break;
    case OPC.DELETE_ATTR: setAttr(load(--sp), load(names + arg), 0); break;
    case OPC.DELETE_SUBSCR: delItem(load(sp - 2), load(sp - 1)); sp -= 2; break;
    case OPC.LOAD_BUILD_CLASS: store(sp++, buildClassHook.ref); break;
    case OPC.LOAD_ASSERTION_ERROR: store(sp++, T.AssertionError); break;
    case OPC.SETUP_ANNOTATIONS: {
      const loc = load(fp + F_LOCALS), key = internName('__annotations__');
      if (!mappingGet(loc, key)) dictSet(loc, key, newDict());
      break;
    }
    case OPC.IMPORT_NAME: {
      const fromlist = load(--sp), level = load(sp - 1);
      store(sp - 1, importHook.importName(load(names + arg), load(fp + F_GLOBALS), fromlist, level));
      break;
    }
    case OPC.IMPORT_FROM: store(sp, importHook.importFrom(load(sp - 1), load(names + arg))); sp++; break;
    case OPC.IMPORT_STAR: importHook.importStar(load(--sp), load(fp + F_LOCALS)); break;
    case OPC.UNARY_POSITIVE: store(sp - 1, unaryOp(S.__pos__, '+', load(sp - 1))); break;
    case OPC.UNARY_NEGATIVE: store(sp - 1, unaryOp(S.__neg__, '-', load(sp - 1))); break;
    case OPC.UNARY_INVERT: store(sp - 1, unaryOp(S.__invert__, '~', load(sp - 1))); break;
    case OPC.BINARY_MATRIX_MULTIPLY: case OPC.INPLACE_MATRIX_MULTIPLY: { const b = load(--sp); store(sp - 1, arith(word & 0xff, BIN.MATMUL, load(sp - 1), b)); break; }
    case OPC.BINARY_TRUE_DIVIDE: case OPC.INPLACE_TRUE_DIVIDE: { const b = load(--sp); store(sp - 1, arith(word & 0xff, BIN.TRUEDIV, load(sp - 1), b)); break; }
    case OPC.BINARY_POWER: case OPC.INPLACE_POWER: { const b = load(--sp); store(sp - 1, arith(word & 0xff, BIN.POW, load(sp - 1), b)); break; }
    case OPC.BINARY_LSHIFT: case OPC.INPLACE_LSHIFT: { const b = load(--sp); store(sp - 1, arith(word & 0xff, BIN.LSHIFT, load(sp - 1), b)); break; }
    case OPC.BINARY_RSHIFT: case OPC.INPLACE_RSHIFT: { const b = load(--sp); store(sp - 1, arith(word & 0xff, BIN.RSHIFT, load(sp - 1), b)); break; }
    case OPC.BUILD_SET: sp -= arg; store(sp, newSet(stackArgs(sp, arg))); sp++; break;
    case OPC.BUILD_MAP: {
      sp -= 2 * arg;
      const d = newDict(arg);
      for (let i = 0; i < arg; i++) dictSet(d, load(sp + 2 * i), load(sp + 2 * i + 1));
      store(sp++, d);
      break;
    }
    case OPC.BUILD_CONST_KEY_MAP: {
      const keys = load(--sp);
      sp -= arg;
      const d = newDict(arg);
      for (let i = 0; i < arg; i++) dictSet(d, tupleItem(keys, i), load(sp + i));
      store(sp++, d);
      break;
    }
    case OPC.BUILD_STRING: {
      sp -= arg;
      let s = '';
      for (let i = 0; i < arg; i++) s += jsString(load(sp + i));
      store(sp++, newStr(s));
      break;
    }
    case OPC.BUILD_SLICE: {
      sp -= arg;
      store(sp, sliceHook.make(load(sp), load(sp + 1), arg === 3 ? load(sp + 2) : K.None));
      sp++;
      break;
    }
    case OPC.SET_ADD: setAdd(load(sp - 1 - arg), load(sp - 1)); sp--; break;
    case OPC.MAP_ADD: dictSet(load(sp - 2 - arg), load(sp - 2), load(sp - 1)); sp -= 2; break;
    case OPC.LIST_EXTEND: { const l = load(sp - 1 - arg); for (const x of starItems(load(sp - 1), 0)) listAppend(l, x); sp--; break; }
    case OPC.SET_UPDATE: { const s = load(sp - 1 - arg); for (const x of toArray(load(sp - 1))) setAdd(s, x); sp--; break; }
    case OPC.DICT_UPDATE: case OPC.DICT_MERGE: {
      const d = load(sp - 1 - arg), src = load(sp - 1);
      const merge = (word & 0xff) === OPC.DICT_MERGE;
      const entries = mappingEntries(src, merge ? load(sp - 3 - arg) : 0);
      for (const [k, v] of entries) {
        if (merge && typeOf(k) !== T.str) throw raise(T.TypeError, 'keywords must be strings');
        if (merge && dictGet(d, k)) {
          throw raise(T.TypeError, `${functionStr(load(sp - 3 - arg))} got multiple values for keyword argument '${jsString(k)}'`);
        }
        dictSet(d, k, v);
      }
      sp--;
      break;
    }
    case OPC.LIST_TO_TUPLE: store(sp - 1, newTuple(listItems(load(sp - 1)))); break;
    case OPC.UNPACK_EX: {
      const before = arg & 0xff, after = arg >> 8;
      const items = toArray(load(--sp));
      if (items.length < before + after) {
        throw raise(T.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
      }
      for (let i = items.length - 1; i >= items.length - after; i--) store(sp++, items[i]!);
      store(sp++, newList(items.slice(before, items.length - after)));
      for (let i = before - 1; i >= 0; i--) store(sp++, items[i]!);
      break;
    }
    case OPC.FORMAT_VALUE: {
      const spec = arg & 4 ? load(--sp) : 0;
      store(sp - 1, formatValue(load(sp - 1), arg & 3, spec));
      break;
    }
    case OPC.MAKE_FUNCTION: {
      const f = newFunction(load(--sp), load(fp + F_GLOBALS));
      if (arg & 8) store(f + FUNC.CLOSURE, load(--sp));
      if (arg & 4) store(f + FUNC.ANNOTATIONS, load(--sp));
      if (arg & 2) store(f + FUNC.KWDEFAULTS, load(--sp));
      if (arg & 1) store(f + FUNC.DEFAULTS, load(--sp));
      store(sp++, f);
      break;
    }
    case OPC.GET_YIELD_FROM_ITER: {
      const v = load(sp - 1);
      if (typeOf(v) === T.coroutine && !(ci.flags & 0x180)) {
        throw raise(T.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
      }
      if (typeOf(v) !== T.generator && typeOf(v) !== T.coroutine) store(sp - 1, getIter(v));
      break;
    }
    case OPC.GET_AWAITABLE: store(sp - 1, awaitHook.awaitable(load(sp - 1), arg)); break;
    case OPC.GET_AITER: store(sp - 1, awaitHook.asyncIter(load(sp - 1))); break;
    case OPC.GET_ANEXT: store(sp, awaitHook.asyncNext(load(sp - 1))); sp++; break;
    case OPC.BEFORE_ASYNC_WITH: {
      const [exit, enterResult] = awaitHook.beforeAsyncWith(load(sp - 1));
      store(sp - 1, exit);
      store(sp++, enterResult);
      break;
    }
    case OPC.PUSH_EXC_INFO: {
      const v = load(sp - 1);
      store(sp - 1, ts.handled || K.None);
      store(sp++, v);
      ts.handled = v;
      break;
    }
    case OPC.POP_EXCEPT: { const v = load(--sp); ts.handled = v === K.None ? 0 : v; break; }
    case OPC.CHECK_EXC_MATCH: {
      const t = load(sp - 1);
      store(sp - 1, bool(exceptionMatches(load(sp - 2), t)));
      break;
    }
    case OPC.BEFORE_WITH: {
      const mgr = load(sp - 1);
      const enterFn = typeSlot(typeOf(mgr), S.__enter__), exitFn = typeSlot(typeOf(mgr), S.__exit__);
      if (!enterFn || !exitFn) {
        const missed = enterFn ? ' (missed __exit__ method)' : '';
        throw raise(T.TypeError, `'${typeNameOf(mgr)}' object does not support the context manager protocol${missed}`);
      }
      // The stack changes only after __enter__ returns: a blocking __enter__ (a lock) may suspend
      // the thread, which re-executes this instruction when it resumes.
      const exit = bindHook.bind(exitFn, mgr);
      const r = callObject(bindHook.bind(enterFn, mgr), []);
      store(sp - 1, exit);
      store(sp++, r);
      break;
    }
    case OPC.WITH_EXCEPT_START: {
      const exc = load(sp - 1), exit = load(sp - 4);
      store(sp++, callObject(exit, [typeOf(exc), exc, load(exc + EXC.TRACEBACK)]));
      break;
    }
    case OPC.GET_LEN: store(sp, intFromNumber(lengthHook.len(load(sp - 1)))); sp++; break;

    case OPC.MATCH_MAPPING: store(sp, bool(isMatchMapping(load(sp - 1)))); return sp + 1;
    case OPC.MATCH_SEQUENCE: store(sp, bool(isMatchSequence(load(sp - 1)))); return sp + 1;
    case OPC.MATCH_KEYS: store(sp, matchKeys(load(sp - 2), load(sp - 1))); return sp + 1;
    case OPC.MATCH_CLASS: {
      const names = load(sp - 1), cls = load(sp - 2), subject = load(sp - 3);
      store(sp - 3, matchClass(subject, cls, names, arg));
      return sp - 2;
    }
    case OPC.CHECK_EG_MATCH: {
      const t = load(sp - 1), exc = load(sp - 2);
      checkExceptStarType(t);
      const [match, rest] = exceptStarMatch(exc, t);
      if (match === 0) { store(sp - 1, K.None); return sp; }
      store(sp - 2, rest);
      store(sp - 1, match);
      ts.handled = match;
      return sp;
    }
    case OPC.PREP_RERAISE_STAR: {
      const excs = listItems(load(sp - 1)), orig = load(sp - 2);
      store(sp - 2, prepReraiseStar(orig, excs));
      return sp - 1;
    }
    case OPC.PRINT_EXPR: printExpr(load(--sp)); break;
    default:
      throw raise(T.SystemError, `opcode ${word & 0xff} is not supported yet`);
  }
  return sp;
}

// ---------------------------------------------------------------------------
// Star arguments: `f(*it)`, `[*it]`, `f(**m)`, `{**m}` and their messages

/**
 * How a call error names its callee, as CPython's `_PyObject_FunctionStr`:
 * `module.qualname()`, without the module for builtins; `qualname()` or the
 * type name when the object lacks those attributes.
 */
export function functionStr(f: number): string {
  const qual = getAttrOrZero(f, intern('__qualname__'));
  if (qual === 0 || typeOf(qual) !== T.str) return `${typeNameOf(f)} object`;
  const mod = getAttrOrZero(f, intern('__module__'));
  const m = mod !== 0 && typeOf(mod) === T.str ? jsString(mod) : '';
  return m && m !== 'builtins' ? `${m}.${jsString(qual)}()` : `${jsString(qual)}()`;
}

function isIterable(v: number): boolean {
  const t = typeOf(v);
  return typeSlot(t, S.__iter__) !== 0 || typeSlot(t, S.__getitem__) !== 0;
}

/** The items of `*v`: in a call to `f` (CALL_FUNCTION_EX), or in a display when f is 0. */
export function starItems(v: number, f: number): number[] {
  if (!isIterable(v)) {
    const what = f ? `${functionStr(f)} argument after *` : 'Value after *';
    throw raise(T.TypeError, `${what} must be an iterable, not ${typeNameOf(v)}`);
  }
  return toArray(v);
}

/** The entries of `**m`: a dict, or any object with keys() and __getitem__; f as in starItems. */
export function mappingEntries(m: number, f: number): Array<[number, number]> {
  if (typeOf(m) === T.dict) return [...dictEntries(m)];
  const keys = getAttrOrZero(m, intern('keys'));
  if (keys === 0) {
    if (f) throw raise(T.TypeError, `${functionStr(f)} argument after ** must be a mapping, not ${typeNameOf(m)}`);
    throw raise(T.TypeError, `'${typeNameOf(m)}' object is not a mapping`);
  }
  return toArray(callObject(keys, [])).map((k) => [k, getItem(m, k)]);
}

/**
 * next(it) for SEND (`yield from` / `await` of a non-generator): the
 * StopIteration that ends it propagates with its value. Native iterators go
 * through `fallback`, which makes StopIteration(None).
 */
export function sendNext(it: number, fallback: (it: number) => number): number {
  const t = typeOf(it);
  const s = typeSlot(t, S.__next__);
  if (t === T.async_generator_asend || (s && (s & 1) === 0 && load(s) === T.function)) return callSlot(s, it, []);
  return fallback(it);
}
