/**
 * Expression -> source text, as CPython 3.11's ast_unparse.c: the strings
 * that `from __future__ import annotations` stores in `__annotations__`.
 *
 * The output is CPython's normalised form, not the original text: minimal
 * parentheses by operator priority, single spaces around binary operators,
 * constants as their repr() (infinite floats as 1e309), f-strings rebuilt
 * with their braces escaped.
 */

import type { Arguments, Comprehension, Expr, Keyword } from '../syntax/ast.js';
import type { ConstValue } from './code.js';
import { pyRepr, strRepr } from './pyrepr.js';

const PR_TUPLE = 0;
const PR_TEST = 1;
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_EXPR = 6;
const PR_BOR = PR_EXPR;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOPS: Record<string, [string, number]> = {
  Add: [' + ', PR_ARITH], Sub: [' - ', PR_ARITH], Mult: [' * ', PR_TERM], MatMult: [' @ ', PR_TERM],
  Div: [' / ', PR_TERM], Mod: [' % ', PR_TERM], LShift: [' << ', PR_SHIFT], RShift: [' >> ', PR_SHIFT],
  BitOr: [' | ', PR_BOR], BitXor: [' ^ ', PR_BXOR], BitAnd: [' & ', PR_BAND], FloorDiv: [' // ', PR_TERM],
  Pow: [' ** ', PR_POWER],
};
const CMPOPS: Record<string, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ', Is: ' is ', IsNot: ' is not ',
  In: ' in ', NotIn: ' not in ',
};
const UNARYOPS: Record<string, [string, number]> = {
  Invert: ['~', PR_FACTOR], Not: ['not ', PR_NOT], UAdd: ['+', PR_FACTOR], USub: ['-', PR_FACTOR],
};

/** The annotation string of an expression. */
export function unparse(e: Expr): string {
  return expr(e, PR_TEST);
}

function paren(cond: boolean, s: string): string {
  return cond ? `(${s})` : s;
}

function expr(e: Expr, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const pr = e.op === 'And' ? PR_AND : PR_OR;
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '));
    }
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op]!;
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = UNARYOPS[e.op]!;
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case 'Lambda': {
      const npos = e.args.args.length + e.args.posonlyargs.length;
      return paren(level > PR_TEST, (npos ? 'lambda ' : 'lambda') + args(e.args) + ': ' + expr(e.body, PR_TEST));
    }
    case 'IfExp':
      return paren(level > PR_TEST,
        `${expr(e.body, PR_TEST + 1)} if ${expr(e.test, PR_TEST + 1)} else ${expr(e.orelse, PR_TEST)}`);
    case 'Dict':
      return '{' + e.values.map((v, i) => {
        const k = e.keys[i];
        return k ? `${expr(k, PR_TEST)}: ${expr(v, PR_TEST)}` : `**${expr(v, PR_EXPR)}`;
      }).join(', ') + '}';
    case 'Set':
      return '{' + e.elts.map((x) => expr(x, PR_TEST)).join(', ') + '}';
    case 'GeneratorExp':
      return `(${expr(e.elt, PR_TEST)}${comprehensions(e.generators)})`;
    case 'ListComp':
      return `[${expr(e.elt, PR_TEST)}${comprehensions(e.generators)}]`;
    case 'SetComp':
      return `{${expr(e.elt, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'DictComp':
      return `{${expr(e.key, PR_TEST)}: ${expr(e.value, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'Yield':
      return e.value ? `(yield ${expr(e.value, PR_TEST)})` : '(yield)';
    case 'YieldFrom':
      return `(yield from ${expr(e.value, PR_TEST)})`;
    case 'Await':
      return paren(level > PR_AWAIT, 'await ' + expr(e.value, PR_ATOM));
    case 'Compare':
      return paren(level > PR_CMP, expr(e.left, PR_CMP + 1) +
        e.ops.map((op, i) => CMPOPS[op]! + expr(e.comparators[i]!, PR_CMP + 1)).join(''));
    case 'Call':
      return call(e.func, e.args, e.keywords);
    case 'Constant':
      if (e.value.kind === 'Ellipsis') return '...';
      return constant(e.value);
    case 'JoinedStr':
      return 'f' + strRepr(fstringBody(e.values, false));
    case 'FormattedValue':
      return formattedValue(e);
    case 'Attribute': {
      const v = e.value;
      const period = v._type === 'Constant' && v.value.kind === 'int' ? ' .' : '.';
      return expr(v, PR_ATOM) + period + e.attr;
    }
    case 'Subscript':
      return `${expr(e.value, PR_ATOM)}[${expr(e.slice, PR_TUPLE)}]`;
    case 'Starred':
      return '*' + expr(e.value, PR_EXPR);
    case 'Slice':
      return (e.lower ? expr(e.lower, PR_TEST) : '') + ':' + (e.upper ? expr(e.upper, PR_TEST) : '') +
        (e.step ? ':' + expr(e.step, PR_TEST) : '');
    case 'Name':
      return e.id;
    case 'List':
      return '[' + e.elts.map((x) => expr(x, PR_TEST)).join(', ') + ']';
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const body = e.elts.map((x) => expr(x, PR_TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(level > PR_TUPLE, body);
    }
    case 'NamedExpr':
      return paren(level > PR_TUPLE, `${expr(e.target, PR_ATOM)} := ${expr(e.value, PR_ATOM)}`);
  }
}

function constant(v: ConstValue): string {
  if (v.kind === 'tuple') {
    const items = v.items.map(reprConst);
    return '(' + items.join(', ') + (items.length === 1 ? ',' : '') + ')';
  }
  return reprConst(v);
}

function reprConst(v: ConstValue): string {
  const r = pyRepr(v);
  return v.kind === 'float' || v.kind === 'complex' ? r.replaceAll('inf', '1e309') : r;
}

function args(a: Arguments): string {
  const parts: string[] = [];
  const npos = a.posonlyargs.length + a.args.length;
  for (let i = 0; i < npos; i++) {
    const arg = i < a.posonlyargs.length ? a.posonlyargs[i]! : a.args[i - a.posonlyargs.length]!;
    let s = argText(arg);
    const di = i - npos + a.defaults.length;
    if (di >= 0) s += '=' + expr(a.defaults[di]!, PR_TEST);
    if (a.posonlyargs.length && i + 1 === a.posonlyargs.length) s += ', /';
    parts.push(s);
  }
  if (a.vararg || a.kwonlyargs.length) parts.push('*' + (a.vararg ? argText(a.vararg) : ''));
  for (let i = 0; i < a.kwonlyargs.length; i++) {
    let s = argText(a.kwonlyargs[i]!);
    const di = i - a.kwonlyargs.length + a.kw_defaults.length;
    const d = di >= 0 ? a.kw_defaults[di] : null;
    if (d) s += '=' + expr(d, PR_TEST);
    parts.push(s);
  }
  if (a.kwarg) parts.push('**' + argText(a.kwarg));
  return parts.join(', ');
}

function argText(arg: Arguments['args'][number]): string {
  return arg.annotation ? `${arg.arg}: ${expr(arg.annotation, PR_TEST)}` : arg.arg;
}

function comprehensions(gens: readonly Comprehension[]): string {
  return gens.map((g) => (g.is_async ? ' async for ' : ' for ') + expr(g.target, PR_TUPLE) + ' in ' +
    expr(g.iter, PR_TEST + 1) + g.ifs.map((x) => ' if ' + expr(x, PR_TEST + 1)).join('')).join('');
}

function call(func: Expr, callArgs: readonly Expr[], keywords: readonly Keyword[]): string {
  const f = expr(func, PR_ATOM);
  if (callArgs.length === 1 && keywords.length === 0 && callArgs[0]!._type === 'GeneratorExp') {
    return f + expr(callArgs[0]!, PR_TEST);
  }
  const parts = callArgs.map((x) => expr(x, PR_TEST));
  for (const k of keywords) parts.push((k.arg === null ? '**' : k.arg + '=') + expr(k.value, PR_TEST));
  return `${f}(${parts.join(', ')})`;
}

function escapeBraces(s: string): string {
  return s.replaceAll('{', '{{').replaceAll('}', '}}');
}

function fstringBody(values: readonly Expr[], isFormatSpec: boolean): string {
  let out = '';
  for (const v of values) out += fstringElement(v, isFormatSpec);
  return out;
}

function fstringElement(e: Expr, isFormatSpec: boolean): string {
  switch (e._type) {
    case 'Constant':
      return escapeBraces(e.value.kind === 'str' ? e.value.value : pyRepr(e.value));
    case 'JoinedStr':
      return isFormatSpec ? fstringBody(e.values, true) : 'f' + strRepr(fstringBody(e.values, false));
    case 'FormattedValue':
      return formattedValue(e);
    default:
      throw new Error('unparse: unknown expression kind inside f-string');
  }
}

function formattedValue(e: Extract<Expr, { _type: 'FormattedValue' }>): string {
  const inner = expr(e.value, PR_TEST + 1);
  let out = (inner.startsWith('{') ? '{ ' : '{') + inner;
  if (e.conversion > 0) out += '!' + String.fromCharCode(e.conversion);
  if (e.format_spec) out += ':' + fstringElement(e.format_spec, true);
  return out + '}';
}
