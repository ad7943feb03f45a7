/**
 * Code objects: the compiler's output, one per module, class body, function,
 * lambda and comprehension (nested code objects sit in their parent's consts).
 *
 * Invariants:
 * - A CodeObject is plain, serialisable data: strings, numbers, typed arrays,
 *   arrays and records of the same, and bigints / Uint8Arrays inside
 *   constants. No closures, no class instances with behaviour, no cycles.
 *   The next layer stores it in the shared heap and rebuilds per-worker
 *   caches from it.
 * - `code[i]` is instruction i (see opcodes.ts for the word layout);
 *   `positions[4*i .. 4*i+3]` are its lineno, end_lineno, col_offset,
 *   end_col_offset (lines 1-based, columns 0-based UTF-8 byte offsets as in
 *   the AST; -1 where unknown).
 * - `exceptionTable` holds EXC_ENTRY_SIZE words per entry, sorted by start,
 *   non-overlapping: instructions start <= i < end that raise jump to
 *   `handler` after cutting the value stack to `depth` items and pushing the
 *   raising instruction's index if `lasti` is 1, then the exception.
 * - Locals: `varnames` starts with the parameters (positional-only, then
 *   positional-or-keyword, keyword-only, *args, **kwargs). Cells: a frame
 *   owns `cellvars.length + freevars.length` cell slots; cell i < ncells is
 *   created empty at frame entry, or holding argument `cell2arg[i]` when that
 *   is >= 0; the free cells come from the function's closure tuple, in order.
 */

import type { PyConstant } from '../syntax/ast.js';

/** co_flags bits (CPython's values). */
export const CO = {
  OPTIMIZED: 0x0001,
  NEWLOCALS: 0x0002,
  VARARGS: 0x0004,
  VARKEYWORDS: 0x0008,
  NESTED: 0x0010,
  GENERATOR: 0x0020,
  NOFREE: 0x0040,
  COROUTINE: 0x0080,
  ITERABLE_COROUTINE: 0x0100,
  ASYNC_GENERATOR: 0x0200,
  FUTURE_DIVISION: 0x20000,
  FUTURE_ABSOLUTE_IMPORT: 0x40000,
  FUTURE_WITH_STATEMENT: 0x80000,
  FUTURE_PRINT_FUNCTION: 0x100000,
  FUTURE_UNICODE_LITERALS: 0x200000,
  FUTURE_BARRY_AS_BDFL: 0x400000,
  FUTURE_GENERATOR_STOP: 0x800000,
  FUTURE_ANNOTATIONS: 0x1000000,
} as const;

/** A tuple constant (as folded by the compiler, or keyword-name tuples). */
export interface ConstTuple { kind: 'tuple'; items: ConstValue[] }
/** A frozenset constant (from `x in {1, 2}`). */
export interface ConstFrozenset { kind: 'frozenset'; items: ConstValue[] }

export type ConstValue = PyConstant | ConstTuple | ConstFrozenset | CodeObject;

export const EXC_ENTRY_SIZE = 5;
export const EXC_START = 0;
export const EXC_END = 1;
export const EXC_HANDLER = 2;
export const EXC_DEPTH = 3;
export const EXC_LASTI = 4;

export interface CodeObject {
  kind: 'code';
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  /** Positional parameters, including positional-only ones (co_argcount). */
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  varnames: string[];
  cellvars: string[];
  /** Per cellvar: the index in varnames of the argument it starts with, or -1. */
  cell2arg: number[];
  freevars: string[];
  names: string[];
  consts: ConstValue[];
  /** The docstring of a function / class / module body, or null. */
  docstring: string | null;
  code: Int32Array;
  positions: Int32Array;
  exceptionTable: Int32Array;
  stacksize: number;
}

export interface ExceptionEntry {
  start: number;
  end: number;
  handler: number;
  depth: number;
  lasti: boolean;
}

export function exceptionEntries(code: CodeObject): ExceptionEntry[] {
  const t = code.exceptionTable;
  const out: ExceptionEntry[] = [];
  for (let i = 0; i + EXC_ENTRY_SIZE <= t.length; i += EXC_ENTRY_SIZE) {
    out.push({
      start: t[i + EXC_START]!, end: t[i + EXC_END]!, handler: t[i + EXC_HANDLER]!,
      depth: t[i + EXC_DEPTH]!, lasti: t[i + EXC_LASTI] === 1,
    });
  }
  return out;
}

export function isCode(c: ConstValue): c is CodeObject {
  return c.kind === 'code';
}
