/**
 * Compound statements and blocks (grammar section "COMPOUND STATEMENTS").
 *
 * A compound statement spans from its keyword (`def`/`class`/`async`, never
 * the decorators' `@`) to the last token of its last block, NEWLINE and
 * DEDENT excluded. An if/elif chain is parsed iteratively (each `elif`
 * becomes an If nested in the previous one's orelse) so that long chains do
 * not consume the JS stack.
 */
import type { Arguments, ExceptHandler, Expr, Keyword, Stmt, WithItem } from '../ast.js';
import { M_BLOCK, MISS, type Parser } from './core.js';
import * as K from './kinds.js';
import { callArguments } from './arguments.js';
import { expression, namedExpression, optional, starExpressions } from './expressions.js';
import { emptyArguments, params } from './parameters.js';
import { matchStmt } from './patterns.js';
import { simpleStmts, statements } from './statements.js';
import { starTarget, starTargets } from './targets.js';
import { invalidForTarget } from './invalid.js';
import {
  invalidBlock, invalidClassDefRaw, invalidDefRaw, invalidElifStmt, invalidElseStmt, invalidExceptStarStmtIndent,
  invalidExceptStmt, invalidExceptStmtIndent, invalidFinallyStmt, invalidForStmt, invalidIfStmt, invalidTryStmt,
  invalidWhileStmt, invalidWithItem, invalidWithStmt, invalidWithStmtIndent,
} from './invalid-statements.js';

/** Nesting weight of an if statement's head (see statement.ts's weights). */
const IF_DEPTH = 3;

/** compound_stmt: dispatch on the first token, then match_stmt. */
export function compoundStmt(p: Parser): Stmt | null {
  const start = p.pos;
  const k = p.peek();
  if (k === K.KW_DEF || k === K.AT || k === K.ASYNC) {
    const r = functionDef(p);
    if (r !== null) return r;
    p.pos = start;
  }
  if (k === K.KW_IF) {
    p.enter(IF_DEPTH);
    const r = ifStmt(p);
    p.leave(IF_DEPTH);
    return r;
  }
  if (k === K.KW_CLASS || k === K.AT) {
    const r = classDef(p);
    if (r !== null) return r;
    p.pos = start;
  }
  if (k === K.KW_WITH || k === K.ASYNC) {
    const r = withStmt(p);
    if (r !== null) return r;
    p.pos = start;
  }
  if (k === K.KW_FOR || k === K.ASYNC) {
    const r = forStmt(p);
    if (r !== null) return r;
    p.pos = start;
  }
  if (k === K.KW_TRY) return tryStmt(p);
  if (k === K.KW_WHILE) return whileStmt(p);
  return k === K.NAME ? matchStmt(p) : null;
}

/** block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
export function block(p: Parser): Stmt[] | null {
  const start = p.pos;
  const memo = p.memoGet(M_BLOCK, start);
  if (memo !== MISS) return memo as Stmt[] | null;
  let r: Stmt[] | null = null;
  if (p.expect(K.NEWLINE) && p.expect(K.INDENT)) {
    const body = statements(p);
    if (body !== null && p.expect(K.DEDENT)) r = body;
  }
  if (r === null) {
    p.pos = start;
    r = simpleStmts(p);
    if (r === null && p.callInvalid) {
      p.pos = start;
      invalidBlock(p);
    }
    if (r === null) p.pos = start;
  }
  p.memoSet(M_BLOCK, start, r);
  return r;
}

// ---------------------------------------------------------------------------
// Definitions

/** decorators: ('@' named_expression NEWLINE)+ */
function decorators(p: Parser): Expr[] | null {
  const out: Expr[] = [];
  for (;;) {
    const m = p.pos;
    if (!p.expect(K.AT)) break;
    const f = namedExpression(p);
    if (f === null || !p.expect(K.NEWLINE)) {
      p.pos = m;
      break;
    }
    out.push(f);
  }
  return out.length === 0 ? null : out;
}

/** function_def: decorators function_def_raw | function_def_raw */
function functionDef(p: Parser): Stmt | null {
  const start = p.pos;
  const d = decorators(p);
  if (d !== null) {
    const f = functionDefRaw(p);
    if (f !== null) {
      (f as { decorator_list: Expr[] }).decorator_list = d;
      return f;
    }
    p.pos = start;
  }
  return functionDefRaw(p);
}

/** function_def_raw: invalid_def_raw | [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block */
function functionDefRaw(p: Parser): Stmt | null {
  const start = p.pos;
  if (p.callInvalid) {
    invalidDefRaw(p);
    p.pos = start;
  }
  const isAsync = p.expect(K.ASYNC);
  if (!p.expect(K.KW_DEF)) return null;
  const n = p.expectIdx(K.NAME);
  if (n < 0) return null;
  p.expectForced(K.LPAR, '(');
  const args: Arguments = optional(p, params) ?? emptyArguments();
  if (!p.expect(K.RPAR)) return null;
  let returns: Expr | null = null;
  const m = p.pos;
  if (p.expect(K.RARROW)) {
    returns = expression(p);
    if (returns === null) p.pos = m;
  }
  p.expectForced(K.COLON, ':');
  const body = block(p);
  if (body === null) return null;
  const name = p.idAt(n);
  return isAsync
    ? p.fin(start, { _type: 'AsyncFunctionDef', name, args, body, decorator_list: [], returns, type_comment: null })
    : p.fin(start, { _type: 'FunctionDef', name, args, body, decorator_list: [], returns, type_comment: null });
}

/** class_def: decorators class_def_raw | class_def_raw */
function classDef(p: Parser): Stmt | null {
  const start = p.pos;
  const d = decorators(p);
  if (d !== null) {
    const c = classDefRaw(p);
    if (c !== null) {
      (c as { decorator_list: Expr[] }).decorator_list = d;
      return c;
    }
    p.pos = start;
  }
  return classDefRaw(p);
}

/** class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block */
function classDefRaw(p: Parser): Stmt | null {
  const start = p.pos;
  if (p.callInvalid) {
    invalidClassDefRaw(p);
    p.pos = start;
  }
  if (!p.expect(K.KW_CLASS)) return null;
  const n = p.expectIdx(K.NAME);
  if (n < 0) return null;
  let bases: Expr[] = [];
  let keywords: Keyword[] = [];
  const m = p.pos;
  if (p.expect(K.LPAR)) {
    const call = optional(p, callArguments);
    if (p.expect(K.RPAR)) {
      if (call !== null) {
        bases = call.args;
        keywords = call.keywords;
      }
    } else {
      p.pos = m;
    }
  }
  if (!p.expect(K.COLON)) return null;
  const body = block(p);
  if (body === null) return null;
  return p.fin(start, { _type: 'ClassDef', name: p.idAt(n), bases, keywords, body, decorator_list: [] });
}

// ---------------------------------------------------------------------------
// if / while / for

/** if_stmt and its elif_stmt chain. */
function ifStmt(p: Parser): Stmt | null {
  const levels: { start: number; test: Expr; body: Stmt[] }[] = [];
  let orelse: Stmt[] = [];
  for (;;) {
    const start = p.pos;
    const level = ifLevel(p, levels.length === 0);
    if (level === null) {
      if (levels.length === 0) return null;
      p.pos = start;
      break;
    }
    levels.push({ start, test: level.test, body: level.body });
    p.enter(1);
    if (p.peek() !== K.KW_ELIF) {
      orelse = optional(p, elseBlock) ?? [];
      break;
    }
  }
  p.leave(levels.length);
  let r: Stmt | null = null;
  for (let i = levels.length - 1; i >= 0; i--) {
    const l = levels[i]!;
    r = p.fin(l.start, { _type: 'If', test: l.test, body: l.body, orelse: r === null ? orelse : [r] });
  }
  return r;
}

/** The head and body of one `if`/`elif`, preceded by its invalid rule. */
function ifLevel(p: Parser, first: boolean): { test: Expr; body: Stmt[] } | null {
  const start = p.pos;
  if (p.callInvalid) {
    if (first) invalidIfStmt(p);
    else invalidElifStmt(p);
    p.pos = start;
  }
  if (!p.expect(first ? K.KW_IF : K.KW_ELIF)) return null;
  const test = namedExpression(p);
  if (test === null || !p.expect(K.COLON)) return null;
  const body = block(p);
  return body === null ? null : { test, body };
}

/** else_block: invalid_else_stmt | 'else' &&':' block */
export function elseBlock(p: Parser): Stmt[] | null {
  const start = p.pos;
  if (p.callInvalid) {
    invalidElseStmt(p);
    p.pos = start;
  }
  if (!p.expect(K.KW_ELSE)) return null;
  p.expectForced(K.COLON, ':');
  return block(p);
}

/** while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block] */
function whileStmt(p: Parser): Stmt | null {
  const start = p.pos;
  if (p.callInvalid) {
    invalidWhileStmt(p);
    p.pos = start;
  }
  p.pos++;
  const test = namedExpression(p);
  if (test === null || !p.expect(K.COLON)) return null;
  const body = block(p);
  if (body === null) return null;
  const orelse = optional(p, elseBlock) ?? [];
  return p.fin(start, { _type: 'While', test, body, orelse });
}

/** for_stmt: invalid_for_stmt | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block] | invalid_for_target */
function forStmt(p: Parser): Stmt | null {
  const start = p.pos;
  if (p.callInvalid) {
    invalidForStmt(p);
    p.pos = start;
  }
  const isAsync = p.expect(K.ASYNC);
  if (p.expect(K.KW_FOR)) {
    const target = starTargets(p);
    if (target !== null && p.expect(K.KW_IN)) {
      // cut: from here on, failure fails the whole statement
      const iter = starExpressions(p);
      if (iter === null || !p.expect(K.COLON)) return null;
      const body = block(p);
      if (body === null) return null;
      const orelse = optional(p, elseBlock) ?? [];
      return isAsync
        ? p.fin(start, { _type: 'AsyncFor', target, iter, body, orelse, type_comment: null })
        : p.fin(start, { _type: 'For', target, iter, body, orelse, type_comment: null });
    }
  }
  if (p.callInvalid) {
    p.pos = start;
    invalidForTarget(p);
  }
  return null;
}

// ---------------------------------------------------------------------------
// with

/**
 * with_stmt: invalid_with_stmt_indent
 *   | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
 *   | [ASYNC] 'with' ','.with_item+ ':' block
 *   | invalid_with_stmt
 */
function withStmt(p: Parser): Stmt | null {
  const start = p.pos;
  if (p.callInvalid) {
    invalidWithStmtIndent(p);
    p.pos = start;
  }
  const isAsync = p.expect(K.ASYNC);
  if (p.expect(K.KW_WITH)) {
    const head = p.pos;
    for (const parenthesized of [true, false]) {
      p.pos = head;
      const items = parenthesized ? parenthesizedWithItems(p) : withItems(p);
      if (items === null || (!parenthesized && !p.expect(K.COLON))) continue;
      const body = block(p);
      if (body === null) continue;
      return isAsync
        ? p.fin(start, { _type: 'AsyncWith', items, body, type_comment: null })
        : p.fin(start, { _type: 'With', items, body, type_comment: null });
    }
  }
  if (p.callInvalid) {
    p.pos = start;
    invalidWithStmt(p);
  }
  return null;
}

/** '(' ','.with_item+ ','? ')' ':' */
function parenthesizedWithItems(p: Parser): WithItem[] | null {
  if (!p.expect(K.LPAR)) return null;
  const items = withItems(p);
  if (items === null) return null;
  p.expect(K.COMMA);
  if (!p.expect(K.RPAR) || !p.expect(K.COLON)) return null;
  return items;
}

/** ','.with_item+ */
function withItems(p: Parser): WithItem[] | null {
  return p.gather(withItem);
}

/** with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression */
function withItem(p: Parser): WithItem | null {
  const start = p.pos;
  const e = expression(p);
  if (e === null) return null;
  const afterE = p.pos;
  if (p.expect(K.KW_AS)) {
    const t = starTarget(p);
    const k = t === null ? -1 : p.peek();
    if (k === K.COMMA || k === K.RPAR || k === K.COLON) return { _type: 'withitem', context_expr: e, optional_vars: t };
  }
  if (p.callInvalid) {
    p.pos = start;
    invalidWithItem(p);
  }
  p.pos = afterE;
  return { _type: 'withitem', context_expr: e, optional_vars: null };
}

// ---------------------------------------------------------------------------
// try

/**
 * try_stmt: invalid_try_stmt
 *   | 'try' &&':' block finally_block
 *   | 'try' &&':' block except_block+ [else_block] [finally_block]
 *   | 'try' &&':' block except_star_block+ [else_block] [finally_block]
 */
function tryStmt(p: Parser): Stmt | null {
  const start = p.pos;
  if (p.callInvalid) {
    invalidTryStmt(p);
    p.pos = start;
  }
  p.pos++;
  p.expectForced(K.COLON, ':');
  const body = block(p);
  if (body === null) return null;
  const afterBody = p.pos;
  const fin = finallyBlock(p);
  if (fin !== null) return p.fin(start, { _type: 'Try', body, handlers: [], orelse: [], finalbody: fin });
  for (const star of [false, true]) {
    p.pos = afterBody;
    const handlers = exceptBlocks(p, star);
    if (handlers === null) continue;
    const orelse = optional(p, elseBlock) ?? [];
    const finalbody = optional(p, finallyBlock) ?? [];
    return star
      ? p.fin(start, { _type: 'TryStar', body, handlers, orelse, finalbody })
      : p.fin(start, { _type: 'Try', body, handlers, orelse, finalbody });
  }
  return null;
}

/** except_block+ or except_star_block+ */
function exceptBlocks(p: Parser, star: boolean): ExceptHandler[] | null {
  const out: ExceptHandler[] = [];
  for (;;) {
    const m = p.pos;
    const h = star ? exceptStarBlock(p) : exceptBlock(p);
    if (h === null) {
      p.pos = m;
      return out.length === 0 ? null : out;
    }
    out.push(h);
  }
}

/**
 * except_block: invalid_except_stmt_indent
 *   | 'except' expression ['as' NAME] ':' block
 *   | 'except' ':' block
 *   | invalid_except_stmt
 */
export function exceptBlock(p: Parser): ExceptHandler | null {
  const start = p.pos;
  if (p.callInvalid) {
    invalidExceptStmtIndent(p);
    p.pos = start;
  }
  if (p.expect(K.KW_EXCEPT)) {
    const r = exceptTail(p, start);
    if (r !== null) return r;
    p.pos = start + 1;
    if (p.expect(K.COLON)) {
      const body = block(p);
      if (body !== null) return p.fin(start, { _type: 'ExceptHandler', type: null, name: null, body });
    }
  }
  if (p.callInvalid) {
    p.pos = start;
    invalidExceptStmt(p);
  }
  return null;
}

/** except_star_block: invalid_except_star_stmt_indent | 'except' '*' expression ['as' NAME] ':' block | invalid_except_stmt */
export function exceptStarBlock(p: Parser): ExceptHandler | null {
  const start = p.pos;
  if (p.callInvalid) {
    invalidExceptStarStmtIndent(p);
    p.pos = start;
  }
  if (p.expect(K.KW_EXCEPT) && p.expect(K.STAR)) {
    const r = exceptTail(p, start);
    if (r !== null) return r;
  }
  if (p.callInvalid) {
    p.pos = start;
    invalidExceptStmt(p);
  }
  return null;
}

/** expression ['as' NAME] ':' block, after 'except' (and '*'). */
function exceptTail(p: Parser, start: number): ExceptHandler | null {
  const type = expression(p);
  if (type === null) return null;
  let name: string | null = null;
  const m = p.pos;
  if (p.expect(K.KW_AS)) {
    const n = p.expectIdx(K.NAME);
    if (n >= 0) name = p.idAt(n);
    else p.pos = m;
  }
  if (!p.expect(K.COLON)) return null;
  const body = block(p);
  return body === null ? null : p.fin(start, { _type: 'ExceptHandler', type, name, body });
}

/** finally_block: invalid_finally_stmt | 'finally' &&':' block */
function finallyBlock(p: Parser): Stmt[] | null {
  const start = p.pos;
  if (p.callInvalid) {
    invalidFinallyStmt(p);
    p.pos = start;
  }
  if (!p.expect(K.KW_FINALLY)) return null;
  p.expectForced(K.COLON, ':');
  return block(p);
}

/** Used by func_type mode: type_expressions. */
export function typeExpressions(p: Parser): Expr[] | null {
  return typeExpressionList(p);
}

function typeExpressionList(p: Parser): Expr[] | null {
  const start = p.pos;
  const out: Expr[] = [];
  const first = expression(p);
  if (first !== null) {
    out.push(first);
    p.commaItems(out, expression);
    const afterList = p.pos;
    if (p.expect(K.COMMA)) {
      const extra = starredTypeTail(p);
      if (extra !== null) return out.concat(extra);
    }
    p.pos = afterList;
    return out;
  }
  p.pos = start;
  return starredTypeTail(p);
}

/** '*' expression [',' '**' expression] | '**' expression */
function starredTypeTail(p: Parser): Expr[] | null {
  const start = p.pos;
  if (p.expect(K.STAR)) {
    const a = expression(p);
    if (a === null) return null;
    const m = p.pos;
    if (p.expect(K.COMMA) && p.expect(K.DOUBLESTAR)) {
      const b = expression(p);
      if (b !== null) return [a, b];
    }
    p.pos = m;
    return [a];
  }
  p.pos = start;
  if (!p.expect(K.DOUBLESTAR)) return null;
  const b = expression(p);
  return b === null ? null : [b];
}
