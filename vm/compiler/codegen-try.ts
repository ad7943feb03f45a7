/**
 * Code generation for exception handling: try/except/else/finally, except*
 * (exception groups), with / async with, and the unwinding of those
 * constructs by break / continue / return.
 *
 * Model (zero-cost exceptions, as CPython 3.11): the pseudo-instructions
 * SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH open a protected range whose
 * handler is their target and POP_BLOCK closes it; the assembler turns them
 * into exception-table entries. A handler is entered with the value stack
 * cut back to its depth at the SETUP, then (SETUP_CLEANUP / SETUP_WITH)
 * the index of the raising instruction (lasti), then the exception.
 * PUSH_EXC_INFO makes the caught exception current, saving the previous one
 * below it; every way out of a handler restores it with POP_EXCEPT. A
 * "cleanup" handler around each handler body restores it on the
 * exceptional way out too (COPY 3; POP_EXCEPT; RERAISE 1).
 */

import type { Stmt } from '../syntax/ast.js';
import type { Compiler } from './compile.js';
import { compileExpr } from './codegen-expr.js';
import { compileStmts, emitYieldFrom } from './codegen-stmt.js';
import { AwaitableWhere, Op } from './opcodes.js';
import {
  JUMP, POP_BLOCK, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE, SETUP_CLEANUP,
  SETUP_FINALLY, SETUP_WITH, type Block, type FBlock,
} from './unit.js';

type TryNode = Extract<Stmt, { _type: 'Try' | 'TryStar' }>;
type WithNode = Extract<Stmt, { _type: 'With' | 'AsyncWith' }>;

export function compileTry(c: Compiler, s: Extract<Stmt, { _type: 'Try' }>): void {
  if (s.finalbody.length) tryFinally(c, s, () => tryExcept(c, s));
  else tryExcept(c, s);
}

export function compileTryStar(c: Compiler, s: Extract<Stmt, { _type: 'TryStar' }>): void {
  if (s.finalbody.length) tryFinally(c, s, () => tryStarExcept(c, s));
  else tryStarExcept(c, s);
}

/** COPY 3; POP_EXCEPT; RERAISE 1 -- the cleanup handler of an except block. */
function popExceptAndReraise(c: Compiler): void {
  c.u.emit(Op.COPY, 3);
  c.u.emit(Op.POP_EXCEPT);
  c.u.emit(Op.RERAISE, 1);
}

/**
 *     SETUP_FINALLY end; <body>; POP_BLOCK; <finalbody>; JUMP exit
 * end: SETUP_CLEANUP cleanup; PUSH_EXC_INFO; <finalbody>; RERAISE 0
 * cleanup: COPY 3; POP_EXCEPT; RERAISE 1
 * exit:
 */
function tryFinally(c: Compiler, s: TryNode, compileInner: () => void): void {
  const u = c.u;
  const body = u.newBlock(), end = u.newBlock(), exit = u.newBlock(), cleanup = u.newBlock();
  u.emitJump(SETUP_FINALLY, end);
  u.useNextBlock(body);
  c.pushFBlock({ kind: 'finally-try', block: body, exit: end, datum: s.finalbody });
  if (s.handlers.length) compileInner();
  else compileStmts(c, s.body);
  u.emitNoLine(POP_BLOCK);
  c.popFBlock();
  compileStmts(c, s.finalbody);
  u.emitJumpNoLine(JUMP, exit);
  u.useNextBlock(end);
  u.unsetLoc();
  u.emitJump(SETUP_CLEANUP, cleanup);
  u.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock({ kind: 'finally-end', block: end, exit: null, datum: null });
  compileStmts(c, s.finalbody);
  c.popFBlock();
  u.emit(Op.RERAISE, 0);
  u.useNextBlock(cleanup);
  popExceptAndReraise(c);
  u.useNextBlock(exit);
}

/**
 *     SETUP_FINALLY except; <body>; POP_BLOCK; <orelse>; JUMP end
 * except: SETUP_CLEANUP cleanup; PUSH_EXC_INFO
 *     per handler: <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next;
 *                  <bind or pop>; <handler body>; POP_BLOCK; POP_EXCEPT; JUMP end
 *     RERAISE 0
 * cleanup: COPY 3; POP_EXCEPT; RERAISE 1
 * end:
 */
function tryExcept(c: Compiler, s: TryNode): void {
  const u = c.u;
  const body = u.newBlock(), end = u.newBlock(), cleanup = u.newBlock();
  let except = u.newBlock();
  u.emitJump(SETUP_FINALLY, except);
  u.useNextBlock(body);
  c.pushFBlock({ kind: 'try-except', block: body, exit: null, datum: null });
  compileStmts(c, s.body);
  c.popFBlock();
  u.emitNoLine(POP_BLOCK);
  compileStmts(c, s.orelse);
  u.emitJumpNoLine(JUMP, end);
  const n = s.handlers.length;
  u.useNextBlock(except);
  u.unsetLoc();
  u.emitJump(SETUP_CLEANUP, cleanup);
  u.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock({ kind: 'exception-handler', block: null, exit: null, datum: null });
  for (let i = 0; i < n; i++) {
    const h = s.handlers[i]!;
    u.setLoc(h);
    if (!h.type && i < n - 1) throw c.error("default 'except:' must be last");
    except = u.newBlock();
    if (h.type) {
      compileExpr(c, h.type);
      u.emit(Op.CHECK_EXC_MATCH);
      u.emitJump(POP_JUMP_IF_FALSE, except);
    }
    if (h.name !== null) namedHandlerBody(c, h.name, h.body, end);
    else unnamedHandlerBody(c, h.body, end);
    u.useNextBlock(except);
  }
  u.unsetLoc();
  c.popFBlock();
  u.emit(Op.RERAISE, 0);
  u.useNextBlock(cleanup);
  popExceptAndReraise(c);
  u.useNextBlock(end);
}

/** `except E as name:` -- the body runs in a try/finally that unbinds `name`. */
function namedHandlerBody(c: Compiler, name: string, body: readonly Stmt[], end: Block): void {
  const u = c.u;
  const cleanupEnd = u.newBlock(), cleanupBody = u.newBlock();
  c.nameop(name, 'Store');
  u.emitJump(SETUP_CLEANUP, cleanupEnd);
  u.useNextBlock(cleanupBody);
  c.pushFBlock({ kind: 'handler-cleanup', block: cleanupBody, exit: null, datum: name });
  compileStmts(c, body);
  c.popFBlock();
  u.unsetLoc();
  u.emit(POP_BLOCK);
  u.emit(POP_BLOCK);
  u.emit(Op.POP_EXCEPT);
  unbind(c, name);
  u.emitJump(JUMP, end);
  u.useNextBlock(cleanupEnd);
  u.unsetLoc();
  unbind(c, name);
  u.emit(Op.RERAISE, 1);
}

function unnamedHandlerBody(c: Compiler, body: readonly Stmt[], end: Block): void {
  const u = c.u;
  const cleanupBody = u.newBlock();
  u.emit(Op.POP_TOP);
  u.useNextBlock(cleanupBody);
  c.pushFBlock({ kind: 'handler-cleanup', block: cleanupBody, exit: null, datum: null });
  compileStmts(c, body);
  c.popFBlock();
  u.unsetLoc();
  u.emit(POP_BLOCK);
  u.emit(Op.POP_EXCEPT);
  u.emitJump(JUMP, end);
}

/** name = None; del name */
function unbind(c: Compiler, name: string): void {
  c.loadNone();
  c.nameop(name, 'Store');
  c.nameop(name, 'Del');
}

/**
 * except*: the group is split handler by handler (CHECK_EG_MATCH); what
 * handlers raise and what no handler matched are collected in a list, from
 * which PREP_RERAISE_STAR builds the exception to re-raise, if any.
 * Stack in the handlers: [prev_exc, orig, results, rest].
 */
function tryStarExcept(c: Compiler, s: Extract<Stmt, { _type: 'TryStar' }>): void {
  const u = c.u;
  const body = u.newBlock(), orelse = u.newBlock(), end = u.newBlock();
  const cleanup = u.newBlock(), reraiseStar = u.newBlock();
  const except = u.newBlock();
  u.emitJump(SETUP_FINALLY, except);
  u.useNextBlock(body);
  c.pushFBlock({ kind: 'try-except', block: body, exit: null, datum: null });
  compileStmts(c, s.body);
  c.popFBlock();
  u.emitNoLine(POP_BLOCK);
  u.emitJumpNoLine(JUMP, orelse);
  u.useNextBlock(except);
  u.unsetLoc();
  u.emitJump(SETUP_CLEANUP, cleanup);
  u.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock({ kind: 'exception-group-handler', block: null, exit: null, datum: null });
  const n = s.handlers.length;
  for (let i = 0; i < n; i++) starHandler(c, s.handlers[i]!, i, n, reraiseStar);
  u.unsetLoc();
  c.popFBlock();
  const reraise = u.newBlock();
  u.useNextBlock(reraiseStar);
  u.emit(Op.PREP_RERAISE_STAR);
  u.emit(Op.COPY, 1);
  u.emitJump(POP_JUMP_IF_NOT_NONE, reraise);
  u.emit(Op.POP_TOP);
  u.emit(POP_BLOCK);
  u.emit(Op.POP_EXCEPT);
  u.emitJump(JUMP, end);
  u.useNextBlock(reraise);
  u.emit(POP_BLOCK);
  u.emit(Op.SWAP, 2);
  u.emit(Op.POP_EXCEPT);
  u.emit(Op.RERAISE, 0);
  u.useNextBlock(cleanup);
  popExceptAndReraise(c);
  u.useNextBlock(orelse);
  compileStmts(c, s.orelse);
  u.useNextBlock(end);
}

function starHandler(c: Compiler, h: Extract<Stmt, { _type: 'TryStar' }>['handlers'][number], i: number,
  n: number, reraiseStar: Block): void {
  const u = c.u;
  u.setLoc(h);
  const except = u.newBlock(), exceptWithError = u.newBlock(), noMatch = u.newBlock();
  if (i === 0) {
    u.emit(Op.COPY, 1);        // [orig, exc]
    u.emit(Op.BUILD_LIST, 0);  // [orig, exc, results]
    u.emit(Op.SWAP, 2);        // [orig, results, exc]
  }
  if (h.type) {
    compileExpr(c, h.type);
    u.emit(Op.CHECK_EG_MATCH);
    u.emit(Op.COPY, 1);
    u.emitJump(POP_JUMP_IF_NONE, noMatch);
  }
  const cleanupEnd = u.newBlock(), cleanupBody = u.newBlock();
  if (h.name !== null) c.nameop(h.name, 'Store');
  else u.emit(Op.POP_TOP);
  u.emitJump(SETUP_CLEANUP, cleanupEnd);
  u.useNextBlock(cleanupBody);
  c.pushFBlock({ kind: 'handler-cleanup', block: cleanupBody, exit: null, datum: h.name });
  compileStmts(c, h.body);
  c.popFBlock();
  u.unsetLoc();
  u.emit(POP_BLOCK);
  if (h.name !== null) unbind(c, h.name);
  u.emitJump(JUMP, except);
  u.useNextBlock(cleanupEnd);
  u.unsetLoc();
  if (h.name !== null) unbind(c, h.name);
  u.emit(Op.LIST_APPEND, 3); // the raised exception joins the results
  u.emit(Op.POP_TOP);        // lasti
  u.emitJump(JUMP, exceptWithError);
  u.useNextBlock(except);
  u.emit(Op.NOP);
  u.emitJump(JUMP, exceptWithError);
  u.useNextBlock(noMatch);
  u.emit(Op.POP_TOP);        // the None match
  u.useNextBlock(exceptWithError);
  if (i === n - 1) {
    u.emit(Op.LIST_APPEND, 1); // the unhandled rest (or None)
    u.emitJump(JUMP, reraiseStar);
  }
}

// ---------------------------------------------------------------------------
// with / async with

/** exit(None, None, None) for the __exit__ below TOS. */
function callExitWithNones(c: Compiler): void {
  c.loadNone();
  c.loadNone();
  c.loadNone();
  c.u.emit(Op.CALL, 3);
}

/**
 *     <expr>; BEFORE_WITH; SETUP_WITH final; <bind or pop>; <body>; POP_BLOCK
 *     exit(None, None, None); POP_TOP; JUMP exit
 * final: SETUP_CLEANUP cleanup; PUSH_EXC_INFO; WITH_EXCEPT_START;
 *     POP_JUMP_IF_TRUE suppress; RERAISE 2
 * cleanup: COPY 3; POP_EXCEPT; RERAISE 1
 * suppress: POP_TOP; POP_BLOCK; POP_EXCEPT; POP_TOP; POP_TOP
 * exit:
 */
export function compileWith(c: Compiler, s: Extract<Stmt, { _type: 'With' }>, pos: number): void {
  const u = c.u;
  const item = s.items[pos]!;
  const block = u.newBlock(), final = u.newBlock(), exit = u.newBlock(), cleanup = u.newBlock();
  compileExpr(c, item.context_expr);
  u.emit(Op.BEFORE_WITH);
  u.emitJump(SETUP_WITH, final);
  u.useNextBlock(block);
  c.pushFBlock({ kind: 'with', block, exit: final, datum: s });
  withBody(c, s, pos, item.optional_vars);
  u.unsetLoc();
  u.emit(POP_BLOCK);
  c.popFBlock();
  u.setLoc(s);
  callExitWithNones(c);
  u.emit(Op.POP_TOP);
  u.emitJump(JUMP, exit);
  u.useNextBlock(final);
  u.emitJump(SETUP_CLEANUP, cleanup);
  u.emit(Op.PUSH_EXC_INFO);
  u.emit(Op.WITH_EXCEPT_START);
  withExceptFinish(c, cleanup);
  u.useNextBlock(exit);
}

export function compileAsyncWith(c: Compiler, s: Extract<Stmt, { _type: 'AsyncWith' }>, pos: number): void {
  const u = c.u;
  if (u.kind !== 'async-function') throw c.error("'async with' outside async function");
  const item = s.items[pos]!;
  const block = u.newBlock(), final = u.newBlock(), exit = u.newBlock(), cleanup = u.newBlock();
  compileExpr(c, item.context_expr);
  u.emit(Op.BEFORE_ASYNC_WITH);
  awaitTos(c, AwaitableWhere.AENTER);
  u.emitJump(SETUP_WITH, final);
  u.useNextBlock(block);
  c.pushFBlock({ kind: 'async-with', block, exit: final, datum: s });
  withBody(c, s, pos, item.optional_vars);
  c.popFBlock();
  u.emit(POP_BLOCK);
  u.setLoc(s);
  callExitWithNones(c);
  awaitTos(c, AwaitableWhere.AEXIT);
  u.emit(Op.POP_TOP);
  u.emitJump(JUMP, exit);
  u.useNextBlock(final);
  u.emitJump(SETUP_CLEANUP, cleanup);
  u.emit(Op.PUSH_EXC_INFO);
  u.emit(Op.WITH_EXCEPT_START);
  awaitTos(c, AwaitableWhere.AEXIT);
  withExceptFinish(c, cleanup);
  u.useNextBlock(exit);
}

function withBody(c: Compiler, s: WithNode, pos: number, vars: WithNode['items'][number]['optional_vars']): void {
  if (vars) compileExpr(c, vars);
  else c.u.emit(Op.POP_TOP);
  if (pos + 1 === s.items.length) compileStmts(c, s.body);
  else if (s._type === 'With') compileWith(c, s, pos + 1);
  else compileAsyncWith(c, s, pos + 1);
}

/** GET_AWAITABLE where; LOAD_CONST None; the await send loop. */
function awaitTos(c: Compiler, where: number): void {
  c.u.emit(Op.GET_AWAITABLE, where);
  c.loadNone();
  emitYieldFrom(c, true);
}

function withExceptFinish(c: Compiler, cleanup: Block): void {
  const u = c.u;
  u.unsetLoc();
  const suppress = u.newBlock();
  u.emitJump(POP_JUMP_IF_TRUE, suppress);
  u.emit(Op.RERAISE, 2);
  u.useNextBlock(cleanup);
  popExceptAndReraise(c);
  u.useNextBlock(suppress);
  u.emit(Op.POP_TOP); // exc
  u.emit(POP_BLOCK);
  u.emit(Op.POP_EXCEPT);
  u.emit(Op.POP_TOP); // lasti
  u.emit(Op.POP_TOP); // __exit__
}

// ---------------------------------------------------------------------------
// Unwinding

/**
 * Emits what leaving frame block `fb` early requires. With `preserveTos`
 * the value on top of the stack (a return value) is kept on top.
 */
export function unwindFBlock(c: Compiler, fb: FBlock, preserveTos: boolean): void {
  const u = c.u;
  switch (fb.kind) {
    case 'while':
    case 'exception-handler':
    case 'exception-group-handler':
    case 'async-comprehension-generator':
      return;
    case 'for':
      if (preserveTos) u.emit(Op.SWAP, 2);
      u.emit(Op.POP_TOP); // the iterator
      return;
    case 'try-except':
      u.emit(POP_BLOCK);
      return;
    case 'finally-try':
      u.emit(POP_BLOCK);
      if (preserveTos) c.pushFBlock({ kind: 'pop-value', block: null, exit: null, datum: null });
      compileStmts(c, fb.datum as readonly Stmt[]);
      if (preserveTos) c.popFBlock();
      // The finally body appears to run after the unwinding statement.
      u.unsetLoc();
      return;
    case 'finally-end':
      if (preserveTos) u.emit(Op.SWAP, 2);
      u.emit(Op.POP_TOP); // exc
      if (preserveTos) u.emit(Op.SWAP, 2);
      u.emit(POP_BLOCK);
      u.emit(Op.POP_EXCEPT);
      return;
    case 'with':
    case 'async-with':
      u.setLoc(fb.datum as Stmt);
      u.emit(POP_BLOCK);
      if (preserveTos) u.emit(Op.SWAP, 2);
      callExitWithNones(c);
      if (fb.kind === 'async-with') awaitTos(c, AwaitableWhere.AEXIT);
      u.emit(Op.POP_TOP);
      u.unsetLoc();
      return;
    case 'handler-cleanup': {
      const name = fb.datum as string | null;
      if (name !== null) u.emit(POP_BLOCK);
      if (preserveTos) u.emit(Op.SWAP, 2);
      u.emit(POP_BLOCK);
      u.emit(Op.POP_EXCEPT);
      if (name !== null) unbind(c, name);
      return;
    }
    case 'pop-value':
      if (preserveTos) u.emit(Op.SWAP, 2);
      u.emit(Op.POP_TOP);
      return;
  }
}
