/**
 * Test oracle for symbol tables: CPython's own tables (from
 * `symtable_oracle.py`) and a comparison with pystm's.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Mod } from '../../vm/syntax/ast.js';
import { futureFeatures } from '../../vm/compiler/future.js';
import { buildSymbolTable, type Scope } from '../../vm/compiler/symtable.js';
import { PySyntaxError } from '../../vm/syntax/errors.js';

const SCRIPT = fileURLToPath(new URL('./symtable_oracle.py', import.meta.url));

export interface CTable {
  type: number;
  name: string;
  lineno: number;
  nested: number;
  varnames: string[];
  symbols: Record<string, number>;
  children: CTable[];
}
export interface CError { kind: string; msg: string; lineno?: number; offset?: number; end_lineno?: number; end_offset?: number }
export type COracle = CTable | { error: CError };

/** CPython's symbol tables for files. */
export function cpythonSymtables(paths: string[]): COracle[] {
  return parseLines(execFileSync('python3', [SCRIPT, ...paths], { encoding: 'utf8', maxBuffer: 1 << 30 }));
}

/** CPython's symbol tables for sources given as [name, text]. */
export function cpythonSymtablesOf(items: [string, string][]): COracle[] {
  const out = execFileSync('python3', [SCRIPT, '--stdin'], {
    encoding: 'utf8', maxBuffer: 1 << 30, input: JSON.stringify(items),
  });
  return parseLines(out);
}

function parseLines(out: string): COracle[] {
  return out.trimEnd().split('\n').map((l) => JSON.parse(l) as COracle);
}

/** pystm's tables in CPython's oracle format (or the error it raised). */
export function ourSymtable(tree: Mod, filename: string, source?: string): COracle {
  const ctx = { filename, source };
  try {
    const ff = futureFeatures(tree, ctx);
    return dump(buildSymbolTable(tree, ff, ctx).top);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { error: { kind: e.kind, msg: e.msg, lineno: e.lineno ?? undefined, offset: e.offset ?? undefined,
      end_lineno: e.end_lineno ?? undefined, end_offset: e.end_offset ?? undefined } };
  }
}

function dump(s: Scope): CTable {
  return {
    type: s.type, name: s.name, lineno: s.span.lineno, nested: s.nested ? 1 : 0, varnames: [...s.varnames],
    symbols: Object.fromEntries(s.symbols), children: s.children.map(dump),
  };
}

/** The first difference between two oracle documents, or null. */
export function diffSymtables(ours: COracle, theirs: COracle, path = 'top'): string | null {
  if ('error' in theirs || 'error' in ours) {
    const a = JSON.stringify('error' in ours ? ours.error : 'tables');
    const b = JSON.stringify('error' in theirs ? theirs.error : 'tables');
    if (!('error' in ours) || !('error' in theirs)) return `${path}: ours ${a.slice(0, 200)} vs cpython ${b.slice(0, 200)}`;
    const e1 = ours.error, e2 = theirs.error;
    const eq = (x: unknown, y: unknown) => (x ?? null) === (y ?? null);
    const same = e1.msg === e2.msg && eq(e1.lineno, e2.lineno) && eq(e1.offset, e2.offset) &&
      eq(e1.end_lineno, e2.end_lineno) && eq(e1.end_offset, e2.end_offset);
    return same ? null : `${path}: error ${a} vs ${b}`;
  }
  for (const k of ['type', 'name', 'lineno', 'nested'] as const) {
    if (ours[k] !== theirs[k]) return `${path}: ${k} ${ours[k]} vs ${theirs[k]}`;
  }
  if (ours.varnames.join(',') !== theirs.varnames.join(',')) return `${path}: varnames ${ours.varnames} vs ${theirs.varnames}`;
  const names = new Set([...Object.keys(ours.symbols), ...Object.keys(theirs.symbols)]);
  for (const n of names) {
    if (ours.symbols[n] !== theirs.symbols[n]) return `${path}: symbol ${n}: ${ours.symbols[n]} vs ${theirs.symbols[n]}`;
  }
  if (ours.children.length !== theirs.children.length) {
    return `${path}: ${ours.children.length} children vs ${theirs.children.length}`;
  }
  for (let i = 0; i < ours.children.length; i++) {
    const d = diffSymtables(ours.children[i]!, theirs.children[i]!, `${path}/${theirs.children[i]!.name}@${theirs.children[i]!.lineno}`);
    if (d) return d;
  }
  return null;
}
