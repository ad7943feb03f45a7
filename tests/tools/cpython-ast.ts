/**
 * Test oracle: CPython's own AST for Python files, in pystm's node format
 * (see vm/syntax/ast.ts), produced by `cpython_ast.py` running in `python3`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Mod, PyConstant } from '../../vm/syntax/ast.js';

const SCRIPT = fileURLToPath(new URL('./cpython_ast.py', import.meta.url));

export interface CPythonSyntaxError {
  kind: string;
  msg: string;
  lineno?: number | null;
  offset?: number | null;
  end_lineno?: number | null;
  end_offset?: number | null;
  text?: string | null;
}

export type CPythonParse = { tree: Mod } | { error: CPythonSyntaxError };

/** Parses each file with CPython's `ast.parse` (one python3 process for all). */
export function cpythonParse(paths: string[]): CPythonParse[] {
  const out = execFileSync('python3', [SCRIPT, ...paths], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return out.trimEnd().split('\n').map((line) => {
    const doc = JSON.parse(line);
    return doc.error ? { error: doc.error } : { tree: revive(doc) as Mod };
  });
}

/** Turns the JSON constants back into `PyConstant`s (bigints, bytes, inf/nan). */
function revive(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(revive);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (o._type === 'Constant' || o._type === 'MatchSingleton') {
    const rest = Object.fromEntries(Object.entries(o).map(([k, x]) => [k, k === 'value' ? x : revive(x)]));
    rest.value = constant(o.value as Record<string, unknown>);
    return rest;
  }
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, revive(x)]));
}

function constant(c: Record<string, unknown>): PyConstant {
  switch (c.kind) {
    case 'int': return { kind: 'int', value: BigInt(c.value as string) };
    case 'float': return { kind: 'float', value: num(c.value) };
    case 'complex': return { kind: 'complex', real: num(c.real), imag: num(c.imag) };
    case 'bytes': return { kind: 'bytes', value: Uint8Array.from(Buffer.from(c.value as string, 'hex')) };
    case 'str': return c.codePoints === undefined
      ? { kind: 'str', value: c.value as string }
      : { kind: 'str', value: c.value as string, codePoints: Uint32Array.from(c.codePoints as number[]) };
    default: return c as PyConstant;
  }
}

function num(x: unknown): number {
  if (typeof x === 'number') return x;
  return x === 'inf' ? Infinity : x === '-inf' ? -Infinity : NaN;
}
