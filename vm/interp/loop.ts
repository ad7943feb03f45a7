/**
 * The interpreter: one non-recursive dispatch loop over heap frames.
 *
 * Model:
 * - A frame is a word range (gc/frames.ts) in the thread's FRAMESTACK.
 *   Python -> Python calls push a frame at `ts.top` and continue in the same
 *   JS loop; returns pop it. Only native code calling back into Python
 *   (`callFunction`) starts a nested `run`, bounded by MAX_NESTING; the
 *   frame it starts is flagged ENTRY and returning from it leaves that loop.
 * - Hot state (fp, sp, pc) lives in JS locals and is written to the frame
 *   (F_PC, F_SP) on calls and exits; the value stack and locals are heap
 *   words, read and written in `slice` through one local view of the heap
 *   (`heapWords`, see README "Heap access").
 * - Exceptions: native code throws PyRaise; the catch at the bottom of the
 *   loop records a traceback entry, searches the code's exception table
 *   (by the index of the raising instruction, pc - 1) and either jumps to
 *   the handler or pops the frame and continues in the caller.
 * - Generators run nested for now (see README "not yet"): `genResume`.
 */
import { setInterpreterFlags } from './v8-flags.js';
import { load, loadF64, loadU16, store, copyWords, heapBuffer } from '../../gc/heap.js';
import { FRAME_HEADER, F_AUX, F_BACK, F_BUILTINS, F_CODE, F_FLAGS, F_FUNC, F_GEN, F_GLOBALS, F_LOCALS, F_PC, F_RESUME, F_SP, FrameFlag } from '../../gc/frames.js';
import { Op, OP_NAMES } from '../compiler/opcodes.js';
import { OpNum as OPC } from './opnum.js';
import { EXC_ENTRY_SIZE } from '../compiler/code.js';
import { ARRAY, bool, CELL_CONTENTS, FLOAT_VALUE, EXC, FUNC, GEN, ITER, K, LIST, METHOD, OBJ_DICT, PAIR, PyRaise, raise, RANGE, small, STR, T, THREAD, TUPLE, TYPE, typeOf } from '../objects/core.js';
import { iteratorNext, IterKind, newIterator } from '../objects/iterators.js';
import { checkConsistent, openForRead, openForWrite, openForWriteNoRefs, openItemForRead, openItemForWrite, openItemsForRead } from '../../stm/access.js';
import { TxAbort } from '../../stm/tx.js';
import { BIN, binaryOp, callObject, CMP, compare, getAttr, getIter, getItem, inplaceOp, isTrue, iterNext, setAttr, setItem, callHooks, toArray, hashOf, excDetailHook, callNative, loadObjDict } from '../objects/protocol.js';
import { dictGetStr, dictSet, dictEntries, dictVersion, dictEntryValueIf, dictFindStr, dictSetStrAt, dictLen } from '../objects/dict.js';
import { listAppend, listConcat, listFromWords, listItems, listSlice, newList } from '../objects/list.js';
import { newSet, setAdd } from '../objects/set.js';
import { tupleFromWords, tupleItems, tupleLen, tupleItem } from '../objects/tuple.js';
import { intern, jsString } from '../objects/str.js';
import { S, typeSlot, isSubtype } from '../objects/type.js';
import { newFloat } from '../objects/float.js';
import { codeInfo, type CodeInfo } from './code.js';
import { MAX_NESTING, saveThread, Suspend, ts } from './thread.js';
import { bindArguments, checkStack, heapWords, pushSimpleFrame } from './call.js';
import { addTraceback, normaliseRaise, setContext } from './unwind.js';
import { CO_GENERATOR_KINDS, genCreate, genResume, genState, GenState } from './generator.js';
import { coldOp, containsFast, sendNext, starItems } from './cold.js';
import { tryFastNative } from './fast-natives.js';
import { fillSite, instanceAttr, instanceDictGrew, methodLookup, newInstanceDict, plainInstanceStore, resetInstanceDictCaps, shadowedByInstance } from './attr-sites.js';
import { threadHost } from '../runtime/thread-host.js';

// A larger inlining budget for `slice` (see v8-flags.ts).
setInterpreterFlags();

// The switch's labels come from the OpNum enum (literals once bundled): check it is current.
for (const name of OP_NAMES) {
  if ((OPC as unknown as Record<string, number>)[name] !== Op[name]) throw new Error('vm/interp/opnum.ts is stale: run npx tsx vm/interp/gen-opnum.ts');
}
// The comparison opcodes are COMPARE_LT + CMP.x (slice computes CMP.x that way).
if (OPC.COMPARE_LE - OPC.COMPARE_LT !== CMP.LE || OPC.COMPARE_EQ - OPC.COMPARE_LT !== CMP.EQ || OPC.COMPARE_NE - OPC.COMPARE_LT !== CMP.NE || OPC.COMPARE_GT - OPC.COMPARE_LT !== CMP.GT || OPC.COMPARE_GE - OPC.COMPARE_LT !== CMP.GE) throw new Error('comparison opcodes out of CMP order');

/** Pushes a frame for Python function `func` with args from JS; runs it nested; returns its result. */
export function callFunction(func: number, args: number[], kwnames: readonly string[] | null): number {
  if (ts.nesting >= MAX_NESTING) throw raise(T.RecursionError, 'maximum recursion depth exceeded');
  const saveTop = ts.top;
  const argBase = ts.top;
  for (let i = 0; i < args.length; i++) store(argBase + i, args[i]!);
  ts.top += args.length;
  try {
    const ci = codeInfo(load(func + FUNC.CODE));
    if (ci.flags & CO_GENERATOR_KINDS) {
      const fp = ts.top;
      checkStack(ci);
      bindArguments(fp, func, ci, argBase, args.length, kwnames);
      return genCreate(func, ci, fp);
    }
    const fp = ts.top;
    checkStack(ci);
    bindArguments(fp, func, ci, argBase, args.length, kwnames);
    store(fp + F_FLAGS, FrameFlag.ENTRY);
    store(fp + F_BACK, 0);
    ts.top = fp + ci.frameWords;
    return run(fp);
  } finally {
    ts.top = saveTop;
  }
}
callHooks.callFunction = callFunction;

/** Runs a module / class body code object with a locals mapping. */
export function runCode(code: number, globals: number, locals: number): number {
  if (ts.nesting >= MAX_NESTING) throw raise(T.RecursionError, 'maximum recursion depth exceeded');
  const saveTop = ts.top;
  const fp = pushCodeFrame(code, globals, locals);
  try {
    return run(fp);
  } finally {
    ts.top = saveTop;
  }
}

let activeFp = 0;
/** The Python frame that made the native call now running (for super() and globals()). */
export function currentFrame(): number {
  return activeFp;
}

/** Runs a class body function with `locals` as its namespace; returns the body's result. */
export function callWithLocals(func: number, locals: number): number {
  if (ts.nesting >= MAX_NESTING) throw raise(T.RecursionError, 'maximum recursion depth exceeded');
  const ci = codeInfo(load(func + FUNC.CODE));
  const fp = ts.top;
  checkStack(ci);
  const saveTop = ts.top;
  bindArguments(fp, func, ci, fp, 0, null);
  store(fp + F_LOCALS, locals);
  store(fp + F_FLAGS, FrameFlag.ENTRY);
  store(fp + F_BACK, 0);
  ts.top = fp + ci.frameWords;
  const saveActive = activeFp;
  try {
    return run(fp);
  } finally {
    ts.top = saveTop;
    activeFp = saveActive;
  }
}

/** Set when the last `run` of a generator frame ended by returning (not yielding). */
export const genExit = { returned: false };

/**
 * CALL_KW's keyword names (a constant tuple of strs) as JS strings, cached
 * by tuple: a hit must have the same item refs (strs are immutable), and the
 * cache is dropped when another heap is attached.
 */
const kwNamesCache = new Map<number, { items: number[]; names: readonly string[] }>();
let kwNamesHeap: SharedArrayBuffer | null = null;
function kwNames(tuple: number): readonly string[] {
  if (kwNamesHeap !== heapBuffer()) { kwNamesCache.clear(); kwNamesHeap = heapBuffer(); }
  const hit = kwNamesCache.get(tuple);
  const n = tupleLen(tuple);
  if (hit !== undefined && hit.items.length === n) {
    let i = 0;
    while (i < n && hit.items[i] === tupleItem(tuple, i)) i++;
    if (i === n) return hit.names;
  }
  const items = tupleItems(tuple);
  const names = items.map(jsString);
  kwNamesCache.set(tuple, { items, names });
  return names;
}

export function stackArgs(base: number, n: number): number[] {
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = load(base + i);
  return a;
}

export function unboundLocal(name: string): PyRaise {
  return raise(T.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function nameError(name: number): PyRaise {
  const r = raise(T.NameError, `name '${jsString(name)}' is not defined`);
  excDetailHook.set(r.exc, 'name', name);
  return r;
}

/**
 * Runs from frame `entry` (flagged ENTRY) until it returns or yields;
 * returns the value. Throws PyRaise if an exception leaves it.
 */
export function run(entry: number, throwExc = 0): number {
  ts.nesting++;
  ts.depth++;
  if (ts.depth > ts.limit) {
    ts.depth--;
    ts.nesting--;
    throw raise(T.RecursionError, 'maximum recursion depth exceeded');
  }
  const state: SliceState = { fp: entry, pc: load(entry + F_PC), sp: entry + load(entry + F_SP), ci: codeInfo(load(entry + F_CODE)), ciStack: [], result: 0, pending: throwExc, suspended: false };
  while (!slice(state));
  return state.result;
}

/**
 * The stack pointer before the instruction `word` began, given `sp` when a
 * native it called threw Suspend; -1 if that instruction cannot be re-executed.
 * The call instructions pop only their keyword names / star arguments before
 * calling, and BEFORE_WITH changes the stack only after __enter__ returns.
 */
function stackBeforeCall(word: number, sp: number): number {
  switch (word & 0xff) {
    case OPC.CALL: case OPC.CALL_METHOD: case OPC.BEFORE_WITH: return sp;
    case OPC.CALL_KW: case OPC.CALL_METHOD_KW: return sp + 1;
    case OPC.CALL_FUNCTION_EX: return sp + 1 + ((word >>> 8) & 1);
    default: return -1;
  }
}

/** How `runThread` stopped. */
export const enum ThreadRun { RETURNED, RAISED, SUSPENDED }

/**
 * Runs the current thread (`ts`, loaded from its THREAD object) from its
 * saved top frame, at nesting 1, until its entry frame returns (RETURNED, the
 * value in THREAD.OUTCOME), an exception leaves it (RAISED, the exception
 * there), or it suspends (SUSPENDED: it blocked, or `shouldYield` said so at
 * a slice boundary); its whole state is then in the heap again, as it is
 * whenever `shouldYield` is called.
 */
/**
 * A region that begins inside generator frames writes them (pc, stack,
 * locals), and they live in their generator objects, outside the thread's
 * stack that an aborted region restores from its snapshot: open each one on
 * the frame chain for write, so the undo log restores it instead.
 */
function openGeneratorFrames(fp: number): void {
  for (let f = fp; f; f = load(f + F_BACK)) if (load(f + F_FLAGS) & FrameFlag.GENERATOR) openForWrite(load(f + F_GEN));
}

export function runThread(shouldYield: () => boolean): ThreadRun {
  const fp = load(ts.ref + THREAD.FP);
  const ciStack: CodeInfo[] = [];
  for (let f = fp; (load(f + F_FLAGS) & FrameFlag.ENTRY) === 0; ) {
    f = load(f + F_BACK);
    ciStack.push(codeInfo(load(f + F_CODE)));
  }
  ciStack.reverse();
  const state: SliceState = { fp, pc: load(fp + F_PC), sp: fp + load(fp + F_SP), ci: codeInfo(load(fp + F_CODE)), ciStack, result: 0, pending: 0, suspended: false };
  ts.nesting = 1;
  openGeneratorFrames(fp);
  try {
    while (!slice(state)) {
      // A region boundary: the thread's state goes to the heap first, so that
      // `shouldYield` may end the transaction there (and snapshot the thread).
      // Returning from `slice` at each one also lets V8 enter its optimised
      // code afresh (a slice that never returned ran on in the on-stack copy).
      store(state.fp + F_PC, state.pc);
      store(state.fp + F_SP, state.sp - state.fp);
      saveThread(state.fp);
      if (state.suspended || shouldYield()) {
        ts.nesting = 0;
        return ThreadRun.SUSPENDED;
      }
      openGeneratorFrames(state.fp);
    }
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    store(ts.ref + THREAD.OUTCOME, e.exc);
    return ThreadRun.RAISED;
  }
  store(ts.ref + THREAD.OUTCOME, state.result);
  return ThreadRun.RETURNED;
}

/**
 * Lays out an entry frame calling Python function `func` with `args` (and
 * keyword `kwnames` values last) on the current thread's stack, ready for
 * `runThread`; counts it in the call depth as `run` would.
 */
export function prepareThreadEntry(func: number, args: number[], kwnames: readonly string[] | null): void {
  const argBase = ts.top;
  for (let i = 0; i < args.length; i++) store(argBase + i, args[i]!);
  const ci = codeInfo(load(func + FUNC.CODE));
  const fp = argBase + args.length;
  ts.top = fp;
  checkStack(ci);
  bindArguments(fp, func, ci, argBase, args.length, kwnames);
  store(fp + F_FLAGS, FrameFlag.ENTRY);
  store(fp + F_BACK, 0);
  ts.top = fp + ci.frameWords;
  ts.depth++;
  saveThread(fp);
}

/** The same for a module body: `code` run with `globals` as its namespace. */
export function prepareModuleEntry(code: number, globals: number): void {
  const fp = pushCodeFrame(code, globals, globals);
  ts.depth++;
  saveThread(fp);
}

/** Lays out an entry frame for a module or class body `code` at ts.top (pushed); returns it. */
function pushCodeFrame(code: number, globals: number, locals: number): number {
  const ci = codeInfo(code);
  const fp = ts.top;
  checkStack(ci);
  for (let i = 0; i < ci.nlocalsplus; i++) store(fp + FRAME_HEADER + i, 0);
  store(fp + F_CODE, code);
  store(fp + F_FUNC, 0);
  store(fp + F_GLOBALS, globals);
  store(fp + F_BUILTINS, K.builtinsDict);
  store(fp + F_LOCALS, locals);
  store(fp + F_GEN, 0);
  store(fp + F_AUX, 0);
  store(fp + F_PC, 0);
  store(fp + F_SP, FRAME_HEADER + ci.nlocalsplus);
  store(fp + F_FLAGS, FrameFlag.ENTRY);
  store(fp + F_BACK, 0);
  ts.top = fp + ci.frameWords;
  return fp;
}

/** Where a slice of execution stopped (see `slice`). */
interface SliceState {
  fp: number;
  pc: number;
  sp: number;
  ci: CodeInfo;
  /** CodeInfo of the frames below the current one in this run (a per-worker cache). */
  ciStack: CodeInfo[];
  result: number;
  /** An exception to raise at the entry frame's resumption point (generator.throw). */
  pending: number;
  /** Set when a blocking native suspended the thread (pc is the calling instruction). */
  suspended: boolean;
}

/**
 * For the comparison opcodes (COMPARE_LT + CMP.x): bit 3 * op + outcome is
 * set when outcome 0 (less), 1 (equal) or 2 (greater) makes comparison `op` true.
 */
const CMP_OUTCOMES = 0b001 | 0b011 << 3 | 0b010 << 6 | 0b101 << 9 | 0b100 << 12 | 0b110 << 15;

/**
 * Back-edges and calls between two boundaries without transactions (one
 * worker: the scheduler may switch threads at each; under transactions the
 * region length sets it, scheduler/regions.ts). 1,000 with a switch at each
 * boundary, or with a switch after 2 ms, changed which threads got how much
 * time on one worker: par_iterators' readers, which spend most of their
 * time holding a lock, starved its writer (MemoryError: nothing is
 * collected yet), and par_pool's main thread reached a blocking wait inside
 * `sum(genexpr)` before the pool had finished (refused on one worker). A
 * lock hand-off to a woken waiter is the real fix (scheduler/README.md).
 */
const SLICE_BUDGET = 20000;
let sliceBudget = SLICE_BUDGET;
/** Sets the back-edges and calls of the following slices (the scheduler's seeded mode uses small ones); 0 restores the default. */
export function setSliceBudget(n: number): void {
  sliceBudget = n > 0 ? n : SLICE_BUDGET;
}
/** Set by `endSliceSoon`: after a native call returns, the running slice has at most `cutTo` back-edges and calls left. */
let sliceCut = false;
let cutTo = 1;
/**
 * Ends the running slice (so the scheduler's region) within `within`
 * back-edges and calls (default: at the next one): after an operation that
 * made the region inevitable, which keeps other threads' transactions from
 * committing until it ends, or after an atomic block, whose locks the
 * region holds until it commits.
 */
export function endSliceSoon(within = 1): void {
  if (!sliceCut || within < cutTo) cutTo = within;
  sliceCut = true;
}

/** Has something asked the running region to end at the next back-edge or call (`endSliceSoon()`)? */
export function regionEndAsked(): boolean {
  return sliceCut && cutTo === 1;
}
/**
 * The first slices of a process stop at their first back-edge or call, so
 * that `slice` is called often enough for V8 to give it type feedback and
 * its entry and exit paths are seen before TurboFan compiles it (otherwise
 * each first use deoptimises it; a compile of `slice` costs ~50-100 ms).
 */
let warmSlices = 32;

/**
 * Executes from `state` until the entry frame returns or yields (true, with
 * state.result) or the budget of back-edges and calls is spent (false, state
 * saved). Slices are where transaction boundaries will fall (issue #4); they
 * also let V8 re-enter an optimised copy of this function instead of
 * staying in a deoptimised on-stack frame.
 */
function slice(state: SliceState): boolean {
  const h = heapWords(); // the heap through one local view: TurboFan keeps its base and length in registers
  // `| 0`: keeps fp / pc / sp untagged int32 in the optimised loop (no Smi checks per use).
  let fp = state.fp | 0;
  let ci: CodeInfo = state.ci;
  let w = ci.words;
  let pc = state.pc | 0;
  let sp = state.sp | 0;
  let L = fp + FRAME_HEADER;
  let consts = ci.constsBase;
  let names = ci.namesBase;
  let reraise = false;
  let budget = sliceBudget;
  if (warmSlices > 0) { warmSlices--; budget = 1; }
  sliceCut = false;
  const ciStack = state.ciStack;

  for (;;) {
    try {
      if (state.pending) {
        const e = state.pending;
        state.pending = 0;
        throw new PyRaise(e);
      }
      dispatch: for (;;) {
        const word = w[pc++]!;
        const arg = word >>> 8;
        switch (word & 0xff) {
          case OPC.NOP: break;
          case OPC.POP_TOP: sp--; break;
          case OPC.COPY: h[sp] = h[sp - arg]!; sp++; break;
          case OPC.SWAP: { const a = h[sp - 1]!; h[sp - 1] = h[sp - arg]!; h[sp - arg] = a; break; }
          case OPC.LOAD_CONST: h[sp++] = h[consts + arg]!; break;
          case OPC.LOAD_FAST: {
            const v = h[L + arg]!;
            if (v === 0) throw unboundLocal(ci.varnames[arg]!);
            h[sp++] = v;
            break;
          }
          case OPC.STORE_FAST: h[L + arg] = h[--sp]!; break;
          case OPC.LOAD_GLOBAL: {
            // Cache: [globals, its keys version, builtins' keys version, entry]
            // (entry >= 0 in globals, ~entry in builtins); the value is read there.
            const c = ci.cache, ci4 = (pc - 1) * 4;
            const g = h[fp + F_GLOBALS]!, b = h[fp + F_BUILTINS]!;
            const name = h[names + arg]!;
            if (c[ci4] === g && c[ci4 + 1] === dictVersion(g) && c[ci4 + 2] === dictVersion(b)) {
              const e = c[ci4 + 3]!;
              const v = e >= 0 ? dictEntryValueIf(g, e, name) : dictEntryValueIf(b, ~e, name);
              if (v) { h[sp++] = v; break; }
            }
            let e = dictFindStr(g, name), v = 0;
            if (e >= 0) v = dictEntryValueIf(g, e, name);
            else {
              e = dictFindStr(b, name);
              if (e >= 0) { v = dictEntryValueIf(b, e, name); e = ~e; }
            }
            if (v === 0) {
              v = dictGetStr(g, name) || dictGetStr(b, name);
              if (v === 0) throw nameError(name);
            } else fillSite(c, ci4, g, dictVersion(g), dictVersion(b), e);
            h[sp++] = v;
            break;
          }
          case OPC.LOAD_NAME: {
            const name = h[names + arg]!;
            const loc = h[fp + F_LOCALS]!;
            let v = loc ? mappingGet(loc, name) : 0;
            if (v === 0) v = dictGetStr(h[fp + F_GLOBALS]!, name);
            if (v === 0) v = dictGetStr(h[fp + F_BUILTINS]!, name);
            if (v === 0) throw nameError(name);
            h[sp++] = v;
            break;
          }
          case OPC.STORE_NAME: {
            const loc = h[fp + F_LOCALS]!;
            if (h[loc]! === T.dict) dictSet(loc, h[names + arg]!, h[--sp]!);
            else setItem(loc, h[names + arg]!, h[--sp]!);
            break;
          }
          case OPC.LOAD_DEREF: case OPC.LOAD_CLASSDEREF: {
            const cell = h[L + ci.nvarnames + arg]!;
            if (word & 0xff && (word & 0xff) === OPC.LOAD_CLASSDEREF) {
              const nm = cellName(ci, arg);
              const v = mappingGet(h[fp + F_LOCALS]!, nm);
              if (v) { h[sp++] = v; break; }
            }
            openForRead(cell);
            const v = h[cell + CELL_CONTENTS]!;
            if (v === 0) {
              const nm = jsString(cellName(ci, arg));
              if (arg < ci.ncells) throw unboundLocal(nm);
              throw raise(T.NameError, `cannot access free variable '${nm}' where it is not associated with a value in enclosing scope`);
            }
            h[sp++] = v;
            break;
          }
          case OPC.LOAD_ATTR: {
            const obj = h[sp - 1]!;
            if ((obj & 1) === 0) {
              // Cache: [type, type version, entry hint in the instance dict].
              const c = ci.cache, c4 = (pc - 1) * 4, t = h[obj]!;
              // A type needs no barrier (stm/tx.ts, "Types"), nor the instance beside its dict ("Instances").
              if (c[c4] === t && c[c4 + 1] === h[t + TYPE.VERSION]!) {
                // loadObjDict written out, so that the dict has one barrier (dictEntryValueIf's), before the second look.
                const d = h[obj + OBJ_DICT]!;
                const v = d ? dictEntryValueIf(d, c[c4 + 2]!, h[names + arg]!) : 0;
                if (v && h[obj + OBJ_DICT] === d) { h[sp - 1] = v; break; }
              }
              const v = instanceAttr(obj, t, h[names + arg]!, c, c4);
              if (v) { h[sp - 1] = v; break; }
            }
            h[sp - 1] = getAttr(obj, h[names + arg]!);
            break;
          }
          case OPC.STORE_ATTR: {
            const obj = h[sp - 1]!, v = h[sp - 2]!, name = h[names + arg]!;
            sp -= 2;
            if ((obj & 1) === 0) {
              // Cache: [type, type version, entry hint, 1] when the type's
              // __setattr__ is object's and no data descriptor claims the name.
              const c = ci.cache, c4 = (pc - 1) * 4, t = h[obj]!;
              let hit = c[c4] === t && c[c4 + 1] === h[t + TYPE.VERSION]! && c[c4 + 3] === 1;
              if (!hit && c[c4 + 3] === 1 && plainInstanceStore(t, name)) {
                // Another plain type at this site: keep the entry hint.
                fillSite(c, c4, t, h[t + TYPE.VERSION]!, c[c4 + 2]!, 1);
                hit = true;
              }
              if (hit) {
                let d = loadObjDict(obj);
                if (d === 0) d = newInstanceDict(obj, t);
                if (dictSetStrAt(d, c[c4 + 2]!, name, v)) instanceDictGrew(t, d);
                break;
              }
              setAttr(obj, name, v);
              if (plainInstanceStore(t, name) && h[obj + OBJ_DICT]!) {
                fillSite(c, c4, t, h[t + TYPE.VERSION]!, dictFindStr(h[obj + OBJ_DICT]!, name), 1);
              }
              break;
            }
            setAttr(obj, name, v);
            break;
          }
          case OPC.LOAD_METHOD: {
            const obj = h[sp - 1]!, name = h[names + arg]!;
            const c = ci.cache, c4 = (pc - 1) * 4;
            const t = typeOf(obj);
            let m: number;
            if (c[c4] === t && c[c4 + 1] === h[t + TYPE.VERSION]! && c[c4 + 3] === -1) {
              m = c[c4 + 2]!;
              if ((obj & 1) === 0 && c[c4 + 3] === -1 && hasDictHook.has(obj, t) && shadowedByInstance(obj, name)) m = 0;
            } else {
              m = methodLookup(obj, name);
              if (m) fillSite(c, c4, t, h[t + TYPE.VERSION]!, m, -1);
            }
            if (m) { h[sp - 1] = m; h[sp++] = obj; }
            else { h[sp - 1] = 0; h[sp++] = getAttr(obj, name); }
            break;
          }
          case OPC.BINARY_SUBSCR: {
            const k = h[--sp]!, o = h[sp - 1]!;
            if (k & 1 && (o & 1) === 0) {
              const t = h[o]!;
              if (t === T.list) {
                openForRead(o);
                let i = k >> 1;
                const n = h[o + LIST.LEN]!;
                if (i < 0) i += n;
                if (i >= 0 && i < n) {
                  const arr = h[o + LIST.ITEMS]!;
                  openItemForRead(o, arr, arr + ARRAY.ITEMS + i);
                  h[sp - 1] = h[arr + ARRAY.ITEMS + i]!;
                  break;
                }
              } else if (t === T.tuple) {
                let i = k >> 1;
                const n = h[o + TUPLE.LEN]!;
                if (i < 0) i += n;
                if (i >= 0 && i < n) { h[sp - 1] = h[o + TUPLE.ITEMS + i]!; break; }
              }
            }
            h[sp - 1] = fastSubscr(o, k);
            break;
          }
          case OPC.STORE_SUBSCR: {
            const k = h[sp - 1]!, o = h[sp - 2]!, v = h[sp - 3]!;
            sp -= 3;
            if (k & 1 && (o & 1) === 0 && h[o]! === T.list) {
              openForRead(o);
              let i = k >> 1;
              const n = h[o + LIST.LEN]!;
              if (i < 0) i += n;
              if (i >= 0 && i < n) {
                const arr = h[o + LIST.ITEMS]!;
                openItemForWrite(o, arr, arr + ARRAY.ITEMS + i);
                h[arr + ARRAY.ITEMS + i] = v;
                break;
              }
            }
            setItem(o, k, v);
            break;
          }
          case OPC.UNARY_NOT: h[sp - 1] = bool(!isTrue(h[sp - 1]!)); break;
          case OPC.BINARY_ADD: case OPC.INPLACE_ADD: {
            const b = h[--sp]!, a = h[sp - 1]!;
            if (a & b & 1) {
              const r = (a >> 1) + (b >> 1);
              if (r >= -1073741824 && r <= 1073741823) { h[sp - 1] = (r << 1) | 1; break; }
            } else if (((a | b) & 1) === 0 && h[a]! === T.float && h[b]! === T.float) { h[sp - 1] = newFloat(loadF64(a + FLOAT_VALUE) + loadF64(b + FLOAT_VALUE)); break; }
            h[sp - 1] = arith(word & 0xff, BIN.ADD, a, b); // (also a small-int result out of range)
            break;
          }
          case OPC.BINARY_SUBTRACT: case OPC.INPLACE_SUBTRACT: {
            const b = h[--sp]!, a = h[sp - 1]!;
            if (a & b & 1) {
              const r = (a >> 1) - (b >> 1);
              if (r >= -1073741824 && r <= 1073741823) { h[sp - 1] = (r << 1) | 1; break; }
            } else if (((a | b) & 1) === 0 && h[a]! === T.float && h[b]! === T.float) { h[sp - 1] = newFloat(loadF64(a + FLOAT_VALUE) - loadF64(b + FLOAT_VALUE)); break; }
            h[sp - 1] = arith(word & 0xff, BIN.SUB, a, b); // (also a small-int result out of range)
            break;
          }
          case OPC.BINARY_MULTIPLY: case OPC.INPLACE_MULTIPLY: {
            const b = h[--sp]!, a = h[sp - 1]!;
            if (a & b & 1) {
              const r = (a >> 1) * (b >> 1);
              if (r >= -1073741824 && r <= 1073741823) { h[sp - 1] = (r << 1) | 1; break; }
            } else if (((a | b) & 1) === 0 && h[a]! === T.float && h[b]! === T.float) { h[sp - 1] = newFloat(loadF64(a + FLOAT_VALUE) * loadF64(b + FLOAT_VALUE)); break; }
            h[sp - 1] = arith(word & 0xff, BIN.MUL, a, b);
            break;
          }
          case OPC.BINARY_FLOOR_DIVIDE: case OPC.INPLACE_FLOOR_DIVIDE: {
            const b = h[--sp]!, a = h[sp - 1]!;
            if (a & b & 1 && b !== 1 && a !== -2147483647) { h[sp - 1] = (Math.floor((a >> 1) / (b >> 1)) << 1) | 1; break; }
            h[sp - 1] = arith(word & 0xff, BIN.FLOORDIV, a, b);
            break;
          }
          case OPC.BINARY_MODULO: case OPC.INPLACE_MODULO: {
            const b = h[--sp]!, a = h[sp - 1]!;
            if (a & b & 1 && b !== 1) {
              const y = b >> 1;
              let r = ((a >> 1) % y) | 0; // | 0: no -0 (V8 would deoptimise)
              if (r !== 0 && (r ^ y) < 0) r += y;
              h[sp - 1] = (r << 1) | 1;
              break;
            }
            h[sp - 1] = arith(word & 0xff, BIN.MOD, a, b);
            break;
          }
          case OPC.BINARY_AND: case OPC.INPLACE_AND: { const b = h[--sp]!, a = h[sp - 1]!; h[sp - 1] = a & b & 1 ? a & b : arith(word & 0xff, BIN.AND, a, b); break; }
          case OPC.BINARY_XOR: case OPC.INPLACE_XOR: { const b = h[--sp]!, a = h[sp - 1]!; h[sp - 1] = a & b & 1 ? (a ^ b) | 1 : arith(word & 0xff, BIN.XOR, a, b); break; }
          case OPC.BINARY_OR: case OPC.INPLACE_OR: { const b = h[--sp]!, a = h[sp - 1]!; h[sp - 1] = a & b & 1 ? a | b : arith(word & 0xff, BIN.OR, a, b); break; }
          case OPC.COMPARE_LT: case OPC.COMPARE_LE: case OPC.COMPARE_EQ: case OPC.COMPARE_NE: case OPC.COMPARE_GT: case OPC.COMPARE_GE: {
            // One path for the six (one set of type feedback: a first `>` late in a program
            // does not deoptimise `slice`); small ints by their outcome's bit in CMP_OUTCOMES.
            const b = h[--sp]!, a = h[sp - 1]!, op = (word & 0xff) - OPC.COMPARE_LT;
            h[sp - 1] = a & b & 1 ? ((CMP_OUTCOMES >> (op * 3 + (a < b ? 0 : a === b ? 1 : 2))) & 1 ? K.True : K.False) : compare(a, b, op);
            break;
          }
          case OPC.COMPARE_IN: case OPC.COMPARE_NOT_IN: {
            const c = h[--sp]!;
            h[sp - 1] = containsFast(c, h[sp - 1]!) !== ((word & 0xff) === OPC.COMPARE_NOT_IN) ? K.True : K.False;
            break;
          }
          case OPC.COMPARE_IS: { const b = h[--sp]!; h[sp - 1] = bool(h[sp - 1]! === b); break; }
          case OPC.COMPARE_IS_NOT: { const b = h[--sp]!; h[sp - 1] = bool(h[sp - 1]! !== b); break; }
          case OPC.BUILD_TUPLE: sp -= arg; h[sp] = tupleFromWords(sp, arg); sp++; break;
          case OPC.BUILD_LIST: sp -= arg; h[sp] = listFromWords(sp, arg); sp++; break;
          case OPC.LIST_APPEND: listAppend(h[sp - 1 - arg]!, h[sp - 1]!); sp--; break;
          case OPC.UNPACK_SEQUENCE: {
            const seq = h[--sp]!;
            if ((seq & 1) === 0) {
              // Exact tuples and lists: items straight onto the stack (last item lowest).
              const t = h[seq]!;
              let items = 0;
              if (t === T.tuple) { if (h[seq + TUPLE.LEN]! === arg) items = seq + TUPLE.ITEMS; }
              else if (t === T.list) {
                openForRead(seq);
                if (h[seq + LIST.LEN]! === arg) {
                  const arr = h[seq + LIST.ITEMS]!;
                  items = arr + ARRAY.ITEMS;
                  openItemsForRead(seq, arr, items, items + arg);
                }
              }
              if (items) {
                for (let i = arg - 1; i >= 0; i--) h[sp++] = h[items + i]!;
                break;
              }
            }
            const items = sequenceItems(seq);
            if (items.length !== arg) {
              if (items.length > arg) throw raise(T.ValueError, `too many values to unpack (expected ${arg})`);
              throw raise(T.ValueError, `not enough values to unpack (expected ${arg}, got ${items.length})`);
            }
            for (let i = arg - 1; i >= 0; i--) h[sp++] = items[i]!;
            break;
          }
          case OPC.CALL: case OPC.CALL_KW: {
            const kw = (word & 0xff) === OPC.CALL_KW ? kwNames(h[--sp]!) : null;
            const base = sp - arg;
            const callee = h[base - 1]!;
            const a0 = h[base]!;
            if (arg === 1 && kw === null && (a0 & 1) === 0 && h[a0] === T.generator && (callee === T.set || callee === T.list || consumesWhole(callee))) {
              const gf = startCollect(callee, a0, fp, pc, base);
              if (gf) {
                ciStack.push(ci);
                fp = gf; ci = codeInfo(h[gf + F_CODE]!); w = ci.words; L = fp + FRAME_HEADER;
                consts = ci.constsBase; names = ci.namesBase; pc = h[gf + F_PC]!; sp = gf + h[gf + F_SP]!;
                if (--budget <= 0) break dispatch;
                break;
              }
            }
            const nfp = prepareCall(callee, base, arg, kw, base - 1, fp, pc);
            if (nfp === 0) { sp = base; if (sliceCut && budget > cutTo) budget = cutTo; break; }
            ciStack.push(ci);
            fp = nfp; ci = calleeInfo; w = ci.words; pc = 0; L = fp + FRAME_HEADER;
            sp = L + ci.nlocalsplus; consts = ci.constsBase; names = ci.namesBase;
            if (--budget <= 0) break dispatch;
            break;
          }
          case OPC.CALL_METHOD: case OPC.CALL_METHOD_KW: {
            const kw = (word & 0xff) === OPC.CALL_METHOD_KW ? kwNames(h[--sp]!) : null;
            const base = sp - arg;
            const m = h[base - 2]!;
            const nfp = m ? prepareCall(m, base - 1, arg + 1, kw, base - 2, fp, pc) : prepareCall(h[base - 1]!, base, arg, kw, base - 2, fp, pc);
            if (nfp === 0) { sp = base - 1; if (sliceCut && budget > cutTo) budget = cutTo; break; }
            ciStack.push(ci);
            fp = nfp; ci = calleeInfo; w = ci.words; pc = 0; L = fp + FRAME_HEADER;
            sp = L + ci.nlocalsplus; consts = ci.constsBase; names = ci.namesBase;
            if (--budget <= 0) break dispatch;
            break;
          }
          case OPC.CALL_FUNCTION_EX: {
            const kwargs = arg & 1 ? h[--sp]! : 0;
            const star = h[--sp]!;
            const f = h[sp - 1]!;
            // An exact tuple's words are the arguments (no iterator); an empty **kwargs adds nothing.
            const args = typeOf(star) === T.tuple ? tupleItems(star) : starItems(star, f);
            const kw: string[] = [];
            if (kwargs && dictLen(kwargs) !== 0) for (const [k, v] of dictEntries(kwargs)) { kw.push(jsString(k)); args.push(v); }
            if (h[fp + F_FLAGS]! & FrameFlag.GENERATOR) {
              // A generator's frame lives in its heap object, sized for its own
              // stack: the unpacked arguments cannot be laid out past `sp`
              // there, so this call takes the nested path (bounded nesting).
              activeFp = fp;
              h[fp + F_PC] = pc;
              h[sp - 1] = callObject(f, args, kw.length ? kw : null);
              break;
            }
            // The arguments go above the star and kwargs words, which stay in place: a native
            // that suspends the thread (time.sleep) has this instruction run again from them.
            const argBase = sp + 1 + (arg & 1);
            checkStackRoom(argBase + args.length);
            for (let i = 0; i < args.length; i++) h[argBase + i] = args[i]!;
            ts.top = Math.max(ts.top, argBase + args.length);
            const nfp = prepareCall(f, argBase, args.length, kw.length ? kw : null, sp - 1, fp, pc);
            if (nfp === 0) break;
            ciStack.push(ci);
            fp = nfp; ci = calleeInfo; w = ci.words; pc = 0; L = fp + FRAME_HEADER;
            sp = L + ci.nlocalsplus; consts = ci.constsBase; names = ci.namesBase;
            if (--budget <= 0) break dispatch;
            break;
          }
          case OPC.BEFORE_WITH: {
            // A Python __enter__ runs as a pushed frame (not nested), so that a lock it takes
            // (Condition.__enter__ -> lock.__enter__) can suspend the thread; others go to coldOp.
            const mgr = h[sp - 1]!;
            const mt = typeOf(mgr);
            if (mt === T.atomic) {
              // `with atomic:` (vm/modules/pystm.ts): no region boundary falls inside the block.
              // An outermost block joins the running region, unless that one is inevitable, or
              // holds locks and was asked to end (scheduler/regions.ts atomicBoundary): then the
              // slice ends before this instruction, which runs again in a region of its own.
              const thread = ts.ref;
              if (ts.nesting === 1 && h[thread + THREAD.ATOMIC] === 0 && threadHost.atomicBoundary()) {
                pc--;
                break dispatch;
              }
              h[thread + THREAD.ATOMIC]++;
              h[sp - 1] = h[mgr + PAIR.A]!;
              h[sp++] = mgr;
              break;
            }
            const enterFn = typeSlot(mt, S.__enter__), exitFn = typeSlot(mt, S.__exit__);
            if (!enterFn || !exitFn || (enterFn & 1) !== 0 || h[enterFn]! !== T.function) {
              sp = coldOp(word, sp, fp, ci) | 0;
              break;
            }
            h[sp] = mgr;
            h[sp - 1] = bindHook.bind(exitFn, mgr);
            const nfp = prepareCall(enterFn, sp, 1, null, sp, fp, pc);
            if (nfp === 0) { sp++; break; }
            ciStack.push(ci);
            fp = nfp; ci = calleeInfo; w = ci.words; pc = 0; L = fp + FRAME_HEADER;
            sp = L + ci.nlocalsplus; consts = ci.constsBase; names = ci.namesBase;
            break;
          }
          case OPC.RETURN_VALUE: {
            let v = h[--sp]!;
            const flags = h[fp + F_FLAGS]!;
            if ((flags & (FrameFlag.GENERATOR | FrameFlag.ENTRY)) === FrameFlag.GENERATOR) {
              leaveGenerator(fp, GenState.CLOSED); // (counts the frame out of ts.depth)
              fp = h[fp + F_BACK]!;
              ci = ciStack.pop()!; w = ci.words; L = fp + FRAME_HEADER;
              consts = ci.constsBase; names = ci.namesBase;
              sp = fp + h[fp + F_SP]!;
              const resume = h[fp + F_RESUME]!;
              pc = resume >> 2;
              if ((resume & 3) === RESUME_FOR_ITER) sp--;
              else if ((resume & 3) === RESUME_SEND) h[sp - 1] = v;
              // (RESUME_COLLECT: the collection stays on the stack as the call's result.)
              break;
            }
            ts.depth--;
            if (flags & FrameFlag.GENERATOR) {
              h[fp + F_PC] = pc;
              h[fp + F_SP] = sp - fp;
              genExit.returned = true;
              ts.nesting--;
              saveThread(fp);
              state.result = v;
              return true;
            }
            // An __init__ frame gives the caller the instance; a result other
            // than None raises in the caller once the frame is gone (as
            // type.__call__ does: no traceback entry for __init__).
            let badInit = 0;
            if (flags & FrameFlag.INIT) {
              if (v !== K.None) badInit = v;
              v = h[fp + F_AUX]!;
              ts.depth--;
            }
            ts.top = fp;
            if (flags & FrameFlag.ENTRY) {
              ts.nesting--;
              saveThread(fp);
              state.result = v;
              return true;
            }
            fp = h[fp + F_BACK]!;
            ci = ciStack.pop()!; w = ci.words; L = fp + FRAME_HEADER;
            consts = ci.constsBase; names = ci.namesBase;
            pc = h[fp + F_PC]!;
            sp = fp + h[fp + F_SP]!;
            if (badInit) throw raise(T.TypeError, `__init__() should return None, not '${typeNameOf(badInit)}'`);
            h[sp++] = v;
            break;
          }
          case OPC.JUMP_FORWARD: pc = arg; break;
          case OPC.JUMP_BACKWARD: case OPC.JUMP_BACKWARD_NO_INTERRUPT:
            pc = arg;
            if (--budget <= 0) break dispatch;
            break;
          case OPC.POP_JUMP_FORWARD_IF_FALSE: {
            const v = h[--sp]!;
            if (v === K.False || (v !== K.True && (v & 1 ? v === 1 : !isTrue(v)))) pc = arg;
            break;
          }
          case OPC.POP_JUMP_FORWARD_IF_TRUE: {
            const v = h[--sp]!;
            if (v === K.True || (v !== K.False && (v & 1 ? v !== 1 : isTrue(v)))) pc = arg;
            break;
          }
          case OPC.POP_JUMP_FORWARD_IF_NONE: if (h[--sp]! === K.None) pc = arg; break;
          case OPC.POP_JUMP_FORWARD_IF_NOT_NONE: if (h[--sp]! !== K.None) pc = arg; break;
          // A taken backward conditional jump closes a `while` loop: one in 64 counts in the budget,
          // so that `while not flag: pass` reaches boundaries (it never did: a spinning thread starved
          // the others on one worker), while loops with calls in them cut regions where they did.
          case OPC.POP_JUMP_BACKWARD_IF_FALSE: {
            const v = h[--sp]!;
            if (v === K.False || (v !== K.True && (v & 1 ? v === 1 : !isTrue(v)))) {
              pc = arg;
              if ((++condBackEdges & 63) === 0 && --budget <= 0) break dispatch;
            }
            break;
          }
          case OPC.POP_JUMP_BACKWARD_IF_TRUE: {
            const v = h[--sp]!;
            if (v === K.True || (v !== K.False && (v & 1 ? v !== 1 : isTrue(v)))) {
              pc = arg;
              if ((++condBackEdges & 63) === 0 && --budget <= 0) break dispatch;
            }
            break;
          }
          case OPC.POP_JUMP_BACKWARD_IF_NONE: case OPC.POP_JUMP_BACKWARD_IF_NOT_NONE:
            if ((h[--sp]! === K.None) === ((word & 0xff) === OPC.POP_JUMP_BACKWARD_IF_NONE)) {
              pc = arg;
              if ((++condBackEdges & 63) === 0 && --budget <= 0) break dispatch;
            }
            break;
          case OPC.JUMP_IF_FALSE_OR_POP: if (!isTrue(h[sp - 1]!)) pc = arg; else sp--; break;
          case OPC.JUMP_IF_TRUE_OR_POP: if (isTrue(h[sp - 1]!)) pc = arg; else sp--; break;
          case OPC.GET_ITER: {
            // Exact lists and ranges make their iterator directly (as their __iter__ does).
            const o = h[sp - 1]!, t = o & 1 ? 0 : h[o]!;
            if (t === T.list) h[sp - 1] = newIterator(T.list_iterator, IterKind.LIST, o);
            else if (t === T.range) h[sp - 1] = newIterator(T.range_iterator, IterKind.RANGE, o, h[o + RANGE.START]!);
            else h[sp - 1] = getIter(o);
            break;
          }
          case OPC.FOR_ITER: {
            const it = h[sp - 1]!;
            let v: number;
            const itType = h[it]!;
            if (itType === T.range_iterator) v = rangeNext(it);
            else if (itType === T.list_iterator) {
              openForWriteNoRefs(it); // the index is an int
              const lst = h[it + ITER.TARGET]!, i = h[it + ITER.INDEX]!;
              openForRead(lst);
              if (i < h[lst + LIST.LEN]!) {
                h[it + ITER.INDEX] = i + 1;
                const arr = h[lst + LIST.ITEMS]!;
                openItemForRead(lst, arr, arr + ARRAY.ITEMS + i);
                v = h[arr + ARRAY.ITEMS + i]!;
              } else v = 0;
            } else if (itType === T.tuple_iterator) v = iteratorNext(it);
            else if (itType === T.generator) {
              // Its state is shared: another worker may be running it (a stale SUSPENDED must not resume it here).
              openForRead(it);
              const gs = h[it + GEN.STATE]!;
              if (gs === GenState.CREATED || gs === GenState.SUSPENDED) {
                // Resume in place: the generator's frame runs in this loop.
                const gf = enterGenerator(it, K.None, fp, pc, sp, RESUME_FOR_ITER | (arg << 2));
                ciStack.push(ci);
                fp = gf; ci = codeInfo(h[gf + F_CODE]!); w = ci.words; L = fp + FRAME_HEADER;
                consts = ci.constsBase; names = ci.namesBase; pc = h[gf + F_PC]!; sp = gf + h[gf + F_SP]!;
                if (--budget <= 0) break dispatch;
                break;
              }
              h[fp + F_PC] = pc; h[fp + F_SP] = sp - fp;
              v = genResume(it, K.None, fp);
              if (genExit.returned) v = 0;
            } else v = iterNext(it);
            if (v === 0) { sp--; pc = arg; } else h[sp++] = v;
            break;
          }
          case OPC.SEND: {
            const sent = h[--sp]!, it = h[sp - 1]!;
            let v: number;
            let done = false;
            const st = typeOf(it) === T.generator || typeOf(it) === T.coroutine ? (openForRead(it), h[it + GEN.STATE]!) : -1;
            if (st === GenState.SUSPENDED || (st === GenState.CREATED && sent === K.None)) {
              const gf = enterGenerator(it, sent, fp, pc, sp, RESUME_SEND | (arg << 2));
              ciStack.push(ci);
              fp = gf; ci = codeInfo(h[gf + F_CODE]!); w = ci.words; L = fp + FRAME_HEADER;
              consts = ci.constsBase; names = ci.namesBase; pc = h[gf + F_PC]!; sp = gf + h[gf + F_SP]!;
              break;
            }
            if (typeOf(it) === T.generator || typeOf(it) === T.coroutine) {
              h[fp + F_PC] = pc; h[fp + F_SP] = sp - fp;
              v = genResume(it, sent, fp);
              done = genExit.returned;
            } else {
              try {
                v = sent === K.None ? sendNext(it, iterNextRaising) : callObject(getAttr(it, internName('send')), [sent]);
              } catch (e) {
                if (e instanceof PyRaise && isSubtype(typeOf(e.exc), T.StopIteration)) {
                  v = h[e.exc + EXC.VALUE]! || K.None;
                  done = true;
                } else throw e;
              }
            }
            if (done) { h[sp - 1] = v; pc = arg; } else h[sp++] = v;
            break;
          }
          case OPC.YIELD_VALUE: {
            const v = h[--sp]!;
            h[fp + F_PC] = pc;
            h[fp + F_SP] = sp - fp;
            if ((h[fp + F_FLAGS]! & FrameFlag.ENTRY) === 0) {
              const back = h[fp + F_BACK]!;
              if ((h[back + F_RESUME]! & 3) === RESUME_COLLECT) {
                // set(g) / list(g): add the value and go on (the yield's result is None).
                const err = collectItem(h[back + h[back + F_SP]! - 1]!, v);
                if (err === 0) { h[sp++] = K.None; break; }
                // The add raised: the generator stays suspended here and the exception is the call's.
                leaveGenerator(fp, GenState.SUSPENDED);
                fp = back;
                ci = ciStack.pop()!; w = ci.words; L = fp + FRAME_HEADER;
                consts = ci.constsBase; names = ci.namesBase;
                pc = h[fp + F_PC]!; sp = fp + h[fp + F_SP]!;
                throw new PyRaise(err);
              }
              // Inline resumption: back to the resuming frame, value pushed.
              leaveGenerator(fp, GenState.SUSPENDED);
              fp = h[fp + F_BACK]!;
              ci = ciStack.pop()!; w = ci.words; L = fp + FRAME_HEADER;
              consts = ci.constsBase; names = ci.namesBase;
              pc = h[fp + F_PC]!; sp = fp + h[fp + F_SP]!;
              h[sp++] = v;
              break;
            }
            ts.depth--;
            genExit.returned = false;
            ts.nesting--;
            saveThread(fp);
            state.result = v;
            return true;
          }
          case OPC.END_ASYNC_FOR: {
            // The handler of `async for`: StopAsyncIteration ends the loop; anything else is re-raised.
            const exc = h[--sp]!;
            if (isSubtype(typeOf(exc), T.StopAsyncIteration)) { sp--; break; }
            reraise = true;
            throw new PyRaise(exc);
          }
          case OPC.RERAISE: {
            // arg > 0 would restore the frame's lasti (only f_lineno observes it); the
            // handler search still uses this instruction, as CPython's does.
            const exc = h[--sp]!;
            reraise = true;
            throw new PyRaise(exc);
          }
          case OPC.RAISE_VARARGS: {
            if (arg === 0) {
              if (!ts.handled) throw raise(T.RuntimeError, 'No active exception to reraise');
              reraise = true;
              throw new PyRaise(ts.handled);
            }
            const cause = arg === 2 ? h[--sp]! : -1;
            throw new PyRaise(normaliseRaise(h[--sp]!, cause));
          }
          default:
            sp = coldOp(word, sp, fp, ci) | 0;
            break;
        }
      }
      // The budget is spent. Every exit comes here, so that one path has type
      // feedback once any has run (each first use of a path TurboFan compiled
      // without feedback deoptimises `slice`).
      state.fp = fp; state.pc = pc; state.sp = sp; state.ci = ci;
      return false;
    } catch (e) {
      let exc: number;
      // A transaction that read inconsistent data (a zombie) aborts before any handler sees its exception.
      if (e instanceof PyRaise) { checkConsistent(); exc = e.exc; }
      else if (e instanceof TxAbort) {
        // Where the conflict was met (the innermost slice), for the conflict report.
        if (e.pc < 0) { e.code = h[fp + F_CODE]!; e.pc = pc - 1; }
        throw e;
      }
      else if (e === Suspend.signal) {
        const at = stackBeforeCall(w[pc - 1]!, sp);
        if (at >= 0) {
          // Suspended at the call, unless the native only asked for a region boundary there
          // (Suspend.continuing): the call then runs again in the next region.
          state.fp = fp; state.pc = pc - 1; state.sp = at; state.ci = ci; state.suspended = !Suspend.continuing;
          Suspend.continuing = false;
          return false;
        }
        exc = raise(T.RuntimeError, 'pystm: a blocking call cannot suspend the thread here').exc;
      } else { checkConsistent(); exc = hostErrorHook.convert(e); }
      // Unwind: find a handler in this frame or pop frames.
      for (;;) {
        if (!reraise) {
          addTraceback(exc, ci, pc - 1, h[fp + F_GLOBALS]!);
          setContext(exc, ts.handled);
        }
        reraise = false;
        const x = findHandler(ci.exctable, pc - 1);
        if (x >= 0) {
          const t = ci.exctable;
          sp = fp + FRAME_HEADER + ci.nlocalsplus + t[x + 3]!;
          if (t[x + 4]) h[sp++] = small(pc - 1);
          h[sp++] = exc;
          pc = t[x + 2]!;
          break;
        }
        const flags = h[fp + F_FLAGS]!;
        if ((flags & (FrameFlag.GENERATOR | FrameFlag.ENTRY)) === FrameFlag.GENERATOR) {
          leaveGenerator(fp, GenState.CLOSED);
          h[fp + F_PC] = -1;
          exc = generatorExceptionOut(exc);
          fp = h[fp + F_BACK]!;
          ci = ciStack.pop()!; w = ci.words; L = fp + FRAME_HEADER;
          consts = ci.constsBase; names = ci.namesBase;
          pc = h[fp + F_PC]!;
          sp = fp + h[fp + F_SP]!;
          continue;
        }
        ts.depth -= flags & FrameFlag.INIT ? 2 : 1;
        if (flags & FrameFlag.GENERATOR) {
          genExit.returned = true;
          h[fp + F_PC] = -1;
          ts.nesting--;
          saveThread(fp);
          throw new PyRaise(exc);
        }
        ts.top = fp;
        if (flags & FrameFlag.ENTRY) {
          ts.nesting--;
          saveThread(fp);
          throw new PyRaise(exc);
        }
        fp = h[fp + F_BACK]!;
        ci = ciStack.pop()!; w = ci.words; L = fp + FRAME_HEADER;
        consts = ci.constsBase; names = ci.namesBase;
        pc = h[fp + F_PC]!;
        sp = fp + h[fp + F_SP]!;
      }
    }
  }
}

/** Taken backward conditional jumps (one in 64 spends the budget: see POP_JUMP_BACKWARD_IF_FALSE). */
let condBackEdges = 0;

/** The callee's CodeInfo when prepareCall returned a frame. */
let calleeInfo: CodeInfo = null as unknown as CodeInfo;

/**
 * Calls `callable` with `nargs` argument words at `argBase`. A Python
 * function gets a new frame at ts.top (caller state saved: its pc, and its
 * stack pointer such that the result lands at `resultAt`): returns the new
 * frame (calleeInfo set). Anything else runs now, its result is stored at
 * `resultAt`, and 0 is returned.
 */
function prepareCall(callable: number, argBase: number, nargs: number, kw: readonly string[] | null, resultAt: number, fp: number, pc: number): number {
  const h = heapWords();
  if ((callable & 1) === 0) {
    const t = h[callable]!;
    if (t === T.function) {
      const nci = codeInfo(h[callable + FUNC.CODE]!);
      if (nci.simpleArgs && nargs === nci.argcount && kw === null) {
        calleeInfo = nci;
        return pushSimpleFrame(callable, nci, argBase, nargs, fp, pc, resultAt);
      }
      const nfp = ts.top;
      checkStack(nci);
      bindArguments(nfp, callable, nci, argBase, nargs, kw);
      if (nci.flags & CO_GENERATOR_KINDS) {
        h[resultAt] = genCreate(callable, nci, nfp);
        return 0;
      }
      return pushFrame(nfp, nci, fp, pc, resultAt);
    }
    if (t === T.method) {
      const f = h[callable + METHOD.FUNC]!;
      if (h[f]! === T.function && argBase - 1 >= resultAt) {
        h[argBase - 1] = h[callable + METHOD.SELF]!;
        return prepareCall(f, argBase - 1, nargs + 1, kw, resultAt, fp, pc);
      }
    } else if (t === T.builtin_function_or_method) {
      activeFp = fp;
      h[fp + F_PC] = pc;
      const r = kw === null ? tryFastNative(h, callable, argBase, nargs) : 0;
      h[resultAt] = r !== 0 ? r : callNative(callable, stackArgs(argBase, nargs), kw);
      return 0;
    } else if (h[t + TYPE.LAYOUT]! === 2 && (t === T.type || typeSlot(t, S.__call__) === typeSlot(T.type, S.__call__))) {
      const init = typeSlot(callable, S.__init__);
      const nci = init && (init & 1) === 0 && h[init]! === T.function ? codeInfo(h[init + FUNC.CODE]!) : null;
      if (nci && (nci.flags & CO_GENERATOR_KINDS) === 0 && typeSlot(callable, S.__new__) === objectNewRef.ref && argBase - 1 >= resultAt) {
        // An __init__ frame: CPython counts type.__call__ as a call level of
        // its own, under the __init__ frame (so the frame counts two).
        if (ts.depth >= ts.limit) throw raise(T.RecursionError, 'maximum recursion depth exceeded while calling a Python object');
        const self = objectNewRef.alloc(callable);
        h[argBase - 1] = self;
        const nfp = ts.top;
        checkStack(nci);
        bindArguments(nfp, init, nci, argBase - 1, nargs + 1, kw);
        h[nfp + F_AUX] = self;
        if (ts.depth + 2 > ts.limit) throw raise(T.RecursionError, 'maximum recursion depth exceeded');
        ts.depth++;
        const r = pushFrame(nfp, nci, fp, pc, resultAt);
        h[nfp + F_FLAGS] = FrameFlag.INIT;
        return r;
      }
      // type.__call__ itself, without going through its method wrapper.
      activeFp = fp;
      h[fp + F_PC] = pc;
      h[resultAt] = typeCallHook.call(callable, stackArgs(argBase, nargs), kw);
      return 0;
    }
  }
  // An instance whose class defines __call__ in Python: call it like a bound method.
  const call = typeSlot(typeOf(callable), S.__call__);
  if (call && (call & 1) === 0 && h[call]! === T.function && argBase - 1 >= resultAt) {
    h[argBase - 1] = callable;
    return prepareCall(call, argBase - 1, nargs + 1, kw, resultAt, fp, pc);
  }
  activeFp = fp;
  h[fp + F_PC] = pc;
  h[resultAt] = callObject(callable, stackArgs(argBase, nargs), kw);
  return 0;
}

function pushFrame(nfp: number, nci: CodeInfo, fp: number, pc: number, resultAt: number): number {
  if (ts.depth + 1 > ts.limit) throw raise(T.RecursionError, 'maximum recursion depth exceeded');
  store(fp + F_PC, pc);
  store(fp + F_SP, resultAt - fp);
  store(nfp + F_BACK, fp);
  ts.top = nfp + nci.frameWords;
  ts.depth++;
  calleeInfo = nci;
  return nfp;
}

/** Forgets the caches keyed by heap addresses (after a collection). */
export function resetLoopCaches(): void {
  kwNamesCache.clear();
  resetInstanceDictCaps();
}

/** next() of a range iterator, small ints inline. */
function rangeNext(it: number): number {
  openForWriteNoRefs(it); // a small int (else iteratorNext, with both barriers)
  const cur = load(it + ITER.AUX), r = load(it + ITER.TARGET);
  const stop = load(r + RANGE.STOP), step = load(r + RANGE.STEP);
  if (cur & stop & step & 1) {
    if (step > 0 ? cur >= stop : cur <= stop) return 0;
    const next = (cur >> 1) + (step >> 1);
    if (next >= -1073741824 && next <= 1073741823) {
      store(it + ITER.AUX, (next << 1) | 1);
      return cur;
    }
  }
  return iteratorNext(it);
}

const RESUME_FOR_ITER = 1;
const RESUME_SEND = 2;
/** set(g) / list(g) run `g` in place: each yield adds to the collection below the call (`startCollect`). */
const RESUME_COLLECT = 3;

/**
 * CALL of the exact type `set` or `list` (`callee`) with one argument `g` at
 * `base`: if `g` is a generator that can be resumed, the new empty
 * collection takes the callee's slot as the call's result and `g` runs in
 * place above `fp`, which resumes at `pc` when it returns; each YIELD_VALUE
 * then adds its value and continues, like a comprehension, instead of one
 * nested resumption per item (what set.__init__ / list.__init__ would do:
 * iterate `g` and add each item). Returns the generator's frame, or 0 when
 * `g` is not such a generator (the ordinary call follows).
 *
 * The builtins that consume a whole iterable before answering (sum, max,
 * min, sorted, tuple: `consumesWhole`) get the same treatment one step
 * removed: the list takes `g`'s place as the argument, and the frame resumes
 * at the CALL itself, which then calls the builtin on the list. So a thread
 * can block inside such a generator (`sum(f.result() for f in futures)`)
 * as inside any loop: a builtin iterating it would run it under native code,
 * where a thread cannot be suspended. (Not any() / all(): they stop early.)
 */
function startCollect(callee: number, g: number, fp: number, pc: number, base: number): number {
  if ((g & 1) !== 0 || load(g) !== T.generator) return 0;
  openForRead(g);
  const st = load(g + GEN.STATE);
  if (st !== GenState.CREATED && st !== GenState.SUSPENDED) return 0;
  if (callee !== T.set && callee !== T.list) {
    store(base, newList([]));
    return enterGenerator(g, K.None, fp, pc, base + 1, RESUME_COLLECT | ((pc - 1) << 2));
  }
  store(base - 1, callee === T.set ? newSet() : newList([]));
  return enterGenerator(g, K.None, fp, pc, base, RESUME_COLLECT | (pc << 2));
}

/** The builtins sum, max, min, sorted (this worker's refs: bootstrap objects) and tuple. */
let wholeConsumers: number[] = [];

function consumesWhole(callee: number): boolean {
  if (wholeConsumers.length === 0) {
    wholeConsumers = [T.tuple, ...['sum', 'max', 'min', 'sorted'].map((n) => dictGetStr(K.builtinsDict, intern(n)))];
  }
  return wholeConsumers.includes(callee);
}

/** Adds `v` to the collection of a `startCollect`; 0, or the exception the add raised (set: hash / __eq__). */
function collectItem(target: number, v: number): number {
  if (load(target) === T.list) { listAppend(target, v); return 0; }
  try {
    setAdd(target, v);
    return 0;
  } catch (e) {
    if (e instanceof PyRaise) return e.exc;
    throw e;
  }
}

/**
 * Prepares generator `g` to run in place from frame `fp` (which resumes at
 * `pc`; `resume` says what to do with the result): pushes the sent value,
 * links the frames, swaps the handled exception. Returns the generator frame.
 */
function enterGenerator(g: number, sent: number, fp: number, pc: number, sp: number, resume: number): number {
  openForWrite(g);
  const gf = g + GEN.FRAME;
  if (load(g + GEN.STATE) === GenState.SUSPENDED) {
    store(gf + load(gf + F_SP), sent);
    store(gf + F_SP, load(gf + F_SP) + 1);
  }
  if (ts.depth + 1 > ts.limit) throw raise(T.RecursionError, 'maximum recursion depth exceeded');
  ts.depth++;
  store(fp + F_PC, pc);
  store(fp + F_SP, sp - fp);
  store(fp + F_RESUME, resume);
  store(gf + F_BACK, fp);
  store(gf + F_FLAGS, FrameFlag.GENERATOR);
  store(g + GEN.STATE, GenState.RUNNING);
  store(g + GEN.CALLER_HANDLED, ts.handled);
  ts.handled = load(g + GEN.HANDLED);
  return gf;
}

/** The generator frame `gf` stops running (suspended or finished). */
function leaveGenerator(gf: number, newState: number): void {
  const g = load(gf + F_GEN);
  openForWrite(g);
  store(g + GEN.STATE, newState);
  store(g + GEN.HANDLED, ts.handled);
  ts.handled = load(g + GEN.CALLER_HANDLED);
  store(g + GEN.CALLER_HANDLED, 0);
  ts.depth--;
}

/** An exception leaving a generator: StopIteration becomes RuntimeError (PEP 479). */
function generatorExceptionOut(exc: number): number {
  if (!isSubtype(typeOf(exc), T.StopIteration)) return exc;
  const r = raise(T.RuntimeError, 'generator raised StopIteration').exc;
  store(r + EXC.CAUSE, exc);
  store(r + EXC.CONTEXT, exc);
  store(r + EXC.SUPPRESS, 1);
  return r;
}

function findHandler(t: Int32Array, i: number): number {
  for (let k = 0; k + EXC_ENTRY_SIZE <= t.length; k += EXC_ENTRY_SIZE) {
    if (i >= t[k]! && i < t[k + 1]!) return k;
  }
  return -1;
}

function cellName(ci: CodeInfo, i: number): number {
  const code = ci.ref;
  const cells = load(code + 2 + 6), frees = load(code + 2 + 7);
  return i < tupleLen(cells) ? tupleItem(cells, i) : tupleItem(frees, i - tupleLen(cells));
}

/**
 * The binary operators' slow path, with float arithmetic inline: float with
 * float or small int (the int converts exactly, as float's methods do), and
 * small int / small int (both exact doubles: one correctly rounded division,
 * as CPython's int true division for small operands).
 */
export function arith(opcode: number, op: number, a: number, b: number): number {
  const fa = (a & 1) === 0 && load(a) === T.float, fb = (b & 1) === 0 && load(b) === T.float;
  if ((fa || (a & 1) === 1) && (fb || (b & 1) === 1) && (fa || fb || op === BIN.TRUEDIV)) {
    const x = fa ? loadF64(a + FLOAT_VALUE) : a >> 1, y = fb ? loadF64(b + FLOAT_VALUE) : b >> 1;
    if (op === BIN.ADD) return newFloat(x + y);
    if (op === BIN.SUB) return newFloat(x - y);
    if (op === BIN.MUL) return newFloat(x * y);
    if (op === BIN.TRUEDIV && y !== 0) return newFloat(x / y);
  }
  const inplace = opcode >= OPC.INPLACE_ADD && opcode <= OPC.INPLACE_OR;
  if (inplace) return inplaceOp(op, a, b);
  if (op === BIN.ADD && !fa && !fb && ((a | b) & 1) === 0 && load(a) === T.list && load(b) === T.list) return listConcat(a, b);
  return binaryOp(op, a, b);
}

/**
 * BINARY_SUBSCR past its list / tuple paths: an exact str without surrogate
 * pairs indexed by a small int gives its latin-1 character interned, as
 * str.__getitem__ does; an exact list sliced without a step copies its
 * words; anything else goes through getItem.
 */
function fastSubscr(o: number, k: number): number {
  if (k & 1 && (o & 1) === 0 && load(o) === T.str) {
    const n = load(o + STR.LEN);
    let i = k >> 1;
    if (i < 0) i += n;
    if (load(o + STR.CPLEN) === n && i >= 0 && i < n) {
      const c = loadU16(o + STR.DATA, i);
      if (c < 256) return intern(String.fromCharCode(c));
    }
  } else if ((o & 1) === 0 && (k & 1) === 0 && load(o) === T.list && load(k) === T.slice) {
    // list[a:b] with small-int or None bounds and no step, bounds clamped as slice.indices.
    const a = load(k + PAIR.A), b = load(k + PAIR.B), st = load(k + PAIR.C);
    if ((st === K.None || st === 3) && (a === K.None || a & 1) && (b === K.None || b & 1)) {
      openForRead(o);
      const n = load(o + LIST.LEN);
      return listSlice(o, a === K.None ? 0 : clampIndex(a >> 1, n), b === K.None ? n : clampIndex(b >> 1, n));
    }
  }
  return getItem(o, k);
}

/** A slice bound `i` on a sequence of length `n`, clamped to [0, n]. */
function clampIndex(i: number, n: number): number {
  if (i < 0) return i + n < 0 ? 0 : i + n;
  return i > n ? n : i;
}

export function mappingGet(m: number, k: number): number {
  if (load(m) === T.dict) return dictGetStr(m, k);
  try {
    return getItem(m, k);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), T.KeyError)) return 0;
    throw e;
  }
}

function sequenceItems(v: number): number[] {
  if ((v & 1) === 0 && load(v) === T.tuple) return tupleItems(v);
  if ((v & 1) === 0 && load(v) === T.list) return listItems(v);
  try {
    return toArray(v);
  } catch (e) {
    if (e instanceof PyRaise && typeOf(e.exc) === T.TypeError && !typeSlot(typeOf(v), S.__iter__)) {
      throw raise(T.TypeError, `cannot unpack non-iterable ${typeNameOf(v)} object`);
    }
    throw e;
  }
}

function iterNextRaising(it: number): number {
  const v = iterNext(it);
  if (v === 0) throw new PyRaise(stopIterationHook.make(K.None));
  return v;
}

function checkStackRoom(top: number): void {
  if (top >= ts.end) throw raise(T.RecursionError, 'maximum recursion depth exceeded');
}

import { internName, typeNameOf, objectNewRef, hasDictHook, stopIterationHook, hostErrorHook, typeCallHook, bindHook } from './support.js';
export { genState, hashOf, copyWords, GEN, TUPLE };
