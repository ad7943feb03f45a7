/**
 * Test oracle for the compiler: CPython's compile() of the same sources
 * (`compiler_oracle.py`), as code-object facts or SyntaxError fields, and a
 * comparison with pystm's output.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpythonParse, type CPythonParse } from './cpython-ast.js';
import type { Mod } from '../../vm/syntax/ast.js';
import { isCode, type CodeObject } from '../../vm/compiler/code.js';
import { compile, type CompileOptions } from '../../vm/compiler/compile.js';
import { PySyntaxError } from '../../vm/syntax/errors.js';

const SCRIPT = fileURLToPath(new URL('./compiler_oracle.py', import.meta.url));
const AST_SCRIPT = fileURLToPath(new URL('./cpython_ast.py', import.meta.url));

export interface CCode {
  name: string;
  qualname: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  names: string[];
  children: CCode[];
}
export interface CError {
  kind: string; msg: string; lineno?: number | null; offset?: number | null;
  end_lineno?: number | null; end_offset?: number | null; text?: string | null;
}
export type CCompile = { code: CCode } | { error: CError };

export function cpythonCompile(paths: string[], mode = 'exec'): CCompile[] {
  const out = execFileSync('python3', [SCRIPT, '--mode', mode, ...paths], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return out.trimEnd().split('\n').map((l) => JSON.parse(l) as CCompile);
}

export function cpythonCompileOf(items: [string, string, string][]): CCompile[] {
  const out = execFileSync('python3', [SCRIPT, '--stdin'], { encoding: 'utf8', maxBuffer: 1 << 30, input: JSON.stringify(items) });
  return out.trimEnd().split('\n').map((l) => JSON.parse(l) as CCompile);
}

export function describe(co: CodeObject): CCode {
  return {
    name: co.name, qualname: co.qualname, firstlineno: co.firstlineno, argcount: co.argcount,
    posonlyargcount: co.posonlyargcount, kwonlyargcount: co.kwonlyargcount, flags: co.flags,
    varnames: co.varnames, cellvars: co.cellvars, freevars: co.freevars, names: co.names,
    children: co.consts.filter(isCode).map(describe),
  };
}

/** pystm's compile of a tree, in the oracle's format. */
export function ourCompile(tree: Mod, options: CompileOptions): CCompile & { codeObject?: CodeObject } {
  try {
    const co = compile(tree, options);
    return { code: describe(co), codeObject: co };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { error: { kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno,
      end_offset: e.end_offset, text: e.text } };
  }
}

const eq = (x: unknown, y: unknown) => (x ?? null) === (y ?? null);

export function diffErrors(a: CError, b: CError): string | null {
  for (const k of ['kind', 'msg', 'lineno', 'offset', 'end_lineno', 'end_offset', 'text'] as const) {
    if (!eq(a[k], b[k])) return `error ${k}: ${JSON.stringify(a[k])} vs ${JSON.stringify(b[k])} (${a.msg} / ${b.msg})`;
  }
  return null;
}

/** The first difference between our result and CPython's, or null. `names` compares co_names exactly. */
export function diffCompile(ours: CCompile, theirs: CCompile, opts: { names?: boolean } = {}): string | null {
  if ('error' in ours || 'error' in theirs) {
    if ('error' in ours && 'error' in theirs) return diffErrors(ours.error, theirs.error);
    if ('error' in ours) return `we raise ${ours.error.msg} at ${ours.error.lineno}, CPython compiles`;
    return `CPython raises ${(theirs as { error: CError }).error.msg} at line ${(theirs as { error: CError }).error.lineno}, we compile`;
  }
  return diffCode(ours.code, theirs.code, theirs.code.qualname, opts);
}

function diffCode(a: CCode, b: CCode, path: string, opts: { names?: boolean }): string | null {
  const scalar = ['name', 'qualname', 'firstlineno', 'argcount', 'posonlyargcount', 'kwonlyargcount', 'flags'] as const;
  for (const k of scalar) if (a[k] !== b[k]) return `${path}: ${k} ${a[k]} vs ${b[k]}`;
  if (a.varnames.join() !== b.varnames.join()) return `${path}: varnames ${a.varnames} vs ${b.varnames}`;
  if ([...a.cellvars].sort().join() !== [...b.cellvars].sort().join()) return `${path}: cellvars ${a.cellvars} vs ${b.cellvars}`;
  if (a.freevars.join() !== b.freevars.join()) return `${path}: freevars ${a.freevars} vs ${b.freevars}`;
  if (opts.names && a.names.join() !== b.names.join()) return `${path}: names ${a.names} vs ${b.names}`;
  if (a.children.length !== b.children.length) return `${path}: ${a.children.length} nested code objects vs ${b.children.length}`;
  for (let i = 0; i < a.children.length; i++) {
    const d = diffCode(a.children[i]!, b.children[i]!, `${path}/${b.children[i]!.qualname}`, opts);
    if (d) return d;
  }
  return null;
}

/**
 * Compiles each source with CPython and with pystm (from CPython's tree) and
 * returns, per source, the first difference (null if none). Sources CPython
 * cannot parse are reported as 'unparsable'. Files are written to a
 * temporary directory so that SyntaxError.text is read back as for scripts.
 */
export function compareSources(sources: string[], mode: 'exec' | 'eval' | 'single' = 'exec',
  opts: { names?: boolean } = {}): (string | null)[] {
  const dir = mkdtempSync(join(tmpdir(), 'pystm-compiler-'));
  try {
    const paths = sources.map((src, i) => {
      const p = join(dir, `case${i}.py`);
      writeFileSync(p, src);
      return p;
    });
    const trees = cpythonParseMode(paths, mode);
    const theirs = cpythonCompile(paths, mode);
    return paths.map((p, i) => {
      const t = trees[i]!;
      if ('error' in t) return 'unparsable';
      return diffCompile(ourCompile(t.tree, { filename: p, mode, source: sources[i] }), theirs[i]!, opts);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CPython's trees for a compile mode (cpython-ast.ts only parses 'exec'). */
function cpythonParseMode(paths: string[], mode: string): CPythonParse[] {
  if (mode === 'exec') return cpythonParse(paths);
  const script = `
import ast, json, sys
sys.path.insert(0, ${JSON.stringify(dirname(AST_SCRIPT))})
import cpython_ast
for p in sys.argv[1:]:
    try:
        doc = cpython_ast.convert(ast.parse(open(p, 'rb').read(), p, ${JSON.stringify(mode)}))
    except SyntaxError as e:
        doc = {"error": {"kind": type(e).__name__, "msg": e.msg}}
    print(json.dumps(doc))
`;
  const out = execFileSync('python3', ['-c', script, ...paths], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const docs = out.trimEnd().split('\n');
  // Reuse cpython-ast.ts's reviver by round-tripping through a file per document.
  return docs.map((d) => reviveTree(d));
}

function reviveTree(line: string): CPythonParse {
  const doc = JSON.parse(line);
  return doc.error ? { error: doc.error } : { tree: reviveNode(doc) as Mod };
}

/** JSON constants back to PyConstants (as cpython-ast.ts does for 'exec' trees). */
function reviveNode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reviveNode);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) {
    out[k] = k === 'value' && (o._type === 'Constant' || o._type === 'MatchSingleton') ? reviveConst(x as Record<string, unknown>) : reviveNode(x);
  }
  return out;
}

function reviveConst(c: Record<string, unknown>): unknown {
  const num = (x: unknown) => (typeof x === 'number' ? x : x === 'inf' ? Infinity : x === '-inf' ? -Infinity : NaN);
  switch (c.kind) {
    case 'int': return { kind: 'int', value: BigInt(c.value as string) };
    case 'float': return { kind: 'float', value: num(c.value) };
    case 'complex': return { kind: 'complex', real: num(c.real), imag: num(c.imag) };
    case 'bytes': return { kind: 'bytes', value: Uint8Array.from(Buffer.from(c.value as string, 'hex')) };
    default: return c;
  }
}
