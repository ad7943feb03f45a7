/**
 * Assignment and deletion targets (grammar section "ASSIGNMENT TARGETS").
 *
 * Targets are parsed by their own rules, not by re-labelling expressions: a
 * target is a NAME, a parenthesised or bracketed sequence of targets, or an
 * attribute/subscript of a `t_primary`. `t_primary` is a primary that must
 * be followed by one more trailer ('(' '[' or '.'), so that the last trailer
 * becomes the target itself; it is left-recursive (a loop here) and memoised.
 * Nodes come out with the Store (or Del) context CPython gives them.
 */
import type { Expr, ExprContext } from '../ast.js';
import {
  M_DEL_TARGET, M_STAR_TARGET, M_T_PRIMARY, M_TARGET_WITH_STAR_ATOM, MISS, type Parser, withContext,
} from './core.js';
import * as K from './kinds.js';
import { callArguments } from './arguments.js';
import { genexp } from './collections.js';
import { atom, slices } from './expressions.js';

/** star_targets: star_target !',' | star_target (',' star_target)* [','] */
export function starTargets(p: Parser): Expr | null {
  const start = p.pos;
  const a = starTarget(p);
  if (a === null) return null;
  if (p.peek() !== K.COMMA) return a;
  const elts = p.commaItems([a], starTarget);
  p.expect(K.COMMA);
  return p.fin(start, { _type: 'Tuple', elts, ctx: 'Store' });
}

/** star_targets_list_seq: ','.star_target+ [','] */
function starTargetsListSeq(p: Parser): Expr[] | null {
  const elts = p.gather(starTarget);
  if (elts !== null) p.expect(K.COMMA);
  return elts;
}

/** star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ',' */
function starTargetsTupleSeq(p: Parser): Expr[] | null {
  const elts = starTargetsListSeq(p);
  if (elts === null) return null;
  // A single target needs its comma; the list rule made it optional.
  if (elts.length === 1 && p.kinds[p.pos - 1] !== K.COMMA) return null;
  return elts;
}

/** star_target (memo): '*' (!'*' star_target) | target_with_star_atom */
export function starTarget(p: Parser): Expr | null {
  const start = p.pos;
  const memo = p.memoGet(M_STAR_TARGET, start);
  if (memo !== MISS) return memo as Expr | null;
  let r: Expr | null = null;
  if (p.peek() === K.STAR) {
    p.pos++;
    if (p.peek() !== K.STAR) {
      const a = starTarget(p);
      if (a !== null) r = p.fin(start, { _type: 'Starred', value: withContext(a, 'Store'), ctx: 'Store' });
    }
  } else {
    r = targetWithStarAtom(p);
  }
  p.memoSet(M_STAR_TARGET, start, r);
  return r;
}

/** target_with_star_atom (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom */
export function targetWithStarAtom(p: Parser): Expr | null {
  const start = p.pos;
  const memo = p.memoGet(M_TARGET_WITH_STAR_ATOM, start);
  if (memo !== MISS) return memo as Expr | null;
  let r = primaryTarget(p, 'Store');
  if (r === null) {
    p.pos = start;
    r = starAtom(p);
  }
  p.memoSet(M_TARGET_WITH_STAR_ATOM, start, r);
  return r;
}

/** star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')' | '[' [star_targets_list_seq] ']' */
function starAtom(p: Parser): Expr | null {
  const start = p.pos;
  const k = p.peek();
  if (k === K.NAME) return p.nameAt(p.pos++, 'Store');
  if (k === K.LPAR) {
    p.pos++;
    const a = targetWithStarAtom(p);
    if (a !== null && p.expect(K.RPAR)) return withContext(a, 'Store');
    p.pos = start + 1;
    const elts = starTargetsTupleSeq(p);
    if (elts === null) p.pos = start + 1;
    if (!p.expect(K.RPAR)) return null;
    return p.fin(start, { _type: 'Tuple', elts: elts ?? [], ctx: 'Store' });
  }
  if (k === K.LSQB) {
    p.pos++;
    const elts = starTargetsListSeq(p);
    if (elts === null) p.pos = start + 1;
    if (!p.expect(K.RSQB)) return null;
    return p.fin(start, { _type: 'List', elts: elts ?? [], ctx: 'Store' });
  }
  return null;
}

/** single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
export function singleTarget(p: Parser): Expr | null {
  const start = p.pos;
  const a = primaryTarget(p, 'Store');
  if (a !== null) return a;
  p.pos = start;
  const k = p.peek();
  if (k === K.NAME) return p.nameAt(p.pos++, 'Store');
  if (k === K.LPAR) {
    p.pos++;
    const b = singleTarget(p);
    if (b !== null && p.expect(K.RPAR)) return b;
  }
  return null;
}

/** single_subscript_attribute_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead */
export function singleSubscriptAttributeTarget(p: Parser): Expr | null {
  return primaryTarget(p, 'Store');
}

/** The attribute / subscript of a t_primary that ends a target. */
function primaryTarget(p: Parser, ctx: ExprContext): Expr | null {
  const start = p.pos;
  const a = tPrimary(p);
  if (a === null) return null;
  const m = p.pos;
  if (p.expect(K.DOT)) {
    const n = p.expectIdx(K.NAME);
    if (n >= 0 && !tLookahead(p)) {
      return p.fin(start, { _type: 'Attribute', value: a, attr: p.idAt(n), ctx });
    }
  }
  p.pos = m;
  if (p.expect(K.LSQB)) {
    const s = slices(p);
    if (s !== null && p.expect(K.RSQB) && !tLookahead(p)) {
      return p.fin(start, { _type: 'Subscript', value: a, slice: s, ctx });
    }
  }
  return null;
}

/** t_lookahead: '(' | '[' | '.' */
function tLookahead(p: Parser): boolean {
  const k = p.peek();
  return k === K.LPAR || k === K.LSQB || k === K.DOT;
}

/** t_primary (left-recursive, memo): a primary that another trailer follows. */
export function tPrimary(p: Parser): Expr | null {
  const start = p.pos;
  const memo = p.memoGet(M_T_PRIMARY, start);
  if (memo !== MISS) return memo as Expr | null;
  let a = atom(p);
  if (a !== null && !tLookahead(p)) a = null;
  while (a !== null) {
    const next = tPrimaryTrailer(p, start, a);
    if (next === null) break;
    a = next;
  }
  if (a === null) p.pos = start;
  p.memoSet(M_T_PRIMARY, start, a);
  return a;
}

/** One step of t_primary's growth, each trailer followed by &t_lookahead. */
function tPrimaryTrailer(p: Parser, start: number, a: Expr): Expr | null {
  const m = p.pos;
  const k = p.peek();
  if (k === K.DOT) {
    p.pos++;
    const n = p.expectIdx(K.NAME);
    if (n >= 0 && tLookahead(p)) {
      return p.fin(start, { _type: 'Attribute', value: a, attr: p.idAt(n), ctx: 'Load' });
    }
    p.pos = m;
  }
  if (k === K.LSQB) {
    p.pos++;
    const s = slices(p);
    if (s !== null && p.expect(K.RSQB) && tLookahead(p)) {
      return p.fin(start, { _type: 'Subscript', value: a, slice: s, ctx: 'Load' });
    }
    p.pos = m;
  }
  if (k === K.LPAR || (p.callInvalid && (k === K.LSQB || k === K.LBRACE))) {
    const g = genexp(p);
    if (g !== null && tLookahead(p)) return p.fin(start, { _type: 'Call', func: a, args: [g], keywords: [] });
    p.pos = m;
  }
  if (k === K.LPAR) {
    p.pos++;
    const call = callArguments(p);
    if (call === null) p.pos = m + 1;
    if (p.expect(K.RPAR) && tLookahead(p)) {
      return p.fin(start, {
        _type: 'Call', func: a, args: call === null ? [] : call.args, keywords: call === null ? [] : call.keywords,
      });
    }
    p.pos = m;
  }
  return null;
}

// ---------------------------------------------------------------------------
// del targets

/** del_targets: ','.del_target+ [','] */
export function delTargets(p: Parser): Expr[] | null {
  const elts = p.gather(delTarget);
  if (elts !== null) p.expect(K.COMMA);
  return elts;
}

/** del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom */
function delTarget(p: Parser): Expr | null {
  const start = p.pos;
  const memo = p.memoGet(M_DEL_TARGET, start);
  if (memo !== MISS) return memo as Expr | null;
  let r = primaryTarget(p, 'Del');
  if (r === null) {
    p.pos = start;
    r = delTAtom(p);
  }
  p.memoSet(M_DEL_TARGET, start, r);
  return r;
}

/** del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']' */
function delTAtom(p: Parser): Expr | null {
  const start = p.pos;
  const k = p.peek();
  if (k === K.NAME) return p.nameAt(p.pos++, 'Del');
  if (k !== K.LPAR && k !== K.LSQB) return null;
  p.pos++;
  if (k === K.LPAR) {
    const a = delTarget(p);
    if (a !== null && p.expect(K.RPAR)) return withContext(a, 'Del');
    p.pos = start + 1;
  }
  const elts = delTargets(p);
  if (elts === null) p.pos = start + 1;
  if (!p.expect(k === K.LPAR ? K.RPAR : K.RSQB)) return null;
  return k === K.LPAR
    ? p.fin(start, { _type: 'Tuple', elts: elts ?? [], ctx: 'Del' })
    : p.fin(start, { _type: 'List', elts: elts ?? [], ctx: 'Del' });
}
