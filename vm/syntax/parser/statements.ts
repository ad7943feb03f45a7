/**
 * Statement sequences and simple statements (grammar sections "GENERAL
 * STATEMENTS", "SIMPLE STATEMENTS" and "Import statements").
 *
 * A simple statement never includes its NEWLINE or ';' in its span. The
 * `assignment` alternatives are tried before `star_expressions`, as in the
 * grammar, because `x = 1` would otherwise parse as the expression `x`.
 */
import type { Alias, Expr, OperatorKind, Stmt } from '../ast.js';
import { T } from '../tokens.js';
import { M_DOTTED_NAME, M_SIMPLE_STMT, MISS, type Parser } from './core.js';
import * as K from './kinds.js';
import { compoundStmt } from './compound.js';
import { expression, optional, starExpressions, yieldExpr } from './expressions.js';
import { delTargets, singleSubscriptAttributeTarget, singleTarget, starTargets } from './targets.js';
import { invalidAssignment, invalidDelStmt } from './invalid.js';
import { invalidImportFromTargets } from './invalid-statements.js';

/** statements: statement+ (flattened) */
export function statements(p: Parser): Stmt[] | null {
  let out: Stmt[] | null = null;
  for (;;) {
    const m = p.pos;
    const s = statement(p);
    if (s === null) {
      p.pos = m;
      return out;
    }
    if (out === null) out = s;
    else for (const x of s) out.push(x);
  }
}

/** statement: compound_stmt | simple_stmts */
export function statement(p: Parser): Stmt[] | null {
  const start = p.pos;
  p.enter(STATEMENT_DEPTH);
  let r: Stmt[] | null;
  const c = compoundStmt(p);
  if (c !== null) r = [c];
  else {
    p.pos = start;
    r = simpleStmts(p);
  }
  p.leave(STATEMENT_DEPTH);
  return r;
}

/**
 * Nesting weights standing in for the rule calls CPython makes between a
 * statement and its first expression (see Parser.enter), so that its
 * "too complex" limit is reached at about the same depth.
 */
const STATEMENT_DEPTH = 7;
const SIMPLE_STATEMENT_DEPTH = 23;

/** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
export function simpleStmts(p: Parser): Stmt[] | null {
  const first = simpleStmt(p);
  if (first === null) return null;
  if (p.peek() !== K.SEMI) return p.expect(K.NEWLINE) ? [first] : null;
  const out = [first];
  for (;;) {
    const m = p.pos;
    if (!p.expect(K.SEMI)) break;
    const s = simpleStmt(p);
    if (s === null) {
      p.pos = m;
      break;
    }
    out.push(s);
  }
  p.expect(K.SEMI);
  return p.expect(K.NEWLINE) ? out : null;
}

/** simple_stmt (memo) */
export function simpleStmt(p: Parser): Stmt | null {
  const start = p.pos;
  const memo = p.memoGet(M_SIMPLE_STMT, start);
  if (memo !== MISS) return memo as Stmt | null;
  p.enter(SIMPLE_STATEMENT_DEPTH);
  const r = simpleStmtBody(p, start);
  p.leave(SIMPLE_STATEMENT_DEPTH);
  p.memoSet(M_SIMPLE_STMT, start, r);
  return r;
}

function simpleStmtBody(p: Parser, start: number): Stmt | null {
  const a = assignment(p);
  if (a !== null) return a;
  p.pos = start;
  const e = starExpressions(p);
  if (e !== null) {
    const s = p.tokens[start]!;
    const last = p.lastToken();
    return {
      _type: 'Expr', value: e,
      lineno: s.lineno, col_offset: s.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
    };
  }
  p.pos = start;
  switch (p.peek()) {
    case K.KW_RETURN: return returnStmt(p);
    case K.KW_IMPORT: return importName(p);
    case K.KW_FROM: return importFrom(p);
    case K.KW_RAISE: return raiseStmt(p);
    case K.KW_PASS: p.pos++; return p.fin(start, { _type: 'Pass' });
    case K.KW_DEL: return delStmt(p);
    case K.KW_YIELD: {
      const y = yieldExpr(p);
      return y === null ? null : p.fin(start, { _type: 'Expr', value: y });
    }
    case K.KW_ASSERT: return assertStmt(p);
    case K.KW_BREAK: p.pos++; return p.fin(start, { _type: 'Break' });
    case K.KW_CONTINUE: p.pos++; return p.fin(start, { _type: 'Continue' });
    case K.KW_GLOBAL:
    case K.KW_NONLOCAL: return globalStmt(p);
    default: return null;
  }
}

// ---------------------------------------------------------------------------
// Assignment

/** assignment: annotated, chained or augmented assignment | invalid_assignment */
function assignment(p: Parser): Stmt | null {
  const start = p.pos;
  // NAME ':' expression ['=' annotated_rhs]
  if (p.peek() === K.NAME) {
    p.pos++;
    if (p.expect(K.COLON)) {
      const r = annotatedAssignment(p, start, p.nameAt(start, 'Store'), 1);
      if (r !== null) return r;
    }
    p.pos = start;
  }
  // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  let target = parenthesizedSingleTarget(p);
  if (target === null) {
    p.pos = start;
    target = singleSubscriptAttributeTarget(p);
  }
  if (target !== null && p.expect(K.COLON)) {
    const r = annotatedAssignment(p, start, target, 0);
    if (r !== null) return r;
  }
  p.pos = start;
  const chained = chainedAssignment(p, start);
  if (chained !== null) return chained;
  p.pos = start;
  // single_target augassign ~ (yield_expr | star_expressions)
  const aug = singleTarget(p);
  if (aug !== null) {
    const op = augassign(p.peek());
    if (op !== null) {
      p.pos++;
      const value = annotatedRhs(p);
      return value === null ? null : p.fin(start, { _type: 'AugAssign', target: aug, op, value });
    }
  }
  if (p.callInvalid) {
    p.pos = start;
    invalidAssignment(p);
  }
  return null;
}

function parenthesizedSingleTarget(p: Parser): Expr | null {
  if (!p.expect(K.LPAR)) return null;
  const b = singleTarget(p);
  return b !== null && p.expect(K.RPAR) ? b : null;
}

/** After `target ':'`: expression ['=' annotated_rhs]. */
function annotatedAssignment(p: Parser, start: number, target: Expr, simple: number): Stmt | null {
  const annotation = expression(p);
  if (annotation === null) return null;
  let value: Expr | null = null;
  const m = p.pos;
  if (p.expect(K.EQUAL)) {
    value = annotatedRhs(p);
    if (value === null) p.pos = m;
  }
  return p.fin(start, { _type: 'AnnAssign', target, annotation, value, simple });
}

/** (star_targets '=')+ (yield_expr | star_expressions) !'=' */
function chainedAssignment(p: Parser, start: number): Stmt | null {
  const targets: Expr[] = [];
  for (;;) {
    const m = p.pos;
    const t = starTargets(p);
    if (t === null || !p.expect(K.EQUAL)) {
      p.pos = m;
      break;
    }
    targets.push(t);
  }
  if (targets.length === 0) return null;
  const value = annotatedRhs(p);
  if (value === null || p.peek() === K.EQUAL) return null;
  return p.fin(start, { _type: 'Assign', targets, value, type_comment: null });
}

/** annotated_rhs: yield_expr | star_expressions */
export function annotatedRhs(p: Parser): Expr | null {
  return p.peek() === K.KW_YIELD ? yieldExpr(p) : starExpressions(p);
}

const AUGMENTED: ReadonlyMap<number, OperatorKind> = new Map<number, OperatorKind>([
  [T.PLUSEQUAL, 'Add'], [T.MINEQUAL, 'Sub'], [T.STAREQUAL, 'Mult'], [T.ATEQUAL, 'MatMult'],
  [T.SLASHEQUAL, 'Div'], [T.PERCENTEQUAL, 'Mod'], [T.AMPEREQUAL, 'BitAnd'], [T.VBAREQUAL, 'BitOr'],
  [T.CIRCUMFLEXEQUAL, 'BitXor'], [T.LEFTSHIFTEQUAL, 'LShift'], [T.RIGHTSHIFTEQUAL, 'RShift'],
  [T.DOUBLESTAREQUAL, 'Pow'], [T.DOUBLESLASHEQUAL, 'FloorDiv'],
]);

/** augassign: the operator of an augmented assignment token, or null. */
export function augassign(kind: number): OperatorKind | null {
  return AUGMENTED.get(kind) ?? null;
}

// ---------------------------------------------------------------------------
// Other simple statements

/** return_stmt: 'return' [star_expressions] */
function returnStmt(p: Parser): Stmt {
  const start = p.pos++;
  const value = optional(p, starExpressions);
  return p.fin(start, { _type: 'Return', value });
}

/** raise_stmt: 'raise' expression ['from' expression] | 'raise' */
function raiseStmt(p: Parser): Stmt {
  const start = p.pos++;
  const exc = expression(p);
  if (exc === null) {
    p.pos = start + 1;
    return p.fin(start, { _type: 'Raise', exc: null, cause: null });
  }
  let cause: Expr | null = null;
  const m = p.pos;
  if (p.expect(K.KW_FROM)) {
    cause = expression(p);
    if (cause === null) p.pos = m;
  }
  return p.fin(start, { _type: 'Raise', exc, cause });
}

/** global_stmt / nonlocal_stmt: keyword ','.NAME+ */
function globalStmt(p: Parser): Stmt | null {
  const start = p.pos++;
  const names = p.gather((q) => (q.peek() === K.NAME ? q.idAt(q.pos++) : null));
  if (names === null) return null;
  return p.kinds[start] === K.KW_GLOBAL
    ? p.fin(start, { _type: 'Global', names })
    : p.fin(start, { _type: 'Nonlocal', names });
}

/** del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
function delStmt(p: Parser): Stmt | null {
  const start = p.pos++;
  const targets = delTargets(p);
  if (targets !== null) {
    const k = p.peek();
    if (k === K.SEMI || k === K.NEWLINE) return p.fin(start, { _type: 'Delete', targets });
  }
  if (p.callInvalid) {
    p.pos = start;
    invalidDelStmt(p);
  }
  return null;
}

/** assert_stmt: 'assert' expression [',' expression] */
function assertStmt(p: Parser): Stmt | null {
  const start = p.pos++;
  const test = expression(p);
  if (test === null) return null;
  let msg: Expr | null = null;
  const m = p.pos;
  if (p.expect(K.COMMA)) {
    msg = expression(p);
    if (msg === null) p.pos = m;
  }
  return p.fin(start, { _type: 'Assert', test, msg });
}

// ---------------------------------------------------------------------------
// Imports

/** import_name: 'import' dotted_as_names */
function importName(p: Parser): Stmt | null {
  const start = p.pos++;
  const names = p.gather(dottedAsName);
  return names === null ? null : p.fin(start, { _type: 'Import', names });
}

/**
 * import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *            | 'from' ('.' | '...')+ 'import' import_from_targets
 */
function importFrom(p: Parser): Stmt | null {
  const start = p.pos++;
  let level = 0;
  for (;;) {
    const k = p.peek();
    if (k === K.DOT) level += 1;
    else if (k === K.ELLIPSIS) level += 3;
    else break;
    p.pos++;
  }
  const afterDots = p.pos;
  const module = dottedName(p);
  if (module !== null && p.expect(K.KW_IMPORT)) {
    const names = importFromTargets(p);
    if (names !== null) return p.fin(start, { _type: 'ImportFrom', module, names, level });
  }
  if (level === 0) return null;
  p.pos = afterDots;
  if (!p.expect(K.KW_IMPORT)) return null;
  const names = importFromTargets(p);
  return names === null ? null : p.fin(start, { _type: 'ImportFrom', module: null, names, level });
}

/** import_from_targets: '(' names [','] ')' | names !',' | '*' | invalid_import_from_targets */
function importFromTargets(p: Parser): Alias[] | null {
  const start = p.pos;
  if (p.expect(K.LPAR)) {
    const names = importFromAsNames(p);
    if (names !== null) {
      p.expect(K.COMMA);
      if (p.expect(K.RPAR)) return names;
    }
    p.pos = start;
  }
  const names = importFromAsNames(p);
  if (names !== null && p.peek() !== K.COMMA) return names;
  p.pos = start;
  if (p.expect(K.STAR)) return [p.fin(start, { _type: 'alias', name: '*', asname: null })];
  if (p.callInvalid) invalidImportFromTargets(p);
  return null;
}

/** import_from_as_names: ','.import_from_as_name+ */
export function importFromAsNames(p: Parser): Alias[] | null {
  return p.gather(importFromAsName);
}


/** import_from_as_name: NAME ['as' NAME] */
function importFromAsName(p: Parser): Alias | null {
  const start = p.pos;
  if (p.peek() !== K.NAME) return null;
  p.pos++;
  return p.fin(start, { _type: 'alias', name: p.idAt(start), asname: asName(p) });
}

/** dotted_as_name: dotted_name ['as' NAME] */
function dottedAsName(p: Parser): Alias | null {
  const start = p.pos;
  const name = dottedName(p);
  if (name === null) return null;
  return p.fin(start, { _type: 'alias', name, asname: asName(p) });
}

/** ['as' NAME] */
function asName(p: Parser): string | null {
  const m = p.pos;
  if (p.expect(K.KW_AS)) {
    const n = p.expectIdx(K.NAME);
    if (n >= 0) return p.idAt(n);
    p.pos = m;
  }
  return null;
}

/** dotted_name (left-recursive, memo): dotted_name '.' NAME | NAME */
export function dottedName(p: Parser): string | null {
  const start = p.pos;
  const memo = p.memoGet(M_DOTTED_NAME, start);
  if (memo !== MISS) return memo as string | null;
  let r: string | null = null;
  if (p.peek() === K.NAME) {
    r = p.idAt(p.pos++);
    for (;;) {
      const m = p.pos;
      if (!p.expect(K.DOT)) break;
      const n = p.expectIdx(K.NAME);
      if (n < 0) {
        p.pos = m;
        break;
      }
      r = `${r}.${p.idAt(n)}`;
    }
  }
  p.memoSet(M_DOTTED_NAME, start, r);
  return r;
}
