/**
 * The backtracking VM: runs a Program against a subject (code points, or
 * bytes) from one start position, like CPython's sre `match` loop, without
 * recursion on the JS stack.
 *
 * Model: `pc`/`p` are the instruction and subject positions; `regs` holds the
 * group marks, lastmark, lastindex, the current repeat context and the repeat
 * counters. Capture bookkeeping follows sre exactly, quirks included:
 *  - every register but the marks is written with an undo record, so resuming
 *    at a choice point restores lastmark/lastindex/counters as sre does at
 *    each of its resume points;
 *  - marks are written in place; a mark beyond lastmark is "unset". Only where
 *    sre pushes the marks (MARK_PUSH: branches, single-character repeats and
 *    negative look-arounds inside a repeat, every extra iteration of a repeat)
 *    does a MarkSave entry restore them, on resume and when failing through.
 * Stack entries are Int32 words with the entry kind on top:
 *   Choice [pc, p]; Restore [reg, old]; OneGreedy [instr, pmin, pcur];
 *   OneLazy [instr, p, count]; LazyIter [head, p, count];
 *   Barrier [prevBarrier, savedP, kind, cont]; MarkSave [m0..mn-1, n].
 * `barrier` is the stack index of the innermost live barrier; Cut drops the
 * entries above it except undo records, NegEnd applies those and drops all.
 *
 * Invariant: after a failed attempt the stack is empty and every register
 * except the marks is back to -1 (stale marks are hidden by lastmark = -1).
 *
 * runAt is one long dispatch loop on purpose: pc, p, sp and the stack stay in
 * locals (V8 keeps them in registers), which closures or helper calls per
 * instruction would defeat.
 */
import { isWordA, isWordU, lowerA, lowerU } from './chars.js';
import { At, BarrierKind, CASE_UNICODE, Op, type Program } from './program.js';

export type Subject = ArrayLike<number>;

const K_CHOICE = 1;
const K_RESTORE = 2;
const K_ONE_GREEDY = 3;
const K_ONE_LAZY = 4;
const K_LAZY_ITER = 5;
const K_BARRIER = 6;
const K_MARKSAVE = 7;
const ENTRY_SIZE = [0, 3, 3, 4, 4, 4, 5, 0];

let stack: Int32Array = new Int32Array(1024);

/** Drops a backtrack stack that a large match grew past 4 MB (called between matches). */
export function trimStack(): void {
  if (stack.length > 1 << 20) stack = new Int32Array(1024);
}

function grow(): Int32Array {
  const bigger = new Int32Array(stack.length * 2);
  bigger.set(stack);
  stack = bigger;
  return bigger;
}

function entrySize(st: Int32Array, top: number): number {
  const kind = st[top - 1]!;
  return kind === K_MARKSAVE ? st[top - 2]! + 2 : ENTRY_SIZE[kind]!;
}

function matchOne(code: Int32Array, pc: number, prog: Program, ch: number): boolean {
  switch (code[pc]) {
    case Op.Char: return ch === code[pc + 1];
    case Op.NotChar: return ch !== code[pc + 1];
    case Op.Any: return ch !== 10;
    case Op.AnyAll: return true;
    case Op.Set: return prog.sets[code[pc + 1]!]!.test(ch);
    case Op.CharIgn: case Op.NotCharIgn: {
      const lo = code[pc + 1] === CASE_UNICODE ? lowerU(ch) : lowerA(ch);
      const n = code[pc + 2]!;
      let found = false;
      for (let i = 0; i < n; i++) if (code[pc + 3 + i] === lo) found = true;
      return found === (code[pc] === Op.CharIgn);
    }
    default: return false;
  }
}

/** How many characters from p (at most max, -1 = unbounded) the item at itemPc matches. */
function countRun(code: Int32Array, itemPc: number, prog: Program, s: Subject, p: number, end: number, max: number): number {
  const limit = max < 0 || end - p < max ? end : p + max;
  let q = p;
  switch (code[itemPc]) {
    case Op.AnyAll: return Math.max(limit - p, 0);
    case Op.Any: while (q < limit && s[q] !== 10) q++; return q - p;
    case Op.Char: { const c = code[itemPc + 1]; while (q < limit && s[q] === c) q++; return q - p; }
    case Op.NotChar: { const c = code[itemPc + 1]; while (q < limit && s[q] !== c) q++; return q - p; }
    case Op.Set: { const set = prog.sets[code[itemPc + 1]!]!; while (q < limit && set.test(s[q]!)) q++; return q - p; }
    default: while (q < limit && matchOne(code, itemPc, prog, s[q]!)) q++; return q - p;
  }
}

function isWordAt(s: Subject, i: number, unicode: boolean): boolean {
  return unicode ? isWordU(s[i]!) : isWordA(s[i]!);
}

function checkAt(kind: number, s: Subject, p: number, end: number): boolean {
  switch (kind) {
    case At.Begin: case At.BeginString: return p === 0;
    case At.BeginLine: return p === 0 || s[p - 1] === 10;
    case At.End: return p === end || (p + 1 === end && s[p] === 10);
    case At.EndLine: return p === end || s[p] === 10;
    case At.EndString: return p === end;
    default: {
      if (end === 0) return false;
      const unicode = kind === At.UniBoundary || kind === At.UniNonBoundary;
      const before = p > 0 && isWordAt(s, p - 1, unicode);
      const after = p < end && isWordAt(s, p, unicode);
      return (before !== after) === (kind === At.Boundary || kind === At.UniBoundary);
    }
  }
}

/** Is group g set, by sre's rule (marks below lastmark, both present, in order)? */
export function groupIsSet(prog: Program, regs: Int32Array, g: number): boolean {
  const j = 2 * (g - 1);
  if (j >= regs[prog.lastMarkReg]!) return false;
  const gs = regs[2 * g]!;
  const ge = regs[2 * g + 1]!;
  return gs >= 0 && ge >= 0 && ge >= gs;
}

/** Compares a captured group with the subject at p; returns the end or -1. */
function matchRef(prog: Program, s: Subject, regs: Int32Array, g: number, p: number, end: number, caseMode: number): number {
  if (!groupIsSet(prog, regs, g)) return -1;
  const gs = regs[2 * g]!;
  const len = regs[2 * g + 1]! - gs;
  for (let i = 0; i < len; i++) {
    if (p + i >= end) return -1;
    const a = s[gs + i]!;
    const b = s[p + i]!;
    if (a === b) continue;
    if (caseMode < 0) return -1;
    const lower = caseMode === CASE_UNICODE ? lowerU : lowerA;
    if (lower(a) !== lower(b)) return -1;
  }
  return p + len;
}

/** Pushes a MarkSave of marks 0..lastmark (sre's MARK_PUSH); returns the new sp. */
function pushMarks(st: Int32Array, sp: number, regs: Int32Array, lastMark: number): number {
  const n = lastMark + 1;
  for (let k = 0; k < n; k++) st[sp + k] = regs[2 + k]!;
  st[sp + n] = n;
  st[sp + n + 1] = K_MARKSAVE;
  return sp + n + 2;
}

/**
 * Runs the program from `start`; returns the end of the match (registers then
 * hold the groups) or -1. At Success, `matchAll` (fullmatch) requires the
 * match to end at `end`, and `mustAdvance` (after an empty match) requires it
 * not to be empty.
 */
export function runAt(
  prog: Program, s: Subject, start: number, end: number, regs: Int32Array, matchAll: boolean, mustAdvance: boolean,
): number {
  const code = prog.code;
  const LM = prog.lastMarkReg;
  const LI = prog.lastIndexReg;
  const RC = prog.repeatCtxReg;
  const margin = 24 + 2 * prog.groups;
  let sp = 0;
  let barrier = -1;
  let pc = 0;
  let p = start;
  let ok = true;
  let st: Int32Array = stack;
  for (;;) {
    // Room for the largest push of one step (a choice, undo records and a MarkSave).
    if (sp + margin > st.length) st = grow();
    if (!ok) {
      // Backtrack to the most recent resume point.
      for (;;) {
        if (sp === 0) return -1;
        const kind = st[sp - 1]!;
        if (kind === K_RESTORE) {
          regs[st[sp - 3]!] = st[sp - 2]!;
          sp -= 3;
        } else if (kind === K_MARKSAVE) {
          const n = st[sp - 2]!;
          sp -= n + 2;
          for (let k = 0; k < n; k++) regs[2 + k] = st[sp + k]!;
        } else if (kind === K_CHOICE) {
          pc = st[sp - 3]!;
          p = st[sp - 2]!;
          sp -= 3;
          break;
        } else if (kind === K_ONE_GREEDY) {
          const instr = st[sp - 4]!;
          const pmin = st[sp - 3]!;
          let pcur = st[sp - 2]! - 1;
          const next = code[instr + 3]!;
          const c = code[instr + 4]!;
          if (c >= 0) while (pcur >= pmin && s[pcur] !== c) pcur--;
          if (pcur <= pmin) sp -= 4;
          else st[sp - 2] = pcur;
          if (pcur < pmin) continue;
          if (regs[RC]! >= 0) sp = pushMarks(st, sp, regs, regs[LM]!);
          p = pcur;
          pc = next;
          break;
        } else if (kind === K_ONE_LAZY) {
          const instr = st[sp - 4]!;
          const q = st[sp - 3]!;
          const count = st[sp - 2]! + 1;
          const max = code[instr + 2]!;
          sp -= 4;
          if (q >= end || !matchOne(code, instr + 5, prog, s[q]!)) continue;
          if (max < 0 || count < max) {
            st[sp] = instr; st[sp + 1] = q + 1; st[sp + 2] = count; st[sp + 3] = K_ONE_LAZY; sp += 4;
          }
          if (regs[RC]! >= 0) sp = pushMarks(st, sp, regs, regs[LM]!);
          p = q + 1;
          pc = code[instr + 3]!;
          break;
        } else if (kind === K_LAZY_ITER) {
          const head = st[sp - 4]!;
          p = st[sp - 3]!;
          const count = st[sp - 2]!;
          sp -= 4;
          const creg = prog.repeatBase + 3 * code[head + 1]!;
          st[sp] = creg; st[sp + 1] = regs[creg]!; st[sp + 2] = K_RESTORE; sp += 3; regs[creg] = count;
          st[sp] = creg + 1; st[sp + 1] = regs[creg + 1]!; st[sp + 2] = K_RESTORE; sp += 3; regs[creg + 1] = p;
          pc = head + 6;
          break;
        } else {
          // A barrier: the body of an atomic group or look-around failed.
          const savedP = st[sp - 4]!;
          const bkind = st[sp - 3]!;
          const cont = st[sp - 2]!;
          barrier = st[sp - 5]!;
          sp -= 5;
          if (bkind === BarrierKind.NotAhead || bkind === BarrierKind.NotBehind) {
            p = savedP;
            pc = cont;
            break;
          }
        }
      }
      ok = true;
    }
    switch (code[pc]) {
      case Op.Success:
        if ((matchAll && p !== end) || (mustAdvance && p === start)) {
          ok = false;
          break;
        }
        return p;
      case Op.Char:
        if (p < end && s[p] === code[pc + 1]) { p++; pc += 2; } else ok = false;
        break;
      case Op.NotChar:
        if (p < end && s[p] !== code[pc + 1]) { p++; pc += 2; } else ok = false;
        break;
      case Op.CharIgn: case Op.NotCharIgn:
        if (p < end && matchOne(code, pc, prog, s[p]!)) { p++; pc += 3 + code[pc + 2]!; } else ok = false;
        break;
      case Op.Set:
        if (p < end && prog.sets[code[pc + 1]!]!.test(s[p]!)) { p++; pc += 2; } else ok = false;
        break;
      case Op.Any:
        if (p < end && s[p] !== 10) { p++; pc += 1; } else ok = false;
        break;
      case Op.AnyAll:
        if (p < end) { p++; pc += 1; } else ok = false;
        break;
      case Op.At:
        if (checkAt(code[pc + 1]!, s, p, end)) pc += 2; else ok = false;
        break;
      case Op.Jmp:
        pc = code[pc + 1]!;
        break;
      case Op.Split:
        st[sp] = code[pc + 2]!; st[sp + 1] = p; st[sp + 2] = K_CHOICE; sp += 3;
        if (regs[RC]! >= 0) sp = pushMarks(st, sp, regs, regs[LM]!);
        pc = code[pc + 1]!;
        break;
      case Op.BranchLast:
        if (regs[RC]! >= 0) sp = pushMarks(st, sp, regs, regs[LM]!);
        pc += 1;
        break;
      case Op.MarkStart: case Op.MarkEnd: {
        const g = code[pc + 1]!;
        const closing = code[pc] === Op.MarkEnd;
        const i = 2 * (g - 1) + (closing ? 1 : 0);
        if (closing) {
          st[sp] = LI; st[sp + 1] = regs[LI]!; st[sp + 2] = K_RESTORE; sp += 3; regs[LI] = g;
        }
        const lastMark = regs[LM]!;
        if (i > lastMark) {
          for (let j = lastMark + 1; j < i; j++) regs[2 + j] = -1;
          st[sp] = LM; st[sp + 1] = lastMark; st[sp + 2] = K_RESTORE; sp += 3; regs[LM] = i;
        }
        regs[2 + i] = p;
        pc += 2;
        break;
      }
      case Op.Ref: case Op.RefIgn: {
        const ign = code[pc] === Op.RefIgn;
        const q = matchRef(prog, s, regs, code[pc + (ign ? 2 : 1)]!, p, end, ign ? code[pc + 1]! : -1);
        if (q < 0) ok = false;
        else { p = q; pc += ign ? 3 : 2; }
        break;
      }
      case Op.GroupExists:
        pc = groupIsSet(prog, regs, code[pc + 1]!) ? pc + 3 : code[pc + 2]!;
        break;
      case Op.RepeatOne: {
        const min = code[pc + 1]!;
        const next = code[pc + 3]!;
        const n = countRun(code, pc + 5, prog, s, p, end, code[pc + 2]!);
        // p > end happens for match(pos > endpos); CPython's single-character repeats then fail.
        if (n < min || p > end) { ok = false; break; }
        const pmin = p + min;
        let pcur = p + n;
        const c = code[pc + 4]!;
        if (c >= 0 && pcur > pmin) {
          while (pcur > pmin && (pcur >= end || s[pcur] !== c)) pcur--;
        }
        if (pcur > pmin) {
          st[sp] = pc; st[sp + 1] = pmin; st[sp + 2] = pcur; st[sp + 3] = K_ONE_GREEDY; sp += 4;
        }
        if (regs[RC]! >= 0) sp = pushMarks(st, sp, regs, regs[LM]!);
        p = pcur;
        pc = next;
        break;
      }
      case Op.RepeatOneLazy: {
        const min = code[pc + 1]!;
        const max = code[pc + 2]!;
        if (p > end || (min > 0 && countRun(code, pc + 5, prog, s, p, end, min) < min)) { ok = false; break; }
        p += min;
        if (max < 0 || min < max) {
          st[sp] = pc; st[sp + 1] = p; st[sp + 2] = min; st[sp + 3] = K_ONE_LAZY; sp += 4;
        }
        if (regs[RC]! >= 0) sp = pushMarks(st, sp, regs, regs[LM]!);
        pc = code[pc + 3]!;
        break;
      }
      case Op.RepeatOnePossessive: {
        const n = countRun(code, pc + 5, prog, s, p, end, code[pc + 2]!);
        if (n < code[pc + 1]! || p > end) { ok = false; break; }
        p += n;
        pc = code[pc + 3]!;
        break;
      }
      case Op.RepeatInit: {
        const r = code[pc + 1]!;
        const creg = prog.repeatBase + 3 * r;
        st[sp] = creg; st[sp + 1] = regs[creg]!; st[sp + 2] = K_RESTORE; sp += 3; regs[creg] = -1;
        st[sp] = creg + 1; st[sp + 1] = regs[creg + 1]!; st[sp + 2] = K_RESTORE; sp += 3; regs[creg + 1] = -1;
        if (code[pc + 2] === 0) {
          st[sp] = creg + 2; st[sp + 1] = regs[creg + 2]!; st[sp + 2] = K_RESTORE; sp += 3; regs[creg + 2] = regs[RC]!;
          st[sp] = RC; st[sp + 1] = regs[RC]!; st[sp + 2] = K_RESTORE; sp += 3; regs[RC] = r;
        }
        pc += 3;
        break;
      }
      case Op.RepeatHead: {
        const creg = prog.repeatBase + 3 * code[pc + 1]!;
        const count = regs[creg]! + 1;
        const max = code[pc + 3]!;
        const exit = code[pc + 5]!;
        if (count < code[pc + 2]!) {
          st[sp] = creg; st[sp + 1] = regs[creg]!; st[sp + 2] = K_RESTORE; sp += 3; regs[creg] = count;
          pc += 6;
          break;
        }
        const more = (max < 0 || count < max) && p !== regs[creg + 1];
        if (code[pc + 4] === 1) {
          if (!more) { pc = exit; break; }
          st[sp] = exit; st[sp + 1] = p; st[sp + 2] = K_CHOICE; sp += 3;
          sp = pushMarks(st, sp, regs, regs[LM]!);
          st[sp] = creg; st[sp + 1] = regs[creg]!; st[sp + 2] = K_RESTORE; sp += 3; regs[creg] = count;
          st[sp] = creg + 1; st[sp + 1] = regs[creg + 1]!; st[sp + 2] = K_RESTORE; sp += 3; regs[creg + 1] = p;
          pc += 6;
        } else {
          if (more) {
            st[sp] = pc; st[sp + 1] = p; st[sp + 2] = count; st[sp + 3] = K_LAZY_ITER; sp += 4;
          }
          if (regs[creg + 2]! >= 0) sp = pushMarks(st, sp, regs, regs[LM]!);
          pc = exit;
        }
        break;
      }
      case Op.RepeatExit: {
        const prev = regs[prog.repeatBase + 3 * code[pc + 1]! + 2]!;
        st[sp] = RC; st[sp + 1] = regs[RC]!; st[sp + 2] = K_RESTORE; sp += 3; regs[RC] = prev;
        pc += 2;
        break;
      }
      case Op.Barrier: {
        const kind = code[pc + 1]!;
        const width = code[pc + 2]!;
        const negative = kind === BarrierKind.NotAhead || kind === BarrierKind.NotBehind;
        if ((kind === BarrierKind.Behind || kind === BarrierKind.NotBehind) && p < width) {
          if (negative) pc = code[pc + 3]!;
          else ok = false;
          break;
        }
        st[sp] = barrier; st[sp + 1] = p; st[sp + 2] = kind; st[sp + 3] = code[pc + 3]!; st[sp + 4] = K_BARRIER;
        barrier = sp;
        sp += 5;
        if (negative && regs[RC]! >= 0) sp = pushMarks(st, sp, regs, regs[LM]!);
        p -= width;
        pc += 4;
        break;
      }
      case Op.Cut: {
        const b = barrier;
        const savedP = st[b + 1]!;
        const kind = st[b + 2]!;
        barrier = st[b]!;
        sp = cutTo(st, b, sp);
        if (kind !== BarrierKind.Atomic) p = savedP;
        pc += 1;
        break;
      }
      case Op.NegEnd: {
        const b = barrier;
        barrier = st[b]!;
        for (let top = sp; top > b + 5; top -= entrySize(st, top)) {
          if (st[top - 1] === K_RESTORE) regs[st[top - 3]!] = st[top - 2]!;
        }
        sp = b;
        ok = false;
        break;
      }
      default:
        throw new Error(`re: bad opcode ${code[pc]} at ${pc}`);
    }
  }
}

/** Removes the barrier at b and every entry above it except the undo records. */
function cutTo(st: Int32Array, b: number, sp: number): number {
  const kept: number[] = [];
  for (let top = sp; top > b + 5; top -= entrySize(st, top)) {
    if (st[top - 1] === K_RESTORE) kept.push(st[top - 3]!, st[top - 2]!);
  }
  let out = b;
  for (let i = kept.length - 2; i >= 0; i -= 2) {
    st[out] = kept[i]!;
    st[out + 1] = kept[i + 1]!;
    st[out + 2] = K_RESTORE;
    out += 3;
  }
  return out;
}
