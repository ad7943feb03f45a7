/**
 * BaseException and the builtin exception hierarchy
 * (https://docs.python.org/3.11/library/exceptions.html#exception-hierarchy).
 *
 * Layout (gc EXCEPTION): refs [dict, args, __traceback__, __cause__,
 * __context__, value], raw [__suppress_context__]. `value` is
 * StopIteration.value / SystemExit.code. Subclasses defined in Python use
 * the same layout (their attributes go to the dict).
 */
import { allocateLayout, load, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { openForWrite } from '../../stm/access.js';
import { EXC, K, raiseHooks, T, TUPLE, type BuiltinTypeName } from './core.js';
import { newStr } from './str.js';
import { newTuple, tupleItem, tupleLen } from './tuple.js';
import { isSubtype } from './type.js';

/** (name, base) in creation order; must match the tail of BUILTIN_TYPE_NAMES. */
export const EXCEPTION_TREE: readonly (readonly [BuiltinTypeName, BuiltinTypeName | null])[] = [
  ['BaseException', 'object'], ['BaseExceptionGroup', 'BaseException'], ['Exception', 'BaseException'],
  ['GeneratorExit', 'BaseException'], ['KeyboardInterrupt', 'BaseException'], ['SystemExit', 'BaseException'],
  ['ArithmeticError', 'Exception'], ['FloatingPointError', 'ArithmeticError'], ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'], ['AssertionError', 'Exception'], ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'], ['EOFError', 'Exception'], ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'], ['LookupError', 'Exception'], ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'], ['MemoryError', 'Exception'], ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'], ['OSError', 'Exception'], ['FileNotFoundError', 'OSError'],
  ['PermissionError', 'OSError'], ['ReferenceError', 'Exception'], ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'], ['RecursionError', 'RuntimeError'], ['StopAsyncIteration', 'Exception'],
  ['StopIteration', 'Exception'], ['SyntaxError', 'Exception'], ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'], ['SystemError', 'Exception'], ['TypeError', 'Exception'],
  ['ValueError', 'Exception'], ['UnicodeError', 'ValueError'], ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'], ['Warning', 'Exception'], ['UserWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'], ['RuntimeWarning', 'Warning'], ['ExceptionGroup', 'BaseExceptionGroup'],
  ['BlockingIOError', 'OSError'], ['ChildProcessError', 'OSError'], ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'], ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'], ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'], ['InterruptedError', 'OSError'], ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'], ['ProcessLookupError', 'OSError'], ['TimeoutError', 'OSError'],
  ['UnicodeTranslateError', 'UnicodeError'], ['SyntaxWarning', 'Warning'], ['FutureWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'], ['ImportWarning', 'Warning'], ['UnicodeWarning', 'Warning'],
  ['BytesWarning', 'Warning'], ['ResourceWarning', 'Warning'], ['EncodingWarning', 'Warning'],
];

/** StopIteration.value / SystemExit.code from the args: the first arg (SystemExit: all of them if several). */
export function excValue(type: number, args: number): number {
  const n = tupleLen(args);
  if (n > 1 && (type === T.SystemExit || isSubtype(type, T.SystemExit))) return args;
  return n ? tupleItem(args, 0) : K.None;
}

/** A new exception instance of `type` with these args. */
export function newException(type: number, args: number): number {
  const e = allocateLayout(L.EXCEPTION, 0, type);
  store(e + EXC.ARGS, args);
  store(e + EXC.TRACEBACK, K.None);
  store(e + EXC.CAUSE, K.None);
  store(e + EXC.CONTEXT, K.None);
  store(e + EXC.VALUE, excValue(type, args));
  return e;
}

raiseHooks.make = (type: number, message: string | null): number =>
  newException(type, message === null ? newTuple([]) : newTuple([newStr(message)]));

export function excArgs(e: number): number {
  return load(e + EXC.ARGS);
}
export function excTraceback(e: number): number {
  return load(e + EXC.TRACEBACK);
}
export function setExcTraceback(e: number, tb: number): void {
  openForWrite(e);
  store(e + EXC.TRACEBACK, tb);
}
export function excArgCount(e: number): number {
  return load(load(e + EXC.ARGS) + TUPLE.LEN);
}
