/**
 * The compiled form of a pattern: a flat Int32Array of instructions for the
 * backtracking VM (vm.ts), plus the character sets it refers to.
 *
 * Instruction layout: the opcode, then the operands listed beside it in `Op`
 * (jump targets are absolute instruction indices). Registers (group marks,
 * lastmark, lastindex, repeat state) are numbered as described by `Program`.
 */
import type { CharSet } from './charset.js';

export const enum Op {
  Success = 0,
  Char, // c
  NotChar, // c
  CharIgn, // mode n c1..cn: lower(ch) is one of c1..cn
  NotCharIgn, // mode n c1..cn
  Set, // set index
  Any, // (not "\n")
  AnyAll,
  At, // kind
  Jmp, // target
  Split, // preferred, alternative
  MarkStart, // group
  MarkEnd, // group
  Ref, // group
  RefIgn, // mode group
  GroupExists, // group, target when unset
  RepeatOne, // min max next follow  (single-character item follows; follow: the character the rest must start with, or -1)
  RepeatOneLazy, // min max next follow
  RepeatOnePossessive, // min max next follow
  RepeatInit, // repeat index, possessive (1: leaves the repeat context alone)
  RepeatHead, // repeat min max greedy exit  (body follows, ends with Jmp head)
  RepeatExit, // repeat: the tail runs in the enclosing repeat context
  BranchLast, // before the last alternative of a branch: save the marks if in a repeat
  Barrier, // kind width cont
  Cut, // end of an atomic group or positive look-around
  NegEnd, // end of a negative look-around body
}

export const enum At {
  Begin, BeginLine, BeginString, End, EndLine, EndString,
  Boundary, NonBoundary, UniBoundary, UniNonBoundary,
}

export const enum BarrierKind { Atomic, Ahead, NotAhead, Behind, NotBehind }

/** Case mode operands of CharIgn / RefIgn. */
export const CASE_UNICODE = 0;
export const CASE_ASCII = 1;

export interface Program {
  code: Int32Array;
  sets: CharSet[];
  /** Number of groups including group 0. */
  groups: number;
  /**
   * Registers: group g's marks are 2g and 2g+1 (CPython's mark 2(g-1) and
   * 2(g-1)+1); then lastmark (CPython's numbering), lastindex, the current
   * repeat context (-1 for none), then per repeat its count, the position its
   * last iteration started at, and the enclosing repeat context.
   */
  lastMarkReg: number;
  lastIndexReg: number;
  repeatCtxReg: number;
  repeatBase: number;
  registers: number;
  /** Search accelerators: a required first character, or a set the first character must be in. */
  firstChar: number;
  firstSet: CharSet | null;
  /** The pattern can only match at the start of the string (\A, or ^ without MULTILINE). */
  anchored: boolean;
  /** Registers reused by every attempt (all -1 between matches; the VM is not re-entrant). */
  scratch: Int32Array;
}
