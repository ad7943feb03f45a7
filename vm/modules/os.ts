/**
 * `posix`: the native core under lib/os.py (https://docs.python.org/3.11/library/os.html),
 * and `errno` (https://docs.python.org/3.11/library/errno.html).
 *
 * Model: thin synchronous wrappers over node:fs / node:os. Every function
 * takes paths as str (lib/os.py applies `fspath` first) and raises OSError
 * with Linux's errno and glibc's strerror text, so messages read as
 * CPython's ("[Errno 2] No such file or directory: 'x'"); the subclass
 * (FileNotFoundError, ...) follows from the errno (specs-oserror.ts).
 *
 * Node has no lseek: a file's position is kept by its Python owner
 * (io.FileIO) and passed to `pread`/`pwrite`; `read`/`write` use the
 * descriptor's own position (pipes, terminals, os.read/os.write).
 *
 * Invariants: no Python state here; `environ` is copied into a fresh dict at
 * import, and putenv/unsetenv change the process environment only.
 */
import * as fs from 'node:fs';
import { threadHost } from '../runtime/thread-host.js';
import { sideEffect } from '../runtime/effects.js';
import * as nodeOs from 'node:os';
import { nodeCrypto } from '../runtime/node-builtins.js';
import { K, PyRaise, raise, T, typeOf } from '../objects/core.js';
import { bytesData, newBytes } from '../objects/bytes.js';
import { dictSet, newDict } from '../objects/dict.js';
import { newFloat } from '../objects/float.js';
import { intFromBigInt, intFromNumber, isInt, toBigInt } from '../objects/int.js';
import { newList } from '../objects/list.js';
import { typeNameOf } from '../objects/protocol.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { newOSError } from '../runtime/specs-oserror.js';
import type { ModuleSpec } from './registry.js';

// ---------------------------------------------------------------------------
// errno numbers and glibc's messages

/** name -> [Linux errno, glibc strerror]. */
const ERRNO_TABLE: Readonly<Record<string, readonly [number, string]>> = {
  EPERM: [1, 'Operation not permitted'], ENOENT: [2, 'No such file or directory'], ESRCH: [3, 'No such process'],
  EINTR: [4, 'Interrupted system call'], EIO: [5, 'Input/output error'], ENXIO: [6, 'No such device or address'],
  E2BIG: [7, 'Argument list too long'], ENOEXEC: [8, 'Exec format error'], EBADF: [9, 'Bad file descriptor'],
  ECHILD: [10, 'No child processes'], EAGAIN: [11, 'Resource temporarily unavailable'],
  ENOMEM: [12, 'Cannot allocate memory'], EACCES: [13, 'Permission denied'], EFAULT: [14, 'Bad address'],
  ENOTBLK: [15, 'Block device required'], EBUSY: [16, 'Device or resource busy'], EEXIST: [17, 'File exists'],
  EXDEV: [18, 'Invalid cross-device link'], ENODEV: [19, 'No such device'], ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'], EINVAL: [22, 'Invalid argument'], ENFILE: [23, 'Too many open files in system'],
  EMFILE: [24, 'Too many open files'], ENOTTY: [25, 'Inappropriate ioctl for device'], ETXTBSY: [26, 'Text file busy'],
  EFBIG: [27, 'File too large'], ENOSPC: [28, 'No space left on device'], ESPIPE: [29, 'Illegal seek'],
  EROFS: [30, 'Read-only file system'], EMLINK: [31, 'Too many links'], EPIPE: [32, 'Broken pipe'],
  EDOM: [33, 'Numerical argument out of domain'], ERANGE: [34, 'Numerical result out of range'],
  EDEADLK: [35, 'Resource deadlock avoided'], ENAMETOOLONG: [36, 'File name too long'],
  ENOLCK: [37, 'No locks available'], ENOSYS: [38, 'Function not implemented'],
  ENOTEMPTY: [39, 'Directory not empty'], ELOOP: [40, 'Too many levels of symbolic links'],
  ENOTSUP: [95, 'Operation not supported'], EADDRINUSE: [98, 'Address already in use'],
  ECONNABORTED: [103, 'Software caused connection abort'], ECONNRESET: [104, 'Connection reset by peer'],
  ETIMEDOUT: [110, 'Connection timed out'], ECONNREFUSED: [111, 'Connection refused'],
  EALREADY: [114, 'Operation already in progress'], EINPROGRESS: [115, 'Operation now in progress'],
};
const MESSAGE_BY_ERRNO = new Map<number, string>(Object.values(ERRNO_TABLE).map(([n, m]) => [n, m]));

export function strerror(n: number): string {
  return n === 0 ? 'Success' : MESSAGE_BY_ERRNO.get(n) ?? `Unknown error ${n}`;
}

/** The OSError for a failed node:fs call on `filename` (0: none); JS errors without a code pass through. */
export function osErrorFrom(e: unknown, filename = 0, filename2 = 0): unknown {
  if (e instanceof PyRaise) return e;
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string') return e;
  const n = ERRNO_TABLE[code]?.[0] ?? -((e as NodeJS.ErrnoException).errno ?? 0);
  return new PyRaise(newOSError(T.OSError, intFromNumber(n), strerror(n), filename, filename2));
}

/** Runs a node:fs call, turning its failure into the OSError Python sees. */
export function fsCall<R>(filename: number, call: () => R, filename2 = 0): R {
  sideEffect();
  try {
    return call();
  } catch (e) {
    throw osErrorFrom(e, filename, filename2);
  }
}

// ---------------------------------------------------------------------------
// Arguments

export function pathArg(v: number, fname: string): string {
  if (typeOf(v) === T.str) {
    const s = jsString(v);
    if (s.includes('\0')) throw raise(T.ValueError, `${fname}: embedded null character in path`);
    return s;
  }
  if (typeOf(v) === T.bytes) return Buffer.from(bytesData(v)).toString('utf8');
  throw raise(T.TypeError, `${fname}: path should be string, bytes or os.PathLike, not ${typeNameOf(v)}`);
}
export function intArg(v: number): number {
  if (!isInt(v)) throw raise(T.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return Number(toBigInt(v));
}
function fdArg(v: number): number {
  const fd = intArg(v);
  if (fd < 0) throw new PyRaise(newOSError(T.OSError, intFromNumber(9), strerror(9)));
  return fd;
}
function dataArg(v: number): Uint8Array {
  if (typeOf(v) === T.bytes) return bytesData(v);
  throw raise(T.TypeError, `a bytes-like object is required, not '${typeNameOf(v)}'`);
}

// ---------------------------------------------------------------------------
// stat results: (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime, atime_ns, mtime_ns, ctime_ns)

function statTuple(s: fs.BigIntStats): number {
  const secs = (ns: bigint) => newFloat(Number(ns) / 1e9);
  return newTuple([
    intFromBigInt(s.mode), intFromBigInt(s.ino), intFromBigInt(s.dev), intFromBigInt(s.nlink),
    intFromBigInt(s.uid), intFromBigInt(s.gid), intFromBigInt(s.size),
    secs(s.atimeNs), secs(s.mtimeNs), secs(s.ctimeNs),
    intFromBigInt(s.atimeNs), intFromBigInt(s.mtimeNs), intFromBigInt(s.ctimeNs),
  ]);
}

// ---------------------------------------------------------------------------
// Reading and writing descriptors

/** Reads up to `n` bytes (n < 0: to the end) at `pos` (< 0: the descriptor's position). */
function readFd(fd: number, n: number, pos: number): Uint8Array {
  sideEffect();
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    // A read may return fewer bytes than asked (as read(2)): at most 16 MiB per call.
    const want = n < 0 ? 65536 : Math.min(n - total, 1 << 24);
    if (want <= 0) break;
    const buf = Buffer.alloc(want);
    const got = readSome(fd, buf, pos < 0 ? null : pos + total);
    if (got === 0) break;
    chunks.push(buf.subarray(0, got));
    total += got;
    if (n >= 0) break;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}
function readSome(fd: number, buf: Buffer, pos: number | null): number {
  for (;;) {
    try {
      return fs.readSync(fd, buf, 0, buf.length, pos);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') { threadHost.pause(1); continue; }
      if (code === 'EOF') return 0;
      throw osErrorFrom(e);
    }
  }
}
function writeFd(fd: number, data: Uint8Array, pos: number): number {
  sideEffect();
  let done = 0;
  while (done < data.length) {
    try {
      done += fs.writeSync(fd, data, done, data.length - done, pos < 0 ? null : pos + done);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') { threadHost.pause(1); continue; }
      throw osErrorFrom(e);
    }
  }
  return done;
}

// ---------------------------------------------------------------------------
// The functions

const none = () => K.None;
const str = newStr;

function listdir(a: number[]): number {
  const p = a.length && a[0] !== K.None ? a[0]! : str('.');
  const names = fsCall(p, () => fs.readdirSync(pathArg(p, 'listdir')));
  return newList(names.map((n) => str(n)));
}
function scandir(a: number[]): number {
  const p = a.length && a[0] !== K.None ? a[0]! : str('.');
  const entries = fsCall(p, () => fs.readdirSync(pathArg(p, 'scandir'), { withFileTypes: true }));
  return newList(entries.map((e) => newTuple([str(e.name), intern(e.isDirectory() ? 'd' : e.isFile() ? 'f' : e.isSymbolicLink() ? 'l' : 'o')])));
}
function stat(a: number[], follow: boolean): number {
  const p = a[0]!;
  if (isInt(p)) return statTuple(fsCall(0, () => fs.fstatSync(fdArg(p), { bigint: true })));
  const path = pathArg(p, follow ? 'stat' : 'lstat');
  return statTuple(fsCall(p, () => (follow ? fs.statSync(path, { bigint: true }) : fs.lstatSync(path, { bigint: true }))));
}
function environ(): number {
  const d = newDict();
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) dictSet(d, str(k), str(v));
  return d;
}

const FUNCTIONS = {
  getcwd: () => str(process.cwd()),
  chdir: (a: number[]) => (fsCall(a[0]!, () => process.chdir(pathArg(a[0]!, 'chdir'))), K.None),
  listdir,
  scandir,
  mkdir: (a: number[]) => (fsCall(a[0]!, () => fs.mkdirSync(pathArg(a[0]!, 'mkdir'), { mode: a.length > 1 ? intArg(a[1]!) : 0o777 })), K.None),
  rmdir: (a: number[]) => (fsCall(a[0]!, () => fs.rmdirSync(pathArg(a[0]!, 'rmdir'))), K.None),
  unlink: (a: number[]) => (fsCall(a[0]!, () => fs.unlinkSync(pathArg(a[0]!, 'unlink'))), K.None),
  rename: (a: number[]) => (fsCall(a[0]!, () => fs.renameSync(pathArg(a[0]!, 'rename'), pathArg(a[1]!, 'rename')), a[1]!), K.None),
  stat: (a: number[]) => stat(a, true),
  lstat: (a: number[]) => stat(a, false),
  access: (a: number[]) => {
    try { fs.accessSync(pathArg(a[0]!, 'access'), intArg(a[1]!)); return K.True; } catch (e) { if (e instanceof PyRaise) throw e; return K.False; }
  },
  readlink: (a: number[]) => str(fsCall(a[0]!, () => fs.readlinkSync(pathArg(a[0]!, 'readlink')))),
  symlink: (a: number[]) => (fsCall(a[0]!, () => fs.symlinkSync(pathArg(a[0]!, 'symlink'), pathArg(a[1]!, 'symlink')), a[1]!), K.None),
  utime: (a: number[]) => {
    const t = Date.now() / 1000;
    return fsCall(a[0]!, () => fs.utimesSync(pathArg(a[0]!, 'utime'), t, t)), K.None;
  },
  truncate: (a: number[]) => (fsCall(a[0]!, () => fs.truncateSync(pathArg(a[0]!, 'truncate'), intArg(a[1]!))), K.None),
  open: (a: number[]) => {
    const flags = intArg(a[1]!), mode = a.length > 2 ? intArg(a[2]!) : 0o777;
    return intFromNumber(fsCall(a[0]!, () => fs.openSync(pathArg(a[0]!, 'open'), flags, mode)));
  },
  close: (a: number[]) => (fsCall(0, () => fs.closeSync(fdArg(a[0]!))), K.None),
  read: (a: number[]) => newBytes(readFd(fdArg(a[0]!), Math.max(0, intArg(a[1]!)), -1)),
  /** pread(fd, n, pos): n < 0 reads to the end; pos < 0 uses the descriptor's position. */
  pread: (a: number[]) => newBytes(readFd(fdArg(a[0]!), intArg(a[1]!), intArg(a[2]!))),
  write: (a: number[]) => intFromNumber(writeFd(fdArg(a[0]!), dataArg(a[1]!), -1)),
  pwrite: (a: number[]) => intFromNumber(writeFd(fdArg(a[0]!), dataArg(a[1]!), intArg(a[2]!))),
  ftruncate: (a: number[]) => (fsCall(0, () => fs.ftruncateSync(fdArg(a[0]!), intArg(a[1]!))), K.None),
  fsync: none,
  isatty: (a: number[]) => {
    try { return fs.fstatSync(intArg(a[0]!)).isCharacterDevice() && nodeOs.platform() !== 'win32' ? K.True : K.False; } catch { return K.False; }
  },
  getpid: () => intFromNumber(process.pid),
  getppid: () => intFromNumber(process.ppid),
  getuid: () => intFromNumber(process.getuid?.() ?? 0),
  urandom: (a: number[]) => {
    const n = intArg(a[0]!);
    if (n < 0) throw raise(T.ValueError, 'negative argument not allowed');
    if (n > 1 << 30) throw raise(T.MemoryError);
    return newBytes(nodeCrypto().randomFillSync(new Uint8Array(n)));
  },
  cpu_count: () => intFromNumber(nodeOs.cpus().length || 1),
  strerror: (a: number[]) => str(strerror(intArg(a[0]!))),
  putenv: (a: number[]) => ((process.env[jsString(a[0]!)] = jsString(a[1]!)), K.None),
  unsetenv: (a: number[]) => (delete process.env[jsString(a[0]!)], K.None),
  get_terminal_size: () => newTuple([intFromNumber(process.stdout.columns || 80), intFromNumber(process.stdout.rows || 24)]),
  umask: (a: number[]) => intFromNumber(process.umask(intArg(a[0]!))),
};

const O_FLAGS: Readonly<Record<string, number>> = {
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 0o100, O_EXCL: 0o200, O_NOCTTY: 0o400, O_TRUNC: 0o1000,
  O_APPEND: 0o2000, O_NONBLOCK: 0o4000, O_CLOEXEC: 0o2000000, O_DIRECTORY: 0o200000,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
};

export const posixModule: ModuleSpec = {
  name: 'posix',
  doc: 'The native core of os (pystm).',
  functions: FUNCTIONS,
  arity: {
    getcwd: '=0-0', chdir: '=1-1', listdir: '=0-1', scandir: '=0-1', mkdir: '=1-2', rmdir: '=1-1', unlink: '=1-1',
    rename: '=2-2', stat: '=1-1', lstat: '=1-1', access: '=2-2', open: '=2-3', close: '=1-1', read: '=2-2',
    pread: '=3-3', write: '=2-2', pwrite: '=3-3', ftruncate: '=2-2', truncate: '=2-2', isatty: '=1-1', urandom: '=1-1',
    strerror: '=1-1', putenv: '=2-2', unsetenv: '=1-1', umask: '=1-1',
  },
  init: (d) => {
    for (const [k, v] of Object.entries(O_FLAGS)) dictSet(d, intern(k), intFromNumber(v));
    dictSet(d, intern('environ'), environ());
  },
};

export const errnoModule: ModuleSpec = {
  name: 'errno',
  doc: 'Symbolic error codes (Linux numbering).',
  init: (d) => {
    const codes = newDict();
    for (const [name, [n]] of Object.entries(ERRNO_TABLE)) {
      dictSet(d, intern(name), intFromNumber(n));
      dictSet(codes, intFromNumber(n), intern(name));
    }
    dictSet(d, intern('EWOULDBLOCK'), intFromNumber(11));
    dictSet(d, intern('errorcode'), codes);
  },
};
