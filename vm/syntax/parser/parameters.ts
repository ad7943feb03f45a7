/**
 * Function and lambda parameter lists (grammar sections "Function
 * parameters" and "Lambda functions").
 *
 * One implementation serves both: a lambda's parameters have no annotations
 * and are closed by ':' where a def's are closed by ')'. Each parameter rule
 * consumes its trailing comma, or requires the closer to follow, exactly as
 * the grammar's `param_no_default` etc. do. `makeArguments` assembles the
 * pieces like CPython's _PyPegen_make_arguments.
 */
import type { Arg, Arguments, Expr } from '../ast.js';
import type { Parser } from './core.js';
import * as K from './kinds.js';
import { expression, starExpression } from './expressions.js';
import {
  invalidDefault, invalidKwds, invalidLambdaParameters, invalidParameters, invalidStarEtc,
} from './invalid-statements.js';

export interface NameDefault { arg: Arg; value: Expr | null }
export interface SlashWithDefault { plain: Arg[]; withDefaults: NameDefault[] }
export interface StarEtc { vararg: Arg | null; kwonly: NameDefault[]; kwarg: Arg | null }

export function emptyArguments(): Arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

/** params: invalid_parameters | parameters */
export function params(p: Parser): Arguments | null {
  if (p.callInvalid) {
    const start = p.pos;
    invalidParameters(p);
    p.pos = start;
  }
  return parameters(p, false);
}

/** lambda_params: invalid_lambda_parameters | lambda_parameters */
export function lambdaParams(p: Parser): Arguments | null {
  if (p.callInvalid) {
    const start = p.pos;
    invalidLambdaParameters(p);
    p.pos = start;
  }
  return parameters(p, true);
}

/** parameters / lambda_parameters: the five shapes of a parameter list. */
function parameters(p: Parser, lambda: boolean): Arguments | null {
  const start = p.pos;
  const slash = slashNoDefault(p, lambda);
  if (slash !== null) {
    const b = paramsNoDefault(p, lambda);
    const c = paramsWithDefault(p, lambda);
    return makeArguments(slash, null, b, c, optionalStarEtc(p, lambda));
  }
  p.pos = start;
  const slashDefault = slashWithDefault(p, lambda);
  if (slashDefault !== null) {
    const b = paramsWithDefault(p, lambda);
    return makeArguments(null, slashDefault, null, b, optionalStarEtc(p, lambda));
  }
  p.pos = start;
  const plain = paramsNoDefault(p, lambda);
  if (plain.length > 0) {
    const b = paramsWithDefault(p, lambda);
    return makeArguments(null, null, plain, b, optionalStarEtc(p, lambda));
  }
  p.pos = start;
  const withDefault = paramsWithDefault(p, lambda);
  if (withDefault.length > 0) return makeArguments(null, null, null, withDefault, optionalStarEtc(p, lambda));
  p.pos = start;
  const star = starEtc(p, lambda);
  return star === null ? null : makeArguments(null, null, null, null, star);
}

/** slash_no_default: param_no_default+ '/' (',' | &closer) */
export function slashNoDefault(p: Parser, lambda: boolean): Arg[] | null {
  const a = paramsNoDefault(p, lambda);
  if (a.length === 0 || !p.expect(K.SLASH)) return null;
  return endsParam(p, lambda) ? a : null;
}

/** slash_with_default: param_no_default* param_with_default+ '/' (',' | &closer) */
export function slashWithDefault(p: Parser, lambda: boolean): SlashWithDefault | null {
  const plain = paramsNoDefault(p, lambda);
  const withDefaults = paramsWithDefault(p, lambda);
  if (withDefaults.length === 0 || !p.expect(K.SLASH)) return null;
  return endsParam(p, lambda) ? { plain, withDefaults } : null;
}

/** `','` consumed, or the closer (')' or ':' for a lambda) next. */
function endsParam(p: Parser, lambda: boolean): boolean {
  return p.expect(K.COMMA) || p.peek() === (lambda ? K.COLON : K.RPAR);
}

/** param_no_default* */
export function paramsNoDefault(p: Parser, lambda: boolean): Arg[] {
  const out: Arg[] = [];
  for (;;) {
    const m = p.pos;
    const a = paramNoDefault(p, lambda);
    if (a === null) {
      p.pos = m;
      return out;
    }
    out.push(a);
  }
}

/** param_with_default* */
export function paramsWithDefault(p: Parser, lambda: boolean): NameDefault[] {
  return paramsDefaults(p, lambda, true);
}

/** param_maybe_default* */
export function paramsMaybeDefault(p: Parser, lambda: boolean): NameDefault[] {
  return paramsDefaults(p, lambda, false);
}

function paramsDefaults(p: Parser, lambda: boolean, required: boolean): NameDefault[] {
  const out: NameDefault[] = [];
  for (;;) {
    const m = p.pos;
    const a = paramDefault(p, lambda, required);
    if (a === null) {
      p.pos = m;
      return out;
    }
    out.push(a);
  }
}

/** param_no_default: param (',' | &closer) */
export function paramNoDefault(p: Parser, lambda: boolean): Arg | null {
  const a = param(p, lambda);
  return a !== null && endsParam(p, lambda) ? a : null;
}

/** param_with_default / param_maybe_default: param default (',' | &closer) */
export function paramDefault(p: Parser, lambda: boolean, required: boolean): NameDefault | null {
  const arg = param(p, lambda);
  if (arg === null) return null;
  const m = p.pos;
  const value = defaultValue(p);
  if (value === null) {
    if (required) return null;
    p.pos = m;
  }
  return endsParam(p, lambda) ? { arg, value } : null;
}

/** param: NAME annotation? (lambda_param: NAME) */
export function param(p: Parser, lambda: boolean): Arg | null {
  const start = p.pos;
  if (p.peek() !== K.NAME) return null;
  p.pos++;
  let annotation: Expr | null = null;
  if (!lambda && p.peek() === K.COLON) {
    p.pos++;
    annotation = expression(p);
    if (annotation === null) p.pos = start + 1;
  }
  return p.fin(start, { _type: 'arg', arg: p.idAt(start), annotation, type_comment: null });
}

/** param_star_annotation: NAME ':' star_expression */
function paramStarAnnotation(p: Parser): Arg | null {
  const start = p.pos;
  if (p.peek() !== K.NAME) return null;
  p.pos++;
  if (!p.expect(K.COLON)) return null;
  const annotation = starExpression(p);
  if (annotation === null) return null;
  return p.fin(start, { _type: 'arg', arg: p.idAt(start), annotation, type_comment: null });
}

/** default: '=' expression | invalid_default */
export function defaultValue(p: Parser): Expr | null {
  const start = p.pos;
  if (p.expect(K.EQUAL)) {
    const e = expression(p);
    if (e !== null) return e;
  }
  if (p.callInvalid) {
    p.pos = start;
    invalidDefault(p);
  }
  return null;
}

function optionalStarEtc(p: Parser, lambda: boolean): StarEtc | null {
  const m = p.pos;
  const s = starEtc(p, lambda);
  if (s === null) p.pos = m;
  return s;
}

/**
 * star_etc: invalid_star_etc
 *   | '*' param_no_default param_maybe_default* [kwds]
 *   | '*' param_no_default_star_annotation param_maybe_default* [kwds]   (def only)
 *   | '*' ',' param_maybe_default+ [kwds]
 *   | kwds
 */
export function starEtc(p: Parser, lambda: boolean): StarEtc | null {
  const start = p.pos;
  if (p.callInvalid) {
    invalidStarEtc(p, lambda);
    p.pos = start;
  }
  if (p.expect(K.STAR)) {
    let vararg = paramNoDefault(p, lambda);
    if (vararg === null && !lambda) {
      p.pos = start + 1;
      vararg = paramStarAnnotation(p);
      if (vararg !== null && !endsParam(p, lambda)) vararg = null;
    }
    if (vararg !== null) {
      const kwonly = paramsMaybeDefault(p, lambda);
      return { vararg, kwonly, kwarg: optionalKwds(p, lambda) };
    }
    p.pos = start + 1;
    if (p.expect(K.COMMA)) {
      const kwonly = paramsMaybeDefault(p, lambda);
      if (kwonly.length > 0) return { vararg: null, kwonly, kwarg: optionalKwds(p, lambda) };
    }
  }
  p.pos = start;
  const kwarg = kwds(p, lambda);
  return kwarg === null ? null : { vararg: null, kwonly: [], kwarg };
}

function optionalKwds(p: Parser, lambda: boolean): Arg | null {
  const m = p.pos;
  const k = kwds(p, lambda);
  if (k === null) p.pos = m;
  return k;
}

/** kwds: invalid_kwds | '**' param_no_default */
function kwds(p: Parser, lambda: boolean): Arg | null {
  const start = p.pos;
  if (p.callInvalid) {
    invalidKwds(p, lambda);
    p.pos = start;
  }
  if (!p.expect(K.DOUBLESTAR)) return null;
  return paramNoDefault(p, lambda);
}

/** CPython's _PyPegen_make_arguments. */
function makeArguments(
  slashNoDefaults: Arg[] | null, slashDefaults: SlashWithDefault | null,
  plain: Arg[] | null, withDefaults: NameDefault[] | null, star: StarEtc | null,
): Arguments {
  let posonlyargs: Arg[] = [];
  if (slashNoDefaults !== null) posonlyargs = slashNoDefaults;
  else if (slashDefaults !== null) posonlyargs = slashDefaults.plain.concat(slashDefaults.withDefaults.map((x) => x.arg));
  const args = (plain ?? []).concat((withDefaults ?? []).map((x) => x.arg));
  const defaults: Expr[] = [];
  for (const x of slashDefaults?.withDefaults ?? []) defaults.push(x.value!);
  for (const x of withDefaults ?? []) defaults.push(x.value!);
  return {
    _type: 'arguments',
    posonlyargs,
    args,
    vararg: star?.vararg ?? null,
    kwonlyargs: (star?.kwonly ?? []).map((x) => x.arg),
    kw_defaults: (star?.kwonly ?? []).map((x) => x.value),
    kwarg: star?.kwarg ?? null,
    defaults,
  };
}
