/**
 * Code generation for `match` statements (PEP 634), as CPython 3.11.
 *
 * Model: every pattern routine consumes the subject on top of the stack and,
 * on failure, jumps to `failPop[k]`, a chain of blocks that pops the `k`
 * items the pattern still had on the stack (sub-subjects kept on top,
 * `onTop`, plus captured values, `stores`) and falls into the next case.
 * Captured values are rotated *below* the items still in use, so nothing is
 * bound until the whole pattern has matched; then the names are stored in
 * capture order.
 */

import type { Expr, Pattern, Stmt } from '../syntax/ast.js';
import type { Compiler } from './compile.js';
import type { ConstValue } from './code.js';
import { compileExpr, jumpIf } from './codegen-expr.js';
import { compileStmts } from './codegen-stmt.js';
import { foldConst } from './fold.js';
import { Op } from './opcodes.js';
import { pyRepr } from './pyrepr.js';
import { JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, type Block } from './unit.js';
import { strEquals } from '../syntax/py-str.js';

interface PatternContext {
  /** Names captured so far, in order; their values sit below `onTop` items. */
  stores: string[];
  /** If false, an irrefutable pattern here is an error. */
  allowIrrefutable: boolean;
  /** failPop[k] pops k items then continues with the next case. */
  failPop: Block[];
  /** Items above the captured values that must stay on top. */
  onTop: number;
}

type P<K extends Pattern['_type']> = Extract<Pattern, { _type: K }>;

const isWildcard = (p: Pattern) => p._type === 'MatchAs' && p.pattern === null && p.name === null;
const isStarWildcard = (p: Pattern) => p._type === 'MatchStar' && p.name === null;

export function compileMatch(c: Compiler, s: Extract<Stmt, { _type: 'Match' }>): void {
  const u = c.u;
  compileExpr(c, s.subject);
  const end = u.newBlock();
  const cases = s.cases.length;
  const hasDefault = isWildcard(s.cases[cases - 1]!.pattern) && cases > 1 ? 1 : 0;
  for (let i = 0; i < cases - hasDefault; i++) {
    const m = s.cases[i]!;
    u.setLoc(m.pattern);
    const last = i === cases - hasDefault - 1;
    if (!last) u.emit(Op.COPY, 1);
    const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases - 1, failPop: [], onTop: 0 };
    compilePattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(name, 'Store');
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0]!, false);
    }
    if (!last) u.emit(Op.POP_TOP);
    compileStmts(c, m.body);
    u.unsetLoc();
    u.emitJump(JUMP, end);
    u.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    const m = s.cases[cases - 1]!;
    u.setLoc(m.pattern);
    u.emit(Op.NOP);
    if (m.guard) jumpIf(c, m.guard, end, false);
    compileStmts(c, m.body);
    u.unsetLoc();
  }
  u.useNextBlock(end);
}

// ---------------------------------------------------------------------------
// Failure blocks and captures

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.u.newBlock());
}

function jumpToFailPop(c: Compiler, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.u.emitJump(op, pc.failPop[pops]!);
}

function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  const u = c.u;
  if (!pc.failPop.length) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    u.useNextBlock(pc.failPop[i]!);
    u.emit(Op.POP_TOP);
  }
  u.useNextBlock(pc.failPop[0]!);
  pc.failPop = [];
}

/** Moves TOS down `count - 1` places (CPython 3.10's ROT_N, as SWAPs). */
function rotate(c: Compiler, count: number): void {
  while (count > 1) c.u.emit(Op.SWAP, count--);
}

function storeName(c: Compiler, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.u.emit(Op.POP_TOP);
    return;
  }
  c.checkForbidden(name, 'Store');
  if (pc.stores.includes(name)) throw c.error(`multiple assignments to name ${pyRepr({ kind: 'str', value: name })} in pattern`);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

// ---------------------------------------------------------------------------
// Patterns

function compilePattern(c: Compiler, p: Pattern, pc: PatternContext): void {
  c.u.setLoc(p);
  switch (p._type) {
    case 'MatchValue': return patternValue(c, p, pc);
    case 'MatchSingleton':
      c.loadConst(p.value);
      c.u.emit(Op.COMPARE_IS);
      return jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
    case 'MatchSequence': return patternSequence(c, p, pc);
    case 'MatchMapping': return patternMapping(c, p, pc);
    case 'MatchClass': return patternClass(c, p, pc);
    case 'MatchStar': return storeName(c, p.name, pc);
    case 'MatchAs': return patternAs(c, p, pc);
    case 'MatchOr': return patternOr(c, p, pc);
  }
}

/** A sub-pattern may be irrefutable even where its parent may not. */
function subpattern(c: Compiler, p: Pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function patternValue(c: Compiler, p: P<'MatchValue'>, pc: PatternContext): void {
  const value = p.value;
  const folded = foldConst(value);
  if (folded !== null) {
    const loc = c.u.saveLoc();
    c.u.setLoc(value);
    c.loadConst(folded);
    c.u.restoreLoc(loc);
  } else if (value._type === 'Attribute') {
    compileExpr(c, value);
  } else {
    throw c.error('patterns may only match literals and attribute lookups');
  }
  c.u.emit(Op.COMPARE_EQ);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
}

function patternAs(c: Compiler, p: P<'MatchAs'>, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name !== null) {
        throw c.error(`name capture ${pyRepr({ kind: 'str', value: p.name })} makes remaining patterns unreachable`);
      }
      throw c.error('wildcard makes remaining patterns unreachable');
    }
    return storeName(c, p.name, pc);
  }
  pc.onTop++;
  c.u.emit(Op.COPY, 1);
  compilePattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

function patternSequence(c: Compiler, p: P<'MatchSequence'>, pc: PatternContext): void {
  const u = c.u;
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1, onlyWildcard = true, starWildcard = false;
  for (let i = 0; i < size; i++) {
    const q = patterns[i]!;
    if (q._type === 'MatchStar') {
      if (star >= 0) throw c.error('multiple starred names in sequence pattern');
      starWildcard = isStarWildcard(q);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(q);
  }
  pc.onTop++;
  u.emit(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  if (star < 0) {
    lengthCheck(c, pc, size, Op.COMPARE_EQ);
  } else if (size > 1) {
    lengthCheck(c, pc, size - 1, Op.COMPARE_GE);
  }
  pc.onTop--;
  if (onlyWildcard) u.emit(Op.POP_TOP);
  else if (starWildcard) sequenceSubscr(c, patterns, star, pc);
  else sequenceUnpack(c, patterns, pc);
}

function lengthCheck(c: Compiler, pc: PatternContext, n: number, cmp: number): void {
  c.u.emit(Op.GET_LEN);
  c.loadConst({ kind: 'int', value: BigInt(n) });
  c.u.emit(cmp);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
}

function sequenceUnpack(c: Compiler, patterns: readonly Pattern[], pc: PatternContext): void {
  const n = patterns.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (patterns[i]!._type !== 'MatchStar') continue;
    if (seenStar) throw c.error('multiple starred expressions in sequence pattern');
    if (i >= 1 << 8 || n - i - 1 >= 1 << 16) throw c.error('too many expressions in star-unpacking sequence pattern');
    c.u.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8));
    seenStar = true;
  }
  if (!seenStar) c.u.emit(Op.UNPACK_SEQUENCE, n);
  pc.onTop += n;
  for (const q of patterns) {
    pc.onTop--;
    subpattern(c, q, pc);
  }
}

/** [a, *_, b]: index the subject instead of unpacking it. */
function sequenceSubscr(c: Compiler, patterns: readonly Pattern[], star: number, pc: PatternContext): void {
  const u = c.u;
  const size = patterns.length;
  pc.onTop++;
  for (let i = 0; i < size; i++) {
    const q = patterns[i]!;
    if (isWildcard(q) || i === star) continue;
    u.emit(Op.COPY, 1);
    if (i < star) {
      c.loadConst({ kind: 'int', value: BigInt(i) });
    } else {
      // The subject may not support negative indexing.
      u.emit(Op.GET_LEN);
      c.loadConst({ kind: 'int', value: BigInt(size - i) });
      u.emit(Op.BINARY_SUBTRACT);
    }
    u.emit(Op.BINARY_SUBSCR);
    subpattern(c, q, pc);
  }
  pc.onTop--;
  u.emit(Op.POP_TOP);
}

function patternClass(c: Compiler, p: P<'MatchClass'>, pc: PatternContext): void {
  const u = c.u;
  const nargs = p.patterns.length, nattrs = p.kwd_attrs.length;
  if (nattrs !== p.kwd_patterns.length) {
    throw c.error(`kwd_attrs (${nattrs}) / kwd_patterns (${p.kwd_patterns.length}) length mismatch in class pattern`);
  }
  if (nattrs) {
    validateKwdAttrs(c, p.kwd_attrs, p.kwd_patterns);
    u.setLoc(p);
  }
  compileExpr(c, p.cls);
  c.loadConst({ kind: 'tuple', items: p.kwd_attrs.map((a) => ({ kind: 'str' as const, value: a })) });
  u.emit(Op.MATCH_CLASS, nargs);
  u.emit(Op.COPY, 1);
  pc.onTop++;
  jumpToFailPop(c, pc, POP_JUMP_IF_NONE);
  u.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const q = i < nargs ? p.patterns[i]! : p.kwd_patterns[i - nargs]!;
    if (isWildcard(q)) {
      u.emit(Op.POP_TOP);
      continue;
    }
    subpattern(c, q, pc);
  }
}

function validateKwdAttrs(c: Compiler, attrs: readonly string[], patterns: readonly Pattern[]): void {
  for (let i = 0; i < attrs.length; i++) {
    c.u.setLoc(patterns[i]!);
    c.checkForbidden(attrs[i]!, 'Store');
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[i] === attrs[j]) {
        c.u.setLoc(patterns[j]!);
        throw c.error(`attribute name repeated in class pattern: ${attrs[i]}`);
      }
    }
  }
}

function patternMapping(c: Compiler, p: P<'MatchMapping'>, pc: PatternContext): void {
  const u = c.u;
  let size = p.keys.length;
  if (size !== p.patterns.length) {
    throw c.error(`keys (${size}) / patterns (${p.patterns.length}) length mismatch in mapping pattern`);
  }
  pc.onTop++;
  u.emit(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  if (!size && p.rest === null) {
    pc.onTop--;
    u.emit(Op.POP_TOP);
    return;
  }
  if (size) lengthCheck(c, pc, size, Op.COMPARE_GE);
  compileMappingKeys(c, p.keys);
  u.emit(Op.MATCH_KEYS);
  pc.onTop += 2;
  u.emit(Op.COPY, 1);
  jumpToFailPop(c, pc, POP_JUMP_IF_NONE);
  u.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const q of p.patterns) {
    pc.onTop--;
    subpattern(c, q, pc);
  }
  pc.onTop -= 2;
  if (p.rest === null) {
    u.emit(Op.POP_TOP); // keys
    u.emit(Op.POP_TOP); // subject
    return;
  }
  // rest = dict(subject), minus the matched keys
  u.emit(Op.BUILD_MAP, 0);
  u.emit(Op.SWAP, 3);
  u.emit(Op.DICT_UPDATE, 2);
  u.emit(Op.UNPACK_SEQUENCE, size);
  while (size) {
    u.emit(Op.COPY, 1 + size--);
    u.emit(Op.SWAP, 2);
    u.emit(Op.DELETE_SUBSCR);
  }
  storeName(c, p.rest, pc);
}

/**
 * Pushes the tuple of mapping keys, which must be literals (no duplicates)
 * or attribute lookups; a tuple of literals is one constant.
 */
function compileMappingKeys(c: Compiler, keys: readonly Expr[]): void {
  const seen: ConstValue[] = [];
  const folded: (ConstValue | null)[] = [];
  for (const key of keys) {
    const v = foldConst(key);
    folded.push(v);
    if (v !== null) {
      if (seen.some((s) => constEquals(s, v))) throw c.error(`mapping pattern checks duplicate key (${pyRepr(v)})`);
      seen.push(v);
    } else if (key._type !== 'Attribute') {
      throw c.error('mapping pattern keys may only match literals and attribute lookups');
    }
  }
  if (seen.length === keys.length) return c.loadConst({ kind: 'tuple', items: seen });
  keys.forEach((key, i) => {
    const v = folded[i];
    if (v === null || v === undefined) return compileExpr(c, key);
    const loc = c.u.saveLoc();
    c.u.setLoc(key);
    c.loadConst(v);
    c.u.restoreLoc(loc);
  });
  c.u.emit(Op.BUILD_TUPLE, keys.length);
}

function patternOr(c: Compiler, p: P<'MatchOr'>, pc: PatternContext): void {
  const u = c.u;
  const end = u.newBlock();
  const old = { ...pc };
  let control: string[] | null = null;
  for (let i = 0; i < p.patterns.length; i++) {
    const alt = p.patterns[i]!;
    u.setLoc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === p.patterns.length - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    u.emit(Op.COPY, 1);
    compilePattern(c, alt, pc);
    if (control === null) control = pc.stores;
    else reorderStores(c, control, pc.stores);
    u.emitJump(JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  Object.assign(pc, old);
  u.emit(Op.POP_TOP);
  jumpToFailPop(c, pc, JUMP);
  u.useNextBlock(end);
  const nstores = control!.length;
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, nrots);
    const name = control![i]!;
    if (pc.stores.includes(name)) throw c.error(`multiple assignments to name ${pyRepr({ kind: 'str', value: name })} in pattern`);
    pc.stores.push(name);
  }
  u.emit(Op.POP_TOP);
}

/** Alternatives must bind the same names; reorders this one's captures to match the first's. */
function reorderStores(c: Compiler, control: string[], stores: string[]): void {
  const diff = () => c.error('alternative patterns bind different names');
  if (stores.length !== control.length) throw diff();
  for (let icontrol = stores.length - 1; icontrol >= 0; icontrol--) {
    const istores = stores.indexOf(control[icontrol]!);
    if (istores < 0) throw diff();
    if (icontrol === istores) continue;
    let rotations = istores + 1;
    const rotated = stores.splice(0, rotations);
    stores.splice(icontrol - istores, 0, ...rotated);
    while (rotations--) rotate(c, icontrol + 1);
  }
}

/** Python equality of two literal constants (1 == 1.0 == True). */
function constEquals(a: ConstValue, b: ConstValue): boolean {
  const na = numeric(a), nb = numeric(b);
  if (na !== null || nb !== null) {
    if (na === null || nb === null) return false;
    return na[0] === nb[0] && na[1] === nb[1] && (na[2] === null || nb[2] === null || na[2] === nb[2]);
  }
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'str': return strEquals(a, b as typeof a);
    case 'bytes': {
      const x = a.value, y = (b as typeof a).value;
      return x.length === y.length && x.every((v, i) => v === y[i]);
    }
    case 'None': case 'Ellipsis': return true;
    default: return false;
  }
}

/** [real, imag, exact bigint or null] of a numeric constant, else null. */
function numeric(v: ConstValue): [number, number, bigint | null] | null {
  switch (v.kind) {
    case 'bool': return [v.value ? 1 : 0, 0, v.value ? 1n : 0n];
    case 'int': return [Number(v.value), 0, v.value];
    case 'float': return [v.value, 0, Number.isInteger(v.value) && Math.abs(v.value) < 2 ** 53 ? BigInt(v.value) : null];
    case 'complex': return [v.real, v.imag, null];
    default: return null;
  }
}
