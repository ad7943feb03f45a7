/**
 * The bytecode verifier: checks the invariants the interpreter and the JIT
 * rely on, for a code object and every code object in its consts.
 *
 * Checked, independently of how the compiler produced the code:
 * - shapes: positions has 4 words per instruction, the exception table 5
 *   per entry, cell2arg one per cellvar (each -1 or a parameter index);
 * - every opcode exists; every argument is in range for its operand kind
 *   (const / name / local / cell indices, jump targets in range and in the
 *   direction their opcode says, flag values);
 * - exception table entries are well formed (start < end <= length, sorted,
 *   non-overlapping, handler in range, lasti 0 or 1);
 * - stack depth: walking every path from instruction 0 (fall-through,
 *   jumps, and the handler edge of every instruction an entry covers), each
 *   instruction is reached with one depth only, never reads below the
 *   bottom of the stack, a handler's depth is <= the depth of every
 *   instruction it covers, nothing flows past the last instruction, and the
 *   deepest point equals `stacksize`.
 *
 * Returns a list of problems (empty when the code is valid).
 */

import { EXC_ENTRY_SIZE, exceptionEntries, isCode, type CodeObject, type ExceptionEntry } from './code.js';
import { argOf, opcodeOf, OP_NAMES, OP_SPECS, stackEffect, stackNeeds } from './opcodes.js';

export function verify(code: CodeObject): string[] {
  const problems: string[] = [];
  verifyOne(code, problems);
  for (const c of code.consts) if (isCode(c)) problems.push(...verify(c));
  return problems;
}

/** Throws if `code` (or a nested code object) is invalid. */
export function assertValid(code: CodeObject): void {
  const problems = verify(code);
  if (problems.length) throw new Error(`invalid bytecode:\n  ${problems.slice(0, 20).join('\n  ')}`);
}

function verifyOne(code: CodeObject, problems: string[]): void {
  const where = `${code.qualname} (${code.filename}:${code.firstlineno})`;
  const report = (msg: string) => problems.push(`${where}: ${msg}`);
  const n = code.code.length;
  if (code.positions.length !== 4 * n) report('positions length');
  if (code.exceptionTable.length % EXC_ENTRY_SIZE !== 0) report('exception table length');
  if (code.cell2arg.length !== code.cellvars.length) report('cell2arg length');
  code.cell2arg.forEach((a, i) => {
    if (a !== -1 && (a < 0 || a >= code.argcount + code.kwonlyargcount + varargCount(code))) report(`cell2arg[${i}] = ${a}`);
  });
  if (n === 0) report('empty code');
  let operandsOk = true;
  for (let i = 0; i < n; i++) {
    const msg = checkOperand(code, i);
    if (msg !== null) {
      report(`instruction ${i}: ${msg}`);
      operandsOk = false;
    }
  }
  const entries = exceptionEntries(code);
  const tableOk = checkTable(entries, n, report);
  if (operandsOk && tableOk) checkStack(code, entries, report);
}

function varargCount(code: CodeObject): number {
  return (code.flags & 0x4 ? 1 : 0) + (code.flags & 0x8 ? 1 : 0);
}

function checkOperand(code: CodeObject, i: number): string | null {
  const word = code.code[i]!;
  const op = opcodeOf(word), arg = argOf(word);
  const spec = OP_SPECS[op];
  if (spec === undefined) return `unknown opcode ${op}`;
  const name = OP_NAMES[op];
  const inRange = (limit: number, what: string) => (arg < limit ? null : `${name} ${arg}: ${what} index out of range`);
  switch (spec.operand) {
    case 'none': return arg === 0 ? null : `${name} takes no argument`;
    case 'const': return inRange(code.consts.length, 'const');
    case 'name': return inRange(code.names.length, 'name');
    case 'local': return inRange(code.varnames.length, 'local');
    case 'cell': return inRange(code.cellvars.length + code.freevars.length, 'cell');
    case 'jump-forward': return arg > i && arg < code.code.length ? null : `${name} ${arg}: bad forward target`;
    case 'jump-backward': return arg <= i ? null : `${name} ${arg}: bad backward target`;
    case 'count': return null;
    case 'depth': return arg >= (name === 'SWAP' ? 2 : 1) ? null : `${name} ${arg}: bad depth`;
    case 'make-function': return arg < 16 ? null : `${name} ${arg}: bad flags`;
    case 'format': return arg < 8 ? null : `${name} ${arg}: bad flags`;
    case 'call-ex': return arg < 2 ? null : `${name} ${arg}: bad flags`;
    case 'unpack-ex': return null;
    case 'yield': return arg < 3 ? null : `${name} ${arg}: bad kind`;
    case 'awaitable': return arg < 3 ? null : `${name} ${arg}: bad kind`;
    case 'reraise': return null;
  }
}

function checkTable(entries: ExceptionEntry[], n: number, report: (m: string) => void): boolean {
  let prevEnd = 0;
  let ok = true;
  for (const e of entries) {
    const bad = (m: string) => {
      report(`exception entry ${e.start}-${e.end}: ${m}`);
      ok = false;
    };
    if (!(e.start >= prevEnd && e.start < e.end && e.end <= n)) bad('bad range');
    if (!(e.handler >= 0 && e.handler < n)) bad('bad handler');
    if (e.depth < 0) bad('negative depth');
    prevEnd = e.end;
  }
  return ok;
}

/** The entry covering instruction i, or null. */
function handlerAt(entries: ExceptionEntry[], i: number): ExceptionEntry | null {
  let lo = 0, hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = entries[mid]!;
    if (i < e.start) hi = mid - 1;
    else if (i >= e.end) lo = mid + 1;
    else return e;
  }
  return null;
}

function checkStack(code: CodeObject, entries: ExceptionEntry[], report: (m: string) => void): void {
  const n = code.code.length;
  const depthAt = new Int32Array(n).fill(-1);
  const work: number[] = [];
  let max = 0;
  let failed = false;
  const reach = (target: number, depth: number, from: number) => {
    if (target >= n) {
      report(`instruction ${from}: control flows past the end`);
      failed = true;
      return;
    }
    if (depth > max) max = depth;
    if (depthAt[target] === -1) {
      depthAt[target] = depth;
      work.push(target);
    } else if (depthAt[target] !== depth) {
      report(`instruction ${target}: reached with depths ${depthAt[target]} and ${depth}`);
      failed = true;
    }
  };
  reach(0, 0, 0);
  while (work.length && !failed) {
    const i = work.pop()!;
    const depth = depthAt[i]!;
    const op = opcodeOf(code.code[i]!), arg = argOf(code.code[i]!);
    const spec = OP_SPECS[op]!;
    if (depth < stackNeeds(op, arg)) {
      report(`instruction ${i}: ${OP_NAMES[op]} needs ${stackNeeds(op, arg)} items, stack has ${depth}`);
      failed = true;
      break;
    }
    const h = handlerAt(entries, i);
    if (h !== null) {
      if (h.depth > depth) report(`instruction ${i}: handler depth ${h.depth} above stack depth ${depth}`);
      reach(h.handler, h.depth + (h.lasti ? 1 : 0) + 1, i);
    }
    if (spec.flow === 'jump' || spec.flow === 'branch') reach(arg, depth + stackEffect(op, arg, true), i);
    if (spec.flow === 'next' || spec.flow === 'branch') reach(i + 1, depth + stackEffect(op, arg, false), i);
  }
  if (!failed && max !== code.stacksize) report(`stacksize ${code.stacksize}, but the deepest stack is ${max}`);
}
