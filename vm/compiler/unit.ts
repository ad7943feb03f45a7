/**
 * A compilation unit: the code being generated for one scope (module, class
 * body, function, lambda, comprehension), as a graph of basic blocks.
 *
 * Model:
 * - Instructions are appended to the current block. A jump, return or raise
 *   always ends its block (the next instruction opens a fresh one), so a
 *   jump is only ever the last instruction of a block.
 * - `next` links blocks in emission order: that is the fall-through edge and
 *   the final layout order (the assembler drops unreachable blocks).
 * - Pseudo-instructions (negative opcodes) exist only here: directionless
 *   jumps, which the assembler turns into their FORWARD / BACKWARD forms, and
 *   the SETUP_* / POP_BLOCK markers from which it derives the exception
 *   table.
 * - Every instruction carries the source span current when it was emitted
 *   (`loc`); -1 marks an artificial instruction.
 * - Constants, names, locals, cells and free variables are interned into
 *   their tables on first use; their indices are the instruction arguments.
 */

import { ARG_LIMIT, Op, OP_SPECS } from './opcodes.js';
import type { Span } from './compile-error.js';
import type { CodeObject, ConstValue } from './code.js';
import { CELL, DEF_FREE_CLASS, FREE, SCOPE_MASK, SCOPE_OFFSET, type Scope } from './symtable.js';
import { strKey } from '../syntax/py-str.js';

// ---------------------------------------------------------------------------
// Pseudo-instructions

export const SETUP_FINALLY = -1;
export const SETUP_CLEANUP = -2;
export const SETUP_WITH = -3;
export const POP_BLOCK = -4;
export const JUMP = -5;
export const JUMP_NO_INTERRUPT = -6;
export const POP_JUMP_IF_FALSE = -7;
export const POP_JUMP_IF_TRUE = -8;
export const POP_JUMP_IF_NONE = -9;
export const POP_JUMP_IF_NOT_NONE = -10;

/**
 * An argument does not fit in 24 bits (more than 2^24 constants, names,
 * locals, ...). There is no EXTENDED_ARG: compile() reports it as a
 * SyntaxError "too many ..." at `span`.
 */
export class ArgumentLimitError extends Error {
  constructor(readonly op: number, readonly span: Span) {
    super(limitMessage(op));
  }
}

function limitMessage(op: number): string {
  switch (op >= 0 ? OP_SPECS[op]!.operand : 'jump-forward') {
    case 'const': return 'too many constants in one code object';
    case 'name': return 'too many names in one code object';
    case 'local': return 'too many local variables in one code object';
    case 'cell': return 'too many cell and free variables in one code object';
    case 'jump-forward': case 'jump-backward': return 'too many instructions in one code object';
    default: return 'too many items in one expression';
  }
}

export function isSetup(op: number): boolean {
  return op === SETUP_FINALLY || op === SETUP_CLEANUP || op === SETUP_WITH;
}

/** Instructions after which control does not fall through. */
export function endsFlow(op: number): boolean {
  return op === JUMP || op === JUMP_NO_INTERRUPT || op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS ||
    op === Op.RERAISE;
}

// ---------------------------------------------------------------------------
// Instructions and blocks

export interface Instr {
  op: number;
  arg: number;
  target: Block | null;
  /** The innermost exception handler covering this instruction (set by the assembler). */
  handler: Block | null;
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}

export class Block {
  readonly instrs: Instr[] = [];
  next: Block | null = null;
  // Assembler state
  reachable = false;
  startDepth = -1;
  offset = 0;
  preserveLasti = false;
  predecessors = 0;

  get last(): Instr | undefined {
    return this.instrs[this.instrs.length - 1];
  }
  /** True if control can fall off the end of this block into `next`. */
  get fallsThrough(): boolean {
    const l = this.last;
    return l === undefined || !endsFlow(l.op);
  }
}

// ---------------------------------------------------------------------------
// Frame blocks: the compile-time stack of constructs that break, continue
// and return must unwind.

export type FBlockKind =
  | 'while' | 'for' | 'try-except' | 'finally-try' | 'finally-end' | 'with' | 'async-with'
  | 'handler-cleanup' | 'pop-value' | 'exception-handler' | 'exception-group-handler'
  | 'async-comprehension-generator';

export interface FBlock {
  kind: FBlockKind;
  block: Block | null;
  exit: Block | null;
  /** finally-try: the finally body; with: the statement; handler-cleanup: the bound name. */
  datum: unknown;
}

/** CPython's CO_MAXBLOCKS. */
export const MAX_FBLOCKS = 20;

export type UnitKind = 'module' | 'class' | 'function' | 'async-function' | 'lambda' | 'comprehension';

// ---------------------------------------------------------------------------
// The unit

export class Unit {
  readonly consts: ConstValue[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly varnames: string[] = [];
  private readonly varIndex = new Map<string, number>();
  /** Cell names, then free names: the 'cell' operand space. */
  readonly cellvars: string[] = [];
  readonly freevars: string[] = [];
  private readonly derefIndex = new Map<string, number>();
  readonly blocks: Block[] = [];
  readonly fblocks: FBlock[] = [];
  readonly entry: Block;
  cur: Block;
  private needNewBlock = false;
  qualname = '';
  privateName: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  docstring: string | null = null;
  // Current source span (-1: artificial)
  lineno: number;
  endLineno: number;
  col = 0;
  endCol = 0;

  constructor(readonly ste: Scope, readonly name: string, readonly kind: UnitKind, public firstlineno: number) {
    this.lineno = firstlineno;
    this.endLineno = firstlineno;
    for (const v of ste.varnames) this.addVarname(v);
    this.initCells(ste);
    this.entry = this.cur = this.newBlock();
  }

  private initCells(ste: Scope): void {
    const cells: string[] = [];
    const frees: string[] = [];
    for (const [name, flags] of ste.symbols) {
      const scope = (flags >> SCOPE_OFFSET) & SCOPE_MASK;
      if (scope === CELL) cells.push(name);
      else if (scope === FREE || flags & DEF_FREE_CLASS) frees.push(name);
    }
    cells.sort(compareNames);
    frees.sort(compareNames);
    if (ste.needsClassClosure) cells.unshift('__class__');
    for (const n of cells) { this.derefIndex.set(n, this.cellvars.length); this.cellvars.push(n); }
    for (const n of frees) { this.derefIndex.set(n, cells.length + this.freevars.length); this.freevars.push(n); }
  }

  // --- tables -------------------------------------------------------------

  addConst(value: ConstValue): number {
    const key = constKey(value);
    if (key === null) {
      // Identical code objects (a finally body is compiled twice) share a slot, as in CPython.
      const i = this.consts.findIndex((c) => c.kind === 'code' && codeEquals(c, value as CodeObject));
      return i >= 0 ? i : this.push(this.consts, value);
    }
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.push(this.consts, value);
      this.constIndex.set(key, i);
    }
    return i;
  }

  addName(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.push(this.names, name);
      this.nameIndex.set(name, i);
    }
    return i;
  }

  addVarname(name: string): number {
    let i = this.varIndex.get(name);
    if (i === undefined) {
      i = this.push(this.varnames, name);
      this.varIndex.set(name, i);
    }
    return i;
  }

  /** Index of a cell or free variable in the 'cell' operand space, or -1. */
  derefOf(name: string): number {
    return this.derefIndex.get(name) ?? -1;
  }

  private push<T>(arr: T[], v: T): number {
    arr.push(v);
    return arr.length - 1;
  }

  // --- locations ----------------------------------------------------------

  setLoc(n: { lineno: number; end_lineno: number; col_offset: number; end_col_offset: number }): void {
    this.lineno = n.lineno;
    this.endLineno = n.end_lineno;
    this.col = n.col_offset;
    this.endCol = n.end_col_offset;
  }
  unsetLoc(): void {
    this.lineno = this.endLineno = this.col = this.endCol = -1;
  }
  saveLoc(): [number, number, number, number] {
    return [this.lineno, this.endLineno, this.col, this.endCol];
  }
  restoreLoc(l: [number, number, number, number]): void {
    [this.lineno, this.endLineno, this.col, this.endCol] = l;
  }

  // --- blocks and emission --------------------------------------------------

  newBlock(): Block {
    const b = new Block();
    this.blocks.push(b);
    return b;
  }

  /** Makes `b` the current block, reached by falling through from the current one. */
  useNextBlock(b: Block): Block {
    this.cur.next = b;
    this.cur = b;
    this.needNewBlock = false;
    return b;
  }

  emit(op: number, arg = 0): void {
    this.emitAt(op, arg, null, this.lineno, this.endLineno, this.col, this.endCol);
  }

  emitNoLine(op: number, arg = 0): void {
    this.emitAt(op, arg, null, -1, -1, -1, -1);
  }

  emitJump(op: number, target: Block): void {
    this.emitAt(op, 0, target, this.lineno, this.endLineno, this.col, this.endCol);
  }

  emitJumpNoLine(op: number, target: Block): void {
    this.emitAt(op, 0, target, -1, -1, -1, -1);
  }

  private emitAt(op: number, arg: number, target: Block | null, lineno: number, endLineno: number,
    col: number, endCol: number): void {
    if (arg >= ARG_LIMIT) throw new ArgumentLimitError(op, { lineno, end_lineno: endLineno, col_offset: col, end_col_offset: endCol });
    if (this.needNewBlock) this.useNextBlock(this.newBlock());
    this.cur.instrs.push({ op, arg, target, handler: null, lineno, endLineno, col, endCol });
    if (target !== null || endsFlow(op)) this.needNewBlock = true;
  }

  /** True once the current block ends with a return (no implicit return needed). */
  get endsWithReturn(): boolean {
    return this.cur.last?.op === Op.RETURN_VALUE;
  }
}

/** Code point order, as CPython sorts cell and free variable names. */
function compareNames(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!, y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/**
 * A key under which equal constants share a consts slot (CPython's
 * _PyCode_ConstantKey: 1 and 1.0 and True stay apart, 0.0 and -0.0 too),
 * or null for constants never shared (code objects).
 */
export function constKey(v: ConstValue): string | null {
  switch (v.kind) {
    case 'None': return 'N';
    case 'Ellipsis': return 'E';
    case 'bool': return v.value ? 'T' : 'F';
    case 'int': return 'i' + v.value.toString();
    case 'float': return 'f' + floatKey(v.value);
    case 'complex': return 'c' + floatKey(v.real) + ',' + floatKey(v.imag);
    case 'str': return 's' + strKey(v);
    case 'bytes': return 'b' + Array.from(v.value, (x) => x.toString(16).padStart(2, '0')).join('');
    case 'tuple':
    case 'frozenset': {
      const parts: string[] = [];
      for (const item of v.items) {
        const k = constKey(item);
        if (k === null) return null;
        parts.push(k.length + ':' + k);
      }
      return (v.kind === 'tuple' ? '(' : '{') + parts.join('');
    }
    case 'code': return null;
  }
}

function floatKey(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

/** Structural equality of code objects (CPython's code_richcompare, plus positions). */
export function codeEquals(a: CodeObject, b: CodeObject): boolean {
  if (a === b) return true;
  if (a.name !== b.name || a.qualname !== b.qualname || a.firstlineno !== b.firstlineno || a.flags !== b.flags ||
    a.argcount !== b.argcount || a.posonlyargcount !== b.posonlyargcount || a.kwonlyargcount !== b.kwonlyargcount ||
    a.docstring !== b.docstring) return false;
  if (!sameArray(a.code, b.code) || !sameArray(a.positions, b.positions) || !sameArray(a.exceptionTable, b.exceptionTable)) {
    return false;
  }
  if (!sameArray(a.names, b.names) || !sameArray(a.varnames, b.varnames) || !sameArray(a.cellvars, b.cellvars) ||
    !sameArray(a.freevars, b.freevars) || a.consts.length !== b.consts.length) return false;
  for (let i = 0; i < a.consts.length; i++) {
    const x = a.consts[i]!, y = b.consts[i]!;
    if (x.kind === 'code' || y.kind === 'code') {
      if (x.kind !== 'code' || y.kind !== 'code' || !codeEquals(x, y)) return false;
    } else if (constKey(x) !== constKey(y)) {
      return false;
    }
  }
  return true;
}

function sameArray<T>(a: ArrayLike<T>, b: ArrayLike<T>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
