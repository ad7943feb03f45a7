/**
 * The `invalid_*` rules for expressions, assignments, calls, comprehensions
 * and displays: the second-pass rules that turn a failed parse into a
 * specific message (Python 3.11 grammar, "INVALID RULES").
 *
 * Contract shared by every invalid rule here: it runs only when
 * `p.callInvalid` is set; it either throws a PySyntaxError (the message
 * wins) or returns normally, meaning "this rule failed", with the mark
 * unspecified (callers reset). When an alternative matches but its action
 * decides not to raise (CPython's action returning NULL), the rule returns
 * at once without trying its later alternatives, as CPython's generated
 * code does.
 */
import type { Comprehension, Expr } from '../ast.js';
import { M_INVALID_NAMED_EXPRESSION, MISS, type Parser } from './core.js';
import * as K from './kinds.js';
import { args, kwargs, positionalArgs, type CallArgs } from './arguments.js';
import { doubleStarredKvpair, genexp, list, tuple } from './collections.js';
import {
  bitwiseOr, disjunction, expression, expressionWithoutInvalid, forIfClauses, optional,
  starExpressions, starNamedExpression, starNamedExpressions, starredExpression, yieldExpr,
} from './expressions.js';
import { annotatedRhs, augassign } from './statements.js';
import { starTargets } from './targets.js';

// ---------------------------------------------------------------------------
// Helpers shared with invalid-statements.ts

/** CPython's _PyPegen_get_expr_name: how messages name an expression. */
export function exprName(e: Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant':
      switch (e.value.kind) {
        case 'None': return 'None';
        case 'bool': return e.value.value ? 'True' : 'False';
        case 'Ellipsis': return 'ellipsis';
        default: return 'literal';
      }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return e._type;
  }
}

export type TargetsKind = 'star' | 'del' | 'for';

/** CPython's _PyPegen_get_invalid_target: the part of `e` that cannot be a target. */
function invalidTargetOf(e: Expr, kind: TargetsKind): Expr | null {
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const bad = invalidTargetOf(x, kind);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      return kind === 'del' ? e : invalidTargetOf(e.value, kind);
    case 'Compare':
      // `for a in b` parses its target as the comparison `a in b`.
      if (kind === 'for') return e.ops[0] === 'In' ? invalidTargetOf(e.left, kind) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET: raises if `e` holds a bad target, else returns. */
export function raiseInvalidTarget(p: Parser, kind: TargetsKind, e: Expr): void {
  const bad = invalidTargetOf(e, kind);
  if (bad === null) return;
  const verb = kind === 'del' ? 'delete' : 'assign to';
  p.raiseKnownLocation(bad, `cannot ${verb} ${exprName(bad)}`);
}

/** _PyPegen_get_last_comprehension_item of the last clause. */
export function lastComprehensionItem(clauses: Comprehension[]): Expr {
  const c = clauses[clauses.length - 1]!;
  return c.ifs.length === 0 ? c.iter : c.ifs[c.ifs.length - 1]!;
}

const GENEXP_MESSAGE = 'Generator expression must be parenthesized';
const MAYBE_EQUALITY = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";

// ---------------------------------------------------------------------------
// Calls

/**
 * invalid_arguments:
 *   | ((positional_args ',' kwargs) | kwargs) ',' '*'    (3.11.7's form of the first alternative)
 *   | expression for_if_clauses ',' [args | expression for_if_clauses]
 *   | NAME '=' expression for_if_clauses
 *   | args for_if_clauses
 *   | args ',' expression for_if_clauses
 *   | args ',' args
 */
export function invalidArguments(p: Parser): void {
  const start = p.pos;
  if (argumentsWithKeywords(p) && p.expect(K.COMMA)) {
    const star = p.expectIdx(K.STAR);
    if (star >= 0) p.raiseKnownLocation(p.tokens[star]!, 'iterable argument unpacking follows keyword argument unpacking');
  }
  p.pos = start;
  const e = expression(p);
  if (e !== null) {
    const clauses = forIfClauses(p);
    if (clauses !== null && p.expect(K.COMMA)) {
      optionalArgsOrGenexp(p);
      p.raiseKnownRange(e, lastComprehensionItem(clauses), GENEXP_MESSAGE);
    }
  }
  p.pos = start;
  maybeEqualityInCall(p);
  p.pos = start;
  const a2 = args(p);
  if (a2 !== null) {
    const clauses = forIfClauses(p);
    if (clauses !== null) {
      nonParenthesizedGenexp(p, a2, clauses);
      return;
    }
  }
  p.pos = start;
  if (args(p) !== null && p.expect(K.COMMA)) {
    const g = expression(p);
    const clauses = g === null ? null : forIfClauses(p);
    if (g !== null && clauses !== null) p.raiseKnownRange(g, lastComprehensionItem(clauses), GENEXP_MESSAGE);
  }
  p.pos = start;
  const a3 = args(p);
  if (a3 !== null && p.expect(K.COMMA) && args(p) !== null) argumentsParsingError(p, a3);
}

/** (positional_args ',' kwargs) | kwargs */
function argumentsWithKeywords(p: Parser): boolean {
  const start = p.pos;
  if (positionalArgs(p) !== null && p.expect(K.COMMA) && kwargs(p) !== null) return true;
  p.pos = start;
  return kwargs(p) !== null;
}

/** [args | expression for_if_clauses] */
function optionalArgsOrGenexp(p: Parser): void {
  const m = p.pos;
  if (args(p) !== null) return;
  p.pos = m;
  if (expression(p) !== null && forIfClauses(p) !== null) return;
  p.pos = m;
}

/** NAME '=' expression for_if_clauses: "Maybe you meant '=='". */
function maybeEqualityInCall(p: Parser): void {
  const n = p.expectIdx(K.NAME);
  if (n < 0) return;
  const eq = p.expectIdx(K.EQUAL);
  if (eq < 0) return;
  if (expression(p) !== null && forIfClauses(p) !== null) {
    p.raiseKnownRange(p.tokens[n]!, p.tokens[eq]!, MAYBE_EQUALITY);
  }
}

/** _PyPegen_nonparen_genexp_in_call */
function nonParenthesizedGenexp(p: Parser, a: CallArgs, clauses: Comprehension[]): void {
  const n = a.args.length;
  if (n <= 1) return;
  p.raiseKnownRange(a.args[n - 1]!, lastComprehensionItem(clauses), GENEXP_MESSAGE);
}

/** _PyPegen_arguments_parsing_error */
function argumentsParsingError(p: Parser, a: CallArgs): never {
  const unpacking = a.keywords.some((k) => k.arg === null);
  p.raiseAtLastToken(unpacking
    ? 'positional argument follows keyword argument unpacking'
    : 'positional argument follows keyword argument');
}

/**
 * invalid_kwarg:
 *   | ('True'|'False'|'None') '='
 *   | NAME '=' expression for_if_clauses
 *   | !(NAME '=') expression '='
 */
export function invalidKwarg(p: Parser): void {
  const start = p.pos;
  const k = p.peek();
  if (k === K.KW_TRUE || k === K.KW_FALSE || k === K.KW_NONE) {
    p.pos++;
    const eq = p.expectIdx(K.EQUAL);
    if (eq >= 0) p.raiseKnownRange(p.tokens[start]!, p.tokens[eq]!, `cannot assign to ${p.tokens[start]!.string}`);
  }
  p.pos = start;
  maybeEqualityInCall(p);
  p.pos = start;
  if (p.peek() === K.NAME && p.peekAt(1) === K.EQUAL) return;
  const a = expression(p);
  if (a === null) return;
  const eq = p.expectIdx(K.EQUAL);
  if (eq >= 0) p.raiseKnownRange(a, p.tokens[eq]!, 'expression cannot contain assignment, perhaps you meant "=="?');
}

// ---------------------------------------------------------------------------
// Expressions

/** _PyPegen_check_legacy_stmt: `print` or `exec` used as a statement. */
function isLegacyName(e: Expr): boolean {
  return e._type === 'Name' && (e.id === 'print' || e.id === 'exec');
}

/** invalid_legacy_expression: NAME !'(' star_expressions */
export function invalidLegacyExpression(p: Parser): void {
  const n = p.expectIdx(K.NAME);
  if (n < 0 || p.peek() === K.LPAR) return;
  const b = starExpressions(p);
  if (b === null) return;
  const a = p.nameAt(n, 'Load');
  if (isLegacyName(a)) p.raiseKnownRange(a, b, `Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`);
}

/**
 * invalid_expression:
 *   | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
 *   | disjunction 'if' disjunction !('else'|':')
 */
export function invalidExpression(p: Parser): void {
  const start = p.pos;
  if (!startsWithNameStringOrSoftKeyword(p)) {
    p.pos = start;
    const a = disjunction(p);
    if (a !== null) {
      const b = expressionWithoutInvalid(p);
      if (b !== null) {
        if (isLegacyName(a) || p.levels[p.pos - 1] === 0) return;
        p.raiseKnownRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
      }
    }
  }
  p.pos = start;
  const a = disjunction(p);
  if (a === null || !p.expect(K.KW_IF)) return;
  const b = disjunction(p);
  if (b === null) return;
  const k = p.peek();
  if (k !== K.KW_ELSE && k !== K.COLON) p.raiseKnownRange(a, b, "expected 'else' after 'if' expression");
}

/**
 * NAME STRING | SOFT_KEYWORD. CPython compares a NAME with each soft keyword
 * only over the NAME's length, so any prefix of `match` or `case` counts.
 */
function startsWithNameStringOrSoftKeyword(p: Parser): boolean {
  if (p.peek() !== K.NAME) return false;
  if (p.peekAt(1) === K.STRING) return true;
  const s = p.tokens[p.pos]!.string;
  return s === '_' || 'match'.startsWith(s) || 'case'.startsWith(s);
}

/**
 * invalid_named_expression (memo):
 *   | expression ':=' expression
 *   | NAME '=' bitwise_or !('='|':=')
 *   | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
 */
export function invalidNamedExpression(p: Parser): void {
  const start = p.pos;
  if (p.memoGet(M_INVALID_NAMED_EXPRESSION, start) !== MISS) return;
  invalidNamedExpressionBody(p, start);
  p.pos = start;
  p.memoSet(M_INVALID_NAMED_EXPRESSION, start, null);
}

function invalidNamedExpressionBody(p: Parser, start: number): void {
  const a = expression(p);
  if (a !== null && p.expect(K.COLONEQUAL) && expression(p) !== null) {
    p.raiseKnownLocation(a, `cannot use assignment expressions with ${exprName(a)}`);
  }
  p.pos = start;
  const n = p.expectIdx(K.NAME);
  if (n >= 0 && p.expect(K.EQUAL)) {
    const b = bitwiseOr(p);
    if (b !== null && !atAssignOrWalrus(p)) p.raiseKnownRange(p.tokens[n]!, b, MAYBE_EQUALITY);
  }
  p.pos = start;
  if (startsWithDisplayOrSingleton(p)) return;
  p.pos = start;
  const target = bitwiseOr(p);
  if (target === null || !p.expect(K.EQUAL)) return;
  if (bitwiseOr(p) !== null && !atAssignOrWalrus(p)) {
    p.raiseKnownLocation(target, `cannot assign to ${exprName(target)} here. Maybe you meant '==' instead of '='?`);
  }
}

function atAssignOrWalrus(p: Parser): boolean {
  const k = p.peek();
  return k === K.EQUAL || k === K.COLONEQUAL;
}

/** &(list|tuple|genexp|'True'|'None'|'False') */
function startsWithDisplayOrSingleton(p: Parser): boolean {
  const start = p.pos;
  const k = p.peek();
  if (k === K.LSQB) {
    if (list(p) !== null) return true;
    p.pos = start;
  }
  if (k === K.LPAR) {
    if (tuple(p) !== null) return true;
    p.pos = start;
  }
  if (k === K.LPAR || k === K.LSQB || k === K.LBRACE) {
    if (genexp(p) !== null) return true;
    p.pos = start;
  }
  return k === K.KW_TRUE || k === K.KW_NONE || k === K.KW_FALSE;
}

// ---------------------------------------------------------------------------
// Assignments

/**
 * invalid_assignment:
 *   | invalid_ann_assign_target ':' expression
 *   | star_named_expression ',' star_named_expressions* ':' expression
 *   | expression ':' expression
 *   | (star_targets '=')* star_expressions '='
 *   | (star_targets '=')* yield_expr '='
 *   | star_expressions augassign (yield_expr | star_expressions)
 */
export function invalidAssignment(p: Parser): void {
  const start = p.pos;
  const t = invalidAnnAssignTarget(p);
  if (t !== null && p.expect(K.COLON) && expression(p) !== null) {
    p.raiseKnownLocation(t, `only single target (not ${exprName(t)}) can be annotated`);
  }
  p.pos = start;
  const first = starNamedExpression(p);
  if (first !== null && p.expect(K.COMMA)) {
    while (optional(p, starNamedExpressions) !== null) { /* star_named_expressions* */ }
    if (p.expect(K.COLON) && expression(p) !== null) {
      p.raiseKnownLocation(first, 'only single target (not tuple) can be annotated');
    }
  }
  p.pos = start;
  const e = expression(p);
  if (e !== null && p.expect(K.COLON) && expression(p) !== null) p.raiseKnownLocation(e, 'illegal target for annotation');
  p.pos = start;
  skipAssignmentTargets(p);
  const lhs = starExpressions(p);
  if (lhs !== null && p.expect(K.EQUAL)) {
    raiseInvalidTarget(p, 'star', lhs);
    return;
  }
  p.pos = start;
  skipAssignmentTargets(p);
  const y = yieldExpr(p);
  if (y !== null && p.expect(K.EQUAL)) p.raiseKnownLocation(y, 'assignment to yield expression not possible');
  p.pos = start;
  const aug = starExpressions(p);
  if (aug !== null && augassign(p.peek()) !== null) {
    p.pos++;
    if (annotatedRhs(p) !== null) {
      p.raiseKnownLocation(aug, `'${exprName(aug)}' is an illegal expression for augmented assignment`);
    }
  }
}

/** (star_targets '=')* */
function skipAssignmentTargets(p: Parser): void {
  for (;;) {
    const m = p.pos;
    if (starTargets(p) === null || !p.expect(K.EQUAL)) {
      p.pos = m;
      return;
    }
  }
}

/** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
function invalidAnnAssignTarget(p: Parser): Expr | null {
  const start = p.pos;
  const k = p.peek();
  if (k === K.LSQB) return list(p);
  if (k !== K.LPAR) return null;
  const t = tuple(p);
  if (t !== null) return t;
  p.pos = start + 1;
  const inner = invalidAnnAssignTarget(p);
  return inner !== null && p.expect(K.RPAR) ? inner : null;
}

/** invalid_del_stmt: 'del' star_expressions */
export function invalidDelStmt(p: Parser): void {
  if (!p.expect(K.KW_DEL)) return;
  const a = starExpressions(p);
  if (a !== null) raiseInvalidTarget(p, 'del', a);
}

/** invalid_for_target: ASYNC? 'for' star_expressions */
export function invalidForTarget(p: Parser): void {
  p.expect(K.ASYNC);
  if (!p.expect(K.KW_FOR)) return;
  const a = starExpressions(p);
  if (a !== null) raiseInvalidTarget(p, 'for', a);
}

// ---------------------------------------------------------------------------
// Displays and comprehensions

/** invalid_group: '(' starred_expression ')' | '(' '**' expression ')' */
export function invalidGroup(p: Parser): void {
  const start = p.pos;
  if (!p.expect(K.LPAR)) return;
  const a = starredExpression(p);
  if (a !== null && p.expect(K.RPAR)) p.raiseKnownLocation(a, 'cannot use starred expression here');
  p.pos = start + 1;
  const star = p.expectIdx(K.DOUBLESTAR);
  if (star >= 0 && expression(p) !== null && p.expect(K.RPAR)) {
    p.raiseKnownLocation(p.tokens[star]!, 'cannot use double starred expression here');
  }
}

/**
 * invalid_comprehension:
 *   | ('[' | '(' | '{') starred_expression for_if_clauses
 *   | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
 *   | ('[' | '{') star_named_expression ',' for_if_clauses
 */
export function invalidComprehension(p: Parser): void {
  const start = p.pos;
  const k = p.peek();
  if (k !== K.LSQB && k !== K.LPAR && k !== K.LBRACE) return;
  p.pos++;
  const a = starredExpression(p);
  if (a !== null && forIfClauses(p) !== null) p.raiseKnownLocation(a, 'iterable unpacking cannot be used in comprehension');
  if (k === K.LPAR) return;
  const message = 'did you forget parentheses around the comprehension target?';
  p.pos = start + 1;
  const first = starNamedExpression(p);
  if (first !== null && p.expect(K.COMMA)) {
    const rest = starNamedExpressions(p);
    if (rest !== null && forIfClauses(p) !== null) p.raiseKnownRange(first, rest[rest.length - 1]!, message);
  }
  p.pos = start + 1;
  const again = starNamedExpression(p);
  if (again === null) return;
  const comma = p.expectIdx(K.COMMA);
  if (comma >= 0 && forIfClauses(p) !== null) p.raiseKnownRange(again, p.tokens[comma]!, message);
}

/** invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}' */
export function invalidDictComprehension(p: Parser): void {
  if (!p.expect(K.LBRACE)) return;
  const star = p.expectIdx(K.DOUBLESTAR);
  if (star < 0 || bitwiseOr(p) === null || forIfClauses(p) === null || !p.expect(K.RBRACE)) return;
  p.raiseKnownLocation(p.tokens[star]!, 'dict unpacking cannot be used in dict comprehension');
}

/**
 * invalid_double_starred_kvpairs:
 *   | ','.double_starred_kvpair+ ',' invalid_kvpair
 *   | expression ':' '*' bitwise_or
 *   | expression ':' &('}'|',')
 */
export function invalidDoubleStarredKvpairs(p: Parser): void {
  const start = p.pos;
  if (kvpairsThenComma(p)) invalidKvpair(p);
  p.pos = start;
  starredValueOrMissingValue(p);
}

/** ','.double_starred_kvpair+ ',' */
function kvpairsThenComma(p: Parser): boolean {
  let n = 0;
  for (;;) {
    const m = p.pos;
    if (n > 0 && !p.expect(K.COMMA)) break;
    if (doubleStarredKvpair(p) === null) {
      p.pos = m;
      break;
    }
    n++;
  }
  return n > 0 && p.expect(K.COMMA);
}

/** expression ':' '*' bitwise_or | expression ':' &('}'|',') */
function starredValueOrMissingValue(p: Parser): void {
  const start = p.pos;
  if (expression(p) === null) return;
  const colon = p.expectIdx(K.COLON);
  if (colon < 0) return;
  const star = p.expectIdx(K.STAR);
  if (star >= 0 && bitwiseOr(p) !== null) {
    p.raiseStartingFrom(p.tokens[star]!, 'cannot use a starred expression in a dictionary value');
  }
  p.pos = colon + 1;
  const k = p.peek();
  if (k === K.RBRACE || k === K.COMMA) {
    p.raiseKnownLocation(p.tokens[colon]!, "expression expected after dictionary key and ':'");
  }
  p.pos = start;
}

/**
 * invalid_kvpair:
 *   | expression !(':')
 *   | expression ':' '*' bitwise_or
 *   | expression ':' &('}'|',')
 */
function invalidKvpair(p: Parser): void {
  const start = p.pos;
  const a = expression(p);
  if (a !== null && p.peek() !== K.COLON) {
    p.raiseRaw('SyntaxError', "':' expected after dictionary key", a.lineno, a.end_col_offset, a.end_lineno, 0);
  }
  p.pos = start;
  starredValueOrMissingValue(p);
}

