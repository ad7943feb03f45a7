/**
 * Expression rules, from `star_expressions` down to operators and `primary`
 * (Python 3.11 grammar, "EXPRESSIONS" section).
 *
 * Each function is one grammar rule: it returns its node with the mark after
 * the matched text, or null (mark unspecified; callers reset). Left-recursive
 * rules (`bitwise_or` ... `term`, `primary`) are loops that grow the result
 * from the left, which yields the same trees as CPython's seed-growing, and
 * are memoised at their start token like CPython's. Chains of unary
 * operators are built iteratively so that long chains do not consume the JS
 * stack; they still count towards the nesting limit as CPython's recursion
 * does.
 */
import type { CmpOpKind, Comprehension, Constant, Expr, Keyword, OperatorKind, PyConstant, UnaryOpKind } from '../ast.js';
import {
  M_AWAIT_PRIMARY, M_BITWISE_OR, M_CONJUNCTION, M_DISJUNCTION, M_EXPRESSION, M_FACTOR, M_INVERSION,
  M_PRIMARY, M_STAR_EXPRESSION, M_STRINGS, MISS, type Parser, identifier,
} from './core.js';
import * as K from './kinds.js';
import { intLiteralLimitError } from '../literals.js';
import { callArguments } from './arguments.js';
import { emptyArguments, lambdaParams } from './parameters.js';
import { starTargets } from './targets.js';
import { collectionAtom, genexp } from './collections.js';
import { invalidExpression, invalidForTarget, invalidLegacyExpression, invalidNamedExpression } from './invalid.js';

// ---------------------------------------------------------------------------
// Tuples of expressions

/** expressions: expression (',' expression)* [','] -- a Tuple if any comma. */
export function expressions(p: Parser): Expr | null {
  return tupleOf(p, expression);
}

/** star_expressions: like `expressions` with `star_expression` items. */
export function starExpressions(p: Parser): Expr | null {
  return tupleOf(p, starExpression);
}

function tupleOf(p: Parser, item: (p: Parser) => Expr | null): Expr | null {
  const start = p.pos;
  const a = item(p);
  if (a === null) return null;
  const afterA = p.pos;
  if (p.peek() !== K.COMMA) return a;
  const elts = p.commaItems([a], item);
  if (elts.length === 1) p.pos = afterA;
  p.expect(K.COMMA);
  return p.fin(start, { _type: 'Tuple', elts, ctx: 'Load' });
}

/** star_expression (memo): '*' bitwise_or | expression */
export function starExpression(p: Parser): Expr | null {
  const start = p.pos;
  const memo = p.memoGet(M_STAR_EXPRESSION, start);
  if (memo !== MISS) return memo as Expr | null;
  let r: Expr | null = null;
  if (p.peek() === K.STAR) {
    p.pos++;
    const a = bitwiseOr(p);
    if (a !== null) r = p.fin(start, { _type: 'Starred', value: a, ctx: 'Load' });
  } else {
    r = expression(p);
  }
  p.memoSet(M_STAR_EXPRESSION, start, r);
  return r;
}

/** star_named_expressions: ','.star_named_expression+ [','] */
export function starNamedExpressions(p: Parser): Expr[] | null {
  const elts = p.gather(starNamedExpression);
  if (elts !== null) p.expect(K.COMMA);
  return elts;
}

/** star_named_expression: '*' bitwise_or | named_expression */
export function starNamedExpression(p: Parser): Expr | null {
  const start = p.pos;
  if (p.peek() === K.STAR) {
    p.pos++;
    const a = bitwiseOr(p);
    return a === null ? null : p.fin(start, { _type: 'Starred', value: a, ctx: 'Load' });
  }
  return namedExpression(p);
}

// ---------------------------------------------------------------------------
// expression, named_expression, yield

/** assignment_expression: NAME ':=' ~ expression */
export function assignmentExpression(p: Parser): Expr | null {
  const start = p.pos;
  if (p.peek() !== K.NAME) return null;
  p.pos++;
  if (!p.expect(K.COLONEQUAL)) return null;
  const b = expression(p);
  if (b === null) return null;
  return p.fin(start, { _type: 'NamedExpr', target: p.nameAt(start, 'Store'), value: b });
}

/** named_expression: assignment_expression | invalid_named_expression | expression !':=' */
export function namedExpression(p: Parser): Expr | null {
  const start = p.pos;
  if (p.peek() === K.NAME) {
    const a = assignmentExpression(p);
    if (a !== null) return a;
    p.pos = start;
  }
  if (p.callInvalid) {
    invalidNamedExpression(p);
    p.pos = start;
  }
  const e = expression(p);
  if (e === null || p.peek() === K.COLONEQUAL) return null;
  return e;
}

/** `(assignment_expression | expression !':=')`, used by genexp and args. */
export function namedOrPlainExpression(p: Parser): Expr | null {
  const start = p.pos;
  const a = assignmentExpression(p);
  if (a !== null) return a;
  p.pos = start;
  const e = expression(p);
  if (e === null || p.peek() === K.COLONEQUAL) return null;
  return e;
}

/** expression (memo): conditional expression, disjunction or lambda. */
export function expression(p: Parser): Expr | null {
  const start = p.pos;
  const memo = p.memoGet(M_EXPRESSION, start);
  if (memo !== MISS) return memo as Expr | null;
  p.enter(1);
  const r = expressionBody(p, start);
  p.leave(1);
  p.memoSet(M_EXPRESSION, start, r);
  return r;
}

function expressionBody(p: Parser, start: number): Expr | null {
  if (p.callInvalid) {
    invalidExpression(p);
    p.pos = start;
    invalidLegacyExpression(p);
    p.pos = start;
  }
  return expressionWithoutInvalidBody(p, start);
}

/** The valid alternatives of `expression` (also `expression_without_invalid`). */
export function expressionWithoutInvalidBody(p: Parser, start: number): Expr | null {
  const a = disjunction(p);
  if (a !== null) {
    const afterA = p.pos;
    if (p.expect(K.KW_IF)) {
      const b = disjunction(p);
      if (b !== null && p.expect(K.KW_ELSE)) {
        const c = expression(p);
        if (c !== null) return p.fin(start, { _type: 'IfExp', test: b, body: a, orelse: c });
      }
    }
    p.pos = afterA;
    return a;
  }
  p.pos = start;
  return lambdef(p);
}

/** expression_without_invalid: `expression` with the invalid rules off. */
export function expressionWithoutInvalid(p: Parser): Expr | null {
  const saved = p.callInvalid;
  p.callInvalid = false;
  try {
    return expressionWithoutInvalidBody(p, p.pos);
  } finally {
    p.callInvalid = saved;
  }
}

/** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
export function yieldExpr(p: Parser): Expr | null {
  const start = p.pos;
  if (!p.expect(K.KW_YIELD)) return null;
  if (p.expect(K.KW_FROM)) {
    const a = expression(p);
    if (a !== null) return p.fin(start, { _type: 'YieldFrom', value: a });
    p.pos = start + 1;
  }
  const m = p.pos;
  let value = starExpressions(p);
  if (value === null) p.pos = m;
  return p.fin(start, { _type: 'Yield', value });
}

// ---------------------------------------------------------------------------
// Boolean operators

/** disjunction (memo): conjunction ('or' conjunction)* */
export function disjunction(p: Parser): Expr | null {
  return boolOp(p, M_DISJUNCTION, K.KW_OR);
}

/** conjunction (memo): inversion ('and' inversion)* */
export function conjunction(p: Parser): Expr | null {
  return boolOp(p, M_CONJUNCTION, K.KW_AND);
}

function boolOp(p: Parser, rule: number, keyword: number): Expr | null {
  const start = p.pos;
  const memo = p.memoGet(rule, start);
  if (memo !== MISS) return memo as Expr | null;
  const item = rule === M_DISJUNCTION ? conjunction : inversion;
  let r = item(p);
  if (r !== null && p.peek() === keyword) {
    const values = [r];
    for (;;) {
      const m = p.pos;
      if (!p.expect(keyword)) break;
      const c = item(p);
      if (c === null) {
        p.pos = m;
        break;
      }
      values.push(c);
    }
    if (values.length > 1) r = p.fin(start, { _type: 'BoolOp', op: keyword === K.KW_OR ? 'Or' : 'And', values });
  }
  p.memoSet(rule, start, r);
  return r;
}

/** inversion (memo): 'not' inversion | comparison */
export function inversion(p: Parser): Expr | null {
  const start = p.pos;
  const memo = p.memoGet(M_INVERSION, start);
  if (memo !== MISS) return memo as Expr | null;
  if (p.peek() !== K.KW_NOT) {
    const r = comparison(p);
    p.memoSet(M_INVERSION, start, r);
    return r;
  }
  const starts: number[] = [];
  while (p.peek() === K.KW_NOT) starts.push(p.pos++);
  return unaryChain(p, starts, M_INVERSION, comparison);
}

/**
 * Finishes a chain of prefix operators at token indices `starts` (each one
 * a nested call of memoised rule `rule`) around the operand `inner` parses.
 */
function unaryChain(p: Parser, starts: number[], rule: number, inner: (p: Parser) => Expr | null): Expr | null {
  const n = starts.length;
  p.enter(n);
  const operandStart = p.pos;
  let e = inner(p);
  p.leave(n);
  const end = p.pos;
  if (e === null) p.pos = operandStart;
  p.memoSet(rule, operandStart, e);
  p.pos = end;
  for (let k = n - 1; k >= 0; k--) {
    const s = starts[k]!;
    if (e !== null) e = p.fin(s, { _type: 'UnaryOp', op: unaryOpOf(p.kinds[s]!), operand: e });
    else p.pos = s;
    p.memoSet(rule, s, e);
    p.pos = end;
  }
  if (e === null) p.pos = starts[0]!;
  return e;
}

function unaryOpOf(kind: number): UnaryOpKind {
  switch (kind) {
    case K.KW_NOT: return 'Not';
    case K.PLUS: return 'UAdd';
    case K.MINUS: return 'USub';
    default: return 'Invert';
  }
}

// ---------------------------------------------------------------------------
// Comparisons and binary operators

/** comparison: bitwise_or compare_op_bitwise_or_pair* */
export function comparison(p: Parser): Expr | null {
  const start = p.pos;
  const a = bitwiseOr(p);
  if (a === null) return null;
  let ops: CmpOpKind[] | null = null;
  let comparators: Expr[] | null = null;
  for (;;) {
    const m = p.pos;
    const op = compareOp(p);
    if (op === null) break;
    const b = bitwiseOr(p);
    if (b === null) {
      p.pos = m;
      break;
    }
    if (ops === null || comparators === null) {
      ops = [];
      comparators = [];
    }
    ops.push(op);
    comparators.push(b);
  }
  if (ops === null || comparators === null) return a;
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: 'Compare', left: a, ops, comparators,
    lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

/** Consumes a comparison operator (one or two tokens) and names it. */
function compareOp(p: Parser): CmpOpKind | null {
  const k = p.peek();
  let op: CmpOpKind;
  switch (k) {
    case K.EQEQUAL: op = 'Eq'; break;
    case K.NOTEQUAL:
      // '<>' is only allowed under `from __future__ import barry_as_FLUFL`.
      if (p.tokens[p.pos]!.string !== '!=') return null;
      op = 'NotEq';
      break;
    case K.LESSEQUAL: op = 'LtE'; break;
    case K.LESS: op = 'Lt'; break;
    case K.GREATEREQUAL: op = 'GtE'; break;
    case K.GREATER: op = 'Gt'; break;
    case K.KW_IN: op = 'In'; break;
    case K.KW_NOT:
      if (p.peekAt(1) !== K.KW_IN) return null;
      p.pos += 2;
      return 'NotIn';
    case K.KW_IS:
      if (p.peekAt(1) === K.KW_NOT) {
        p.pos += 2;
        return 'IsNot';
      }
      op = 'Is';
      break;
    default:
      return null;
  }
  p.pos++;
  return op;
}

/** bitwise_or (left-recursive, memo): the first of the binary levels. */
export function bitwiseOr(p: Parser): Expr | null {
  return binary(p, 0);
}

/**
 * The left-recursive binary levels: 0 bitwise_or, 1 bitwise_xor,
 * 2 bitwise_and, 3 shift_expr, 4 sum, 5 term (whose operands are factors).
 */
function binary(p: Parser, level: number): Expr | null {
  const start = p.pos;
  const rule = M_BITWISE_OR + level;
  const memo = p.memoGet(rule, start);
  if (memo !== MISS) return memo as Expr | null;
  let a = level === 5 ? factor(p) : binary(p, level + 1);
  if (a !== null) {
    for (;;) {
      const op = binaryOp(p.peek(), level);
      if (op === null) break;
      const m = p.pos;
      p.pos++;
      const b = level === 5 ? factor(p) : binary(p, level + 1);
      if (b === null) {
        p.pos = m;
        break;
      }
      const s = p.tokens[start]!;
      const e = p.lastToken();
      a = {
        _type: 'BinOp', left: a, op, right: b,
        lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
      };
    }
  }
  p.memoSet(rule, start, a);
  return a;
}

function binaryOp(kind: number, level: number): OperatorKind | null {
  switch (level) {
    case 0: return kind === K.VBAR ? 'BitOr' : null;
    case 1: return kind === K.CIRCUMFLEX ? 'BitXor' : null;
    case 2: return kind === K.AMPER ? 'BitAnd' : null;
    case 3: return kind === K.LEFTSHIFT ? 'LShift' : kind === K.RIGHTSHIFT ? 'RShift' : null;
    case 4: return kind === K.PLUS ? 'Add' : kind === K.MINUS ? 'Sub' : null;
    default:
      switch (kind) {
        case K.STAR: return 'Mult';
        case K.SLASH: return 'Div';
        case K.DOUBLESLASH: return 'FloorDiv';
        case K.PERCENT: return 'Mod';
        case K.AT: return 'MatMult';
        default: return null;
      }
  }
}

/** factor (memo): ('+' | '-' | '~') factor | power */
export function factor(p: Parser): Expr | null {
  const start = p.pos;
  const memo = p.memoGet(M_FACTOR, start);
  if (memo !== MISS) return memo as Expr | null;
  let k = p.peek();
  if (k !== K.PLUS && k !== K.MINUS && k !== K.TILDE) {
    const r = power(p);
    p.memoSet(M_FACTOR, start, r);
    return r;
  }
  const starts: number[] = [];
  while (k === K.PLUS || k === K.MINUS || k === K.TILDE) {
    starts.push(p.pos++);
    k = p.peek();
  }
  return unaryChain(p, starts, M_FACTOR, power);
}

/** power: await_primary '**' factor | await_primary */
export function power(p: Parser): Expr | null {
  const start = p.pos;
  const a = awaitPrimary(p);
  if (a === null) return null;
  if (p.peek() !== K.DOUBLESTAR) return a;
  const m = p.pos;
  p.pos++;
  p.enter(2);
  const b = factor(p);
  p.leave(2);
  if (b === null) {
    p.pos = m;
    return a;
  }
  return p.fin(start, { _type: 'BinOp', left: a, op: 'Pow', right: b });
}

/** await_primary (memo): AWAIT primary | primary */
export function awaitPrimary(p: Parser): Expr | null {
  const start = p.pos;
  const memo = p.memoGet(M_AWAIT_PRIMARY, start);
  if (memo !== MISS) return memo as Expr | null;
  let r: Expr | null;
  if (p.peek() === K.AWAIT) {
    p.pos++;
    const a = primary(p);
    r = a === null ? null : p.fin(start, { _type: 'Await', value: a });
  } else {
    r = primary(p);
  }
  p.memoSet(M_AWAIT_PRIMARY, start, r);
  return r;
}

// ---------------------------------------------------------------------------
// Primary: attribute references, calls, subscriptions

/** primary (left-recursive, memo): atom followed by trailers. */
export function primary(p: Parser): Expr | null {
  const start = p.pos;
  const memo = p.memoGet(M_PRIMARY, start);
  if (memo !== MISS) return memo as Expr | null;
  let a = atom(p);
  while (a !== null) {
    const next = primaryTrailer(p, start, a);
    if (next === null) break;
    a = next;
  }
  p.memoSet(M_PRIMARY, start, a);
  return a;
}

/** One step of `primary`'s growth from `a`, or null (mark restored). */
function primaryTrailer(p: Parser, start: number, a: Expr): Expr | null {
  const m = p.pos;
  const k = p.peek();
  if (k === K.DOT) {
    p.pos++;
    const n = p.expectIdx(K.NAME);
    if (n >= 0) {
      const s = p.tokens[start]!;
      const e = p.tokens[n]!;
      return {
        _type: 'Attribute', value: a, attr: identifier(e.string), ctx: 'Load',
        lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
      };
    }
    p.pos = m;
  }
  if (k === K.LPAR || (p.callInvalid && (k === K.LSQB || k === K.LBRACE))) {
    const g = genexp(p);
    if (g !== null) return call(p, start, a, [g], []);
    p.pos = m;
  }
  if (k === K.LPAR) {
    p.pos++;
    const args = callArguments(p);
    if (args === null) p.pos = m + 1;
    if (p.expect(K.RPAR)) return args === null ? call(p, start, a, [], []) : call(p, start, a, args.args, args.keywords);
    p.pos = m;
  }
  if (k === K.LSQB) {
    p.pos++;
    const slice = slices(p);
    if (slice !== null && p.expect(K.RSQB)) {
      const s = p.tokens[start]!;
      const e = p.tokens[p.pos - 1]!;
      return {
        _type: 'Subscript', value: a, slice, ctx: 'Load',
        lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
      };
    }
    p.pos = m;
  }
  return null;
}

/** A Call node from token `start` to the last token consumed. */
export function call(p: Parser, start: number, func: Expr, args: Expr[], keywords: Keyword[]): Expr {
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: 'Call', func, args, keywords,
    lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset,
  };
}

/** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
export function slices(p: Parser): Expr | null {
  const start = p.pos;
  const a = slice(p);
  if (a !== null && p.peek() !== K.COMMA) return a;
  p.pos = start;
  const elts = p.gather(sliceOrStarred);
  if (elts === null) return null;
  p.expect(K.COMMA);
  return p.fin(start, { _type: 'Tuple', elts, ctx: 'Load' });
}

function sliceOrStarred(p: Parser): Expr | null {
  const start = p.pos;
  const s = slice(p);
  if (s !== null) return s;
  p.pos = start;
  return starredExpression(p);
}

/** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
function slice(p: Parser): Expr | null {
  const start = p.pos;
  const lower = optional(p, expression);
  if (p.expect(K.COLON)) {
    const upper = optional(p, expression);
    let step: Expr | null = null;
    if (p.expect(K.COLON)) step = optional(p, expression);
    return p.fin(start, { _type: 'Slice', lower, upper, step });
  }
  p.pos = start;
  return namedExpression(p);
}

/** `[rule]`: the rule's node, or null with the mark restored. */
export function optional<R>(p: Parser, rule: (p: Parser) => R | null): R | null {
  const m = p.pos;
  const r = rule(p);
  if (r === null) p.pos = m;
  return r;
}

/** starred_expression: '*' expression */
export function starredExpression(p: Parser): Expr | null {
  const start = p.pos;
  if (!p.expect(K.STAR)) return null;
  const a = expression(p);
  return a === null ? null : p.fin(start, { _type: 'Starred', value: a, ctx: 'Load' });
}

// ---------------------------------------------------------------------------
// Atoms

const TRUE: PyConstant = { kind: 'bool', value: true };
const FALSE: PyConstant = { kind: 'bool', value: false };
const NONE: PyConstant = { kind: 'None' };
const ELLIPSIS: PyConstant = { kind: 'Ellipsis' };

/** atom: names, keywords constants, strings, numbers, displays, '...' */
export function atom(p: Parser): Expr | null {
  const start = p.pos;
  switch (p.peek()) {
    case K.NAME: return p.name();
    case K.KW_TRUE: return constantToken(p, TRUE);
    case K.KW_FALSE: return constantToken(p, FALSE);
    case K.KW_NONE: return constantToken(p, NONE);
    case K.STRING: return strings(p);
    case K.NUMBER: return numberToken(p);
    case K.LPAR:
    case K.LSQB:
    case K.LBRACE: return collectionAtom(p, start);
    case K.ELLIPSIS: return constantToken(p, ELLIPSIS);
    default: return null;
  }
}

function constantToken(p: Parser, value: PyConstant): Constant {
  const t = p.tokens[p.pos++]!;
  return {
    _type: 'Constant', value, kind: null,
    lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset,
  };
}

/** strings (memo): STRING+ */
export function strings(p: Parser): Expr | null {
  const start = p.pos;
  const memo = p.memoGet(M_STRINGS, start);
  if (memo !== MISS) return memo as Expr | null;
  let r: Expr | null = null;
  if (p.peek() === K.STRING) {
    const tokens = [];
    while (p.peek() === K.STRING) tokens.push(p.tokens[p.pos++]!);
    r = p.concatStrings(tokens);
  }
  p.memoSet(M_STRINGS, start, r);
  return r;
}

/** NUMBER as a Constant (CPython's _PyPegen_number_token). */
export function numberToken(p: Parser): Expr | null {
  if (p.peek() !== K.NUMBER) return null;
  const start = p.pos++;
  const t = p.tokens[start]!;
  const tooLong = intLiteralLimitError(t.string);
  // CPython reports the int conversion limit at the token's lines, no columns.
  if (tooLong !== null) p.raiseRaw('SyntaxError', tooLong, t.lineno, 0, t.end_lineno, 0);
  return {
    _type: 'Constant', value: p.numberValue(t.string), kind: null,
    lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset,
  };
}

// ---------------------------------------------------------------------------
// Lambda and comprehension clauses

/** lambdef: 'lambda' [lambda_params] ':' expression */
export function lambdef(p: Parser): Expr | null {
  const start = p.pos;
  if (!p.expect(K.KW_LAMBDA)) return null;
  const args = optional(p, lambdaParams);
  if (!p.expect(K.COLON)) return null;
  p.enter(1);
  const body = expression(p);
  p.leave(1);
  if (body === null) return null;
  return p.fin(start, { _type: 'Lambda', args: args ?? emptyArguments(), body });
}

/** for_if_clauses: for_if_clause+ */
export function forIfClauses(p: Parser): Comprehension[] | null {
  let c = forIfClause(p);
  if (c === null) return null;
  const clauses = [c];
  for (;;) {
    const m = p.pos;
    c = forIfClause(p);
    if (c === null) {
      p.pos = m;
      return clauses;
    }
    clauses.push(c);
  }
}

/** for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)* */
function forIfClause(p: Parser): Comprehension | null {
  const start = p.pos;
  const isAsync = p.expect(K.ASYNC) ? 1 : 0;
  if (p.expect(K.KW_FOR)) {
    const target = starTargets(p);
    if (target !== null && p.expect(K.KW_IN)) {
      const iter = disjunction(p);
      if (iter === null) return null; // cut: no other alternative
      const ifs: Expr[] = [];
      for (;;) {
        const m = p.pos;
        if (!p.expect(K.KW_IF)) break;
        const z = disjunction(p);
        if (z === null) {
          p.pos = m;
          break;
        }
        ifs.push(z);
      }
      return { _type: 'comprehension', target, iter, ifs, is_async: isAsync };
    }
  }
  p.pos = start;
  if (p.callInvalid) invalidForTarget(p);
  return null;
}
