/**
 * Frame creation and argument binding (Python's calling rules:
 * https://docs.python.org/3.11/reference/expressions.html#calls).
 *
 * `bindArguments` lays out a new frame at `fp`: header, locals bound from
 * `nargs` argument words at `argBase` (positional, then keyword values named
 * by `kwnames`), defaults, *args / **kwargs, cells and the closure. Calls
 * with positional arguments only, to functions without *args, **kwargs or
 * keyword-only parameters, bind without allocating (`bindPositional`); the
 * exact-arity case without cells (`ci.simpleArgs`) is `pushSimpleFrame`.
 * Error messages are built only when raising.
 */
import { heapBuffer, heapSizeWords, load, store, wordView } from '../../gc/heap.js';
import {
  FRAME_HEADER, F_AUX, F_BACK, F_BUILTINS, F_CODE, F_FLAGS, F_FUNC, F_GEN, F_GLOBALS, F_LOCALS, F_PC, F_SP,
} from '../../gc/frames.js';
import { FUNC, K, PyRaise, raise, T, TUPLE } from '../objects/core.js';
import { newCell } from '../objects/function.js';
import { dictGet, dictSet, newDict } from '../objects/dict.js';
import { intern, jsString } from '../objects/str.js';
import { newTuple, tupleItem, tupleLen } from '../objects/tuple.js';
import type { CodeInfo } from './code.js';
import { ts } from './thread.js';

export function checkStack(ci: CodeInfo): void {
  if (ts.top + ci.frameWords >= ts.end) throw raise(T.RecursionError, 'maximum recursion depth exceeded');
}

/**
 * The common call, all in one: a plain function whose code takes exactly
 * `nargs` positional arguments (`ci.simpleArgs`, which excludes generators,
 * cells and the closure) called without keywords. Lays out the frame at
 * ts.top, links it above `fp` (whose pc and stack pointer, the result's slot
 * `resultAt`, are saved) and counts it in the call depth; returns it.
 * RecursionError past the recursion limit or the frame stack's end.
 */
export function pushSimpleFrame(func: number, ci: CodeInfo, argBase: number, nargs: number, fp: number, pc: number, resultAt: number): number {
  const nfp = ts.top, top = nfp + ci.frameWords;
  if (ts.depth >= ts.limit || top >= ts.end) throw raise(T.RecursionError, 'maximum recursion depth exceeded');
  // Raw frame words through one local view: V8 then checks the array once,
  // not at each of these stores (frames are raw words, see gc/frames.ts).
  const h = heapWords();
  h[fp + F_PC] = pc;
  h[fp + F_SP] = resultAt - fp;
  h[nfp + F_CODE] = ci.ref;
  h[nfp + F_FUNC] = func;
  h[nfp + F_GLOBALS] = h[func + FUNC.GLOBALS]!;
  h[nfp + F_BUILTINS] = K.builtinsDict;
  h[nfp + F_LOCALS] = 0;
  h[nfp + F_GEN] = 0;
  h[nfp + F_AUX] = 0;
  h[nfp + F_BACK] = fp;
  h[nfp + F_PC] = 0;
  const nlocals = ci.nlocalsplus;
  h[nfp + F_SP] = FRAME_HEADER + nlocals;
  h[nfp + F_FLAGS] = 0;
  const L = nfp + FRAME_HEADER;
  for (let i = 0; i < nargs; i++) h[L + i] = h[argBase + i]!;
  for (let i = nargs; i < nlocals; i++) h[L + i] = 0;
  ts.top = top;
  ts.depth++;
  return nfp;
}

/**
 * The whole heap as one Int32Array view, rebuilt when another heap is
 * attached. Hot code reads it into a local once (a typed array in a local is
 * checked once; `load` re-reads gc/heap.ts's mutable module binding at every use).
 */
let words: Int32Array<ArrayBufferLike> = new Int32Array(0);
let wordsOf: SharedArrayBuffer | null = null;
export function heapWords(): Int32Array<ArrayBufferLike> {
  const b = heapBuffer();
  if (b !== wordsOf) { words = wordView(0, heapSizeWords()); wordsOf = b; }
  return words;
}

export function bindArguments(fp: number, func: number, ci: CodeInfo, argBase: number, nargs: number, kwnames: readonly string[] | null): void {
  const h = heapWords();
  h[fp + F_CODE] = ci.ref;
  h[fp + F_FUNC] = func;
  h[fp + F_GLOBALS] = h[func + FUNC.GLOBALS]!;
  h[fp + F_BUILTINS] = K.builtinsDict;
  h[fp + F_LOCALS] = 0;
  h[fp + F_GEN] = 0;
  h[fp + F_AUX] = 0;
  h[fp + F_PC] = 0;
  h[fp + F_SP] = FRAME_HEADER + ci.nlocalsplus;
  h[fp + F_FLAGS] = 0;
  const L = fp + FRAME_HEADER;
  if (kwnames === null && nargs <= ci.argcount && ci.kwonly === 0 && (ci.flags & 0x0c) === 0 && bindPositional(h, L, func, ci, argBase, nargs)) {
    if (ci.ncells !== 0 || ci.nfrees !== 0) setupCells(L, func, ci);
    return;
  }
  const args: number[] = [];
  for (let i = 0; i < nargs; i++) args.push(load(argBase + i));
  bindGeneral(L, func, ci, args, kwnames);
  setupCells(L, func, ci);
}

/**
 * Positional arguments only, no *args / **kwargs / keyword-only parameters,
 * at most `argcount` of them: binds them and the defaults of the rest and
 * clears the other locals. False (nothing reported) when some parameter has
 * neither; the general path then raises CPython's error.
 */
function bindPositional(h: Int32Array<ArrayBufferLike>, L: number, func: number, ci: CodeInfo, argBase: number, nargs: number): boolean {
  const argcount = ci.argcount;
  if (nargs < argcount) {
    const defaults = h[func + FUNC.DEFAULTS]!;
    const nd = defaults ? tupleLen(defaults) : 0;
    const first = argcount - nd;
    if (nargs < first) return false;
    for (let i = nargs; i < argcount; i++) h[L + i] = tupleItem(defaults, i - first);
  }
  for (let i = 0; i < nargs; i++) h[L + i] = h[argBase + i]!;
  for (let i = argcount; i < ci.nlocalsplus; i++) h[L + i] = 0;
  return true;
}

function funcName(func: number): string {
  return jsString(load(func + FUNC.QUALNAME));
}

/** CPython's too_many_positional message, counting the keyword-only arguments given. */
function tooManyPositional(L: number, func: number, ci: CodeInfo, name: string, npos: number): PyRaise {
  const { argcount, kwonly } = ci;
  const defaults = load(func + FUNC.DEFAULTS);
  const nd = defaults ? tupleLen(defaults) : 0;
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + kwonly; i++) if (load(L + i) !== 0) kwonlyGiven++;
  const takes = nd ? `from ${argcount - nd} to ${argcount}` : `${argcount}`;
  const kwonlySig = kwonlyGiven
    ? ` positional argument${npos !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})` : '';
  const given = npos === 1 && !kwonlyGiven ? 'was' : 'were';
  return raise(T.TypeError, `${name}() takes ${takes} positional argument${argcount === 1 && !nd ? '' : 's'} but ${npos}${kwonlySig} ${given} given`);
}

function bindGeneral(L: number, func: number, ci: CodeInfo, args: number[], kwnames: readonly string[] | null): void {
  for (let i = 0; i < ci.nlocalsplus; i++) store(L + i, 0);
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  const { argcount, kwonly, flags } = ci;
  const hasVarargs = (flags & 0x04) !== 0, hasVarkw = (flags & 0x08) !== 0;
  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) store(L + i, args[i]!);
  let slot = argcount + kwonly;
  if (hasVarargs) store(L + slot++, newTuple(args.slice(argcount, npos)));
  let kwdict = 0;
  if (hasVarkw) { kwdict = newDict(); store(L + slot, kwdict); }
  const posonlyAsKw: string[] = [];
  for (let k = 0; k < nkw; k++) {
    const kname = kwnames![k]!;
    if (!hasVarkw && isPositionalOnly(ci, kname)) { posonlyAsKw.push(kname); continue; }
    const v = args[npos + k]!;
    let idx = -1;
    for (let i = ci.posonly; i < argcount + kwonly; i++) if (ci.varnames[i] === kname) { idx = i; break; }
    if (idx < 0) {
      if (kwdict) { dictSet(kwdict, intern(kname), v); continue; }
      throw raise(T.TypeError, `${funcName(func)}() got an unexpected keyword argument '${kname}'`);
    }
    if (load(L + idx) !== 0) throw raise(T.TypeError, `${funcName(func)}() got multiple values for argument '${kname}'`);
    store(L + idx, v);
  }
  if (posonlyAsKw.length) {
    throw raise(T.TypeError, `${funcName(func)}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
  }
  // As CPython, after the keywords are bound (their errors come first).
  if (!hasVarargs && npos > argcount) throw tooManyPositional(L, func, ci, funcName(func), npos);
  const defaults = load(func + FUNC.DEFAULTS);
  const nd = defaults ? tupleLen(defaults) : 0;
  const missing: string[] = [];
  for (let i = 0; i < argcount; i++) {
    if (load(L + i) !== 0) continue;
    const di = i - (argcount - nd);
    if (di >= 0) store(L + i, tupleItem(defaults, di));
    else missing.push(ci.varnames[i]!);
  }
  if (missing.length) throw missingError(funcName(func), missing, 'positional');
  const kwdefaults = load(func + FUNC.KWDEFAULTS);
  for (let i = argcount; i < argcount + kwonly; i++) {
    if (load(L + i) !== 0) continue;
    const d = kwdefaults ? dictGet(kwdefaults, intern(ci.varnames[i]!)) : 0;
    if (d) store(L + i, d);
    else missing.push(ci.varnames[i]!);
  }
  if (missing.length) throw missingError(funcName(func), missing, 'keyword-only');
}

function isPositionalOnly(ci: CodeInfo, kname: string): boolean {
  for (let i = 0; i < ci.posonly; i++) if (ci.varnames[i] === kname) return true;
  return false;
}

function missingError(name: string, missing: string[], kind: string) {
  const quoted = missing.map((m) => `'${m}'`);
  const list = quoted.length === 1 ? quoted[0] : quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}` : `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  return raise(T.TypeError, `${name}() missing ${missing.length} required ${kind} argument${missing.length > 1 ? 's' : ''}: ${list}`);
}

function setupCells(L: number, func: number, ci: CodeInfo): void {
  const base = L + ci.nvarnames;
  for (let i = 0; i < ci.ncells; i++) {
    const a = ci.cell2arg[i]!;
    store(base + i, newCell(a >= 0 ? load(L + a) : 0));
  }
  if (ci.nfrees) {
    const closure = load(func + FUNC.CLOSURE);
    for (let i = 0; i < ci.nfrees; i++) store(base + ci.ncells + i, load(closure + TUPLE.ITEMS + i));
  }
}
