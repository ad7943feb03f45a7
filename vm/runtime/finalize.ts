/**
 * Finalization: weak references and `__del__`, on a tracing collector.
 *
 * Model:
 * - K.weakRefs maps an object's ref (as an int) to the list of its weak
 *   references (as ints); K.finalizable holds the objects whose type had
 *   `__del__` when they were made (`registerFinalizable`) and that were not
 *   finalized yet. Neither is traced: ints are not refs.
 * - Between mark and sweep (`afterMark`, no allocation allowed), as CPython
 *   (PEP 442): the weak references to every unreachable object are cleared
 *   first, and those still reachable themselves with a callback are due;
 *   then every unreachable finalizable object is due, leaves the table (a
 *   finalizer runs once) and is kept alive with all it reaches
 *   (resurrected) until its `__del__` has run; last, weak references that
 *   died themselves leave the lists.
 * - What is due goes, after the sweep, to the list K.finalization[0],
 *   which is traced (`queueDue`). It is run by the thread that called
 *   gc.collect(), before that returns, or by a finalizer thread the
 *   scheduler starts after an automatic collection (`finalizerRunner`).
 *   A failure prints `Exception ignored in: ...` and the traceback, as
 *   CPython's unraisable hook does.
 * - Differences from CPython (no reference counting): objects die at the
 *   first collection that finds them unreachable, and finalizers and
 *   callbacks then run on another thread or at the next gc.collect();
 *   objects still alive at exit are not finalized; only instances made by
 *   object.__new__ (Python classes and exceptions) get their `__del__` run.
 */
import { load } from '../../gc/heap.js';
import { K, PyRaise, small, T, typeOf, WEAKREF } from '../objects/core.js';
import { dictDelete, dictEntries, dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { listAppend, listGet, listItems, listLen, listRemoveAt, listReplace, listSet } from '../objects/list.js';
import { callObject, callSlot, reprOf } from '../objects/protocol.js';
import { intern, newStr } from '../objects/str.js';
import { S, typeSlot } from '../objects/type.js';
import { store } from '../../gc/heap.js';
import { formatException } from './traceback.js';
import { writeToStream } from '../modules/sys-streams.js';

/** K.finalization's items. */
const DUE = 0;
const RUNNER = 1;
const RUNNER_STARTED = 2;

/** An object made with `__del__` on its type: finalized once, after the collection that finds it unreachable. */
export function registerFinalizable(obj: number): void {
  dictSet(K.finalizable, small(obj), K.True);
  ensureRunner();
}

/** Objects found due by the last `afterMark` (weak references with callbacks, objects to finalize). */
let found: number[] = [];

/** Between mark and sweep (see the module comment). Must not allocate. */
export function afterMark(isLive: (obj: number) => boolean, keepAlive: (obj: number) => void): void {
  found = [];
  for (const [key, list] of dictEntries(K.weakRefs)) {
    const obj = key >> 1;
    if (isLive(obj)) continue;
    for (const v of listItems(list)) {
      const w = v >> 1;
      if (load(w + WEAKREF.REFERENT) !== obj) continue;
      store(w + WEAKREF.REFERENT, 0);
      if (isLive(w) && load(w + WEAKREF.CALLBACK) !== 0) found.push(w);
    }
    dictDelete(K.weakRefs, key);
  }
  const dying: number[] = [];
  for (const [key] of dictEntries(K.finalizable)) {
    if (isLive(key >> 1)) continue;
    dying.push(key >> 1);
    dictDelete(K.finalizable, key);
  }
  for (const obj of dying) keepAlive(obj);
  found.push(...dying);
  for (const [key, list] of dictEntries(K.weakRefs)) {
    const items = listItems(list);
    const live = items.filter((v) => isLive(v >> 1));
    if (live.length === 0) dictDelete(K.weakRefs, key);
    else if (live.length !== items.length) listReplace(list, live);
  }
}

/**
 * After the sweep: queues what `afterMark` found due; returns whether
 * anything is due. The list is a stack (taking from its end costs O(1)),
 * so each batch goes in reversed: callbacks still run before finalizers.
 */
export function queueDue(): boolean {
  const due = listGet(K.finalization, DUE);
  for (let i = found.length - 1; i >= 0; i--) listAppend(due, found[i]!);
  found = [];
  return listLen(due) !== 0;
}

/**
 * The function a finalizer thread runs, if one should start now (something
 * is due and no runner is started), else 0. Marks the runner started.
 */
export function finalizerRunner(): number {
  const runner = listGet(K.finalization, RUNNER);
  if (runner === K.None || listLen(listGet(K.finalization, DUE)) === 0) return 0;
  if (listGet(K.finalization, RUNNER_STARTED) !== small(0)) return 0;
  listSet(K.finalization, RUNNER_STARTED, small(1));
  return runner;
}

/** Runs every finalizer and callback due (`runner`: the finalizer thread's run, which then ends). */
export function runPendingFinalizers(runner: boolean): void {
  const due = listGet(K.finalization, DUE);
  for (let n = listLen(due); n !== 0; n = listLen(due)) runOne(listRemoveAt(due, n - 1));
  if (runner) listSet(K.finalization, RUNNER_STARTED, small(0));
}

function runOne(obj: number): void {
  const isRef = typeOf(obj) === T.ReferenceType;
  const fn = isRef ? load(obj + WEAKREF.CALLBACK) : typeSlot(typeOf(obj), S.__del__);
  if (!fn) return;
  try {
    if (isRef) callObject(fn, [obj]);
    else callSlot(fn, obj, []);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    writeToStream('stderr', `Exception ignored in: ${reprOf(fn)}\n${formatException(e.exc)}`);
  }
}

/**
 * The runner function, made once per program (from Python source: a
 * thread's entry must be a Python function), when the first finalizable
 * object or weak reference with a callback appears.
 */
export function ensureRunner(): void {
  if (listGet(K.finalization, RUNNER) !== K.None) return;
  const globals = newDict();
  dictSet(globals, intern('__builtins__'), K.builtins);
  const exec = dictGetStr(K.builtinsDict, intern('exec'));
  callObject(exec, [newStr(RUNNER_SOURCE), globals]);
  listSet(K.finalization, RUNNER, dictGetStr(globals, intern('run')));
}

const RUNNER_SOURCE = 'def run():\n    import _weakref\n    _weakref._run_pending()\n';

