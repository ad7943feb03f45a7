/**
 * Bracketed atoms: tuples, parenthesised groups, generator expressions,
 * lists, sets, dicts and their comprehensions (the `&'(' (tuple | group |
 * genexp)`, `&'[' ...` and `&'{' ...` alternatives of `atom`).
 *
 * A parenthesised expression keeps the inner node's positions; a tuple or
 * display includes its brackets. The alternatives are tried in CPython's
 * order because, in the error pass, the invalid rules hanging off them
 * (`invalid_group`, `invalid_comprehension`, ...) decide which message wins.
 */
import type { Expr } from '../ast.js';
import type { Parser } from './core.js';
import * as K from './kinds.js';
import {
  bitwiseOr, expression, forIfClauses, namedExpression, namedOrPlainExpression, optional,
  starNamedExpression, starNamedExpressions, yieldExpr,
} from './expressions.js';
import {
  invalidComprehension, invalidDictComprehension, invalidDoubleStarredKvpairs, invalidGroup,
} from './invalid.js';

/** The atom starting with the bracket at token `start`. */
export function collectionAtom(p: Parser, start: number): Expr | null {
  const kind = p.kinds[start];
  if (kind === K.LPAR) {
    const t = tuple(p);
    if (t !== null) return t;
    p.pos = start;
    const g = group(p);
    if (g !== null) return g;
    p.pos = start;
    return genexp(p);
  }
  if (kind === K.LSQB) {
    const l = list(p);
    if (l !== null) return l;
    p.pos = start;
    return comprehension(p, K.LSQB);
  }
  const d = dict(p);
  if (d !== null) return d;
  p.pos = start;
  const s = set(p);
  if (s !== null) return s;
  p.pos = start;
  const dc = dictcomp(p);
  if (dc !== null) return dc;
  p.pos = start;
  return comprehension(p, K.LBRACE);
}

/** tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
export function tuple(p: Parser): Expr | null {
  const start = p.pos++;
  let elts: Expr[] = [];
  const y = starNamedExpression(p);
  if (y !== null && p.expect(K.COMMA)) {
    const z = optional(p, starNamedExpressions);
    elts = z === null ? [y] : [y, ...z];
  } else {
    p.pos = start + 1;
  }
  if (!p.expect(K.RPAR)) return null;
  return p.fin(start, { _type: 'Tuple', elts, ctx: 'Load' });
}

/** group: '(' (yield_expr | named_expression) ')' | invalid_group */
function group(p: Parser): Expr | null {
  const start = p.pos++;
  const a = p.peek() === K.KW_YIELD ? yieldExpr(p) : namedExpression(p);
  if (a !== null && p.expect(K.RPAR)) return a;
  p.pos = start;
  if (p.callInvalid) invalidGroup(p);
  return null;
}

/** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension */
export function genexp(p: Parser): Expr | null {
  const start = p.pos;
  if (p.expect(K.LPAR)) {
    const elt = namedOrPlainExpression(p);
    if (elt !== null) {
      const generators = forIfClauses(p);
      if (generators !== null && p.expect(K.RPAR)) return p.fin(start, { _type: 'GeneratorExp', elt, generators });
    }
  }
  p.pos = start;
  if (p.callInvalid) invalidComprehension(p);
  return null;
}

/** list: '[' [star_named_expressions] ']' */
export function list(p: Parser): Expr | null {
  const start = p.pos++;
  const elts = optional(p, starNamedExpressions);
  if (!p.expect(K.RSQB)) return null;
  return p.fin(start, { _type: 'List', elts: elts ?? [], ctx: 'Load' });
}

/** listcomp / setcomp: open named_expression for_if_clauses close | invalid_comprehension */
function comprehension(p: Parser, open: number): Expr | null {
  const start = p.pos;
  if (p.expect(open)) {
    const elt = namedExpression(p);
    if (elt !== null) {
      const generators = forIfClauses(p);
      if (generators !== null && p.expect(open === K.LSQB ? K.RSQB : K.RBRACE)) {
        return open === K.LSQB
          ? p.fin(start, { _type: 'ListComp', elt, generators })
          : p.fin(start, { _type: 'SetComp', elt, generators });
      }
    }
  }
  p.pos = start;
  if (p.callInvalid) invalidComprehension(p);
  return null;
}

/** set: '{' star_named_expressions '}' */
function set(p: Parser): Expr | null {
  const start = p.pos++;
  const elts = starNamedExpressions(p);
  if (elts === null || !p.expect(K.RBRACE)) return null;
  return p.fin(start, { _type: 'Set', elts });
}

/** A `key: value` or `**mapping` entry (key null). */
export interface KeyValue { key: Expr | null; value: Expr }

/** dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}' */
function dict(p: Parser): Expr | null {
  const start = p.pos++;
  const pairs = optional(p, doubleStarredKvpairs);
  if (p.expect(K.RBRACE)) {
    const keys: (Expr | null)[] = [];
    const values: Expr[] = [];
    for (const kv of pairs ?? []) {
      keys.push(kv.key);
      values.push(kv.value);
    }
    return p.fin(start, { _type: 'Dict', keys, values });
  }
  // CPython guards an alternative by "invalid rules on" only when the
  // invalid rule is the whole alternative; this one runs in the first pass.
  p.pos = start + 1;
  invalidDoubleStarredKvpairs(p);
  return null;
}

/** double_starred_kvpairs: ','.double_starred_kvpair+ [','] */
function doubleStarredKvpairs(p: Parser): KeyValue[] | null {
  const pairs = p.gather(doubleStarredKvpair);
  if (pairs !== null) p.expect(K.COMMA);
  return pairs;
}

/** double_starred_kvpair: '**' bitwise_or | kvpair */
export function doubleStarredKvpair(p: Parser): KeyValue | null {
  if (p.peek() === K.DOUBLESTAR) {
    p.pos++;
    const value = bitwiseOr(p);
    return value === null ? null : { key: null, value };
  }
  return kvpair(p);
}

/** kvpair: expression ':' expression */
function kvpair(p: Parser): KeyValue | null {
  const key = expression(p);
  if (key === null || !p.expect(K.COLON)) return null;
  const value = expression(p);
  return value === null ? null : { key, value };
}

/** dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension */
function dictcomp(p: Parser): Expr | null {
  const start = p.pos++;
  const kv = kvpair(p);
  if (kv !== null) {
    const generators = forIfClauses(p);
    if (generators !== null && p.expect(K.RBRACE)) {
      return p.fin(start, { _type: 'DictComp', key: kv.key!, value: kv.value, generators });
    }
  }
  p.pos = start;
  if (p.callInvalid) invalidDictComprehension(p);
  return null;
}
