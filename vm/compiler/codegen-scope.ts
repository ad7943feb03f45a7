/**
 * Code generation for constructs that open a new scope: def / async def,
 * class, lambda and comprehensions (each compiles to its own code object,
 * stored as a constant of the enclosing one), plus what the enclosing scope
 * evaluates around them: decorators, defaults, annotations, closures.
 *
 * Evaluation order (as CPython): decorators, then defaults, keyword-only
 * defaults, annotations, then the function object is made and decorated
 * innermost first. A class body returns its `__class__` cell when a method
 * uses `super` / `__class__`, so `type.__new__` can fill it. A comprehension
 * is a function of one argument, the iterator of its first iterable, which
 * is evaluated in the enclosing scope.
 */

import type { Arg, Arguments, Comprehension, Expr, Stmt } from '../syntax/ast.js';
import type { CodeObject, ConstValue } from './code.js';
import type { Compiler } from './compile.js';
import { callHelper, compileExpr, compileIter, jumpIf } from './codegen-expr.js';
import { compileBody, compileStmt, emitYieldFrom } from './codegen-stmt.js';
import { docstringOf } from './future.js';
import { MakeFunction, Op } from './opcodes.js';
import { mangle } from './symtable.js';
import { unparse } from './unparse.js';
import { JUMP, POP_BLOCK, SETUP_FINALLY, type Block } from './unit.js';
import { foldConst } from './fold.js';

type FunctionNode = Extract<Stmt, { _type: 'FunctionDef' | 'AsyncFunctionDef' }>;
type ComprehensionNode = Extract<Expr, { _type: 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' }>;

export function compileFunction(c: Compiler, s: FunctionNode): void {
  checkDebugArgs(c, s.args);
  for (const d of s.decorator_list) compileExpr(c, d);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
  let flags = compileDefaults(c, s.args);
  if (compileAnnotations(c, s.args, s.returns)) flags |= MakeFunction.ANNOTATIONS;
  const u = c.enterScope(s.name, s._type === 'AsyncFunctionDef' ? 'async-function' : 'function', s, firstlineno);
  const doc = docstringOf(s.body);
  u.docstring = doc;
  setArgCounts(c, s.args);
  for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) compileStmt(c, s.body[i]!);
  const code = c.assemble(true);
  c.exitScope();
  makeClosure(c, code, flags);
  applyDecorators(c, s.decorator_list);
  c.nameop(s.name, 'Store');
}

export function compileClass(c: Compiler, s: Extract<Stmt, { _type: 'ClassDef' }>): void {
  for (const d of s.decorator_list) compileExpr(c, d);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
  const u = c.enterScope(s.name, 'class', s, firstlineno);
  u.privateName = s.name;
  c.nameop('__name__', 'Load');
  c.nameop('__module__', 'Store');
  c.loadConst({ kind: 'str', value: u.qualname });
  c.nameop('__qualname__', 'Store');
  compileBody(c, s.body);
  u.unsetLoc();
  if (u.ste.needsClassClosure) {
    u.emit(Op.LOAD_CLOSURE, u.derefOf('__class__'));
    u.emit(Op.COPY, 1);
    c.nameop('__classcell__', 'Store');
  } else {
    c.loadNone();
  }
  u.emit(Op.RETURN_VALUE);
  const code = c.assemble(true);
  c.exitScope();
  c.u.emit(Op.LOAD_BUILD_CLASS);
  makeClosure(c, code, 0);
  c.loadConst({ kind: 'str', value: s.name });
  callHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, s.decorator_list);
  c.nameop(s.name, 'Store');
}

export function compileLambda(c: Compiler, e: Extract<Expr, { _type: 'Lambda' }>): void {
  checkDebugArgs(c, e.args);
  const flags = compileDefaults(c, e.args);
  const u = c.enterScope('<lambda>', 'lambda', e, e.lineno);
  setArgCounts(c, e.args);
  compileExpr(c, e.body);
  let code: CodeObject;
  if (u.ste.generator) {
    code = c.assemble(false);
  } else {
    u.emit(Op.RETURN_VALUE);
    code = c.assemble(true);
  }
  c.exitScope();
  makeClosure(c, code, flags);
}

function setArgCounts(c: Compiler, a: Arguments): void {
  c.u.argcount = a.posonlyargs.length + a.args.length;
  c.u.posonlyargcount = a.posonlyargs.length;
  c.u.kwonlyargcount = a.kwonlyargs.length;
}

/** Parameters may not be named __debug__ (reported at the def / lambda). */
function checkDebugArgs(c: Compiler, a: Arguments): void {
  const all: (Arg | null)[] = [...a.posonlyargs, ...a.args, a.vararg, ...a.kwonlyargs, a.kwarg];
  for (const arg of all) if (arg !== null) c.checkForbidden(arg.arg, 'Store');
}

// ---------------------------------------------------------------------------
// What the enclosing scope evaluates

/** Pushes the defaults tuple and kw-defaults dict; returns MAKE_FUNCTION flags. */
function compileDefaults(c: Compiler, a: Arguments): number {
  let flags = 0;
  if (a.defaults.length) {
    for (const d of a.defaults) compileExpr(c, d);
    c.u.emit(Op.BUILD_TUPLE, a.defaults.length);
    flags |= MakeFunction.DEFAULTS;
  }
  const keys: ConstValue[] = [];
  for (let i = 0; i < a.kwonlyargs.length; i++) {
    const d = a.kw_defaults[i];
    if (!d) continue;
    keys.push({ kind: 'str', value: mangle(c.u.privateName, a.kwonlyargs[i]!.arg) });
    compileExpr(c, d);
  }
  if (keys.length) {
    c.loadConst({ kind: 'tuple', items: keys });
    c.u.emit(Op.BUILD_CONST_KEY_MAP, keys.length);
    flags |= MakeFunction.KWDEFAULTS;
  }
  return flags;
}

/** Pushes the annotations tuple (name, value, name, value, ...) if any; returns whether it did. */
function compileAnnotations(c: Compiler, a: Arguments, returns: Expr | null): boolean {
  let n = 0;
  const one = (name: string, ann: Expr | null) => {
    if (!ann) return;
    c.loadConst({ kind: 'str', value: mangle(c.u.privateName, name) });
    if (c.futureAnnotations) {
      annotationString(c, ann);
    } else if (ann._type === 'Starred') {
      // *args: *Ts
      compileExpr(c, ann.value);
      c.u.emit(Op.UNPACK_SEQUENCE, 1);
    } else {
      compileExpr(c, ann);
    }
    n += 2;
  };
  for (const arg of a.args) one(arg.arg, arg.annotation);
  for (const arg of a.posonlyargs) one(arg.arg, arg.annotation);
  if (a.vararg) one(a.vararg.arg, a.vararg.annotation);
  for (const arg of a.kwonlyargs) one(arg.arg, arg.annotation);
  if (a.kwarg) one(a.kwarg.arg, a.kwarg.annotation);
  one('return', returns);
  if (!n) return false;
  c.u.emit(Op.BUILD_TUPLE, n);
  return true;
}

/** Loads an annotation's value: evaluated, or its source text under `from __future__ import annotations`. */
export function annotationValue(c: Compiler, ann: Expr): void {
  if (c.futureAnnotations) annotationString(c, ann);
  else compileExpr(c, ann);
}

function annotationString(c: Compiler, ann: Expr): void {
  c.loadConst({ kind: 'str', value: unparse(ann) });
}

function applyDecorators(c: Compiler, decorators: readonly Expr[]): void {
  if (!decorators.length) return;
  const u = c.u;
  const loc = u.saveLoc();
  for (let i = decorators.length - 1; i >= 0; i--) {
    u.setLoc(decorators[i]!);
    u.emit(Op.CALL, 1);
  }
  u.restoreLoc(loc);
}

/** Pushes a function made from `code`, with a closure tuple if it has free variables. */
function makeClosure(c: Compiler, code: CodeObject, flags: number): void {
  const u = c.u;
  if (code.freevars.length) {
    for (const name of code.freevars) u.emit(Op.LOAD_CLOSURE, c.closureIndex(name));
    u.emit(Op.BUILD_TUPLE, code.freevars.length);
    flags |= MakeFunction.CLOSURE;
  }
  u.emit(Op.LOAD_CONST, u.addConst(code));
  u.emit(Op.MAKE_FUNCTION, flags);
}

// ---------------------------------------------------------------------------
// Comprehensions

const COMPREHENSIONS = {
  GeneratorExp: ['<genexpr>', null, null],
  ListComp: ['<listcomp>', 'BUILD_LIST', 'LIST_APPEND'],
  SetComp: ['<setcomp>', 'BUILD_SET', 'SET_ADD'],
  DictComp: ['<dictcomp>', 'BUILD_MAP', 'MAP_ADD'],
} as const;

export function compileComprehension(c: Compiler, e: ComprehensionNode): void {
  const [name, build] = COMPREHENSIONS[e._type];
  const isGenexp = e._type === 'GeneratorExp';
  const outerKind = c.u.kind;
  const outermost = e.generators[0]!;
  const u = c.enterScope(name, 'comprehension', e, e.lineno);
  u.setLoc(e);
  const isAsync = u.ste.coroutine;
  if (isAsync && !isGenexp && outerKind !== 'async-function' && outerKind !== 'comprehension') {
    throw c.error('asynchronous comprehension outside of an asynchronous function');
  }
  if (build !== null) u.emit(Op[build], 0);
  comprehensionGenerator(c, e, 0, 0);
  if (!isGenexp) u.emit(Op.RETURN_VALUE);
  const code = c.assemble(true);
  c.exitScope();
  makeClosure(c, code, 0);
  compileIter(c, outermost.iter);
  c.u.emit(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  c.u.emit(Op.CALL, 1);
  if (isAsync && !isGenexp) {
    c.u.emit(Op.GET_AWAITABLE, 0);
    c.loadNone();
    emitYieldFrom(c, true);
  }
}

function comprehensionGenerator(c: Compiler, e: ComprehensionNode, index: number, depth: number): void {
  const gen = e.generators[index]!;
  if (gen.is_async) asyncComprehensionGenerator(c, e, gen, index, depth);
  else syncComprehensionGenerator(c, e, gen, index, depth);
}

function syncComprehensionGenerator(c: Compiler, e: ComprehensionNode, gen: Comprehension, index: number,
  depth: number): void {
  const u = c.u;
  let start: Block | null = u.newBlock();
  const ifCleanup = u.newBlock(), anchor = u.newBlock();
  if (index === 0) {
    u.argcount = 1;
    u.emit(Op.LOAD_FAST, 0);
  } else {
    // `for y in [f(x)]` binds y without iterating.
    const it = gen.iter;
    const elts = it._type === 'List' || it._type === 'Tuple' ? it.elts : null;
    if (elts !== null && elts.length === 1 && elts[0]!._type !== 'Starred' && foldConst(elts[0]!) === null) {
      compileExpr(c, elts[0]!);
      start = null;
    } else {
      compileIter(c, it);
      u.emit(Op.GET_ITER);
    }
  }
  if (start !== null) {
    depth++;
    u.useNextBlock(start);
    u.emitJump(Op.FOR_ITER, anchor);
  }
  compileExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);
  if (index + 1 < e.generators.length) comprehensionGenerator(c, e, index + 1, depth);
  else comprehensionElement(c, e, depth);
  u.useNextBlock(ifCleanup);
  if (start !== null) {
    u.emitJump(JUMP, start);
    u.useNextBlock(anchor);
  }
}

function asyncComprehensionGenerator(c: Compiler, e: ComprehensionNode, gen: Comprehension, index: number,
  depth: number): void {
  const u = c.u;
  const start = u.newBlock(), except = u.newBlock(), ifCleanup = u.newBlock();
  if (index === 0) {
    u.argcount = 1;
    u.emit(Op.LOAD_FAST, 0);
  } else {
    compileIter(c, gen.iter);
    u.emit(Op.GET_AITER);
  }
  u.useNextBlock(start);
  c.pushFBlock({ kind: 'async-comprehension-generator', block: start, exit: null, datum: null });
  u.emitJump(SETUP_FINALLY, except);
  u.emit(Op.GET_ANEXT);
  c.loadNone();
  emitYieldFrom(c, true);
  u.emit(POP_BLOCK);
  compileExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);
  depth++;
  if (index + 1 < e.generators.length) comprehensionGenerator(c, e, index + 1, depth);
  else comprehensionElement(c, e, depth);
  u.useNextBlock(ifCleanup);
  u.emitJump(JUMP, start);
  c.popFBlock();
  u.useNextBlock(except);
  u.emit(Op.END_ASYNC_FOR);
}

/** The innermost loop body: yield the element, or add it to the result below `depth` iterators. */
function comprehensionElement(c: Compiler, e: ComprehensionNode, depth: number): void {
  const u = c.u;
  switch (e._type) {
    case 'GeneratorExp':
      compileExpr(c, e.elt);
      u.emit(Op.YIELD_VALUE, 0);
      u.emit(Op.POP_TOP);
      return;
    case 'ListComp':
      compileExpr(c, e.elt);
      u.emit(Op.LIST_APPEND, depth + 1);
      return;
    case 'SetComp':
      compileExpr(c, e.elt);
      u.emit(Op.SET_ADD, depth + 1);
      return;
    case 'DictComp':
      compileExpr(c, e.key);
      compileExpr(c, e.value);
      u.emit(Op.MAP_ADD, depth + 1);
      return;
  }
}
