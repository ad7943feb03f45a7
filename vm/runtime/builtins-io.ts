/**
 * The builtins that do input and output: `print`, `open`, `input`
 * (https://docs.python.org/3.11/library/functions.html#print, #open, #input).
 *
 * Model: they follow whatever `sys.stdin` / `sys.stdout` hold at the call,
 * as CPython does. When the target is the process's own stream the text
 * goes straight to cli/output.ts (synchronous and ordered); any other object
 * gets `write()` calls, one per piece as CPython makes them (each argument,
 * each separator, the end). `open` is `io._open` from lib/io.py (imported on first
 * use), and `io.open` is this builtin, as in CPython.
 */
import { writeErr, writeOut } from './effects.js';
import { CODE, EXC, K, MODULE_DICT, PyRaise, raise, small, T, TB, typeOf } from '../objects/core.js';
import { dictGetStr } from '../objects/dict.js';
import { load, store } from '../../gc/heap.js';
import type { NativeFn } from '../objects/native.js';
import { attributeError, callObject, getAttrOrZero, strOf, typeNameOf } from '../objects/protocol.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { importHook } from '../interp/support.js';
import { processStreams, writeToStream } from '../modules/sys-streams.js';

function kwValue(a: number[], names: readonly string[] | null, name: string): number {
  if (!names) return 0;
  const i = names.indexOf(name);
  return i < 0 ? 0 : a[a.length - names.length + i]!;
}
function sysAttr(name: string): number {
  return dictGetStr(load(K.sys + MODULE_DICT), intern(name));
}
function method(obj: number, name: string): number {
  const m = getAttrOrZero(obj, intern(name));
  if (!m) throw attributeError(obj, intern(name));
  return m;
}
function textArg(v: number, what: string): string | null {
  if (!v || v === K.None) return null;
  if (typeOf(v) !== T.str) throw raise(T.TypeError, `${what} must be None or a string, not ${typeNameOf(v)}`);
  return jsString(v);
}

export const print: NativeFn = (a, names) => {
  for (const n of names ?? []) {
    if (!['sep', 'end', 'file', 'flush'].includes(n)) throw raise(T.TypeError, `'${n}' is an invalid keyword argument for print()`);
  }
  const args = names ? a.slice(0, a.length - names.length) : a;
  const sep = textArg(kwValue(a, names, 'sep'), 'sep') ?? ' ';
  const end = textArg(kwValue(a, names, 'end'), 'end') ?? '\n';
  let file = kwValue(a, names, 'file');
  if (!file || file === K.None) file = sysAttr('stdout');
  if (!file || file === K.None) return K.None;
  const flush = kwValue(a, names, 'flush');
  if (file === processStreams.stdout) {
    writeOut(args.map(strOf).join(sep) + end);
    return K.None;
  }
  if (file === processStreams.stderr) {
    writeErr(args.map(strOf).join(sep) + end);
    return K.None;
  }
  const write = method(file, 'write');
  args.forEach((v, i) => {
    if (i > 0) callObject(write, [newStr(sep)]);
    callObject(write, [newStr(strOf(v))]);
  });
  callObject(write, [newStr(end)]);
  if (flush && flush !== K.False && flush !== K.None && flush !== small(0)) callObject(method(file, 'flush'), []);
  return K.None;
};

function ioModule(): number {
  return importHook.importName(intern('io'), K.builtinsDict, K.None, small(0));
}

export const open: NativeFn = (a, names) => {
  try {
    return callObject(method(ioModule(), '_open'), a, names);
  } catch (e) {
    if (e instanceof PyRaise) hideLibraryFrames(e.exc, '/lib/io.py');
    throw e;
  }
};

/**
 * Drops the traceback entries of pystm's own `file` (CPython's open is C
 * code, so its tracebacks show only the caller's line).
 */
function hideLibraryFrames(exc: number, file: string): void {
  let kept = 0, last = 0;
  for (let tb = load(exc + EXC.TRACEBACK); tb && tb !== K.None; tb = load(tb + TB.NEXT)) {
    if (jsString(load(load(tb + TB.CODE) + CODE.FILENAME)).endsWith(file)) continue;
    if (last) store(last + TB.NEXT, tb); else kept = tb;
    last = tb;
  }
  if (last) store(last + TB.NEXT, 0);
  store(exc + EXC.TRACEBACK, kept || K.None);
}

export const input: NativeFn = (a) => {
  if (a.length > 1) throw raise(T.TypeError, `input expected at most 1 argument, got ${a.length}`);
  const stdin = sysAttr('stdin');
  if (!stdin || stdin === K.None) throw raise(T.RuntimeError, 'input(): lost sys.stdin');
  const out = sysAttr('stdout');
  if (!out || out === K.None) throw raise(T.RuntimeError, 'input(): lost sys.stdout');
  if (a.length === 1) {
    writeToStream('stdout', strOf(a[0]!));
    const flush = getAttrOrZero(out, intern('flush'));
    if (flush) callObject(flush, []);
  }
  const line = callObject(method(stdin, 'readline'), []);
  if (typeOf(line) !== T.str) throw raise(T.TypeError, 'object.readline() returned non-string');
  const s = jsString(line);
  if (s === '') throw raise(T.EOFError, 'EOF when reading a line');
  return newStr(s.endsWith('\n') ? s.slice(0, -1) : s);
};
