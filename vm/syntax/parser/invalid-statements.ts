/**
 * The `invalid_*` rules for statements, blocks, parameter lists and match
 * patterns (Python 3.11 grammar, "INVALID RULES"). Same contract as
 * invalid.ts: throw the specific PySyntaxError, or return normally when the
 * rule does not apply (mark unspecified).
 *
 * Most of them recognise a statement head whose ':' is missing ("expected
 * ':'", reported at the last token fetched) or whose block is not indented
 * (an IndentationError naming the statement and its line).
 */
import type { Expr, Pattern } from '../ast.js';
import type { Parser } from './core.js';
import * as K from './kinds.js';
import { callArguments } from './arguments.js';
import { block, exceptBlock, exceptStarBlock } from './compound.js';
import { expression, expressions, namedExpression, optional, starExpressions } from './expressions.js';
import {
  param, paramNoDefault, params, paramsMaybeDefault, paramsNoDefault, paramsWithDefault,
  slashNoDefault, slashWithDefault,
} from './parameters.js';
import { guardClause, keywordPatterns, nameOrAttr, orPattern, patterns, positionalPatterns, subjectExpr } from './patterns.js';
import { importFromAsNames } from './statements.js';
import { starTarget, starTargets } from './targets.js';
import { raiseInvalidTarget } from './invalid.js';

const EXPECTED_COLON = "expected ':'";

/** NEWLINE !INDENT */
function newlineWithoutIndent(p: Parser): boolean {
  return p.expect(K.NEWLINE) && p.peek() !== K.INDENT;
}

function raiseNoBlock(p: Parser, what: string, lineno: number): never {
  p.raiseAtLastToken(`expected an indented block after ${what} on line ${lineno}`, 'IndentationError');
}

/** invalid_block: NEWLINE !INDENT */
export function invalidBlock(p: Parser): void {
  if (newlineWithoutIndent(p)) p.raiseAtLastToken('expected an indented block', 'IndentationError');
}

// ---------------------------------------------------------------------------
// if / elif / else / while / for

/** invalid_if_stmt: 'if' named_expression NEWLINE | 'if' named_expression ':' NEWLINE !INDENT */
export function invalidIfStmt(p: Parser): void {
  invalidHead(p, K.KW_IF, "'if' statement");
}

/** invalid_elif_stmt: like invalid_if_stmt for 'elif'. */
export function invalidElifStmt(p: Parser): void {
  invalidHead(p, K.KW_ELIF, "'elif' statement");
}

/** invalid_while_stmt: like invalid_if_stmt for 'while'. */
export function invalidWhileStmt(p: Parser): void {
  invalidHead(p, K.KW_WHILE, "'while' statement");
}

/**
 * keyword named_expression NEWLINE -> "expected ':'";
 * keyword named_expression ':' NEWLINE !INDENT -> IndentationError.
 */
function invalidHead(p: Parser, keyword: number, what: string): void {
  const start = p.pos;
  if (!p.expect(keyword)) return;
  const afterKeyword = p.pos;
  if (namedExpression(p) !== null && p.expect(K.NEWLINE)) p.raiseAtLastToken(EXPECTED_COLON);
  p.pos = afterKeyword;
  const test = namedExpression(p);
  if (test !== null && p.expect(K.COLON) && newlineWithoutIndent(p)) {
    raiseNoBlock(p, what, p.tokens[start]!.lineno);
  }
}

/** invalid_else_stmt: 'else' ':' NEWLINE !INDENT */
export function invalidElseStmt(p: Parser): void {
  const a = p.expectIdx(K.KW_ELSE);
  if (a >= 0 && p.expect(K.COLON) && newlineWithoutIndent(p)) raiseNoBlock(p, "'else' statement", p.tokens[a]!.lineno);
}

/**
 * invalid_for_stmt: [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
 *   | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
 */
export function invalidForStmt(p: Parser): void {
  const start = p.pos;
  p.expect(K.ASYNC);
  const a = p.pos;
  if (forHead(p) && p.expect(K.NEWLINE)) p.raiseAtLastToken(EXPECTED_COLON);
  p.pos = start;
  p.expect(K.ASYNC);
  if (forHead(p) && p.expect(K.COLON) && newlineWithoutIndent(p)) {
    raiseNoBlock(p, "'for' statement", p.tokens[a]!.lineno);
  }
}

/** 'for' star_targets 'in' star_expressions */
function forHead(p: Parser): boolean {
  return p.expect(K.KW_FOR) && starTargets(p) !== null && p.expect(K.KW_IN) && starExpressions(p) !== null;
}

// ---------------------------------------------------------------------------
// with

/**
 * invalid_with_stmt:
 *   | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
 *   | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
 */
export function invalidWithStmt(p: Parser): void {
  const start = p.pos;
  p.expect(K.ASYNC);
  if (p.expect(K.KW_WITH) && looseWithItems(p, expression) && p.expect(K.NEWLINE)) p.raiseAtLastToken(EXPECTED_COLON);
  p.pos = start;
  p.expect(K.ASYNC);
  if (p.expect(K.KW_WITH) && parenthesizedLooseWithItems(p) && p.expect(K.NEWLINE)) p.raiseAtLastToken(EXPECTED_COLON);
}

/**
 * invalid_with_stmt_indent: the two `with` forms followed by
 * ':' NEWLINE !INDENT.
 */
export function invalidWithStmtIndent(p: Parser): void {
  const start = p.pos;
  p.expect(K.ASYNC);
  let a = p.expectIdx(K.KW_WITH);
  if (a >= 0 && looseWithItems(p, expression) && p.expect(K.COLON) && newlineWithoutIndent(p)) {
    raiseNoBlock(p, "'with' statement", p.tokens[a]!.lineno);
  }
  p.pos = start;
  p.expect(K.ASYNC);
  a = p.expectIdx(K.KW_WITH);
  if (a >= 0 && parenthesizedLooseWithItems(p) && p.expect(K.COLON) && newlineWithoutIndent(p)) {
    raiseNoBlock(p, "'with' statement", p.tokens[a]!.lineno);
  }
}

/** ','.(item ['as' star_target])+ */
function looseWithItems(p: Parser, item: (p: Parser) => Expr | null): boolean {
  let n = 0;
  for (;;) {
    const m = p.pos;
    if (n > 0 && !p.expect(K.COMMA)) break;
    if (item(p) === null) {
      p.pos = m;
      break;
    }
    const m2 = p.pos;
    if (!(p.expect(K.KW_AS) && starTarget(p) !== null)) p.pos = m2;
    n++;
  }
  return n > 0;
}

/** '(' ','.(expressions ['as' star_target])+ ','? ')' */
function parenthesizedLooseWithItems(p: Parser): boolean {
  if (!p.expect(K.LPAR) || !looseWithItems(p, expressions)) return false;
  p.expect(K.COMMA);
  return p.expect(K.RPAR);
}

/** invalid_with_item: expression 'as' expression &(',' | ')' | ':') */
export function invalidWithItem(p: Parser): void {
  if (expression(p) === null || !p.expect(K.KW_AS)) return;
  const a = expression(p);
  if (a === null) return;
  const k = p.peek();
  if (k === K.COMMA || k === K.RPAR || k === K.COLON) raiseInvalidTarget(p, 'star', a);
}

// ---------------------------------------------------------------------------
// try / except / finally

/**
 * invalid_try_stmt:
 *   | 'try' ':' NEWLINE !INDENT
 *   | 'try' ':' block !('except' | 'finally')
 *   | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
 *   | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
 */
export function invalidTryStmt(p: Parser): void {
  const start = p.pos;
  if (!p.expect(K.KW_TRY) || !p.expect(K.COLON)) return;
  if (newlineWithoutIndent(p)) raiseNoBlock(p, "'try' statement", p.tokens[start]!.lineno);
  const afterColon = start + 2;
  p.pos = afterColon;
  if (block(p) !== null) {
    const k = p.peek();
    if (k !== K.KW_EXCEPT && k !== K.KW_FINALLY) p.raiseAtLastToken("expected 'except' or 'finally' block");
  }
  const message = "cannot have both 'except' and 'except*' on the same 'try'";
  for (const star of [false, true]) {
    p.pos = afterColon;
    skipBlocks(p);
    if (!handlers(p, star)) continue;
    const a = p.expectIdx(K.KW_EXCEPT);
    if (a < 0) continue;
    if (!star) {
      const b = p.expectIdx(K.STAR);
      if (b >= 0 && expression(p) !== null && optionalAsName(p) && p.expect(K.COLON)) {
        p.raiseKnownRange(p.tokens[a]!, p.tokens[b]!, message);
      }
    } else {
      const m = p.pos;
      if (!(expression(p) !== null && optionalAsName(p))) p.pos = m;
      if (p.expect(K.COLON)) p.raiseKnownLocation(p.tokens[a]!, message);
    }
  }
}

/** block* */
function skipBlocks(p: Parser): void {
  for (;;) {
    const m = p.pos;
    if (block(p) === null) {
      p.pos = m;
      return;
    }
  }
}

/** except_block+ or except_star_block+ */
function handlers(p: Parser, star: boolean): boolean {
  let n = 0;
  for (;;) {
    const m = p.pos;
    if ((star ? exceptStarBlock(p) : exceptBlock(p)) === null) {
      p.pos = m;
      return n > 0;
    }
    n++;
  }
}

/** ['as' NAME] (always succeeds) */
function optionalAsName(p: Parser): boolean {
  const m = p.pos;
  if (!(p.expect(K.KW_AS) && p.expect(K.NAME))) p.pos = m;
  return true;
}

/**
 * invalid_except_stmt:
 *   | 'except' '*'? expression ',' expressions ['as' NAME] ':'
 *   | 'except' '*'? expression ['as' NAME] NEWLINE
 *   | 'except' NEWLINE
 *   | 'except' '*' (NEWLINE | ':')
 */
export function invalidExceptStmt(p: Parser): void {
  const start = p.pos;
  if (!p.expect(K.KW_EXCEPT)) return;
  p.expect(K.STAR);
  const a = expression(p);
  if (a !== null && p.expect(K.COMMA) && expressions(p) !== null && optionalAsName(p) && p.expect(K.COLON)) {
    p.raiseStartingFrom(a, 'multiple exception types must be parenthesized');
  }
  p.pos = start + 1;
  p.expect(K.STAR);
  if (expression(p) !== null && optionalAsName(p) && p.expect(K.NEWLINE)) p.raiseAtLastToken(EXPECTED_COLON);
  p.pos = start + 1;
  if (p.expect(K.NEWLINE)) p.raiseAtLastToken(EXPECTED_COLON);
  p.pos = start + 1;
  if (p.expect(K.STAR) && (p.expect(K.NEWLINE) || p.expect(K.COLON))) {
    p.raiseAtLastToken('expected one or more exception types');
  }
}

/** invalid_except_stmt_indent: 'except' [expression ['as' NAME]] ':' NEWLINE !INDENT */
export function invalidExceptStmtIndent(p: Parser): void {
  const start = p.pos;
  if (!p.expect(K.KW_EXCEPT)) return;
  const lineno = p.tokens[start]!.lineno;
  if (expression(p) !== null && optionalAsName(p) && p.expect(K.COLON) && newlineWithoutIndent(p)) {
    raiseNoBlock(p, "'except' statement", lineno);
  }
  p.pos = start + 1;
  if (p.expect(K.COLON) && newlineWithoutIndent(p)) raiseNoBlock(p, "'except' statement", lineno);
}

/** invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME] ':' NEWLINE !INDENT */
export function invalidExceptStarStmtIndent(p: Parser): void {
  const start = p.pos;
  if (!p.expect(K.KW_EXCEPT) || !p.expect(K.STAR)) return;
  if (expression(p) !== null && optionalAsName(p) && p.expect(K.COLON) && newlineWithoutIndent(p)) {
    raiseNoBlock(p, "'except*' statement", p.tokens[start]!.lineno);
  }
}

/** invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT */
export function invalidFinallyStmt(p: Parser): void {
  const a = p.expectIdx(K.KW_FINALLY);
  if (a >= 0 && p.expect(K.COLON) && newlineWithoutIndent(p)) raiseNoBlock(p, "'finally' statement", p.tokens[a]!.lineno);
}

// ---------------------------------------------------------------------------
// def / class / import

/** invalid_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT */
export function invalidDefRaw(p: Parser): void {
  p.expect(K.ASYNC);
  const a = p.expectIdx(K.KW_DEF);
  if (a < 0 || !p.expect(K.NAME) || !p.expect(K.LPAR)) return;
  optional(p, params);
  if (!p.expect(K.RPAR)) return;
  const m = p.pos;
  if (!(p.expect(K.RARROW) && expression(p) !== null)) p.pos = m;
  if (p.expect(K.COLON) && newlineWithoutIndent(p)) raiseNoBlock(p, 'function definition', p.tokens[a]!.lineno);
}

/**
 * invalid_class_def_raw:
 *   | 'class' NAME ['(' [arguments] ')'] NEWLINE
 *   | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
 */
export function invalidClassDefRaw(p: Parser): void {
  const start = p.pos;
  if (!p.expect(K.KW_CLASS) || !p.expect(K.NAME)) return;
  const afterName = p.pos;
  classBases(p);
  if (p.expect(K.NEWLINE)) p.raiseAtLastToken(EXPECTED_COLON);
  p.pos = afterName;
  classBases(p);
  if (p.expect(K.COLON) && newlineWithoutIndent(p)) raiseNoBlock(p, 'class definition', p.tokens[start]!.lineno);
}

/** ['(' [arguments] ')'] */
function classBases(p: Parser): void {
  const m = p.pos;
  if (!p.expect(K.LPAR)) return;
  optional(p, callArguments);
  if (!p.expect(K.RPAR)) p.pos = m;
}

/** invalid_import_from_targets: import_from_as_names ',' NEWLINE */
export function invalidImportFromTargets(p: Parser): void {
  if (importFromAsNames(p) !== null && p.expect(K.COMMA) && p.expect(K.NEWLINE)) {
    p.raiseAtLastToken('trailing comma not allowed without surrounding parentheses');
  }
}

// ---------------------------------------------------------------------------
// Parameters

const NON_DEFAULT_FOLLOWS = 'non-default argument follows default argument';

/** invalid_parameters / invalid_lambda_parameters */
function invalidParameterList(p: Parser, lambda: boolean): void {
  const start = p.pos;
  paramsNoDefault(p, lambda);
  if (invalidParametersHelper(p, lambda)) {
    const a = paramNoDefault(p, lambda);
    if (a !== null) p.raiseKnownLocation(a, NON_DEFAULT_FOLLOWS);
  }
  p.pos = start;
  paramsNoDefault(p, lambda);
  const open = p.expectIdx(K.LPAR);
  if (open >= 0 && parenthesizedParams(p, lambda)) {
    p.expect(K.COMMA);
    const close = p.expectIdx(K.RPAR);
    if (close >= 0) {
      p.raiseKnownRange(p.tokens[open]!, p.tokens[close]!, lambda
        ? 'Lambda expression parameters cannot be parenthesized'
        : 'Function parameters cannot be parenthesized');
    }
  }
  p.pos = start;
  const slash = p.expectIdx(K.SLASH);
  if (slash >= 0 && p.expect(K.COMMA)) p.raiseKnownLocation(p.tokens[slash]!, 'at least one argument must precede /');
  p.pos = start;
  if (slashAny(p, lambda)) {
    paramsMaybeDefault(p, lambda);
    const a = p.expectIdx(K.SLASH);
    if (a >= 0) p.raiseKnownLocation(p.tokens[a]!, '/ may appear only once');
  }
  p.pos = start;
  if (!slashAny(p, lambda)) p.pos = start;
  paramsMaybeDefault(p, lambda);
  if (p.expect(K.STAR) && (p.expect(K.COMMA) || paramNoDefault(p, lambda) !== null)) {
    paramsMaybeDefault(p, lambda);
    const a = p.expectIdx(K.SLASH);
    if (a >= 0) p.raiseKnownLocation(p.tokens[a]!, '/ must be ahead of *');
  }
  p.pos = start;
  if (paramsMaybeDefault(p, lambda).length > 0 && p.expect(K.SLASH)) {
    const a = p.expectIdx(K.STAR);
    if (a >= 0) p.raiseKnownLocation(p.tokens[a]!, 'expected comma between / and *');
  }
}

/** Def: param_no_default+; lambda: ','.lambda_param+ (inside parentheses). */
function parenthesizedParams(p: Parser, lambda: boolean): boolean {
  if (!lambda) return paramsNoDefault(p, false).length > 0;
  let n = 0;
  for (;;) {
    const m = p.pos;
    if (n > 0 && !p.expect(K.COMMA)) break;
    if (param(p, true) === null) {
      p.pos = m;
      break;
    }
    n++;
  }
  return n > 0;
}

/** slash_no_default | slash_with_default */
function slashAny(p: Parser, lambda: boolean): boolean {
  const start = p.pos;
  if (slashNoDefault(p, lambda) !== null) return true;
  p.pos = start;
  return slashWithDefault(p, lambda) !== null;
}

/** invalid_parameters_helper: slash_with_default | param_with_default+ */
function invalidParametersHelper(p: Parser, lambda: boolean): boolean {
  const start = p.pos;
  if (slashWithDefault(p, lambda) !== null) return true;
  p.pos = start;
  return paramsWithDefault(p, lambda).length > 0;
}

export function invalidParameters(p: Parser): void {
  invalidParameterList(p, false);
}

export function invalidLambdaParameters(p: Parser): void {
  invalidParameterList(p, true);
}

/** invalid_default: '=' &(')'|',') */
export function invalidDefault(p: Parser): void {
  const a = p.expectIdx(K.EQUAL);
  if (a < 0) return;
  const k = p.peek();
  if (k === K.RPAR || k === K.COMMA) p.raiseKnownLocation(p.tokens[a]!, 'expected default value expression');
}

/** invalid_star_etc / invalid_lambda_star_etc */
export function invalidStarEtc(p: Parser, lambda: boolean): void {
  const start = p.pos;
  const star = p.expectIdx(K.STAR);
  if (star < 0) return;
  const close = lambda ? K.COLON : K.RPAR;
  if (p.expect(close) || (p.expect(K.COMMA) && (p.expect(close) || p.expect(K.DOUBLESTAR)))) {
    if (lambda) p.raiseAtLastToken('named arguments must follow bare *');
    p.raiseKnownLocation(p.tokens[star]!, 'named arguments must follow bare *');
  }
  p.pos = start + 1;
  if (param(p, lambda) !== null) {
    const eq = p.expectIdx(K.EQUAL);
    if (eq >= 0) p.raiseKnownLocation(p.tokens[eq]!, 'var-positional argument cannot have default value');
  }
  p.pos = start + 1;
  if (paramNoDefaultOrComma(p, lambda)) {
    paramsMaybeDefault(p, lambda);
    const again = p.expectIdx(K.STAR);
    if (again >= 0 && paramNoDefaultOrComma(p, lambda)) {
      p.raiseKnownLocation(p.tokens[again]!, '* argument may appear only once');
    }
  }
}

/** (param_no_default | ',') */
function paramNoDefaultOrComma(p: Parser, lambda: boolean): boolean {
  const m = p.pos;
  if (paramNoDefault(p, lambda) !== null) return true;
  p.pos = m;
  return p.expect(K.COMMA);
}

/** invalid_kwds / invalid_lambda_kwds */
export function invalidKwds(p: Parser, lambda: boolean): void {
  const start = p.pos;
  if (!p.expect(K.DOUBLESTAR) || param(p, lambda) === null) return;
  const afterParam = p.pos;
  const eq = p.expectIdx(K.EQUAL);
  if (eq >= 0) p.raiseKnownLocation(p.tokens[eq]!, 'var-keyword argument cannot have default value');
  p.pos = afterParam;
  if (!p.expect(K.COMMA)) return;
  const afterComma = p.pos;
  const a = param(p, lambda);
  if (a !== null) p.raiseKnownLocation(a, 'arguments cannot follow var-keyword argument');
  p.pos = afterComma;
  const k = p.peek();
  if (k === K.STAR || k === K.DOUBLESTAR || k === K.SLASH) {
    p.raiseKnownLocation(p.tokens[p.pos]!, 'arguments cannot follow var-keyword argument');
  }
  p.pos = start;
}


// ---------------------------------------------------------------------------
// match

/**
 * invalid_match_stmt:
 *   | "match" subject_expr NEWLINE
 *   | "match" subject_expr ':' NEWLINE !INDENT
 */
export function invalidMatchStmt(p: Parser): void {
  const start = p.pos;
  if (p.expectSoft('match') < 0) return;
  if (subjectExpr(p) !== null && p.expect(K.NEWLINE)) p.raiseAtLastToken(EXPECTED_COLON);
  p.pos = start + 1;
  if (subjectExpr(p) !== null && p.expect(K.COLON) && newlineWithoutIndent(p)) {
    raiseNoBlock(p, "'match' statement", p.tokens[start]!.lineno);
  }
}

/**
 * invalid_case_block:
 *   | "case" patterns guard? NEWLINE
 *   | "case" patterns guard? ':' NEWLINE !INDENT
 */
export function invalidCaseBlock(p: Parser): void {
  const start = p.pos;
  if (p.expectSoft('case') < 0) return;
  if (patterns(p) !== null) {
    optional(p, guardClause);
    if (p.expect(K.NEWLINE)) p.raiseAtLastToken(EXPECTED_COLON);
  }
  p.pos = start + 1;
  if (patterns(p) !== null) {
    optional(p, guardClause);
    if (p.expect(K.COLON) && newlineWithoutIndent(p)) raiseNoBlock(p, "'case' statement", p.tokens[start]!.lineno);
  }
}

/**
 * invalid_as_pattern:
 *   | or_pattern 'as' "_"
 *   | or_pattern 'as' !NAME expression
 */
export function invalidAsPattern(p: Parser): void {
  const start = p.pos;
  if (orPattern(p) === null || !p.expect(K.KW_AS)) return;
  const afterAs = p.pos;
  const u = p.expectSoft('_');
  if (u >= 0) p.raiseKnownLocation(p.tokens[u]!, "cannot use '_' as a target");
  p.pos = afterAs;
  if (p.peek() !== K.NAME) {
    const a = expression(p);
    if (a !== null) p.raiseKnownLocation(a, 'invalid pattern target');
  }
  p.pos = start;
}

/** invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern */
export function invalidClassPattern(p: Parser): void {
  if (nameOrAttr(p) === null || !p.expect(K.LPAR)) return;
  const a = invalidClassArgumentPattern(p);
  if (a !== null) p.raiseKnownRange(a[0]!, a[a.length - 1]!, 'positional patterns follow keyword patterns');
}

/** invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns */
function invalidClassArgumentPattern(p: Parser): Pattern[] | null {
  const start = p.pos;
  if (!(positionalPatterns(p) !== null && p.expect(K.COMMA))) p.pos = start;
  if (keywordPatterns(p) === null || !p.expect(K.COMMA)) return null;
  return positionalPatterns(p);
}
