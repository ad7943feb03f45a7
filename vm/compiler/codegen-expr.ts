/**
 * Code generation for expressions: names, operators, comparisons (chained),
 * short-circuit boolean logic and conditional jumps, displays with star
 * unpacking, calls (method calls, keywords, *args / **kwargs), f-strings,
 * attributes, subscripts and slices, yield / yield from / await.
 *
 * Every expression is compiled with the unit's location set to its own span
 * and restored afterwards. Constant folding follows the parts of CPython's
 * AST optimiser that change what is loaded: tuples of constants, negated
 * numbers, `__debug__`, and literal lists / sets iterated over or tested
 * with `in` (see fold.ts).
 */

import type { Expr, Keyword } from '../syntax/ast.js';
import type { Compiler } from './compile.js';
import { compileComprehension, compileLambda } from './codegen-scope.js';
import { emitYieldFrom } from './codegen-stmt.js';
import { foldConst, foldIter } from './fold.js';
import type { ConstValue } from './code.js';
import { BINARY_OPS, COMPARE_OPS, FormatValue, Op, UNARY_OPS, YieldKind, type OpName } from './opcodes.js';
import { DEF_IMPORT, FUNCTION_BLOCK } from './symtable.js';
import { JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE, type Block } from './unit.js';

/** CPython's STACK_USE_GUIDELINE: displays and calls bigger than this are built incrementally. */
const STACK_USE_GUIDELINE = 30;

type E<K extends Expr['_type']> = Extract<Expr, { _type: K }>;

export function compileExpr(c: Compiler, e: Expr): void {
  const u = c.u;
  const lineno = u.lineno, endLineno = u.endLineno, col = u.col, endCol = u.endCol;
  u.lineno = e.lineno;
  u.endLineno = e.end_lineno;
  u.col = e.col_offset;
  u.endCol = e.end_col_offset;
  compileExpr1(c, e);
  u.lineno = lineno;
  u.endLineno = endLineno;
  u.col = col;
  u.endCol = endCol;
}

function compileExpr1(c: Compiler, e: Expr): void {
  const u = c.u;
  switch (e._type) {
    case 'NamedExpr':
      compileExpr(c, e.value);
      u.emit(Op.COPY, 1);
      compileExpr(c, e.target);
      return;
    case 'BoolOp':
      return compileBoolOp(c, e);
    case 'BinOp':
      compileExpr(c, e.left);
      compileExpr(c, e.right);
      u.emit(Op[BINARY_OPS[e.op][0]]);
      return;
    case 'UnaryOp': {
      const folded = foldConst(e);
      if (folded !== null) return c.loadConst(folded);
      compileExpr(c, e.operand);
      u.emit(Op[UNARY_OPS[e.op]]);
      return;
    }
    case 'Lambda':
      return compileLambda(c, e);
    case 'IfExp':
      return compileIfExp(c, e);
    case 'Dict':
      return compileDict(c, e);
    case 'Set':
      return starUnpack(c, e.elts, 0, 'BUILD_SET', 'SET_ADD', 'SET_UPDATE', false);
    case 'GeneratorExp':
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
      return compileComprehension(c, e);
    case 'Yield':
      if (u.ste.type !== FUNCTION_BLOCK) throw c.error("'yield' outside function");
      if (e.value) compileExpr(c, e.value);
      else c.loadNone();
      u.emit(Op.YIELD_VALUE, YieldKind.YIELD);
      return;
    case 'YieldFrom':
      if (u.ste.type !== FUNCTION_BLOCK) throw c.error("'yield' outside function");
      if (u.kind === 'async-function') throw c.error("'yield from' inside async function");
      compileExpr(c, e.value);
      u.emit(Op.GET_YIELD_FROM_ITER);
      c.loadNone();
      emitYieldFrom(c, false);
      return;
    case 'Await':
      if (u.ste.type !== FUNCTION_BLOCK) throw c.error("'await' outside function");
      if (u.kind !== 'async-function' && u.kind !== 'comprehension') throw c.error("'await' outside async function");
      compileExpr(c, e.value);
      u.emit(Op.GET_AWAITABLE, 0);
      c.loadNone();
      emitYieldFrom(c, true);
      return;
    case 'Compare':
      return compileCompare(c, e);
    case 'Call':
      return compileCall(c, e);
    case 'Constant':
      return c.loadConst(e.value);
    case 'JoinedStr':
      return compileJoinedStr(c, e);
    case 'FormattedValue':
      return compileFormattedValue(c, e);
    case 'Attribute':
      return compileAttribute(c, e);
    case 'Subscript':
      compileExpr(c, e.value);
      compileExpr(c, e.slice);
      u.emit(e.ctx === 'Load' ? Op.BINARY_SUBSCR : e.ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
      return;
    case 'Starred':
      throw c.error(e.ctx === 'Store' ? 'starred assignment target must be in a list or tuple'
        : "can't use starred expression here");
    case 'Slice':
      return compileSlice(c, e);
    case 'Name':
      if (e.id === '__debug__' && e.ctx === 'Load') return c.loadConst({ kind: 'bool', value: true });
      return c.nameop(e.id, e.ctx);
    case 'List':
      if (e.ctx === 'Store') return assignmentHelper(c, e.elts);
      if (e.ctx === 'Load') return starUnpack(c, e.elts, 0, 'BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND', false);
      for (const x of e.elts) compileExpr(c, x);
      return;
    case 'Tuple': {
      if (e.ctx === 'Store') return assignmentHelper(c, e.elts);
      if (e.ctx === 'Load') {
        const folded = foldConst(e);
        if (folded !== null) return c.loadConst(folded);
        return starUnpack(c, e.elts, 0, 'BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND', true);
      }
      for (const x of e.elts) compileExpr(c, x);
      return;
    }
  }
}

/** Compiles an iterable of a for loop or comprehension (literal lists become tuples). */
export function compileIter(c: Compiler, e: Expr): void {
  const folded = foldIter(e);
  if (folded === null) return compileExpr(c, e);
  if (folded.kind === 'const') {
    const loc = c.u.saveLoc();
    c.u.setLoc(e);
    c.loadConst(folded.value);
    c.u.restoreLoc(loc);
    return;
  }
  const loc = c.u.saveLoc();
  c.u.setLoc(e);
  starUnpack(c, folded.elts, 0, 'BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND', true);
  c.u.restoreLoc(loc);
}

// ---------------------------------------------------------------------------
// Boolean logic and conditional jumps

function compileBoolOp(c: Compiler, e: E<'BoolOp'>): void {
  const u = c.u;
  const jump = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const end = u.newBlock();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    compileExpr(c, e.values[i]!);
    u.emitJump(jump, end);
    u.useNextBlock(u.newBlock());
  }
  compileExpr(c, e.values[n]!);
  u.useNextBlock(end);
}

/** The truth value of a constant expression, or null if not constant. */
function constTruth(e: Expr): boolean | null {
  const v = foldConst(e);
  if (v === null) return null;
  switch (v.kind) {
    case 'None': return false;
    case 'Ellipsis': return true;
    case 'bool': return v.value;
    case 'int': return v.value !== 0n;
    case 'float': return v.value !== 0;
    case 'complex': return v.real !== 0 || v.imag !== 0;
    case 'str': return v.value.length > 0;
    case 'bytes': return v.value.length > 0;
    case 'tuple': case 'frozenset': return v.items.length > 0;
    case 'code': return true;
  }
}

function isNoneConstant(e: Expr): boolean {
  return e._type === 'Constant' && e.value.kind === 'None';
}

/** Jumps to `next` if `e` is truthy (`cond`) or falsy (`!cond`), else falls through. */
export function jumpIf(c: Compiler, e: Expr, next: Block, cond: boolean): void {
  const u = c.u;
  switch (e._type) {
    case 'UnaryOp':
      if (e.op === 'Not') return jumpIf(c, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const cond2 = e.op === 'Or';
      const next2 = cond2 !== cond ? u.newBlock() : next;
      const n = e.values.length - 1;
      for (let i = 0; i < n; i++) jumpIf(c, e.values[i]!, next2, cond2);
      jumpIf(c, e.values[n]!, next, cond);
      if (next2 !== next) u.useNextBlock(next2);
      return;
    }
    case 'IfExp': {
      const end = u.newBlock(), next2 = u.newBlock();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      u.emitJumpNoLine(JUMP, end);
      u.useNextBlock(next2);
      jumpIf(c, e.orelse, next, cond);
      u.useNextBlock(end);
      return;
    }
    case 'Compare':
      u.setLoc(e);
      if (e.ops.length > 1) return jumpIfChain(c, e, next, cond);
      if ((e.ops[0] === 'Is' || e.ops[0] === 'IsNot') && isNoneConstant(e.comparators[0]!)) {
        // `x is None` / `x is not None` tests need no comparison (CPython's peephole does this too).
        compileExpr(c, e.left);
        u.emitJump((e.ops[0] === 'Is') === cond ? POP_JUMP_IF_NONE : POP_JUMP_IF_NOT_NONE, next);
        return;
      }
      break;
    case 'Constant': {
      // A constant test needs no code: jump always or never (CPython's CFG optimiser).
      const truth = constTruth(e);
      if (truth !== null) {
        u.setLoc(e);
        if (truth === cond) u.emitJump(JUMP, next);
        else u.emit(Op.NOP);
        return;
      }
      break;
    }
    default:
      break;
  }
  compileExpr(c, e);
  u.emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
}

function jumpIfChain(c: Compiler, e: E<'Compare'>, next: Block, cond: boolean): void {
  const u = c.u;
  const n = e.ops.length - 1;
  const cleanup = u.newBlock();
  compileExpr(c, e.left);
  for (let i = 0; i < n; i++) {
    compileExpr(c, e.comparators[i]!);
    u.emit(Op.SWAP, 2);
    u.emit(Op.COPY, 2);
    u.emit(Op[COMPARE_OPS[e.ops[i]!]]);
    u.emitJump(POP_JUMP_IF_FALSE, cleanup);
  }
  compileLastComparator(c, e);
  u.emit(Op[COMPARE_OPS[e.ops[n]!]]);
  u.emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
  const end = u.newBlock();
  u.emitJumpNoLine(JUMP, end);
  u.useNextBlock(cleanup);
  u.emit(Op.POP_TOP);
  if (!cond) u.emitJumpNoLine(JUMP, next);
  u.useNextBlock(end);
}

function compileIfExp(c: Compiler, e: E<'IfExp'>): void {
  const u = c.u;
  const end = u.newBlock(), next = u.newBlock();
  jumpIf(c, e.test, next, false);
  compileExpr(c, e.body);
  u.emitJumpNoLine(JUMP, end);
  u.useNextBlock(next);
  compileExpr(c, e.orelse);
  u.useNextBlock(end);
}

function compileCompare(c: Compiler, e: E<'Compare'>): void {
  const u = c.u;
  compileExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    compileLastComparator(c, e);
    u.emit(Op[COMPARE_OPS[e.ops[0]!]]);
    return;
  }
  const cleanup = u.newBlock();
  for (let i = 0; i < n; i++) {
    compileExpr(c, e.comparators[i]!);
    u.emit(Op.SWAP, 2);
    u.emit(Op.COPY, 2);
    u.emit(Op[COMPARE_OPS[e.ops[i]!]]);
    u.emitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  compileLastComparator(c, e);
  u.emit(Op[COMPARE_OPS[e.ops[n]!]]);
  const end = u.newBlock();
  u.emitJumpNoLine(JUMP, end);
  u.useNextBlock(cleanup);
  u.emit(Op.SWAP, 2);
  u.emit(Op.POP_TOP);
  u.useNextBlock(end);
}

/** The last comparand; a literal list / set after `in` / `not in` becomes a tuple / frozenset. */
function compileLastComparator(c: Compiler, e: E<'Compare'>): void {
  const last = e.comparators[e.comparators.length - 1]!;
  const op = e.ops[e.ops.length - 1];
  if (op === 'In' || op === 'NotIn') compileIter(c, last);
  else compileExpr(c, last);
}

// ---------------------------------------------------------------------------
// Displays and unpacking

/**
 * Builds a list / set / tuple from elements that may be starred, on top of
 * `pushed` items already on the stack.
 */
export function starUnpack(c: Compiler, elts: readonly Expr[], pushed: number, build: OpName, add: OpName,
  extend: OpName, tuple: boolean): void {
  const u = c.u;
  const n = elts.length;
  // Constants as CPython's AST optimiser leaves them (-1 and 2 * 3 are folded, names are not).
  const folded = n > 2 ? elts.map((x) => (x._type === 'Name' ? null : foldConst(x))) : [];
  if (n > 2 && folded.every((v) => v !== null)) {
    const items = folded as ConstValue[];
    if (tuple && !pushed) return c.loadConst({ kind: 'tuple', items });
    u.emit(Op[build], pushed);
    c.loadConst(add === 'SET_ADD' ? { kind: 'frozenset', items } : { kind: 'tuple', items });
    u.emit(Op[extend], 1);
    if (tuple) u.emit(Op.LIST_TO_TUPLE);
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((x) => x._type === 'Starred');
  if (!seenStar && !big) {
    for (const x of elts) compileExpr(c, x);
    u.emit(tuple ? Op.BUILD_TUPLE : Op[build], n + pushed);
    return;
  }
  let built = false;
  if (big) {
    u.emit(Op[build], pushed);
    built = true;
  }
  for (let i = 0; i < n; i++) {
    const x = elts[i]!;
    if (x._type === 'Starred') {
      if (!built) {
        u.emit(Op[build], i + pushed);
        built = true;
      }
      compileExpr(c, x.value);
      u.emit(Op[extend], 1);
    } else {
      compileExpr(c, x);
      if (built) u.emit(Op[add], 1);
    }
  }
  if (tuple) u.emit(Op.LIST_TO_TUPLE);
}

function assignmentHelper(c: Compiler, elts: readonly Expr[]): void {
  unpackHelper(c, elts);
  for (const x of elts) compileExpr(c, x._type === 'Starred' ? x.value : x);
}

function unpackHelper(c: Compiler, elts: readonly Expr[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (elts[i]!._type !== 'Starred') continue;
    if (seenStar) throw c.error('multiple starred expressions in assignment');
    if (i >= 1 << 8 || n - i - 1 >= 1 << 16) throw c.error('too many expressions in star-unpacking assignment');
    c.u.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8));
    seenStar = true;
  }
  if (!seenStar) c.u.emit(Op.UNPACK_SEQUENCE, n);
}

function compileDict(c: Compiler, e: E<'Dict'>): void {
  const u = c.u;
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) {
        compileSubdict(c, e, i - elements, i);
        if (haveDict) u.emit(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        u.emit(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      compileExpr(c, e.values[i]!);
      u.emit(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      compileSubdict(c, e, i - elements, i + 1);
      if (haveDict) u.emit(Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    compileSubdict(c, e, n - elements, n);
    if (haveDict) u.emit(Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) u.emit(Op.BUILD_MAP, 0);
}

function compileSubdict(c: Compiler, e: E<'Dict'>, begin: number, end: number): void {
  const u = c.u;
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const keys = e.keys.slice(begin, end) as Expr[];
  if (n > 1 && !big && keys.every((k) => k._type === 'Constant')) {
    for (let i = begin; i < end; i++) compileExpr(c, e.values[i]!);
    c.loadConst({ kind: 'tuple', items: keys.map((k) => (k as E<'Constant'>).value) });
    u.emit(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) u.emit(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    compileExpr(c, e.keys[i]!);
    compileExpr(c, e.values[i]!);
    if (big) u.emit(Op.MAP_ADD, 1);
  }
  if (!big) u.emit(Op.BUILD_MAP, n);
}

// ---------------------------------------------------------------------------
// Attributes, slices, f-strings

/** If an attribute access spans lines, point its location at the attribute name. */
export function updateStartLocationToMatchAttr(c: Compiler, attr: E<'Attribute'>): void {
  const u = c.u;
  if (u.lineno === attr.end_lineno) return;
  u.lineno = attr.end_lineno;
  const len = attr.attr.length;
  if (len <= attr.end_col_offset) {
    u.col = attr.end_col_offset - len;
  } else {
    u.col = -1;
    u.endCol = -1;
  }
  u.endLineno = Math.max(u.lineno, u.endLineno);
  if (u.lineno === u.endLineno) u.endCol = Math.max(u.col, u.endCol);
}

function compileAttribute(c: Compiler, e: E<'Attribute'>): void {
  compileExpr(c, e.value);
  updateStartLocationToMatchAttr(c, e);
  if (e.ctx === 'Load') return c.emitName(Op.LOAD_ATTR, e.attr);
  if (e.ctx === 'Store') {
    c.checkForbidden(e.attr, 'Store');
    return c.emitName(Op.STORE_ATTR, e.attr);
  }
  c.emitName(Op.DELETE_ATTR, e.attr);
}

function compileSlice(c: Compiler, s: E<'Slice'>): void {
  let n = 2;
  if (s.lower) compileExpr(c, s.lower);
  else c.loadNone();
  if (s.upper) compileExpr(c, s.upper);
  else c.loadNone();
  if (s.step) {
    n++;
    compileExpr(c, s.step);
  }
  c.u.emit(Op.BUILD_SLICE, n);
}

function compileJoinedStr(c: Compiler, e: E<'JoinedStr'>): void {
  const u = c.u;
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst({ kind: 'str', value: '' });
    u.emit(Op.LOAD_METHOD, u.addName('join'));
    u.emit(Op.BUILD_LIST, 0);
    for (const v of e.values) {
      compileExpr(c, v);
      u.emit(Op.LIST_APPEND, 1);
    }
    u.emit(Op.CALL_METHOD, 1);
    return;
  }
  for (const v of e.values) compileExpr(c, v);
  if (n !== 1) u.emit(Op.BUILD_STRING, n);
}

function compileFormattedValue(c: Compiler, e: E<'FormattedValue'>): void {
  compileExpr(c, e.value);
  let arg: number;
  switch (e.conversion) {
    case 115: arg = FormatValue.STR; break;   // !s
    case 114: arg = FormatValue.REPR; break;  // !r
    case 97: arg = FormatValue.ASCII; break;  // !a
    case -1: arg = FormatValue.NONE; break;
    default: throw new Error(`compile: unrecognized conversion character ${e.conversion}`);
  }
  if (e.format_spec) {
    compileExpr(c, e.format_spec);
    arg |= FormatValue.HAVE_SPEC;
  }
  c.u.emit(Op.FORMAT_VALUE, arg);
}

// ---------------------------------------------------------------------------
// Calls

function validateKeywords(c: Compiler, keywords: readonly Keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const name = keywords[i]!.arg;
    if (name === null) continue;
    c.checkForbidden(name, 'Store');
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j]!;
      if (other.arg === name) {
        c.u.setLoc(other);
        throw c.error(`keyword argument repeated: ${name}`);
      }
    }
  }
}

function compileCall(c: Compiler, e: E<'Call'>): void {
  validateKeywords(c, e.keywords);
  if (maybeMethodCall(c, e)) return;
  compileExpr(c, e.func);
  callHelper(c, 0, e.args, e.keywords);
}

function isImportOriginated(c: Compiler, e: Expr): boolean {
  return e._type === 'Name' && (c.st.top.flagsOf(e.id) & DEF_IMPORT) !== 0;
}

/** obj.meth(args) as LOAD_METHOD + CALL_METHOD, when the call shape allows it. */
function maybeMethodCall(c: Compiler, e: E<'Call'>): boolean {
  const meth = e.func;
  if (meth._type !== 'Attribute' || meth.ctx !== 'Load') return false;
  if (isImportOriginated(c, meth.value)) return false;
  const nargs = e.args.length, nkw = e.keywords.length;
  if (nargs + nkw + (nkw !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => k.arg === null)) return false;
  const u = c.u;
  compileExpr(c, meth.value);
  u.setLoc(meth);
  updateStartLocationToMatchAttr(c, meth);
  c.emitName(Op.LOAD_METHOD, meth.attr);
  for (const a of e.args) compileExpr(c, a);
  for (const k of e.keywords) compileExpr(c, k.value);
  u.setLoc(e);
  updateStartLocationToMatchAttr(c, meth);
  if (nkw) {
    loadKeywordNames(c, e.keywords);
    u.emit(Op.CALL_METHOD_KW, nargs + nkw);
  } else {
    u.emit(Op.CALL_METHOD, nargs);
  }
  return true;
}

function loadKeywordNames(c: Compiler, keywords: readonly Keyword[]): void {
  c.loadConst({ kind: 'tuple', items: keywords.map((k) => ({ kind: 'str' as const, value: k.arg! })) });
}

/** Calls the callable below `n` already-pushed arguments with `args` and `keywords`. */
export function callHelper(c: Compiler, n: number, args: readonly Expr[], keywords: readonly Keyword[]): void {
  const u = c.u;
  validateKeywords(c, keywords);
  const nargs = args.length, nkw = keywords.length;
  const simple = nargs + nkw * 2 <= STACK_USE_GUIDELINE && !args.some((a) => a._type === 'Starred') &&
    !keywords.some((k) => k.arg === null);
  if (simple) {
    for (const a of args) compileExpr(c, a);
    if (nkw) {
      for (const k of keywords) compileExpr(c, k.value);
      loadKeywordNames(c, keywords);
      u.emit(Op.CALL_KW, n + nargs + nkw);
    } else {
      u.emit(Op.CALL, n + nargs);
    }
    return;
  }
  if (n === 0 && nargs === 1 && args[0]!._type === 'Starred') compileExpr(c, args[0]!.value);
  else starUnpack(c, args, n, 'BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND', true);
  if (nkw) compileCallKeywords(c, keywords);
  u.emit(Op.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

/** The kwargs dict of CALL_FUNCTION_EX, merging `**mapping` entries in order. */
function compileCallKeywords(c: Compiler, keywords: readonly Keyword[]): void {
  const u = c.u;
  let haveDict = false;
  let seen = 0;
  for (let i = 0; i < keywords.length; i++) {
    const kw = keywords[i]!;
    if (kw.arg !== null) {
      seen++;
      continue;
    }
    if (seen) {
      compileSubkwargs(c, keywords, i - seen, i);
      if (haveDict) u.emit(Op.DICT_MERGE, 1);
      haveDict = true;
      seen = 0;
    }
    if (!haveDict) {
      u.emit(Op.BUILD_MAP, 0);
      haveDict = true;
    }
    compileExpr(c, kw.value);
    u.emit(Op.DICT_MERGE, 1);
  }
  if (seen) {
    compileSubkwargs(c, keywords, keywords.length - seen, keywords.length);
    if (haveDict) u.emit(Op.DICT_MERGE, 1);
  }
}

function compileSubkwargs(c: Compiler, keywords: readonly Keyword[], begin: number, end: number): void {
  const u = c.u;
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) compileExpr(c, keywords[i]!.value);
    loadKeywordNames(c, keywords.slice(begin, end));
    u.emit(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) u.emitNoLine(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    const kw = keywords[i]!;
    c.loadConst({ kind: 'str', value: kw.arg! });
    compileExpr(c, kw.value);
    if (big) u.emitNoLine(Op.MAP_ADD, 1);
  }
  if (!big) u.emit(Op.BUILD_MAP, n);
}
