/**
 * sys.stdin, sys.stdout, sys.stderr: the process's standard streams as
 * `_io.TextIOWrapper` objects (https://docs.python.org/3.11/library/sys.html#sys.stdout),
 * and `writeToStream`, the one way the runtime writes to "the current
 * sys.stdout / sys.stderr" (print, tracebacks, displayhook, input's prompt).
 *
 * Model: one class per stream, built at bootstrap, with native methods
 * bound to its descriptor. Writes go straight to cli/output.ts (synchronous,
 * ordered). stdin reads descriptor 0 synchronously in chunks; bytes read past
 * the line being returned stay in the stdin object's dict (key `\0pending`,
 * a bytes object) so the buffer lives in the heap. Text is UTF-8, lines
 * end at `\n` only (CPython's stdin on POSIX does no newline translation).
 *
 * When a program rebinds `sys.stdout` (say to an io.StringIO),
 * `writeToStream` calls the new object's `write` instead.
 */
import * as fs from 'node:fs';
import { threadHost } from '../runtime/thread-host.js';
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { sideEffect, writeErr, writeOut } from '../runtime/effects.js';
import { K, MODULE_DICT, OBJ_DICT, raise, small, T, typeOf } from '../objects/core.js';
import { bytesData, newBytes } from '../objects/bytes.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { defineNative } from '../objects/function.js';
import { intFromNumber, isInt, toBigInt } from '../objects/int.js';
import { newList } from '../objects/list.js';
import { NativeKind, type NativeFn } from '../objects/native.js';
import { openForWrite } from '../../stm/access.js';
import { attributeError, callObject, getAttrOrZero, loadObjDict, getIter, iterNext, typeNameOf } from '../objects/protocol.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { newClass } from '../objects/type.js';
import { decode } from './io-codecs.js';

/** The process's own stream objects (per-worker cache of heap refs, set by createStdStreams). */
export const processStreams = { stdin: 0, stdout: 0, stderr: 0 };

type StreamName = 'stdin' | 'stdout' | 'stderr';

/** Writes `text` to the current sys.<name>: directly if it is the process stream, else through its write(). */
export function writeToStream(name: 'stdout' | 'stderr', text: string): void {
  const sysDict = load(K.sys + MODULE_DICT);
  const stream = dictGetStr(sysDict, intern(name));
  if (!stream || stream === K.None) return;
  if (stream === processStreams[name]) {
    (name === 'stdout' ? writeOut : writeErr)(text);
    return;
  }
  const write = getAttrOrZero(stream, intern('write'));
  if (!write) throw attributeError(stream, intern('write'));
  callObject(write, [newStr(text)]);
}

// ---------------------------------------------------------------------------
// Writing streams

function strArg(v: number): string {
  if (typeOf(v) !== T.str) throw raise(T.TypeError, `write() argument must be str, not ${typeNameOf(v)}`);
  return jsString(v);
}

function writerMethods(fd: 1 | 2): Record<string, NativeFn> {
  const out = fd === 1 ? writeOut : writeErr;
  return {
    write: (a) => {
      const s = strArg(a[1]!);
      out(s);
      return intFromNumber(Array.from(s).length);
    },
    writelines: (a) => {
      const it = getIter(a[1]!);
      for (let x = iterNext(it); x; x = iterNext(it)) out(strArg(x));
      return K.None;
    },
    flush: () => K.None,
  };
}
/** sys.stdout.buffer / sys.stderr.buffer: write(bytes) to the descriptor. */
function binaryWriter(fd: 1 | 2): number {
  const ns = newDict();
  dictSet(ns, intern('__module__'), intern('_io'));
  dictSet(ns, intern('write'), defineNative('write', (a) => {
    if (typeOf(a[1]!) !== T.bytes) throw raise(T.TypeError, `a bytes-like object is required, not '${typeNameOf(a[1]!)}'`);
    const data = bytesData(a[1]!);
    writeBytes(fd, data);
    return intFromNumber(data.length);
  }, NativeKind.METHOD, 'BufferedWriter.write'));
  dictSet(ns, intern('flush'), defineNative('flush', () => K.None, NativeKind.METHOD, 'BufferedWriter.flush'));
  const cls = newClass(T.type, intern('BufferedWriter'), newTuple([T.object]), ns);
  return allocateLayout(L.OBJECT, 0, cls);
}
function writeBytes(fd: number, data: Uint8Array): void {
  sideEffect();
  let off = 0;
  while (off < data.length) {
    try {
      off += fs.writeSync(fd, data, off, data.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

// ---------------------------------------------------------------------------
// Reading stdin

const PENDING = '\0pending';

function pending(self: number): Uint8Array {
  const d = loadObjDict(self);
  const b = d ? dictGetStr(d, intern(PENDING)) : 0;
  return b ? bytesData(b) : new Uint8Array(0);
}
function setPending(self: number, data: Uint8Array): void {
  let d = loadObjDict(self);
  if (!d) { openForWrite(self); d = load(self + OBJ_DICT); if (!d) { d = newDict(); store(self + OBJ_DICT, d); } }
  dictSet(d, intern(PENDING), newBytes(data));
}

/** Reads one more chunk from descriptor 0; null at end of input. */
function readChunk(): Uint8Array | null {
  sideEffect();
  const buf = Buffer.alloc(65536);
  for (;;) {
    try {
      const n = fs.readSync(0, buf, 0, buf.length, null);
      return n === 0 ? null : buf.subarray(0, n);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') { threadHost.pause(1); continue; }
      return null;
    }
  }
}

function text(data: Uint8Array): string {
  return decode(data, 'utf-8', 'strict').text;
}

/** Up to and including the next newline (or `limit` bytes, or the rest at end of input). */
function readLine(self: number, limit: number): string {
  let buf = pending(self);
  for (;;) {
    let end = buf.indexOf(10);
    if (limit >= 0 && (end < 0 || end >= limit) && buf.length >= limit) end = limit - 1;
    if (end >= 0) {
      setPending(self, buf.slice(end + 1));
      return text(buf.subarray(0, end + 1));
    }
    const more = readChunk();
    if (!more) { setPending(self, new Uint8Array(0)); return text(buf); }
    buf = concat(buf, more);
  }
}
function readAll(self: number, limit: number): string {
  let buf = pending(self);
  while (limit < 0 || buf.length < limit) {
    const more = readChunk();
    if (!more) break;
    buf = concat(buf, more);
  }
  const cut = limit < 0 ? buf.length : Math.min(limit, buf.length);
  setPending(self, buf.slice(cut));
  return text(buf.subarray(0, cut));
}
function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
}
function sizeArg(a: number[]): number {
  const v = a.length > 1 ? a[1]! : K.None;
  if (v === K.None) return -1;
  if (!isInt(v)) throw raise(T.TypeError, `argument should be integer or None, not '${typeNameOf(v)}'`);
  return Number(toBigInt(v));
}

const readerMethods: Record<string, NativeFn> = {
  readline: (a) => newStr(readLine(a[0]!, sizeArg(a))),
  read: (a) => newStr(readAll(a[0]!, sizeArg(a))),
  readlines: (a) => {
    const lines: number[] = [];
    for (let s = readLine(a[0]!, -1); s; s = readLine(a[0]!, -1)) lines.push(newStr(s));
    return newList(lines);
  },
  __iter__: (a) => a[0]!,
  __next__: (a) => {
    const s = readLine(a[0]!, -1);
    if (!s) throw raise(T.StopIteration);
    return newStr(s);
  },
};

// ---------------------------------------------------------------------------
// The stream objects

const FD: Record<StreamName, 0 | 1 | 2> = { stdin: 0, stdout: 1, stderr: 2 };

function createStream(name: StreamName): number {
  const fd = FD[name];
  const ns = newDict();
  const m = (n: string, fn: NativeFn) => dictSet(ns, intern(n), defineNative(n, fn, NativeKind.METHOD, `TextIOWrapper.${n}`));
  dictSet(ns, intern('__module__'), intern('_io'));
  for (const [n, fn] of Object.entries(fd === 0 ? readerMethods : writerMethods(fd))) m(n, fn);
  m('fileno', () => small(fd));
  m('isatty', () => { try { return fs.fstatSync(fd).isCharacterDevice() ? K.True : K.False; } catch { return K.False; } });
  m('readable', () => (fd === 0 ? K.True : K.False));
  m('writable', () => (fd === 0 ? K.False : K.True));
  m('seekable', () => K.False);
  m('close', () => K.None);
  m('__enter__', (a) => a[0]!);
  m('__exit__', () => K.None);
  m('__repr__', () => newStr(`<_io.TextIOWrapper name='<${name}>' mode='${fd === 0 ? 'r' : 'w'}' encoding='utf-8'>`));
  const consts: Record<string, number> = {
    name: newStr(`<${name}>`), mode: intern(fd === 0 ? 'r' : 'w'), encoding: intern('utf-8'),
    errors: intern(fd === 2 ? 'backslashreplace' : 'strict'), closed: K.False, line_buffering: fd === 0 ? K.False : K.True,
    newlines: K.None,
  };
  for (const [n, v] of Object.entries(consts)) dictSet(ns, intern(n), v);
  const cls = newClass(T.type, intern('TextIOWrapper'), newTuple([T.object]), ns);
  const obj = allocateLayout(L.OBJECT, 0, cls);
  if (fd !== 0) {
    const d = newDict();
    store(obj + OBJ_DICT, d);
    dictSet(d, intern('buffer'), binaryWriter(fd));
  }
  return obj;
}

export function createStdStreams(): Record<StreamName, number> {
  processStreams.stdin = createStream('stdin');
  processStreams.stdout = createStream('stdout');
  processStreams.stderr = createStream('stderr');
  return processStreams;
}
