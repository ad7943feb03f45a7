/**
 * The start rules, one per compile mode (grammar section "STARTING RULES"),
 * plus `fstring` for replacement fields:
 *
 *   file:        [statements] ENDMARKER
 *   interactive: statement_newline
 *   eval:        expressions NEWLINE* ENDMARKER
 *   func_type:   '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
 *   fstring:     star_expressions
 *
 * Each returns the module node (or the field's expression) or null.
 */
import type { Expr, Mod, Stmt } from '../ast.js';
import type { Parser } from './core.js';
import * as K from './kinds.js';
import { compoundStmt, typeExpressions } from './compound.js';
import { expression, expressions, optional, starExpressions } from './expressions.js';
import { simpleStmts, statements } from './statements.js';

export type StartRule = 'exec' | 'eval' | 'single' | 'func_type' | 'fstring';

export function runStartRule(p: Parser, rule: StartRule): Mod | Expr | null {
  switch (rule) {
    case 'exec': return fileRule(p);
    case 'eval': return evalRule(p);
    case 'single': return interactiveRule(p);
    case 'func_type': return funcTypeRule(p);
    default: return starExpressions(p);
  }
}

function fileRule(p: Parser): Mod | null {
  const body = optional(p, statements) ?? [];
  if (!p.expect(K.ENDMARKER)) return null;
  return { _type: 'Module', body, type_ignores: [] };
}

function evalRule(p: Parser): Mod | null {
  const body = expressions(p);
  if (body === null) return null;
  while (p.expect(K.NEWLINE)) { /* NEWLINE* */ }
  if (!p.expect(K.ENDMARKER)) return null;
  return { _type: 'Expression', body };
}

function funcTypeRule(p: Parser): Mod | null {
  if (!p.expect(K.LPAR)) return null;
  const argtypes = optional(p, typeExpressions) ?? [];
  if (!p.expect(K.RPAR) || !p.expect(K.RARROW)) return null;
  const returns = expression(p);
  if (returns === null) return null;
  while (p.expect(K.NEWLINE)) { /* NEWLINE* */ }
  if (!p.expect(K.ENDMARKER)) return null;
  return { _type: 'FunctionType', argtypes, returns };
}

/** interactive: statement_newline, then no second statement may follow. */
function interactiveRule(p: Parser): Mod | null {
  const body = statementNewline(p);
  if (body === null) return null;
  return { _type: 'Interactive', body };
}

/**
 * statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
 * (the ENDMARKER alternative is CPython's "interactive exit": a failure).
 */
function statementNewline(p: Parser): Stmt[] | null {
  const start = p.pos;
  const c = compoundStmt(p);
  if (c !== null && p.expect(K.NEWLINE)) return [c];
  p.pos = start;
  const s = simpleStmts(p);
  if (s !== null) return s;
  p.pos = start;
  if (p.expect(K.NEWLINE)) return [p.fin(start, { _type: 'Pass' })];
  return null;
}

/** CPython's bad_single_statement: anything but blanks and comments after the statement. */
export function moreThanOneStatement(p: Parser): boolean {
  const src = p.tok.src;
  let i = p.tok.readPos;
  const n = src.length;
  for (;;) {
    let c = i < n ? src.charCodeAt(i) : 0;
    while (c === 32 || c === 9 || c === 10 || c === 12) c = ++i < n ? src.charCodeAt(i) : 0;
    if (c === 0) return false;
    if (c !== 35) return true;
    while (c !== 0 && c !== 10) c = ++i < n ? src.charCodeAt(i) : 0;
  }
}
