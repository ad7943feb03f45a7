/**
 * The assembler: a unit's basic-block graph -> a CodeObject.
 *
 * Passes, in order:
 * 1. append the implicit `return None` if the code can fall off its end;
 * 2. reachability from the entry (fall-through, jumps, SETUP_* handler
 *    edges); unreachable blocks are dropped;
 * 3. stack depth of every block (a block reached with two different depths
 *    is a compiler bug), and the maximum;
 * 4. exception handler labelling: each instruction's innermost handler,
 *    from the SETUP_* / POP_BLOCK nesting along every path;
 * 5. line number propagation to artificial instructions;
 * 6. pseudo-instructions and NOPs removed, jumps to the next instruction
 *    removed, directionless jumps turned into their FORWARD / BACKWARD form
 *    with absolute instruction-index arguments;
 * 7. encoding: instruction words, positions, exception table.
 *
 * Invariant on entry (unit.ts): a jump or exit is the last instruction of
 * its block, and `next` chains the blocks in emission order.
 */

import type { CodeObject } from './code.js';
import { EXC_ENTRY_SIZE } from './code.js';
import { ARG_LIMIT, encode, isJump, Op, OP_NAMES, OP_SPECS, stackEffect, stackNeeds } from './opcodes.js';
import {
  ArgumentLimitError, Block, isSetup, JUMP, JUMP_NO_INTERRUPT, POP_BLOCK, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
  POP_JUMP_IF_TRUE, SETUP_CLEANUP, SETUP_WITH, type Instr, type Unit,
} from './unit.js';

const NONE = { kind: 'None' } as const;

export function assemble(u: Unit, addNone: boolean, filename: string, flags: number): CodeObject {
  if (!u.endsWithReturn) {
    u.unsetLoc();
    if (addNone) u.emit(Op.LOAD_CONST, u.addConst(NONE));
    u.emit(Op.RETURN_VALUE);
  }
  let layout = reachableLayout(u.entry);
  computeStackDepths(layout[0]!, u.name);
  labelExceptionHandlers(layout[0]!);
  propagateLineNumbers(layout);
  for (const b of layout) removePseudoAndNops(b);
  for (;;) {
    const removed = removeJumpsToNext(layout);
    const live = liveLayout(layout);
    if (!removed && live.length === layout.length) break;
    layout = live;
  }
  const maxDepth = maxStackDepth(layout);
  const { code, positions, count } = encodeInstructions(layout);
  trimUnusedConsts(u, code);
  return {
    kind: 'code',
    name: u.name,
    qualname: u.qualname || u.name,
    filename,
    firstlineno: u.firstlineno,
    argcount: u.argcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    flags,
    varnames: u.varnames.slice(),
    cellvars: u.cellvars.slice(),
    cell2arg: u.cellvars.map((name) => u.varnames.indexOf(name)),
    freevars: u.freevars.slice(),
    names: u.names.slice(),
    consts: u.consts.slice(),
    docstring: u.docstring,
    code,
    positions,
    exceptionTable: exceptionTable(layout, count),
    stacksize: maxDepth,
  };
}

const NO_SPAN = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };

function spanOf(i: Instr) {
  return { lineno: i.lineno, end_lineno: i.endLineno, col_offset: i.col, end_col_offset: i.endCol };
}

function bug(msg: string): never {
  throw new Error(`compiler bug: ${msg}`);
}

// ---------------------------------------------------------------------------
// 2. Reachability

function reachableLayout(entry: Block): Block[] {
  const stack = [entry];
  entry.reachable = true;
  const reach = (b: Block | null) => {
    if (b === null) return;
    b.predecessors++;
    if (!b.reachable) {
      b.reachable = true;
      stack.push(b);
    }
  };
  while (stack.length) {
    const b = stack.pop()!;
    for (const ins of b.instrs) if (ins.target !== null) reach(ins.target);
    if (b.fallsThrough) {
      if (b.next === null) bug('control falls off the end of the code');
      reach(b.next);
    }
  }
  const layout: Block[] = [];
  for (let b: Block | null = entry; b !== null; b = b.next) if (b.reachable) layout.push(b);
  relink(layout);
  for (const b of layout) {
    for (const ins of b.instrs) if (ins.target !== null && !ins.target.reachable) bug('jump to an unplaced block');
  }
  return layout;
}

// ---------------------------------------------------------------------------
// 3. Stack depths

/** Extra items a SETUP_* handler starts with (beyond the depth at the SETUP). */
function setupPush(op: number): number {
  return op === SETUP_CLEANUP ? 2 : 1;
}

function pseudoEffect(op: number): number {
  return op === POP_JUMP_IF_FALSE || op === POP_JUMP_IF_TRUE || op === POP_JUMP_IF_NONE || op === POP_JUMP_IF_NOT_NONE
    ? -1 : 0;
}

function computeStackDepths(entry: Block, name: string): void {
  let max = 0;
  const work: Block[] = [];
  const push = (b: Block, depth: number) => {
    if (depth < 0) bug(`negative stack depth in ${name}`);
    if (depth > max) max = depth;
    if (b.startDepth < 0) {
      b.startDepth = depth;
      work.push(b);
    } else if (b.startDepth !== depth) {
      bug(`inconsistent stack depth in ${name}: ${b.startDepth} vs ${depth}`);
    }
  };
  push(entry, 0);
  while (work.length) {
    const b = work.pop()!;
    let depth = b.startDepth;
    for (const ins of b.instrs) {
      const op = ins.op;
      if (op < 0) {
        if (isSetup(op)) push(ins.target!, depth + setupPush(op));
        depth += pseudoEffect(op);
        if (ins.target !== null && !isSetup(op)) push(ins.target, depth);
      } else {
        if (depth < stackNeeds(op, ins.arg)) bug(`stack underflow at ${OP_NAMES[op]} in ${name}`);
        if (ins.target !== null) push(ins.target, depth + stackEffect(op, ins.arg, true));
        depth += stackEffect(op, ins.arg, false);
      }
      if (depth > max) max = depth;
    }
    if (b.fallsThrough) push(b.next!, depth);
  }
}

// ---------------------------------------------------------------------------
// 4. Exception handlers

/** An immutable stack of open handlers (shared between paths, never copied). */
interface HandlerStack { handler: Block; below: HandlerStack | null }

/** Assigns every instruction its innermost handler block, walking the CFG with the stack of open SETUPs. */
function labelExceptionHandlers(entry: Block): void {
  const visited = new Set<Block>([entry]);
  const todo: [Block, HandlerStack | null][] = [[entry, null]];
  const visit = (b: Block, stack: HandlerStack | null) => {
    if (visited.has(b)) return;
    visited.add(b);
    todo.push([b, stack]);
  };
  while (todo.length) {
    let [b, stack] = todo.pop()!;
    for (const ins of b.instrs) {
      if (isSetup(ins.op)) {
        visit(ins.target!, stack);
        if (ins.op === SETUP_WITH || ins.op === SETUP_CLEANUP) ins.target!.preserveLasti = true;
        stack = { handler: ins.target!, below: stack };
      } else if (ins.op === POP_BLOCK) {
        if (stack === null) bug('POP_BLOCK without SETUP');
        stack = stack.below;
      } else {
        ins.handler = stack === null ? null : stack.handler;
        if (ins.target !== null) visit(ins.target, stack);
      }
    }
    if (b.fallsThrough) visit(b.next!, stack);
  }
}

// ---------------------------------------------------------------------------
// 5. Line numbers

/** Artificial instructions take the location of the instruction before them on their path. */
function propagateLineNumbers(layout: Block[]): void {
  for (const b of layout) {
    let prev: Instr | null = null;
    for (const ins of b.instrs) {
      if (ins.lineno < 0 && prev !== null) copyLoc(ins, prev);
      else if (ins.lineno >= 0) prev = ins;
    }
    if (prev === null) continue;
    const last = b.last!;
    if (b.fallsThrough && b.next !== null && b.next.predecessors === 1) inheritLoc(b.next, prev);
    if (last.target !== null && !isSetup(last.op) && last.target.predecessors === 1) inheritLoc(last.target, prev);
  }
}

function inheritLoc(b: Block, from: Instr): void {
  const first = b.instrs[0];
  if (first !== undefined && first.lineno < 0) copyLoc(first, from);
}

function copyLoc(to: Instr, from: Instr): void {
  to.lineno = from.lineno;
  to.endLineno = from.endLineno;
  to.col = from.col;
  to.endCol = from.endCol;
}

// ---------------------------------------------------------------------------
// 6. Clean-up

/**
 * Blocks still reachable once handler edges come from the instructions that
 * a handler covers (a SETUP whose range ended up empty leaves a dead handler).
 */
function liveLayout(layout: Block[]): Block[] {
  for (const b of layout) b.reachable = false;
  const entry = layout[0]!;
  entry.reachable = true;
  const stack = [entry];
  const reach = (b: Block | null) => {
    if (b !== null && !b.reachable) {
      b.reachable = true;
      stack.push(b);
    }
  };
  while (stack.length) {
    const b = stack.pop()!;
    for (const ins of b.instrs) {
      reach(ins.target);
      reach(ins.handler);
    }
    if (b.fallsThrough) reach(b.next);
  }
  return relink(layout.filter((b) => b.reachable));
}

/**
 * Makes `next` follow the layout. Only blocks that cannot fall through are
 * followed by removed blocks, so this changes no fall-through edge; it
 * matters once a removed jump makes a block fall through.
 */
function relink(layout: Block[]): Block[] {
  for (let i = 0; i < layout.length; i++) layout[i]!.next = layout[i + 1] ?? null;
  if (layout[layout.length - 1]!.fallsThrough) bug('control falls off the end of the code');
  return layout;
}

/** The deepest stack of the final code: block entry depths (pass 3) plus each instruction's effect. */
function maxStackDepth(layout: Block[]): number {
  let max = 0;
  for (const b of layout) {
    let depth = b.startDepth;
    if (depth > max) max = depth;
    for (const ins of b.instrs) {
      if (ins.target !== null && ins.op >= 0) max = Math.max(max, depth + stackEffect(ins.op, ins.arg, true));
      depth += ins.op >= 0 ? stackEffect(ins.op, ins.arg, false) : pseudoEffect(ins.op);
      if (depth > max) max = depth;
    }
  }
  return max;
}

function removePseudoAndNops(b: Block): void {
  const kept = b.instrs.filter((ins) => ins.op !== Op.NOP && !isSetup(ins.op) && ins.op !== POP_BLOCK);
  b.instrs.length = 0;
  b.instrs.push(...kept);
}

/** The first non-empty block at or after `b` in the layout. */
function resolve(b: Block, index: Map<Block, number>, layout: Block[]): Block | null {
  for (let i = index.get(b)!; i < layout.length; i++) if (layout[i]!.instrs.length) return layout[i]!;
  return null;
}

/** Removes unconditional jumps to the next instruction; returns whether it removed any. */
function removeJumpsToNext(layout: Block[]): boolean {
  const index = new Map(layout.map((b, i) => [b, i]));
  let changed = true;
  let removed = false;
  while (changed) {
    changed = false;
    for (let i = 0; i < layout.length; i++) {
      const b = layout[i]!;
      const last = b.last;
      if (last === undefined || (last.op !== JUMP && last.op !== JUMP_NO_INTERRUPT)) continue;
      const next = i + 1 < layout.length ? resolve(layout[i + 1]!, index, layout) : null;
      if (next !== null && resolve(last.target!, index, layout) === next) {
        b.instrs.pop();
        changed = removed = true;
      }
    }
  }
  return removed;
}

/** Drops constants after the last one the code uses (only dead code referred to them), as CPython 3.11. */
function trimUnusedConsts(u: Unit, code: Int32Array): void {
  let maxUsed = -1;
  for (let i = 0; i < code.length; i++) {
    const w = code[i]!;
    if (OP_SPECS[w & 0xff]!.operand === 'const') maxUsed = Math.max(maxUsed, w >>> 8);
  }
  u.consts.length = maxUsed + 1;
}

// ---------------------------------------------------------------------------
// 7. Encoding

const DIRECTED: Record<number, readonly [number, number]> = {
  [JUMP]: [Op.JUMP_FORWARD, Op.JUMP_BACKWARD],
  [JUMP_NO_INTERRUPT]: [Op.JUMP_FORWARD, Op.JUMP_BACKWARD_NO_INTERRUPT],
  [POP_JUMP_IF_FALSE]: [Op.POP_JUMP_FORWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_FALSE],
  [POP_JUMP_IF_TRUE]: [Op.POP_JUMP_FORWARD_IF_TRUE, Op.POP_JUMP_BACKWARD_IF_TRUE],
  [POP_JUMP_IF_NONE]: [Op.POP_JUMP_FORWARD_IF_NONE, Op.POP_JUMP_BACKWARD_IF_NONE],
  [POP_JUMP_IF_NOT_NONE]: [Op.POP_JUMP_FORWARD_IF_NOT_NONE, Op.POP_JUMP_BACKWARD_IF_NOT_NONE],
};

function encodeInstructions(layout: Block[]): { code: Int32Array; positions: Int32Array; count: number } {
  let count = 0;
  for (const b of layout) {
    b.offset = count;
    count += b.instrs.length;
  }
  if (count >= ARG_LIMIT) throw new ArgumentLimitError(Op.JUMP_FORWARD, layout[0]!.instrs[0] ? spanOf(layout[0]!.instrs[0]) : NO_SPAN);
  const code = new Int32Array(count);
  const positions = new Int32Array(count * 4);
  let i = 0;
  for (const b of layout) {
    for (const ins of b.instrs) {
      let op = ins.op, arg = ins.arg;
      if (ins.target !== null) {
        arg = ins.target.offset;
        const backward = arg <= i;
        if (op < 0) op = DIRECTED[op]![backward ? 1 : 0];
        else if (backward !== (OP_SPECS[op]!.operand === 'jump-backward')) bug(`${op} jumps the wrong way`);
      } else if (op < 0 || isJump(op)) {
        bug('jump without a target');
      }
      code[i] = encode(op, arg);
      positions[4 * i] = ins.lineno;
      positions[4 * i + 1] = ins.endLineno;
      positions[4 * i + 2] = ins.col;
      positions[4 * i + 3] = ins.endCol;
      i++;
    }
  }
  return { code, positions, count };
}

function exceptionTable(layout: Block[], count: number): Int32Array {
  const entries: number[] = [];
  let handler: Block | null = null;
  let start = 0;
  let i = 0;
  const close = (end: number) => {
    if (handler === null) return;
    const depth = handler.startDepth - 1 - (handler.preserveLasti ? 1 : 0);
    if (depth < 0) bug('exception handler with negative depth');
    entries.push(start, end, handler.offset, depth, handler.preserveLasti ? 1 : 0);
  };
  for (const b of layout) {
    for (const ins of b.instrs) {
      if (ins.handler !== handler) {
        close(i);
        start = i;
        handler = ins.handler;
      }
      i++;
    }
  }
  close(count);
  if (entries.length % EXC_ENTRY_SIZE !== 0) bug('exception table');
  return Int32Array.from(entries);
}

