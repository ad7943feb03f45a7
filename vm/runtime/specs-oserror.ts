/**
 * OSError (https://docs.python.org/3.11/library/exceptions.html#OSError):
 * the errno/strerror/filename/filename2 attributes, the "[Errno 2] No such
 * file or directory: 'x'" form of str(), and PEP 3151's choice of subclass
 * by errno when OSError itself is called (`OSError(2, 'x')` is a
 * FileNotFoundError).
 *
 * Model: `__new__` parses the arguments once. With 2 to 5 arguments, errno
 * and strerror are the first two, filename the third and filename2 the
 * fifth, and `args` keeps only (errno, strerror) when a filename is given,
 * as CPython does. The four attributes live in the exception's dict under
 * keys that are not identifiers (`ERRNO_KEYS`), so they read as None until
 * set, also on an OSError raised from native code by `raise()`.
 * `__init__` does nothing: the arguments were taken by `__new__`.
 */
import { load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { openForWrite } from '../../stm/access.js';
import { EXC, K, OBJ_DICT, T, type BuiltinTypeName } from '../objects/core.js';
import type { TypeSpec } from '../objects/native.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { isInt, toBigInt } from '../objects/int.js';
import { loadObjDict, reprOf, strOf } from '../objects/protocol.js';
import { intern, newStr } from '../objects/str.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { newExceptionHook } from './specs-callables.js';

const ERRNO_KEYS = { errno: '\0errno', strerror: '\0strerror', filename: '\0filename', filename2: '\0filename2' } as const;
type ErrnoAttr = keyof typeof ERRNO_KEYS;

/** errno (Linux numbering) -> the OSError subclass PEP 3151 maps it to. */
const ERRNO_SUBCLASS: ReadonlyMap<number, BuiltinTypeName> = new Map<number, BuiltinTypeName>([
  [11, 'BlockingIOError'], [114, 'BlockingIOError'], [115, 'BlockingIOError'], [10, 'ChildProcessError'],
  [32, 'BrokenPipeError'], [108, 'BrokenPipeError'], [103, 'ConnectionAbortedError'],
  [111, 'ConnectionRefusedError'], [104, 'ConnectionResetError'], [17, 'FileExistsError'],
  [2, 'FileNotFoundError'], [4, 'InterruptedError'], [21, 'IsADirectoryError'], [20, 'NotADirectoryError'],
  [1, 'PermissionError'], [13, 'PermissionError'], [3, 'ProcessLookupError'], [110, 'TimeoutError'],
]);

function attr(e: number, name: ErrnoAttr): number {
  const d = loadObjDict(e);
  return (d && dictGetStr(d, intern(ERRNO_KEYS[name]))) || K.None;
}
function setAttr(e: number, name: ErrnoAttr, v: number): void {
  let d = loadObjDict(e);
  if (!d) { openForWrite(e); d = load(e + OBJ_DICT); if (!d) { d = newDict(); store(e + OBJ_DICT, d); } }
  dictSet(d, intern(ERRNO_KEYS[name]), v);
}

/** The subclass OSError(errno, ...) becomes, or `cls` itself. */
function subclassFor(cls: number, args: number[]): number {
  if (cls !== T.OSError || args.length < 2 || args.length > 5 || !isInt(args[0]!)) return cls;
  const n = toBigInt(args[0]!);
  const sub = n >= 0n && n < 200n ? ERRNO_SUBCLASS.get(Number(n)) : undefined;
  return sub ? T[sub] : cls;
}

function osErrorNew(a: number[], kw: readonly string[] | null): number {
  const args = a.slice(1, a.length - (kw ? kw.length : 0));
  const cls = subclassFor(a[0]!, args);
  const hasErrno = args.length >= 2 && args.length <= 5;
  const kept = hasErrno && args.length >= 3 ? args.slice(0, 2) : args;
  const e = newExceptionHook.make(cls, newTuple(kept));
  if (hasErrno) {
    setAttr(e, 'errno', args[0]!);
    setAttr(e, 'strerror', args[1]!);
    if (args.length >= 3) setAttr(e, 'filename', args[2]!);
    if (args.length >= 5) setAttr(e, 'filename2', args[4]!);
  }
  return e;
}

function osErrorStr(e: number): string {
  const errno = attr(e, 'errno'), strerror = attr(e, 'strerror');
  const filename = attr(e, 'filename'), filename2 = attr(e, 'filename2');
  if (filename !== K.None) {
    const tail = filename2 !== K.None ? ` -> ${reprOf(filename2)}` : '';
    return `[Errno ${strOf(errno)}] ${strOf(strerror)}: ${reprOf(filename)}${tail}`;
  }
  if (errno !== K.None && strerror !== K.None) return `[Errno ${strOf(errno)}] ${strOf(strerror)}`;
  const args = tupleItems(load(e + EXC.ARGS));
  if (args.length === 0) return '';
  return args.length === 1 ? strOf(args[0]!) : reprOf(load(e + EXC.ARGS));
}

/** A new `type` (OSError or a subclass) instance as `type(errno, strerror, filename)` makes it. */
export function newOSError(type: number, errno: number, strerror: string, filename = 0, filename2 = 0): number {
  const args = [errno, newStr(strerror)];
  if (filename || filename2) args.push(filename || K.None);
  if (filename2) args.push(K.None, filename2);
  return osErrorNew([type, ...args], null);
}

const accessor = (name: ErrnoAttr) =>
  [(e: number) => attr(e, name), (e: number, v: number) => setAttr(e, name, v)] as const;

export const osErrorSpec: TypeSpec = {
  name: 'OSError', layout: L.EXCEPTION, subclassable: true,
  new: osErrorNew,
  methods: {
    __init__: () => K.None,
    __str__: (a) => newStr(osErrorStr(a[0]!)),
  },
  accessors: {
    errno: accessor('errno'), strerror: accessor('strerror'),
    filename: accessor('filename'), filename2: accessor('filename2'),
  },
};
