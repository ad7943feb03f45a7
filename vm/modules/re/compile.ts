/**
 * Code generation: the parsed tree -> a Program for the backtracking VM.
 *
 * Model: one pass over the tree with the flags in effect (scoped flags from
 * (?i:...) are combined as CPython's _combine_flags does). Repeats of a single
 * character become RepeatOne* instructions (a tight scan, backtracking one
 * character at a time); other repeats use a counter register with CPython's
 * zero-width protection (stop iterating when an iteration consumed nothing).
 * Atomic groups, possessive repeats and look-arounds push a barrier that the
 * end of their body cuts back to.
 */
import {
  FLAG_ASCII, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_TEMPLATE, MAXREPEAT, seqWidth, TYPE_FLAGS,
  type Node, type Seq, type SetItem,
} from './ast.js';
import { ASCII_CASE, UNICODE_CASE, type CaseMode } from './chars.js';
import { CharSet } from './charset.js';
import { RegexError } from './errors.js';
import type { ParseState } from './parse.js';
import { At, BarrierKind, CASE_ASCII, CASE_UNICODE, Op, type Program } from './program.js';

const MAXCODE = 2 ** 32 - 1;

class Emitter {
  code: number[] = [];
  sets: CharSet[] = [];
  repeats = 0;
  /** Positions of greedy RepeatOne instructions, whose `follow` operand is filled at the end. */
  repeatOnes: number[] = [];
  constructor(readonly isText: boolean, readonly state: ParseState) {}

  emit(...words: number[]): number {
    const at = this.code.length;
    this.code.push(...words);
    return at;
  }
  get pc(): number {
    return this.code.length;
  }
  patch(at: number, value: number): void {
    this.code[at] = value;
  }
}

function combineFlags(flags: number, add: number, del: number): number {
  if (add & TYPE_FLAGS) flags &= ~TYPE_FLAGS;
  return (flags | add) & ~del;
}

function isUnicode(e: Emitter, flags: number): boolean {
  return e.isText && !(flags & FLAG_ASCII);
}

function caseMode(e: Emitter, flags: number): CaseMode | null {
  if (!(flags & FLAG_IGNORECASE)) return null;
  return isUnicode(e, flags) && !(flags & FLAG_LOCALE) ? UNICODE_CASE : ASCII_CASE;
}

export function compileProgram(seq: Seq, flags: number, isText: boolean, state: ParseState): Program {
  const e = new Emitter(isText, state);
  emitSeq(e, seq, flags);
  e.emit(Op.Success);
  fillFollowChars(e);
  const code = Int32Array.from(e.code);
  const groups = state.groups;
  const program: Program = {
    code, sets: e.sets, groups, lastMarkReg: 2 * groups, lastIndexReg: 2 * groups + 1, repeatCtxReg: 2 * groups + 2,
    repeatBase: 2 * groups + 3, registers: 2 * groups + 3 + 3 * e.repeats,
    firstChar: -1, firstSet: null, anchored: false, scratch: new Int32Array(0),
  };
  program.scratch = new Int32Array(program.registers).fill(-1);
  findPrefix(program);
  return program;
}

function emitSeq(e: Emitter, seq: Seq, flags: number): void {
  for (const node of seq) emitNode(e, node, flags);
}

function emitNode(e: Emitter, node: Node, flags: number): void {
  switch (node.t) {
    case 'lit': case 'notlit': case 'any': case 'in':
      emitSingle(e, node, flags);
      return;
    case 'at':
      e.emit(Op.At, atKind(e, node.at, flags));
      return;
    case 'branch':
      emitBranch(e, node.alts, flags);
      return;
    case 'group':
      emitGroup(e, node.gid, node.body, combineFlags(flags, node.add, node.del));
      return;
    case 'atomic':
      emitBarrier(e, BarrierKind.Atomic, 0, () => emitSeq(e, node.body, flags));
      return;
    case 'repeat':
      emitRepeat(e, node, flags);
      return;
    case 'ref': {
      const mode = caseMode(e, flags);
      if (mode === null) e.emit(Op.Ref, node.gid);
      else e.emit(Op.RefIgn, mode === UNICODE_CASE ? CASE_UNICODE : CASE_ASCII, node.gid);
      return;
    }
    case 'cond':
      emitConditional(e, node.gid, node.yes, node.no, flags);
      return;
    case 'assert':
      emitAssert(e, node.behind, node.neg, node.body, flags);
      return;
  }
}

/** A single-character matcher (also the item of RepeatOne*). */
function emitSingle(e: Emitter, node: Node, flags: number): void {
  const mode = caseMode(e, flags);
  const unicode = isUnicode(e, flags);
  if (node.t === 'any') {
    e.emit(flags & FLAG_DOTALL ? Op.AnyAll : Op.Any);
  } else if (node.t === 'in') {
    e.sets.push(new CharSet(node.items, node.neg, unicode, mode));
    e.emit(Op.Set, e.sets.length - 1);
  } else if (node.t === 'lit' || node.t === 'notlit') {
    const neg = node.t === 'notlit';
    if (mode === null || !mode.isCased(node.c)) {
      e.emit(neg ? Op.NotChar : Op.Char, node.c);
    } else {
      const lo = mode.lower(node.c);
      const all = [lo, ...(mode.fixes?.(lo) ?? [])];
      e.emit(neg ? Op.NotCharIgn : Op.CharIgn, mode === UNICODE_CASE ? CASE_UNICODE : CASE_ASCII, all.length, ...all);
    }
  }
}

function atKind(e: Emitter, at: string, flags: number): At {
  const multiline = (flags & FLAG_MULTILINE) !== 0;
  const unicode = isUnicode(e, flags) && !(flags & FLAG_LOCALE);
  switch (at) {
    case 'begin': return multiline ? At.BeginLine : At.Begin;
    case 'end': return multiline ? At.EndLine : At.End;
    case 'beginString': return At.BeginString;
    case 'endString': return At.EndString;
    case 'boundary': return unicode ? At.UniBoundary : At.Boundary;
    default: return unicode ? At.UniNonBoundary : At.NonBoundary;
  }
}

function emitBranch(e: Emitter, alts: Seq[], flags: number): void {
  const jumpsToEnd: number[] = [];
  alts.forEach((alt, i) => {
    const last = i === alts.length - 1;
    if (last) e.emit(Op.BranchLast);
    const split = last ? -1 : e.emit(Op.Split, 0, 0);
    if (split >= 0) e.patch(split + 1, e.pc);
    emitSeq(e, alt, flags);
    if (!last) {
      jumpsToEnd.push(e.emit(Op.Jmp, 0));
      e.patch(split + 2, e.pc);
    }
  });
  for (const j of jumpsToEnd) e.patch(j + 1, e.pc);
}

function emitGroup(e: Emitter, gid: number | null, body: Seq, flags: number): void {
  if (gid === null) {
    emitSeq(e, body, flags);
    return;
  }
  e.emit(Op.MarkStart, gid);
  emitSeq(e, body, flags);
  e.emit(Op.MarkEnd, gid);
}

/** Barrier kind width cont; body; Cut or NegEnd. `cont` is the instruction after the end. */
function emitBarrier(e: Emitter, kind: BarrierKind, width: number, body: () => void): void {
  const at = e.emit(Op.Barrier, kind, width, 0);
  body();
  const neg = kind === BarrierKind.NotAhead || kind === BarrierKind.NotBehind;
  e.emit(neg ? Op.NegEnd : Op.Cut);
  e.patch(at + 3, e.pc);
}

function emitAssert(e: Emitter, behind: boolean, neg: boolean, body: Seq, flags: number): void {
  let width = 0;
  if (behind) {
    const [lo, hi] = seqWidth(body, e.state.groupWidths);
    if (lo > MAXCODE) throw new RegexError('looks too much behind');
    if (lo !== hi) throw new RegexError('look-behind requires fixed-width pattern');
    width = lo;
  }
  const kind = behind
    ? (neg ? BarrierKind.NotBehind : BarrierKind.Behind)
    : (neg ? BarrierKind.NotAhead : BarrierKind.Ahead);
  emitBarrier(e, kind, width, () => emitSeq(e, body, flags));
}

function emitConditional(e: Emitter, gid: number, yes: Seq, no: Seq | null, flags: number): void {
  const test = e.emit(Op.GroupExists, gid, 0);
  emitSeq(e, yes, flags);
  if (no === null) {
    e.patch(test + 2, e.pc);
    return;
  }
  const skip = e.emit(Op.Jmp, 0);
  e.patch(test + 2, e.pc);
  emitSeq(e, no, flags);
  e.patch(skip + 1, e.pc);
}

/** The single-character item of a repeat body (seen through non-capturing groups, as CPython's _simple), with its flags. */
function singleChar(body: Seq, flags: number): [Node, number] | null {
  if (body.length !== 1) return null;
  const node = body[0]!;
  if (node.t === 'group' && node.gid === null) return singleChar(node.body, combineFlags(flags, node.add, node.del));
  return node.t === 'lit' || node.t === 'notlit' || node.t === 'any' || node.t === 'in' ? [node, flags] : null;
}

const REPEAT_OP_NAMES = { greedy: 'MAX_REPEAT', lazy: 'MIN_REPEAT', possessive: 'POSSESSIVE_REPEAT' };

function emitRepeat(e: Emitter, node: Extract<Node, { t: 'repeat' }>, flags: number): void {
  const { min, max, mode, body } = node;
  if (flags & FLAG_TEMPLATE) throw new RegexError(`internal: unsupported template operator ${REPEAT_OP_NAMES[mode]}`);
  const single = singleChar(body, flags);
  if (single !== null) {
    const op = mode === 'greedy' ? Op.RepeatOne : mode === 'lazy' ? Op.RepeatOneLazy : Op.RepeatOnePossessive;
    const at = e.emit(op, clampCount(min), max === MAXREPEAT ? -1 : clampCount(max), 0, -1);
    emitSingle(e, single[0], single[1]);
    e.patch(at + 3, e.pc);
    if (op === Op.RepeatOne) e.repeatOnes.push(at);
    return;
  }
  if (min === 1 && max === 1) {
    emitSeq(e, body, flags);
    return;
  }
  if (mode === 'possessive') {
    // CPython's POSSESSIVE_REPEAT: every iteration is atomic, and so is the whole repeat.
    emitBarrier(e, BarrierKind.Atomic, 0, () => emitLoop(e, min, max, 'possessive', body, flags));
    return;
  }
  emitLoop(e, min, max, mode, body, flags);
}

/** Repeat counts live in Int32 code words; no subject is longer than 2**31 - 1. */
function clampCount(n: number): number {
  return Math.min(n, 0x7fffffff);
}

function emitLoop(e: Emitter, min: number, max: number, mode: 'greedy' | 'lazy' | 'possessive', body: Seq, flags: number): void {
  const r = e.repeats++;
  const possessive = mode === 'possessive';
  e.emit(Op.RepeatInit, r, possessive ? 1 : 0);
  const head = e.emit(Op.RepeatHead, r, clampCount(min), max === MAXREPEAT ? -1 : clampCount(max), mode === 'lazy' ? 0 : 1, 0);
  if (possessive) emitBarrier(e, BarrierKind.Atomic, 0, () => emitSeq(e, body, flags));
  else emitSeq(e, body, flags);
  e.emit(Op.Jmp, head);
  e.patch(head + 5, e.pc);
  if (!possessive) e.emit(Op.RepeatExit, r);
}

/**
 * A greedy single-character repeat followed (after group marks, which consume
 * nothing) by a literal only needs to stop where that literal is.
 */
function fillFollowChars(e: Emitter): void {
  for (const at of e.repeatOnes) {
    let next = e.code[at + 3]!;
    while (e.code[next] === Op.MarkStart || e.code[next] === Op.MarkEnd) next += 2;
    if (e.code[next] === Op.Char) e.code[at + 4] = e.code[next + 1]!;
  }
}

/** Fills the search accelerators from the first instructions. */
function findPrefix(p: Program): void {
  const code = p.code;
  let pc = 0;
  while (code[pc] === Op.MarkStart) pc += 2;
  if (code[pc] === Op.At && (code[pc + 1] === At.Begin || code[pc + 1] === At.BeginString)) {
    p.anchored = true;
    return;
  }
  if ((code[pc] === Op.RepeatOne || code[pc] === Op.RepeatOneLazy || code[pc] === Op.RepeatOnePossessive) && code[pc + 1]! > 0) {
    pc += 5;
  }
  if (code[pc] === Op.Char) p.firstChar = code[pc + 1]!;
  else if (code[pc] === Op.Set) p.firstSet = p.sets[code[pc + 1]!]!;
  else if (code[pc] === Op.CharIgn) {
    const members = Array.from(code.subarray(pc + 3, pc + 3 + code[pc + 2]!), (c): SetItem => ({ k: 'lit', c }));
    p.firstSet = new CharSet(members, false, true, code[pc + 1] === CASE_UNICODE ? UNICODE_CASE : ASCII_CASE);
  }
}
