/**
 * The object model's core vocabulary: value encoding, the per-worker tables
 * of builtin type refs (`T`) and singletons (`K`), the field offsets of every
 * heap layout, and the one way native code raises a Python exception.
 *
 * Model:
 * - A value is an int32 word (gc/layout.ts): odd = small int `n << 1 | 1`
 *   with n in [-2^30, 2^30), 0 = NULL, even = an object's ref. An int in the
 *   small range is *always* tagged (so `is` and equality agree with CPython's
 *   small-int cache where it matters and int fast paths need one test).
 * - `T` and `K` are per-worker caches of refs read from the heap's root table
 *   at startup (vm/bootstrap.ts); they never hold anything the heap does not.
 * - Native code raises with `throw raise(T.TypeError, 'message')`: the
 *   thrown `PyRaise` carries the exception object's ref; the interpreter
 *   catches it and unwinds by the code's exception table.
 */
import { load, HEAP_BASE } from '../../gc/heap.js';
import { HEADER_WORDS } from '../../gc/layout.js';

export const SMALL_MIN = -(2 ** 30);
export const SMALL_MAX = 2 ** 30 - 1;

export function isSmall(v: number): boolean {
  return (v & 1) === 1;
}
export function small(n: number): number {
  return (n << 1) | 1;
}
export function smallValue(v: number): number {
  return v >> 1;
}
export function fitsSmall(n: number): boolean {
  return n >= SMALL_MIN && n <= SMALL_MAX;
}

/** The type of any value. */
export function typeOf(v: number): number {
  return v & 1 ? T.int : load(v);
}

// ---------------------------------------------------------------------------
// Builtin types, in creation order (the order is part of the heap format:
// the root table stores them in this order).

export const BUILTIN_TYPE_NAMES = [
  'object', 'type', 'int', 'bool', 'float', 'str', 'tuple', 'list', 'dict', 'set', 'frozenset',
  'NoneType', 'NotImplementedType', 'ellipsis', 'function', 'builtin_function_or_method', 'method',
  'cell', 'code', 'module', 'range', 'generator', 'bytes', 'property', 'staticmethod', 'classmethod',
  'super', 'traceback', 'slice', 'complex',
  'list_iterator', 'tuple_iterator', 'range_iterator', 'str_ascii_iterator', 'dict_keyiterator',
  'dict_valueiterator', 'dict_itemiterator', 'set_iterator', 'enumerate', 'zip', 'map', 'filter',
  'list_reverseiterator', 'dict_keys', 'dict_values', 'dict_items', 'bytes_iterator',
  'callable_iterator', 'reversed', 'NativeInternal', 'bytearray', 'memoryview', 'bytearray_iterator', 'iterator',
  'coroutine', 'async_generator', 'async_generator_asend', 'member_descriptor', 'lock', 'atomic', 'ReferenceType',
  // internal types: one per internal layout, so every object's size follows from its type
  'internal_array', 'internal_dictkeys', 'internal_i32array', 'internal_settable', 'internal_framestack',
  'internal_thread', 'internal_roots', 'internal_sched',
  // exceptions (BaseException first; order = declaration order in exceptions.ts)
  'BaseException', 'BaseExceptionGroup', 'Exception', 'GeneratorExit', 'KeyboardInterrupt', 'SystemExit',
  'ArithmeticError', 'FloatingPointError', 'OverflowError', 'ZeroDivisionError', 'AssertionError',
  'AttributeError', 'BufferError', 'EOFError', 'ImportError', 'ModuleNotFoundError', 'LookupError',
  'IndexError', 'KeyError', 'MemoryError', 'NameError', 'UnboundLocalError', 'OSError',
  'FileNotFoundError', 'PermissionError', 'ReferenceError', 'RuntimeError', 'NotImplementedError',
  'RecursionError', 'StopAsyncIteration', 'StopIteration', 'SyntaxError', 'IndentationError',
  'TabError', 'SystemError', 'TypeError', 'ValueError', 'UnicodeError', 'UnicodeDecodeError',
  'UnicodeEncodeError', 'Warning', 'UserWarning', 'DeprecationWarning', 'RuntimeWarning',
  'ExceptionGroup',
  // OSError's subclasses (PEP 3151), chosen by errno when OSError is called
  'BlockingIOError', 'ChildProcessError', 'ConnectionError', 'BrokenPipeError', 'ConnectionAbortedError',
  'ConnectionRefusedError', 'ConnectionResetError', 'FileExistsError', 'InterruptedError', 'IsADirectoryError',
  'NotADirectoryError', 'ProcessLookupError', 'TimeoutError',
  // the rest of 3.11's builtin exceptions
  'UnicodeTranslateError', 'SyntaxWarning', 'FutureWarning', 'PendingDeprecationWarning', 'ImportWarning',
  'UnicodeWarning', 'BytesWarning', 'ResourceWarning', 'EncodingWarning',
] as const;

export type BuiltinTypeName = (typeof BUILTIN_TYPE_NAMES)[number];

/** Refs of the builtin types (per-worker cache of the root table). */
export const T = Object.fromEntries(BUILTIN_TYPE_NAMES.map((n) => [n, 0])) as Record<BuiltinTypeName, number>;

/** Singletons and well-known objects (per-worker cache of the root table). */
export const K = {
  None: 0, True: 0, False: 0, NotImplemented: 0, Ellipsis: 0,
  /** The deleted-entry marker of set tables. */
  dummy: 0,
  emptyTuple: 0, emptyStr: 0,
  /** dict of interned strs (str -> same str). */
  interned: 0,
  builtins: 0, builtinsDict: 0, sysModules: 0, sys: 0,
  /** The main Python thread's THREAD object. */
  thread: 0,
  /** The scheduler's SCHED object (scheduler/threads.ts), 0 until the scheduler starts. */
  sched: 0,
  memoryError: 0,
  /**
   * Instance dicts of objects whose layout has no dict word (instances of
   * Python subclasses of list, str, int...): a dict from the object's ref
   * (as an int) to its `__dict__` (see protocol.ts `sideDict`).
   */
  sideDicts: 0,
  /**
   * Weak references (vm/runtime/finalize.ts): a dict from an object's ref
   * (as an int) to the list of its weak references (their refs as ints:
   * neither side is traced).
   */
  weakRefs: 0,
  /** Objects whose type has `__del__` and that have not been finalized: a dict from the ref (as an int) to True. */
  finalizable: 0,
  /** A list: [the finalizers and callbacks due (a list), the function a finalizer thread runs (or None), runner started]. */
  finalization: 0,
};
export type WellKnown = keyof typeof K;
export const WELL_KNOWN_NAMES = Object.keys(K) as WellKnown[];

export function bool(b: boolean): number {
  return b ? K.True : K.False;
}

// ---------------------------------------------------------------------------
// Field offsets (word offsets from the object's ref), per gc layout.

const H = HEADER_WORDS;
export const OBJ_DICT = H;
export const TYPE = {
  NAME: H, QUALNAME: H + 1, BASES: H + 2, MRO: H + 3, DICT: H + 4, BASE: H + 5, MODULE: H + 6,
  SUBCLASSES: H + 7, DOC: H + 8, NSLOTS: H + 9, FLAGS: H + 10, LAYOUT: H + 11, VERSION: H + 12, SLOTS: H + 13,
} as const;
export const BIGINT = { NLIMBS: H, SIGN: H + 1, LIMBS: H + 2 } as const;
export const FLOAT_VALUE = H; // even word: header is 2 words
export const STR = { LEN: H, CPLEN: H + 1, HASH: H + 2, FLAGS: H + 3, DATA: H + 4 } as const;
export const TUPLE = { LEN: H, ITEMS: H + 1 } as const;
export const LIST = { ITEMS: H, LEN: H + 1 } as const;
export const ARRAY = { CAP: H, ITEMS: H + 1 } as const;
export const DICT = { KEYS: H, INDICES: H + 1, LEN: H + 2, USED: H + 3, VERSION: H + 4 } as const;
export const DICTKEYS = { CAP: H, BLOOM: H + 1, ENTRIES: H + 2 } as const;
export const I32A = { LEN: H, DATA: H + 1 } as const;
export const SET = { TABLE: H, USED: H + 1, FILL: H + 2, MASK: H + 3 } as const;
export const SETTABLE = { SLOTS: H, ENTRIES: H + 1 } as const;
export const FUNC = {
  CODE: H, GLOBALS: H + 1, NAME: H + 2, QUALNAME: H + 3, DEFAULTS: H + 4, KWDEFAULTS: H + 5,
  CLOSURE: H + 6, DOC: H + 7, MODULE: H + 8, DICT: H + 9, ANNOTATIONS: H + 10,
} as const;
export const NATIVE = { NAME: H, SELF: H + 1, QUALNAME: H + 2, ID: H + 3, KIND: H + 4 } as const;
export const METHOD = { FUNC: H, SELF: H + 1 } as const;
export const CELL_CONTENTS = H;
export const CODE = {
  NAME: H, QUALNAME: H + 1, FILENAME: H + 2, CONSTS: H + 3, NAMES: H + 4, VARNAMES: H + 5, CELLVARS: H + 6,
  FREEVARS: H + 7, DOCSTRING: H + 8, CODE: H + 9, POSITIONS: H + 10, EXCTABLE: H + 11, CELL2ARG: H + 12,
  ARGCOUNT: H + 13, POSONLY: H + 14, KWONLY: H + 15, FLAGS: H + 16, FIRSTLINENO: H + 17, STACKSIZE: H + 18,
} as const;
export const MODULE_DICT = H;
export const EXC = {
  DICT: H, ARGS: H + 1, TRACEBACK: H + 2, CAUSE: H + 3, CONTEXT: H + 4, VALUE: H + 5, SUPPRESS: H + 6,
} as const;
export const TB = { NEXT: H, CODE: H + 1, GLOBALS: H + 2, LASTI: H + 3, LINENO: H + 4 } as const;
export const RANGE = { START: H, STOP: H + 1, STEP: H + 2 } as const;
export const ITER = { TARGET: H, AUX: H + 1, INDEX: H + 2, KIND: H + 3 } as const;
export const GEN = {
  CODE: H, NAME: H + 1, QUALNAME: H + 2, HANDLED: H + 3, CALLER_HANDLED: H + 4, WORDS: H + 5, STATE: H + 6, FRAME: H + 7,
} as const;
export const BYTES = { LEN: H, DATA: H + 1 } as const;
export const PAIR = { A: H, B: H + 1, C: H + 2, D: H + 3 } as const;
export const THREAD = {
  HANDLED: H, STACK: H + 1, SPARE: H + 2, OUTCOME: H + 3, WAIT_NEXT: H + 4, RUN_NEXT: H + 5, WAITING_ON: H + 6, HANDLE: H + 7,
  FP: H + 8, TOP: H + 9, DEPTH: H + 10, LIMIT: H + 11, IDENT: H + 12, STATUS: H + 13, DEADLINE: H + 14, WAKE: H + 15, OUTCOME_KIND: H + 16,
  ATOMIC: H + 17, COMMITS: H + 18, ABORTS: H + 19, LOST_US: H + 20, REGION: H + 21, BLOCKED_AT: H + 22, GC_ASKED: H + 23,
} as const;
export const LOCK = { WAITERS: H, STATE: H + 1, OWNER: H + 2 } as const;
export const WEAKREF = { CALLBACK: H, REFERENT: H + 1, HASH: H + 2, HASHED: H + 3 } as const;
export const SCHED = {
  RUN_HEAD: H, RUN_TAIL: H + 1, THREADS: H + 2, STM: H + 3, FINISHED: H + 4, EVENTS: H + 5, SPARE_STACKS: H + 6,
  LOCK: H + 7, LIVE: H + 8, NEXT_IDENT: H + 9, RUNNABLE: H + 10, WAKE: H + 11, EXIT: H + 12,
} as const;

// ---------------------------------------------------------------------------
// Raising

/**
 * A Python exception in flight through JS code. Not an Error subclass: no
 * JS stack is captured, so raising is cheap.
 */
export class PyRaise {
  constructor(readonly exc: number) {}
}

/** Hook set by exceptions.ts (avoids an import cycle): builds an exception. */
export const raiseHooks = {
  make: (_type: number, _message: string | null): number => {
    throw new Error('exceptions not initialised');
  },
};

/** `throw raise(T.ValueError, 'msg')`: the one way native code raises. */
export function raise(type: number, message: string | null = null): PyRaise {
  return new PyRaise(raiseHooks.make(type, message));
}

export function isObjectRef(v: number): boolean {
  return v !== 0 && (v & 1) === 0 && v >= HEAP_BASE;
}
