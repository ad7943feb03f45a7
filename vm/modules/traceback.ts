/**
 * `_traceback`: the native half of lib/traceback.py and lib/warnings.py.
 *
 * Model: pystm already formats uncaught exceptions exactly as CPython 3.11
 * (vm/runtime/traceback.ts); this module exposes that formatting, the
 * records of a traceback and the frames of the running thread to Python, so
 * the library modules never re-implement CPython's text rules.
 * https://docs.python.org/3.11/library/traceback.html
 *
 * Invariants: holds no state; the frame walk starts at the Python frame that
 * called into this module (the loop records it as the active frame before a
 * native call) and follows F_BACK, so frames above a native-to-Python
 * boundary are not seen.
 */
import { load } from '../../gc/heap.js';
import { F_BACK, F_CODE, F_GLOBALS, F_PC } from '../../gc/frames.js';
import { CODE, K, raise, small, T, TB, typeOf } from '../objects/core.js';
import { newList } from '../objects/list.js';
import { newStr } from '../objects/str.js';
import { jsString } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { codeInfo } from '../interp/code.js';
import { currentFrame } from '../interp/loop.js';
import { exceptionLine, formatEntry, formatException, sourceLine } from '../runtime/traceback.js';
import type { ModuleSpec } from './registry.js';

function lineOrNone(filename: string, lineno: number): number {
  const line = sourceLine(filename, lineno);
  return line === null ? K.None : newStr(line.trim());
}

function entry(code: number, lineno: number, extra: number[] = []): number {
  const filename = jsString(load(code + CODE.FILENAME));
  return newTuple([newStr(filename), small(lineno), load(code + CODE.NAME), lineOrNone(filename, lineno), ...extra]);
}

function checkTraceback(tb: number): void {
  if (typeOf(tb) !== T.traceback) throw raise(T.TypeError, 'expected a traceback object');
}

/** format_exception(exc) -> str: the text the default excepthook prints, chain included. */
function formatExceptionText(a: number[]): number {
  return newStr(formatException(a[0]!));
}

/** format_exception_only(exc) -> str: the `Type: message` line. */
function formatExceptionOnly(a: number[]): number {
  return newStr(exceptionLine(a[0]!));
}

/** format_entry(tb) -> str: one traceback record (`File ...` line, source line, carets). */
function formatTracebackEntry(a: number[]): number {
  checkTraceback(a[0]!);
  const out: string[] = [];
  formatEntry(a[0]!, out);
  return newStr(out.join(''));
}

/** tb_entries(tb) -> [(filename, lineno, name, line, tb)], oldest first. */
function tracebackEntries(a: number[]): number {
  const out: number[] = [];
  if (a[0] === K.None) return newList(out);
  checkTraceback(a[0]!);
  for (let tb = a[0]!; tb; tb = load(tb + TB.NEXT)) out.push(entry(load(tb + TB.CODE), load(tb + TB.LINENO), [tb]));
  return newList(out);
}

/** stack_entries() -> [(filename, lineno, name, line, globals)], the caller first, outermost last. */
function stackEntries(): number {
  const out: number[] = [];
  for (let fp = currentFrame(); fp; fp = load(fp + F_BACK)) {
    const code = load(fp + F_CODE);
    const pc = load(fp + F_PC);
    const lineno = codeInfo(code).positions[Math.max(pc - 1, 0) * 4] ?? load(code + CODE.FIRSTLINENO);
    out.push(entry(code, lineno, [load(fp + F_GLOBALS)]));
  }
  return newList(out);
}

export const tracebackModule: ModuleSpec = {
  name: '_traceback',
  doc: 'Native support for traceback and warnings.',
  functions: {
    format_exception: formatExceptionText,
    format_exception_only: formatExceptionOnly,
    format_entry: formatTracebackEntry,
    tb_entries: tracebackEntries,
    stack_entries: stackEntries,
  },
  arity: {
    format_exception: 'O', format_exception_only: 'O', format_entry: 'O', tb_entries: 'O', stack_entries: '',
  },
};
