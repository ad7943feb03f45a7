/**
 * Dynamic execution and frame introspection builtins: `compile`, `exec`,
 * `eval`, `locals`, `vars`, `dir` and `globals`
 * (https://docs.python.org/3.11/library/functions.html#exec).
 *
 * Model: source text goes through the same front end as files (parse ->
 * compile -> `codeToHeap`); the code object runs in a fresh entry frame
 * (`runCode`) whose globals are the given dict (`__builtins__` added if
 * missing, as CPython) and whose locals are the given mapping. Without
 * dicts, exec/eval use the calling frame's globals and its locals: the
 * namespace dict of a module or class body, or, in a function, a snapshot
 * dict of its fast locals (so assignments made by exec do not reach the
 * function's variables, as in CPython 3.11). The front end's PySyntaxError
 * becomes a Python SyntaxError with msg / filename / lineno / offset /
 * text / end_lineno / end_offset.
 */
import { load, store } from '../../gc/heap.js';
import { F_CODE, F_GLOBALS, F_LOCALS, FRAME_HEADER } from '../../gc/frames.js';
import { CELL_CONTENTS, CODE, K, MODULE_DICT, OBJ_DICT, PyRaise, raise, small, T, TYPE, typeOf } from '../objects/core.js';
import { dictGetStr, dictKeys, dictSet, newDict } from '../objects/dict.js';
import { callObject, getAttrOrZero, isTrue, toArray, typeNameOf } from '../objects/protocol.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { newList } from '../objects/list.js';
import { newException } from '../objects/exceptions.js';
import { bufferOf } from '../objects/bytes.js';
import { isSubtype, isType, typeLookup } from '../objects/type.js';
import { parse } from '../syntax/parse.js';
import { PySyntaxError } from '../syntax/errors.js';
import { compile as compileTree } from '../compiler/compile.js';
import { codeInfo, codeToHeap } from './code.js';
import { currentFrame, runCode } from './loop.js';

type Mode = 'exec' | 'eval' | 'single';

function isStrValue(v: number): boolean {
  return !(v & 1) && (typeOf(v) === T.str || isSubtype(typeOf(v), T.str));
}

/** A Python SyntaxError (or subclass) for a front-end error. */
export function syntaxErrorFrom(e: PySyntaxError): number {
  const kind = e.kind === 'IndentationError' ? T.IndentationError : e.kind === 'TabError' ? T.TabError
    : e.kind === 'RecursionError' ? T.RecursionError : e.kind === 'MemoryError' ? T.MemoryError : T.SyntaxError;
  const opt = (v: number | null): number => (v === null ? K.None : small(v));
  const text = e.text === null ? K.None : newStr(e.text);
  const filename = e.filename === null ? K.None : newStr(e.filename);
  const details = newTuple([filename, opt(e.lineno), opt(e.offset), text, opt(e.end_lineno), opt(e.end_offset)]);
  const exc = newException(kind, newTuple(kind === T.RecursionError || kind === T.MemoryError ? [newStr(e.msg)] : [newStr(e.msg), details]));
  if (kind !== T.RecursionError && kind !== T.MemoryError) {
    const d = newDict();
    store(exc + OBJ_DICT, d);
    const put = (k: string, v: number): void => dictSet(d, intern(k), v);
    put('msg', newStr(e.msg));
    put('filename', filename);
    put('lineno', opt(e.lineno));
    put('offset', opt(e.offset));
    put('text', text);
    put('end_lineno', opt(e.end_lineno));
    put('end_offset', opt(e.end_offset));
    put('print_file_and_line', K.None);
  }
  return exc;
}

/** Source text of a str / bytes-like argument, or null. */
function sourceText(v: number): string | null {
  if (isStrValue(v)) return jsString(v);
  const b = bufferOf(v);
  if (b) return new TextDecoder('utf-8').decode(b);
  return null;
}

/** Compiles source text to a heap code object; raises SyntaxError. */
export function compileSource(text: string, filename: string, mode: Mode): number {
  if (text.includes('\0')) throw raise(T.SyntaxError, 'source code string cannot contain null bytes');
  try {
    const tree = parse(text, filename, mode);
    return codeToHeap(compileTree(tree, { filename, mode }));
  } catch (e) {
    if (e instanceof PySyntaxError) throw new PyRaise(syntaxErrorFrom(e));
    throw e;
  }
}

function kwOrPos(a: number[], kw: readonly string[] | null, pos: number, name: string): number | undefined {
  const nkw = kw ? kw.length : 0;
  if (kw) {
    const i = kw.indexOf(name);
    if (i >= 0) return a[a.length - nkw + i];
  }
  return pos < a.length - nkw ? a[pos] : undefined;
}

/** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1). */
export function builtinCompile(a: number[], kw: readonly string[] | null): number {
  const src = kwOrPos(a, kw, 0, 'source'), fn = kwOrPos(a, kw, 1, 'filename'), mode = kwOrPos(a, kw, 2, 'mode');
  if (src === undefined) throw raise(T.TypeError, "compile() missing required argument 'source' (pos 1)");
  if (fn === undefined) throw raise(T.TypeError, "compile() missing required argument 'filename' (pos 2)");
  if (mode === undefined) throw raise(T.TypeError, "compile() missing required argument 'mode' (pos 3)");
  if (!isStrValue(mode)) throw raise(T.TypeError, `compile() argument 'mode' must be str, not ${typeNameOf(mode)}`);
  const m = jsString(mode);
  if (m !== 'exec' && m !== 'eval' && m !== 'single') throw raise(T.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  if (!(src & 1) && typeOf(src) === T.code) return src;
  const text = sourceText(src);
  if (text === null) throw raise(T.TypeError, 'compile() arg 1 must be a string, bytes or AST object');
  const filename = isStrValue(fn) ? jsString(fn) : bufferOf(fn) ? new TextDecoder().decode(bufferOf(fn)!) : null;
  if (filename === null) throw raise(T.TypeError, `compile() argument 'filename' must be str, bytes or os.PathLike, not ${typeNameOf(fn)}`);
  return compileSource(text, filename, m);
}

/** The calling frame's locals as a mapping (a snapshot dict inside a function). */
export function frameLocals(fp: number): number {
  const loc = load(fp + F_LOCALS);
  if (loc) return loc;
  const ci = codeInfo(load(fp + F_CODE));
  const d = newDict();
  const names = [...ci.varnames, ...ci.cellvars, ...ci.freevars];
  for (let i = 0; i < ci.nlocalsplus && i < names.length; i++) {
    let v = load(fp + FRAME_HEADER + i);
    if (v && !(v & 1) && load(v) === T.cell && (i >= ci.nvarnames || ci.cellvars.includes(names[i]!))) v = load(v + CELL_CONTENTS);
    if (v) dictSet(d, intern(names[i]!), v);
  }
  return d;
}

/** getattr(o, name) or 0 when it raises AttributeError. */
function attrOrZero(o: number, name: string): number {
  try {
    return getAttrOrZero(o, intern(name));
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), T.AttributeError)) return 0;
    throw e;
  }
}

function callerGlobals(): number {
  return load(currentFrame() + F_GLOBALS);
}

function checkGlobals(fname: string, g: number): void {
  if (typeOf(g) !== T.dict && !isSubtype(typeOf(g), T.dict)) {
    if (fname === 'exec') throw raise(T.TypeError, `exec() globals must be a dict, not ${typeNameOf(g)}`);
    throw raise(T.TypeError, isMapping(g) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
  }
}

function isMapping(v: number): boolean {
  return !(v & 1) && getAttrOrZero(typeOf(v), intern('__getitem__')) !== 0;
}

/** exec / eval: resolve the namespaces, compile if needed, run. */
function execOrEval(fname: 'exec' | 'eval', a: number[], kw: readonly string[] | null): number {
  const src = kwOrPos(a, kw, 0, 'source');
  if (src === undefined) throw raise(T.TypeError, `${fname} expected at least 1 argument, got 0`);
  let g = kwOrPos(a, kw, 1, 'globals'), l = kwOrPos(a, kw, 2, 'locals');
  if (g === K.None) g = undefined;
  if (l === K.None) l = undefined;
  if (g !== undefined) checkGlobals(fname, g);
  if (l !== undefined && !isMapping(l)) {
    throw raise(T.TypeError, fname === 'exec' ? `locals must be a mapping` : 'locals must be a mapping');
  }
  const fp = currentFrame();
  if (g === undefined) {
    g = callerGlobals();
    if (l === undefined) l = fp ? frameLocals(fp) : g;
  } else if (l === undefined) l = g;
  if (!dictGetStr(g, intern('__builtins__'))) dictSet(g, intern('__builtins__'), K.builtins);
  let code: number;
  if (!(src & 1) && typeOf(src) === T.code) code = src;
  else {
    let text = sourceText(src);
    if (text === null) {
      throw raise(T.TypeError, fname === 'exec' ? `exec() arg 1 must be a string, bytes or code object` : 'eval() arg 1 must be a string, bytes or code object');
    }
    if (fname === 'eval') text = text.replace(/^[ \t]+/, '');
    code = compileSource(text, '<string>', fname);
  }
  if (fname === 'exec' && load(code + CODE.FREEVARS) && toArray(load(code + CODE.FREEVARS)).length) {
    throw raise(T.TypeError, 'code object passed to exec() may not contain free variables');
  }
  const r = runCode(code, g, l);
  return fname === 'exec' ? K.None : r;
}

/** PRINT_EXPR (code compiled in 'single' mode): pass the value to sys.displayhook. */
export function printExpr(v: number): void {
  const hook = dictGetStr(load(K.sys + MODULE_DICT), intern('displayhook'));
  if (!hook) throw raise(T.RuntimeError, 'lost sys.displayhook');
  callObject(hook, [v]);
}

export const builtinExec = (a: number[], kw: readonly string[] | null): number => execOrEval('exec', a, kw);
export const builtinEval = (a: number[], kw: readonly string[] | null): number => execOrEval('eval', a, kw);

export function builtinLocals(a: number[]): number {
  if (a.length) throw raise(T.TypeError, `locals() takes no arguments (${a.length} given)`);
  return frameLocals(currentFrame());
}

export function builtinGlobals(a: number[]): number {
  if (a.length) throw raise(T.TypeError, `globals() takes no arguments (${a.length} given)`);
  return callerGlobals();
}

export function builtinVars(a: number[]): number {
  if (a.length > 1) throw raise(T.TypeError, `vars expected at most 1 argument, got ${a.length}`);
  if (a.length === 0) return frameLocals(currentFrame());
  const d = attrOrZero(a[0]!, '__dict__');
  if (!d) throw raise(T.TypeError, 'vars() argument must have __dict__ attribute');
  return d;
}

/** dir(): the caller's local names; dir(x): x.__dir__(), sorted. */
export function builtinDir(a: number[]): number {
  if (a.length > 1) throw raise(T.TypeError, `dir expected at most 1 argument, got ${a.length}`);
  let names: number[];
  if (a.length === 0) {
    const loc = frameLocals(currentFrame());
    names = typeOf(loc) === T.dict ? dictKeys(loc) : toArray(callObject(getAttrOrZero(loc, intern('keys')), []));
  } else {
    const o = a[0]!;
    const f = typeLookup(typeOf(o), intern('__dir__'));
    if (!f) throw raise(T.TypeError, 'object does not provide __dir__');
    names = toArray(callObject(f, [o]));
  }
  const strs = names.map((n) => {
    if (!isStrValue(n)) throw raise(T.TypeError, `'<' not supported between instances of '${typeNameOf(n)}' and 'str'`);
    return jsString(n);
  });
  strs.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return newList(strs.map(newStr));
}

/** object.__dir__: instance dict keys, then every class attribute along the MRO (type: its MRO's, module: its dict). */
export function objectDir(o: number): number {
  const seen = new Set<string>();
  const add = (d: number): void => {
    if (d && !(d & 1) && (typeOf(d) === T.dict || isSubtype(typeOf(d), T.dict))) for (const k of dictKeys(d)) if (isStrValue(k)) seen.add(jsString(k));
  };
  if (typeOf(o) === T.module) {
    add(load(o + MODULE_DICT));
    return newList([...seen].map(newStr));
  }
  if (isType(o)) {
    for (const c of toArray(load(o + TYPE.MRO))) add(load(c + TYPE.DICT));
    return newList([...seen].map(newStr));
  }
  const d = attrOrZero(o, '__dict__');
  if (d) add(d);
  const cls = attrOrZero(o, '__class__') || typeOf(o);
  for (const c of toArray(load(cls + TYPE.MRO))) add(load(c + TYPE.DICT));
  return newList([...seen].map(newStr));
}

void isTrue;
