/**
 * Runs a Python program in-process (front end + runtime) with the command
 * line's stdout/stderr writes captured: for interpreter unit tests.
 */
import { vi } from 'vitest';
import * as output from '../../cli/output.js';
import { parse } from '../../vm/syntax/parse.js';
import { compile } from '../../vm/compiler/compile.js';
import { runProgram } from '../../scheduler/run.js';

export function runInProcess(source: string, options: { scheduleSeed?: number } = {}): { out: string; err: string; status: number } {
  let out = '', err = '';
  const o = vi.spyOn(output, 'writeOut').mockImplementation((t: string) => { out += t; });
  const e = vi.spyOn(output, 'writeErr').mockImplementation((t: string) => { err += t; });
  try {
    const code = compile(parse(source, '<test>', 'exec'), { filename: '<test>', mode: 'exec', source });
    const status = runProgram(code, { argv: ['<test>'], heapBytes: 64 << 20, sourceText: source, scheduleSeed: options.scheduleSeed ?? null });
    return { out, err, status };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
