/**
 * Code generation for statements (all but try/with/match, which have their
 * own files): assignment forms, if/for/while, return/break/continue with
 * frame-block unwinding, imports, raise, assert, expression statements.
 *
 * Conventions (shared by all codegen files): every statement sets the unit's
 * location to itself first; loops and try blocks push a frame block
 * (unit.ts `FBlock`) so that break/continue/return can run the cleanup of
 * every construct they leave (`unwindFBlockStack`).
 */

import type { Expr, Stmt } from '../syntax/ast.js';
import type { Compiler } from './compile.js';
import { findAnnotations } from './compile.js';
import { compileExpr, compileIter, jumpIf, updateStartLocationToMatchAttr } from './codegen-expr.js';
import { compileClass, compileFunction, annotationValue } from './codegen-scope.js';
import { compileAsyncWith, compileTry, compileTryStar, compileWith, unwindFBlock } from './codegen-try.js';
import { compileMatch } from './codegen-match.js';
import { LATE_FUTURE, docstringOf } from './future.js';
import { BINARY_OPS, Op } from './opcodes.js';
import { FUNCTION_BLOCK, mangle } from './symtable.js';
import { JUMP, JUMP_NO_INTERRUPT, POP_BLOCK, SETUP_FINALLY, type FBlock } from './unit.js';

export function compileStmts(c: Compiler, body: readonly Stmt[]): void {
  for (let i = 0; i < body.length; i++) compileStmt(c, body[i]!);
}

/** A module or class body: __annotations__ setup, the docstring as __doc__, the statements. */
export function compileBody(c: Compiler, stmts: readonly Stmt[]): void {
  const u = c.u;
  if (u.kind === 'module' && stmts.length) u.setLoc(stmts[0]!);
  if (findAnnotations(stmts)) u.emit(Op.SETUP_ANNOTATIONS);
  if (!stmts.length) return;
  let i = 0;
  if (docstringOf(stmts) !== null) {
    i = 1;
    compileExpr(c, (stmts[0] as Extract<Stmt, { _type: 'Expr' }>).value);
    u.unsetLoc();
    c.nameop('__doc__', 'Store');
  }
  for (; i < stmts.length; i++) compileStmt(c, stmts[i]!);
}

export function compileStmt(c: Compiler, s: Stmt): void {
  const u = c.u;
  u.setLoc(s);
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return compileFunction(c, s);
    case 'ClassDef':
      return compileClass(c, s);
    case 'Return':
      return compileReturn(c, s);
    case 'Delete':
      for (const t of s.targets) compileExpr(c, t);
      return;
    case 'Assign':
      if (compileSwapAssign(c, s)) return;
      compileExpr(c, s.value);
      for (let i = 0; i < s.targets.length; i++) {
        if (i < s.targets.length - 1) u.emit(Op.COPY, 1);
        compileExpr(c, s.targets[i]!);
      }
      return;
    case 'AugAssign':
      return compileAugAssign(c, s);
    case 'AnnAssign':
      return compileAnnAssign(c, s);
    case 'For':
      return compileFor(c, s);
    case 'AsyncFor':
      return compileAsyncFor(c, s);
    case 'While':
      return compileWhile(c, s);
    case 'If':
      return compileIf(c, s);
    case 'Match':
      return compileMatch(c, s);
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        compileExpr(c, s.exc);
        n++;
        if (s.cause) {
          compileExpr(c, s.cause);
          n++;
        }
      }
      u.emit(Op.RAISE_VARARGS, n);
      return;
    }
    case 'Try':
      return compileTry(c, s);
    case 'TryStar':
      return compileTryStar(c, s);
    case 'Assert':
      return compileAssert(c, s);
    case 'Import':
      return compileImport(c, s);
    case 'ImportFrom':
      return compileImportFrom(c, s);
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Expr':
      return compileExprStmt(c, s.value);
    case 'Pass':
      u.emit(Op.NOP);
      return;
    case 'Break':
      return compileBreak(c);
    case 'Continue':
      return compileContinue(c);
    case 'With':
      return compileWith(c, s, 0);
    case 'AsyncWith':
      return compileAsyncWith(c, s, 0);
  }
}

function compileExprStmt(c: Compiler, value: Expr): void {
  const u = c.u;
  if (c.interactive && c.nestLevel <= 1) {
    compileExpr(c, value);
    u.emit(Op.PRINT_EXPR);
    return;
  }
  if (value._type === 'Constant') {
    u.emit(Op.NOP);
    return;
  }
  compileExpr(c, value);
  u.unsetLoc();
  u.emit(Op.POP_TOP);
}

// ---------------------------------------------------------------------------
// Control flow

function compileIf(c: Compiler, s: Extract<Stmt, { _type: 'If' }>): void {
  const u = c.u;
  const end = u.newBlock();
  const next = s.orelse.length ? u.newBlock() : end;
  jumpIf(c, s.test, next, false);
  compileStmts(c, s.body);
  if (s.orelse.length) {
    u.emitJumpNoLine(JUMP, end);
    u.useNextBlock(next);
    compileStmts(c, s.orelse);
  }
  u.useNextBlock(end);
}

function compileFor(c: Compiler, s: Extract<Stmt, { _type: 'For' }>): void {
  const u = c.u;
  const start = u.newBlock(), body = u.newBlock(), cleanup = u.newBlock(), end = u.newBlock();
  c.pushFBlock({ kind: 'for', block: start, exit: end, datum: null });
  compileIter(c, s.iter);
  u.emit(Op.GET_ITER);
  u.useNextBlock(start);
  u.emitJump(Op.FOR_ITER, cleanup);
  u.useNextBlock(body);
  compileExpr(c, s.target);
  compileStmts(c, s.body);
  u.unsetLoc();
  u.emitJump(JUMP, start);
  u.useNextBlock(cleanup);
  c.popFBlock();
  compileStmts(c, s.orelse);
  u.useNextBlock(end);
}

function compileAsyncFor(c: Compiler, s: Extract<Stmt, { _type: 'AsyncFor' }>): void {
  const u = c.u;
  if (u.kind !== 'async-function') throw c.error("'async for' outside async function");
  const start = u.newBlock(), except = u.newBlock(), end = u.newBlock();
  compileExpr(c, s.iter);
  u.emit(Op.GET_AITER);
  u.useNextBlock(start);
  c.pushFBlock({ kind: 'for', block: start, exit: end, datum: null });
  u.emitJump(SETUP_FINALLY, except);
  u.emit(Op.GET_ANEXT);
  c.loadNone();
  emitYieldFrom(c, true);
  u.emit(POP_BLOCK);
  compileExpr(c, s.target);
  compileStmts(c, s.body);
  u.unsetLoc();
  u.emitJump(JUMP, start);
  c.popFBlock();
  u.useNextBlock(except);
  u.setLoc(s.iter);
  u.emit(Op.END_ASYNC_FOR);
  compileStmts(c, s.orelse);
  u.useNextBlock(end);
}

function compileWhile(c: Compiler, s: Extract<Stmt, { _type: 'While' }>): void {
  const u = c.u;
  const loop = u.newBlock(), body = u.newBlock(), anchor = u.newBlock(), end = u.newBlock();
  u.useNextBlock(loop);
  c.pushFBlock({ kind: 'while', block: loop, exit: end, datum: null });
  jumpIf(c, s.test, anchor, false);
  u.useNextBlock(body);
  compileStmts(c, s.body);
  u.setLoc(s);
  jumpIf(c, s.test, body, true);
  c.popFBlock();
  u.useNextBlock(anchor);
  compileStmts(c, s.orelse);
  u.useNextBlock(end);
}

/**
 * The yield-from / await send loop: with an iterator and a value to send on
 * the stack, sends until the iterator returns, yielding what it yields.
 */
export function emitYieldFrom(c: Compiler, isAwait: boolean): void {
  const u = c.u;
  const start = u.newBlock(), resume = u.newBlock(), exit = u.newBlock();
  u.useNextBlock(start);
  u.emitJump(Op.SEND, exit);
  u.useNextBlock(resume);
  u.emit(Op.YIELD_VALUE, isAwait ? 2 : 1);
  u.emitJump(JUMP_NO_INTERRUPT, start);
  u.useNextBlock(exit);
}

function compileReturn(c: Compiler, s: Extract<Stmt, { _type: 'Return' }>): void {
  const u = c.u;
  const value = s.value;
  const preserveTos = value !== null && value._type !== 'Constant';
  if (u.ste.type !== FUNCTION_BLOCK) throw c.error("'return' outside function");
  if (value !== null && u.ste.coroutine && u.ste.generator) throw c.error("'return' with value in async generator");
  if (preserveTos) {
    compileExpr(c, value);
  } else if (value !== null) {
    u.setLoc(value);
    u.emit(Op.NOP);
  }
  if (value === null || value.lineno !== s.lineno) {
    u.setLoc(s);
    u.emit(Op.NOP);
  }
  unwindFBlockStack(c, preserveTos, false);
  if (value === null) c.loadNone();
  else if (!preserveTos) c.loadConst((value as Extract<Expr, { _type: 'Constant' }>).value);
  u.emit(Op.RETURN_VALUE);
}

function compileBreak(c: Compiler): void {
  const u = c.u;
  const loc = u.saveLoc();
  u.emit(Op.NOP);
  const loop = unwindFBlockStack(c, false, true);
  if (loop === null) {
    u.restoreLoc(loc);
    throw c.error("'break' outside loop");
  }
  unwindFBlock(c, loop, false);
  u.emitJump(JUMP, loop.exit!);
}

function compileContinue(c: Compiler): void {
  const u = c.u;
  const loc = u.saveLoc();
  u.emit(Op.NOP);
  const loop = unwindFBlockStack(c, false, true);
  if (loop === null) {
    u.restoreLoc(loc);
    throw c.error("'continue' not properly in loop");
  }
  u.emitJump(JUMP, loop.block!);
}

/**
 * Emits the cleanup of every frame block from the innermost outwards (up to
 * the innermost loop if `toLoop`), returning that loop's frame block. The
 * stack is restored afterwards: code after a break still sees its blocks.
 */
export function unwindFBlockStack(c: Compiler, preserveTos: boolean, toLoop: boolean): FBlock | null {
  const fblocks = c.u.fblocks;
  if (fblocks.length === 0) return null;
  const top = fblocks[fblocks.length - 1]!;
  if (top.kind === 'exception-group-handler') {
    throw c.error("'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (toLoop && (top.kind === 'while' || top.kind === 'for')) return top;
  fblocks.pop();
  unwindFBlock(c, top, preserveTos);
  const loop = unwindFBlockStack(c, preserveTos, toLoop);
  fblocks.push(top);
  return loop;
}

// ---------------------------------------------------------------------------
// Assignments

function compileAugAssign(c: Compiler, s: Extract<Stmt, { _type: 'AugAssign' }>): void {
  const u = c.u;
  const e = s.target;
  const loc = u.saveLoc();
  u.setLoc(e);
  if (e._type === 'Attribute') {
    compileExpr(c, e.value);
    u.emit(Op.COPY, 1);
    updateStartLocationToMatchAttr(c, e);
    c.emitName(Op.LOAD_ATTR, e.attr);
  } else if (e._type === 'Subscript') {
    compileExpr(c, e.value);
    compileExpr(c, e.slice);
    u.emit(Op.COPY, 2);
    u.emit(Op.COPY, 2);
    u.emit(Op.BINARY_SUBSCR);
  } else if (e._type === 'Name') {
    c.nameop(e.id, 'Load');
  } else {
    throw new Error(`compile: invalid augmented assignment target ${e._type}`);
  }
  u.restoreLoc(loc);
  compileExpr(c, s.value);
  u.emit(Op[BINARY_OPS[s.op][1]]);
  u.setLoc(e);
  if (e._type === 'Attribute') {
    updateStartLocationToMatchAttr(c, e);
    u.emit(Op.SWAP, 2);
    c.emitName(Op.STORE_ATTR, e.attr);
  } else if (e._type === 'Subscript') {
    u.emit(Op.SWAP, 3);
    u.emit(Op.SWAP, 2);
    u.emit(Op.STORE_SUBSCR);
  } else {
    c.nameop((e as Extract<Expr, { _type: 'Name' }>).id, 'Store');
  }
}

function compileAnnAssign(c: Compiler, s: Extract<Stmt, { _type: 'AnnAssign' }>): void {
  const u = c.u;
  const target = s.target;
  if (s.value) {
    compileExpr(c, s.value);
    compileExpr(c, target);
  }
  const atTopLevel = u.kind === 'module' || u.kind === 'class';
  if (target._type === 'Name') {
    c.checkForbidden(target.id, 'Store');
    if (s.simple && atTopLevel) {
      annotationValue(c, s.annotation);
      c.emitName(Op.LOAD_NAME, '__annotations__');
      c.loadConst({ kind: 'str', value: mangle(u.privateName, target.id) });
      u.emit(Op.STORE_SUBSCR);
    }
  } else if (target._type === 'Attribute') {
    c.checkForbidden(target.attr, 'Store');
    if (!s.value) checkAnnExpr(c, target.value);
  } else if (target._type === 'Subscript') {
    if (!s.value) {
      checkAnnExpr(c, target.value);
      checkAnnSubscript(c, target.slice);
    }
  } else {
    throw new Error(`compile: invalid annotated assignment target ${target._type}`);
  }
  // A complex target's annotation is evaluated (and dropped) in modules and classes.
  if (!s.simple && !c.futureAnnotations && atTopLevel) checkAnnExpr(c, s.annotation);
}

function checkAnnExpr(c: Compiler, e: Expr): void {
  compileExpr(c, e);
  c.u.emit(Op.POP_TOP);
}

function checkAnnSubscript(c: Compiler, e: Expr): void {
  if (e._type === 'Slice') {
    if (e.lower) checkAnnExpr(c, e.lower);
    if (e.upper) checkAnnExpr(c, e.upper);
    if (e.step) checkAnnExpr(c, e.step);
  } else if (e._type === 'Tuple') {
    for (const x of e.elts) checkAnnSubscript(c, x);
  } else {
    checkAnnExpr(c, e);
  }
}

// ---------------------------------------------------------------------------
// Imports, assert

function compileImport(c: Compiler, s: Extract<Stmt, { _type: 'Import' }>): void {
  const u = c.u;
  for (const alias of s.names) {
    c.loadConst({ kind: 'int', value: 0n });
    c.loadNone();
    c.emitName(Op.IMPORT_NAME, alias.name);
    const dot = alias.name.indexOf('.');
    if (alias.asname === null) {
      c.nameop(dot === -1 ? alias.name : alias.name.slice(0, dot), 'Store');
      continue;
    }
    if (dot === -1) {
      c.nameop(alias.asname, 'Store');
      continue;
    }
    // import a.b.c as d: fetch b, then c, from the top package.
    const parts = alias.name.split('.');
    for (let i = 1; i < parts.length; i++) {
      u.emit(Op.IMPORT_FROM, u.addName(parts[i]!));
      if (i < parts.length - 1) {
        u.emit(Op.SWAP, 2);
        u.emit(Op.POP_TOP);
      }
    }
    c.nameop(alias.asname, 'Store');
    u.emit(Op.POP_TOP);
  }
}

function compileImportFrom(c: Compiler, s: Extract<Stmt, { _type: 'ImportFrom' }>): void {
  const u = c.u;
  c.loadConst({ kind: 'int', value: BigInt(s.level ?? 0) });
  if (s.lineno > c.future.lastFutureLine && s.module === '__future__') throw c.error(LATE_FUTURE);
  c.loadConst({ kind: 'tuple', items: s.names.map((a) => ({ kind: 'str', value: a.name })) });
  c.emitName(Op.IMPORT_NAME, s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i]!;
    if (i === 0 && alias.name.charCodeAt(0) === 42 /* '*' */) {
      u.emit(Op.IMPORT_STAR);
      return;
    }
    c.emitName(Op.IMPORT_FROM, alias.name);
    c.nameop(alias.asname ?? alias.name, 'Store');
  }
  u.emit(Op.POP_TOP);
}

function compileAssert(c: Compiler, s: Extract<Stmt, { _type: 'Assert' }>): void {
  const u = c.u;
  const end = u.newBlock();
  jumpIf(c, s.test, end, true);
  u.emit(Op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    compileExpr(c, s.msg);
    u.emit(Op.CALL, 1);
  }
  // No location of its own, as CPython 3.11: the statement's, or the last
  // comparison the test jumped on (jumpIf leaves it set).
  u.emit(Op.RAISE_VARARGS, 1);
  u.useNextBlock(end);
}

/**
 * `a, b = x, y` (and three names): the values are pushed and reordered with
 * one SWAP instead of a tuple built and unpacked — what CPython 3.11's
 * optimizer makes of BUILD_TUPLE n; UNPACK_SEQUENCE n for n = 2 and 3.
 */
function compileSwapAssign(c: Compiler, s: Extract<Stmt, { _type: 'Assign' }>): boolean {
  if (s.targets.length !== 1) return false;
  const target = s.targets[0]!, value = s.value;
  if ((target._type !== 'Tuple' && target._type !== 'List') || value._type !== 'Tuple') return false;
  const n = target.elts.length;
  if ((n !== 2 && n !== 3) || value.elts.length !== n) return false;
  if (target.elts.some((e) => e._type === 'Starred') || value.elts.some((e) => e._type === 'Starred')) return false;
  for (const e of value.elts) compileExpr(c, e);
  c.u.emit(Op.SWAP, n);
  for (const e of target.elts) compileExpr(c, e);
  return true;
}
