/**
 * Call arguments (grammar section "FUNCTION CALL ARGUMENTS").
 *
 * `args` produces what CPython represents as a Call with a dummy function:
 * here a `CallArgs` record with the positional arguments (starred ones
 * included, in source order: plain positionals first, then the `*x` found
 * among the keywords), the keywords, and the span of the whole argument
 * list, which some error messages point at.
 */
import type { Expr, Keyword, Position } from '../ast.js';
import { M_ARGUMENTS, MISS, type Parser } from './core.js';
import * as K from './kinds.js';
import { expression, namedOrPlainExpression, starredExpression } from './expressions.js';
import { invalidArguments, invalidKwarg } from './invalid.js';

export interface CallArgs extends Position {
  args: Expr[];
  keywords: Keyword[];
}

/** arguments (memo): args [','] &')' | invalid_arguments */
export function callArguments(p: Parser): CallArgs | null {
  const start = p.pos;
  const memo = p.memoGet(M_ARGUMENTS, start);
  if (memo !== MISS) return memo as CallArgs | null;
  let r = args(p);
  if (r !== null) {
    p.expect(K.COMMA);
    if (p.peek() !== K.RPAR) r = null;
  }
  if (r === null && p.callInvalid) {
    p.pos = start;
    invalidArguments(p);
  }
  if (r === null) p.pos = start;
  p.memoSet(M_ARGUMENTS, start, r);
  return r;
}

/**
 * args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
 *     | kwargs
 */
export function args(p: Parser): CallArgs | null {
  const start = p.pos;
  const positional = positionalArgs(p);
  if (positional !== null) {
    const m = p.pos;
    let kw: (Keyword | Expr)[] | null = null;
    if (p.expect(K.COMMA)) {
      kw = kwargs(p);
      if (kw === null) p.pos = m;
    }
    return collect(p, start, positional, kw);
  }
  p.pos = start;
  const kw = kwargs(p);
  return kw === null ? null : collect(p, start, [], kw);
}

/** ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ */
export function positionalArgs(p: Parser): Expr[] | null {
  return p.gather(positionalArg);
}

function collect(p: Parser, start: number, positional: Expr[], kw: (Keyword | Expr)[] | null): CallArgs {
  const keywords: Keyword[] = [];
  for (const x of kw ?? []) {
    if (x._type === 'keyword') keywords.push(x);
    else positional.push(x);
  }
  return { args: positional, keywords, ...p.span(start) };
}

/** starred_expression | (assignment_expression | expression !':=') !'=' */
function positionalArg(p: Parser): Expr | null {
  if (p.peek() === K.STAR) return starredExpression(p);
  const e = namedOrPlainExpression(p);
  if (e === null || p.peek() === K.EQUAL) return null;
  return e;
}

/**
 * kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
 *       | ','.kwarg_or_starred+
 *       | ','.kwarg_or_double_starred+
 */
export function kwargs(p: Parser): (Keyword | Expr)[] | null {
  const start = p.pos;
  const a = gather(p, false);
  if (a !== null) {
    const m = p.pos;
    if (p.expect(K.COMMA)) {
      const b = gather(p, true);
      if (b !== null) return a.concat(b);
    }
    p.pos = m;
    return a;
  }
  p.pos = start;
  return gather(p, true);
}

function gather(p: Parser, doubleStarred: boolean): (Keyword | Expr)[] | null {
  return p.gather((q) => kwarg(q, doubleStarred));
}

/**
 * kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
 * kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
 */
function kwarg(p: Parser, doubleStarred: boolean): Keyword | Expr | null {
  const start = p.pos;
  if (p.callInvalid) {
    invalidKwarg(p);
    p.pos = start;
  }
  const k = p.peek();
  if (k === K.NAME) {
    p.pos++;
    if (p.expect(K.EQUAL)) {
      const value = expression(p);
      if (value !== null) {
        return p.fin(start, { _type: 'keyword', arg: p.idAt(start), value });
      }
    }
    p.pos = start;
  }
  if (!doubleStarred) return starredExpression(p);
  if (!p.expect(K.DOUBLESTAR)) return null;
  const value = expression(p);
  return value === null ? null : p.fin(start, { _type: 'keyword', arg: null, value });
}
