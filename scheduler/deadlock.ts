/**
 * Deadlock reports: when every thread is blocked and none has a time limit,
 * nothing can ever wake them (a pool of one worker runs every thread, and no
 * I/O wakes a thread yet), so instead of hanging as CPython would, pystm
 * prints each thread's Python stack, innermost call last as in tracebacks,
 * and exits with status 1.
 */
import { load } from '../gc/heap.js';
import { F_BACK, F_CODE, F_PC } from '../gc/frames.js';
import { THREAD } from '../vm/objects/core.js';
import { codeInfo } from '../vm/interp/code.js';
import { sourceLine } from '../vm/runtime/traceback.js';
import { writeToStream } from '../vm/modules/sys-streams.js';
import { allThreads, threadName } from './threads.js';

export function reportDeadlock(): number {
  const out = ['pystm: deadlock: every thread is blocked and none can wake another\n'];
  for (const t of allThreads()) {
    const ident = load(t + THREAD.IDENT);
    const name = threadName(t);
    out.push(`Thread ${ident}${name ? ` (${name})` : ''}, most recent call last:\n`);
    out.push(...stackLines(t));
  }
  writeToStream('stderr', out.join(''));
  return 1;
}

function stackLines(t: number): string[] {
  const lines: string[] = [];
  let top = true;
  for (let fp = load(t + THREAD.FP); fp; fp = load(fp + F_BACK)) {
    const ci = codeInfo(load(fp + F_CODE));
    const pc = Math.max(0, load(fp + F_PC) - (top ? 0 : 1));
    const line = ci.positions[pc * 4] ?? -1;
    const text = sourceLine(ci.filename, line);
    lines.unshift(`  File "${ci.filename}", line ${line}, in ${ci.name}\n${text ? `    ${text.trim()}\n` : ''}`);
    top = false;
  }
  return lines;
}
