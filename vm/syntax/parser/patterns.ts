/**
 * The match statement and its patterns (grammar section "Match statement",
 * PEP 634).
 *
 * `match` and `case` are soft keywords: NAME tokens recognised by their text
 * only where the statement can start, so `match = 1` stays an assignment.
 * Patterns build the Match* nodes; the values inside them (numbers, strings,
 * dotted names) are ordinary expression nodes.
 */
import type { Expr, MatchCase, Pattern, PyConstant, Stmt } from '../ast.js';
import { M_ATTR, M_CLOSED_PATTERN, M_STAR_PATTERN, MISS, type Parser } from './core.js';
import * as K from './kinds.js';
import { namedExpression, optional, starNamedExpression, starNamedExpressions, strings } from './expressions.js';
import { block } from './compound.js';
import { invalidAsPattern, invalidCaseBlock, invalidClassPattern, invalidMatchStmt } from './invalid-statements.js';

/** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt */
export function matchStmt(p: Parser): Stmt | null {
  const start = p.pos;
  if (p.expectSoft('match') >= 0) {
    const subject = subjectExpr(p);
    if (subject !== null && p.expect(K.COLON) && p.expect(K.NEWLINE) && p.expect(K.INDENT)) {
      const cases: MatchCase[] = [];
      for (;;) {
        const m = p.pos;
        const c = caseBlock(p);
        if (c === null) {
          p.pos = m;
          break;
        }
        cases.push(c);
      }
      if (cases.length > 0 && p.expect(K.DEDENT)) return p.fin(start, { _type: 'Match', subject, cases });
    }
  }
  if (p.callInvalid) {
    p.pos = start;
    invalidMatchStmt(p);
  }
  return null;
}

/** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
export function subjectExpr(p: Parser): Expr | null {
  const start = p.pos;
  const value = starNamedExpression(p);
  if (value !== null && p.expect(K.COMMA)) {
    const values = optional(p, starNamedExpressions);
    return p.fin(start, { _type: 'Tuple', elts: values === null ? [value] : [value, ...values], ctx: 'Load' });
  }
  p.pos = start;
  return namedExpression(p);
}

/** case_block: invalid_case_block | "case" patterns guard? ':' block */
function caseBlock(p: Parser): MatchCase | null {
  const start = p.pos;
  if (p.callInvalid) {
    invalidCaseBlock(p);
    p.pos = start;
  }
  if (p.expectSoft('case') < 0) return null;
  const pattern = patterns(p);
  if (pattern === null) return null;
  const guard = optional(p, guardClause);
  if (!p.expect(K.COLON)) return null;
  const body = block(p);
  return body === null ? null : { _type: 'match_case', pattern, guard, body };
}

/** guard: 'if' named_expression */
export function guardClause(p: Parser): Expr | null {
  return p.expect(K.KW_IF) ? namedExpression(p) : null;
}

/** patterns: open_sequence_pattern | pattern */
export function patterns(p: Parser): Pattern | null {
  const start = p.pos;
  const seq = openSequencePattern(p);
  if (seq !== null) return p.fin(start, { _type: 'MatchSequence', patterns: seq });
  p.pos = start;
  return pattern(p);
}

/** pattern: as_pattern | or_pattern */
export function pattern(p: Parser): Pattern | null {
  const start = p.pos;
  const a = asPattern(p);
  if (a !== null) return a;
  p.pos = start;
  return orPattern(p);
}

/** as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern */
function asPattern(p: Parser): Pattern | null {
  const start = p.pos;
  const inner = orPattern(p);
  if (inner !== null && p.expect(K.KW_AS)) {
    const target = patternCaptureTarget(p);
    if (target !== null) return p.fin(start, { _type: 'MatchAs', pattern: inner, name: target });
  }
  if (p.callInvalid) {
    p.pos = start;
    invalidAsPattern(p);
  }
  return null;
}

/** or_pattern: '|'.closed_pattern+ */
export function orPattern(p: Parser): Pattern | null {
  const start = p.pos;
  const first = closedPattern(p);
  if (first === null) return null;
  const alternatives = [first];
  for (;;) {
    const m = p.pos;
    if (!p.expect(K.VBAR)) break;
    const c = closedPattern(p);
    if (c === null) {
      p.pos = m;
      break;
    }
    alternatives.push(c);
  }
  if (alternatives.length === 1) return first;
  return p.fin(start, { _type: 'MatchOr', patterns: alternatives });
}

/** closed_pattern (memo): literal | capture | wildcard | value | group | sequence | mapping | class */
function closedPattern(p: Parser): Pattern | null {
  const start = p.pos;
  const memo = p.memoGet(M_CLOSED_PATTERN, start);
  if (memo !== MISS) return memo as Pattern | null;
  const r = closedPatternBody(p, start);
  p.memoSet(M_CLOSED_PATTERN, start, r);
  return r;
}

function closedPatternBody(p: Parser, start: number): Pattern | null {
  const rules = [
    literalPattern, capturePattern, wildcardPattern, valuePattern, groupPattern, sequencePattern,
    mappingPattern, classPattern,
  ];
  for (const rule of rules) {
    p.pos = start;
    const r = rule(p);
    if (r !== null) return r;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Literals

const NONE: PyConstant = { kind: 'None' };
const TRUE: PyConstant = { kind: 'bool', value: true };
const FALSE: PyConstant = { kind: 'bool', value: false };

function singletonOf(kind: number): PyConstant | null {
  return kind === K.KW_NONE ? NONE : kind === K.KW_TRUE ? TRUE : kind === K.KW_FALSE ? FALSE : null;
}

/** literal_pattern: number | complex | strings as MatchValue; None/True/False as MatchSingleton */
function literalPattern(p: Parser): Pattern | null {
  const start = p.pos;
  const singleton = singletonOf(p.peek());
  if (singleton !== null) {
    p.pos++;
    return p.fin(start, { _type: 'MatchSingleton', value: singleton });
  }
  const value = literalValue(p);
  return value === null ? null : p.fin(start, { _type: 'MatchValue', value });
}

/** literal_expr: the same literals as expressions (mapping pattern keys). */
function literalExpr(p: Parser): Expr | null {
  const start = p.pos;
  const singleton = singletonOf(p.peek());
  if (singleton !== null) {
    p.pos++;
    return p.fin(start, { _type: 'Constant', value: singleton, kind: null });
  }
  return literalValue(p);
}

/** signed_number !('+' | '-') | complex_number | strings */
function literalValue(p: Parser): Expr | null {
  const start = p.pos;
  const n = signedNumber(p);
  if (n !== null) {
    const k = p.peek();
    if (k !== K.PLUS && k !== K.MINUS) return n;
  }
  p.pos = start;
  const c = complexNumber(p);
  if (c !== null) return c;
  p.pos = start;
  return p.peek() === K.STRING ? strings(p) : null;
}

/** signed_number: NUMBER | '-' NUMBER */
function signedNumber(p: Parser): Expr | null {
  const start = p.pos;
  const neg = p.expect(K.MINUS);
  const n = number(p);
  if (n === null) return null;
  return neg ? p.fin(start, { _type: 'UnaryOp', op: 'USub', operand: n }) : n;
}

/** complex_number: signed_real_number ('+' | '-') imaginary_number */
function complexNumber(p: Parser): Expr | null {
  const start = p.pos;
  const neg = p.expect(K.MINUS);
  let real = number(p);
  if (real === null) return null;
  ensureNumberKind(p, real, false);
  if (neg) real = p.fin(start, { _type: 'UnaryOp', op: 'USub', operand: real });
  const k = p.peek();
  if (k !== K.PLUS && k !== K.MINUS) return null;
  p.pos++;
  const imag = number(p);
  if (imag === null) return null;
  ensureNumberKind(p, imag, true);
  return p.fin(start, { _type: 'BinOp', left: real, op: k === K.PLUS ? 'Add' : 'Sub', right: imag });
}

function number(p: Parser): Expr | null {
  if (p.peek() !== K.NUMBER) return null;
  const start = p.pos++;
  return p.fin(start, { _type: 'Constant', value: p.numberValue(p.tokens[start]!.string), kind: null });
}

/** _PyPegen_ensure_real / _PyPegen_ensure_imaginary */
function ensureNumberKind(p: Parser, e: Expr, imaginary: boolean): void {
  const isComplex = e._type === 'Constant' && e.value.kind === 'complex';
  if (isComplex !== imaginary) {
    p.raiseKnownLocation(e, imaginary ? 'imaginary number required in complex literal' : 'real number required in complex literal');
  }
}

// ---------------------------------------------------------------------------
// Captures, wildcards, values

/** capture_pattern: pattern_capture_target */
function capturePattern(p: Parser): Pattern | null {
  const start = p.pos;
  const name = patternCaptureTarget(p);
  return name === null ? null : p.fin(start, { _type: 'MatchAs', pattern: null, name });
}

/** pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
export function patternCaptureTarget(p: Parser): string | null {
  if (p.peek() !== K.NAME || p.tokens[p.pos]!.string === '_') return null;
  const n = p.pos++;
  const k = p.peek();
  if (k === K.DOT || k === K.LPAR || k === K.EQUAL) return null;
  return p.idAt(n);
}

/** wildcard_pattern: "_" */
function wildcardPattern(p: Parser): Pattern | null {
  const start = p.expectSoft('_');
  return start < 0 ? null : p.fin(start, { _type: 'MatchAs', pattern: null, name: null });
}

/** value_pattern: attr !('.' | '(' | '=') */
function valuePattern(p: Parser): Pattern | null {
  const start = p.pos;
  const a = attr(p);
  if (a === null) return null;
  const k = p.peek();
  if (k === K.DOT || k === K.LPAR || k === K.EQUAL) return null;
  return p.fin(start, { _type: 'MatchValue', value: a });
}

/** attr (memo): name_or_attr '.' NAME -- a dotted name with at least one dot */
function attr(p: Parser): Expr | null {
  const start = p.pos;
  const memo = p.memoGet(M_ATTR, start);
  if (memo !== MISS) return memo as Expr | null;
  let e: Expr | null = p.name();
  let dots = 0;
  while (e !== null) {
    const m = p.pos;
    if (!p.expect(K.DOT)) break;
    const n = p.expectIdx(K.NAME);
    if (n < 0) {
      p.pos = m;
      break;
    }
    e = p.fin(start, { _type: 'Attribute', value: e, attr: p.idAt(n), ctx: 'Load' });
    dots++;
  }
  const r = dots > 0 ? e : null;
  if (r === null) p.pos = start;
  p.memoSet(M_ATTR, start, r);
  return r;
}

/** name_or_attr: attr | NAME */
export function nameOrAttr(p: Parser): Expr | null {
  const start = p.pos;
  const a = attr(p);
  if (a !== null) return a;
  p.pos = start;
  return p.name();
}

// ---------------------------------------------------------------------------
// Groups and sequences

/** group_pattern: '(' pattern ')' */
function groupPattern(p: Parser): Pattern | null {
  if (!p.expect(K.LPAR)) return null;
  const r = pattern(p);
  return r !== null && p.expect(K.RPAR) ? r : null;
}

/** sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')' */
function sequencePattern(p: Parser): Pattern | null {
  const start = p.pos;
  const k = p.peek();
  if (k !== K.LSQB && k !== K.LPAR) return null;
  p.pos++;
  const items = optional(p, k === K.LSQB ? maybeSequencePattern : openSequencePattern);
  if (!p.expect(k === K.LSQB ? K.RSQB : K.RPAR)) return null;
  return p.fin(start, { _type: 'MatchSequence', patterns: items ?? [] });
}

/** open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
function openSequencePattern(p: Parser): Pattern[] | null {
  const first = maybeStarPattern(p);
  if (first === null || !p.expect(K.COMMA)) return null;
  const rest = optional(p, maybeSequencePattern);
  return rest === null ? [first] : [first, ...rest];
}

/** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? */
function maybeSequencePattern(p: Parser): Pattern[] | null {
  const out = p.gather(maybeStarPattern);
  if (out !== null) p.expect(K.COMMA);
  return out;
}

/** maybe_star_pattern: star_pattern | pattern */
function maybeStarPattern(p: Parser): Pattern | null {
  const start = p.pos;
  const s = starPattern(p);
  if (s !== null) return s;
  p.pos = start;
  return pattern(p);
}

/** star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern */
function starPattern(p: Parser): Pattern | null {
  const start = p.pos;
  const memo = p.memoGet(M_STAR_PATTERN, start);
  if (memo !== MISS) return memo as Pattern | null;
  let r: Pattern | null = null;
  if (p.expect(K.STAR)) {
    const name = patternCaptureTarget(p);
    if (name !== null) r = p.fin(start, { _type: 'MatchStar', name });
    else {
      p.pos = start + 1;
      if (p.expectSoft('_') >= 0) r = p.fin(start, { _type: 'MatchStar', name: null });
    }
  }
  if (r === null) p.pos = start;
  p.memoSet(M_STAR_PATTERN, start, r);
  return r;
}

// ---------------------------------------------------------------------------
// Mappings and classes

/**
 * mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}'
 *   | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
 */
function mappingPattern(p: Parser): Pattern | null {
  const start = p.pos;
  if (!p.expect(K.LBRACE)) return null;
  if (p.expect(K.RBRACE)) return p.fin(start, { _type: 'MatchMapping', keys: [], patterns: [], rest: null });
  const rest = doubleStarPattern(p);
  if (rest !== null) {
    p.expect(K.COMMA);
    if (p.expect(K.RBRACE)) return p.fin(start, { _type: 'MatchMapping', keys: [], patterns: [], rest });
  }
  p.pos = start + 1;
  const items = itemsPattern(p);
  if (items === null) return null;
  const afterItems = p.pos;
  if (p.expect(K.COMMA)) {
    const rest2 = doubleStarPattern(p);
    if (rest2 !== null) {
      p.expect(K.COMMA);
      if (p.expect(K.RBRACE)) {
        return p.fin(start, { _type: 'MatchMapping', keys: items.keys, patterns: items.patterns, rest: rest2 });
      }
    }
  }
  p.pos = afterItems;
  p.expect(K.COMMA);
  if (!p.expect(K.RBRACE)) return null;
  return p.fin(start, { _type: 'MatchMapping', keys: items.keys, patterns: items.patterns, rest: null });
}

/** items_pattern: ','.key_value_pattern+ */
function itemsPattern(p: Parser): { keys: Expr[]; patterns: Pattern[] } | null {
  const keys: Expr[] = [];
  const values: Pattern[] = [];
  for (;;) {
    const m = p.pos;
    if (keys.length > 0 && !p.expect(K.COMMA)) break;
    const key = keyPattern(p);
    const value = key !== null && p.expect(K.COLON) ? pattern(p) : null;
    if (key === null || value === null) {
      p.pos = m;
      break;
    }
    keys.push(key);
    values.push(value);
  }
  return keys.length === 0 ? null : { keys, patterns: values };
}

/** (literal_expr | attr) */
function keyPattern(p: Parser): Expr | null {
  const start = p.pos;
  const l = literalExpr(p);
  if (l !== null) return l;
  p.pos = start;
  return attr(p);
}

/** double_star_pattern: '**' pattern_capture_target */
function doubleStarPattern(p: Parser): string | null {
  return p.expect(K.DOUBLESTAR) ? patternCaptureTarget(p) : null;
}

/** class_pattern: name_or_attr '(' [positional and/or keyword patterns] ')' | invalid_class_pattern */
function classPattern(p: Parser): Pattern | null {
  const start = p.pos;
  const cls = nameOrAttr(p);
  if (cls !== null && p.expect(K.LPAR)) {
    const open = p.pos;
    const r = classPatternArguments(p, start, cls, open);
    if (r !== null) return r;
  }
  if (p.callInvalid) {
    p.pos = start;
    invalidClassPattern(p);
  }
  return null;
}

function classPatternArguments(p: Parser, start: number, cls: Expr, open: number): Pattern | null {
  if (p.expect(K.RPAR)) return p.fin(start, { _type: 'MatchClass', cls, patterns: [], kwd_attrs: [], kwd_patterns: [] });
  const positional = positionalPatterns(p);
  const afterPositional = p.pos;
  if (positional !== null) {
    p.expect(K.COMMA);
    if (p.expect(K.RPAR)) {
      return p.fin(start, { _type: 'MatchClass', cls, patterns: positional, kwd_attrs: [], kwd_patterns: [] });
    }
  }
  p.pos = open;
  let keywords = keywordPatterns(p);
  if (keywords !== null) {
    p.expect(K.COMMA);
    if (p.expect(K.RPAR)) return p.fin(start, { _type: 'MatchClass', cls, patterns: [], ...keywords });
  }
  if (positional === null) return null;
  p.pos = afterPositional;
  if (!p.expect(K.COMMA)) return null;
  keywords = keywordPatterns(p);
  if (keywords === null) return null;
  p.expect(K.COMMA);
  if (!p.expect(K.RPAR)) return null;
  return p.fin(start, { _type: 'MatchClass', cls, patterns: positional, ...keywords });
}

/** positional_patterns: ','.pattern+ */
export function positionalPatterns(p: Parser): Pattern[] | null {
  return p.gather(pattern);
}

/** keyword_patterns: ','.(NAME '=' pattern)+ */
export function keywordPatterns(p: Parser): { kwd_attrs: string[]; kwd_patterns: Pattern[] } | null {
  const attrs: string[] = [];
  const values: Pattern[] = [];
  for (;;) {
    const m = p.pos;
    if (attrs.length > 0 && !p.expect(K.COMMA)) break;
    const n = p.expectIdx(K.NAME);
    const value = n >= 0 && p.expect(K.EQUAL) ? pattern(p) : null;
    if (value === null) {
      p.pos = m;
      break;
    }
    attrs.push(p.idAt(n));
    values.push(value);
  }
  return attrs.length === 0 ? null : { kwd_attrs: attrs, kwd_patterns: values };
}
