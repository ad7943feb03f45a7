/**
 * The regular-expression engine behind the `re` module, independent of the
 * heap: compile a pattern (code points for str, bytes for bytes), then match,
 * search, fullmatch, iterate, split and substitute over subjects given as
 * code-point or byte arrays. Results are group spans; the module binding turns
 * them into Match objects and slices.
 *
 * Semantics follow CPython 3.11's sre: see parse.ts (syntax and errors),
 * compile.ts (program), vm.ts (backtracking), and the iteration rules below
 * (3.7+: an empty match may directly follow a non-empty one, but never sits at
 * the end of the previous match when that match was empty).
 */
import { compileProgram } from './compile.js';
import { RegexError } from './errors.js';
import { parsePattern } from './parse.js';
import type { RegexWarning } from './parse-source.js';
import type { Program } from './program.js';
import { expandTemplate, parseTemplate, type Template } from './template.js';
import { runAt, trimStack, type Subject } from './vm.js';

export { RegexError } from './errors.js';
export * from './ast.js';
export { parseTemplate, expandTemplate, type Template } from './template.js';
export { escape, flagsRepr } from './escape.js';
export type { Subject } from './vm.js';
export type { RegexWarning } from './parse-source.js';

export interface CompiledPattern {
  /** Number of capturing groups (Pattern.groups). */
  groups: number;
  groupindex: Map<string, number>;
  /** Pattern.flags: the flags given plus inline global flags (and re.U for str patterns). */
  flags: number;
  isBytes: boolean;
  pattern: Uint32Array | Uint8Array;
  program: Program;
  /** group number -> name, for lastgroup. */
  groupNames: Map<number, string>;
  /** Warnings CPython issues when compiling this pattern (FutureWarning, DeprecationWarning). */
  warnings: RegexWarning[];
}

/** A match: spans[2g], spans[2g+1] are group g's bounds (-1 when unset); lastindex is -1 for None. */
export interface Spans {
  spans: number[];
  lastindex: number;
}

export type MatchMode = 'match' | 'search' | 'fullmatch';

export function compile(pattern: Uint32Array | Uint8Array, flags: number, isBytes: boolean): CompiledPattern {
  const parsed = parsePattern(Array.from(pattern), !isBytes, flags);
  const program = compileProgram(parsed.seq, parsed.flags, !isBytes, parsed.state);
  const groupNames = new Map<number, string>();
  for (const [name, g] of parsed.state.groupNames) groupNames.set(g, name);
  return {
    groups: parsed.state.groups - 1,
    groupindex: new Map(parsed.state.groupNames),
    flags: parsed.flags,
    isBytes,
    pattern,
    program,
    groupNames,
    warnings: parsed.warnings,
  };
}

/** Clamps pos/endpos as CPython does (negative -> 0, past the end -> length). */
export function clampBounds(length: number, pos: number, endpos: number): [number, number] {
  const clamp = (v: number): number => (v < 0 ? 0 : v > length ? length : v);
  return [clamp(pos), clamp(endpos)];
}

/** One match/search/fullmatch from pos (bounds already clamped by the caller or here). */
export function match(p: CompiledPattern, subject: Subject, pos: number, endpos: number, mode: MatchMode, mustAdvance = false): Spans | null {
  const [start, end] = clampBounds(subject.length, pos, endpos);
  return execute(p.program, subject, start, end, mode, mustAdvance);
}

function execute(prog: Program, s: Subject, start: number, end: number, mode: MatchMode, mustAdvance: boolean): Spans | null {
  const regs = prog.scratch;
  const matchAll = mode === 'fullmatch';
  // CPython runs match/fullmatch even when pos > endpos (only an empty match can succeed).
  if (mode !== 'search') return finish(prog, regs, start, runAt(prog, s, start, end, regs, matchAll, mustAdvance));
  if (start > end) return null;
  if (prog.anchored && start > 0) return null;
  const last = prog.anchored ? start : end;
  const { firstChar, firstSet } = prog;
  for (let at = start; at <= last; at++) {
    if (firstChar >= 0) {
      at = indexOf(s, firstChar, at, end);
      if (at < 0) break;
    } else if (firstSet !== null) {
      while (at < end && !firstSet.test(s[at]!)) at++;
      if (at >= end) break;
    }
    const q = runAt(prog, s, at, end, regs, false, mustAdvance && at === start);
    if (q >= 0) return finish(prog, regs, at, q);
  }
  trimStack();
  return null;
}

/** The first index >= from and < end holding c, or -1. */
function indexOf(s: Subject, c: number, from: number, end: number): number {
  if (ArrayBuffer.isView(s) || Array.isArray(s)) {
    const i = (s as Uint32Array).indexOf(c, from);
    return i >= 0 && i < end ? i : -1;
  }
  for (let i = from; i < end; i++) if (s[i] === c) return i;
  return -1;
}

/** Copies the registers of a successful attempt out, and resets them for the next one. */
function finish(prog: Program, regs: Int32Array, start: number, end: number): Spans | null {
  trimStack();
  if (end < 0) return null;
  const spans: number[] = new Array<number>(2 * prog.groups).fill(-1);
  spans[0] = start;
  spans[1] = end;
  const lastMark = regs[prog.lastMarkReg]!;
  for (let g = 1; g < prog.groups; g++) {
    const a = regs[2 * g]!;
    const b = regs[2 * g + 1]!;
    if (2 * g - 1 <= lastMark && a >= 0 && b >= 0) {
      if (a > b) {
        regs.fill(-1);
        throw new RegexError('The span of capturing group is wrong, please report a bug for the re module.', null, null, 'SystemError');
      }
      spans[2 * g] = a;
      spans[2 * g + 1] = b;
    }
  }
  const lastindex = regs[prog.lastIndexReg]!;
  regs.fill(-1);
  return { spans, lastindex };
}

export function lastgroup(p: CompiledPattern, m: Spans): string | null {
  return m.lastindex < 0 ? null : p.groupNames.get(m.lastindex) ?? null;
}

/**
 * Successive matches over subject[pos:endpos], as Pattern.scanner / finditer /
 * findall / sub / split walk them.
 */
export class Scanner {
  private start: number;
  private readonly end: number;
  private mustAdvance = false;
  private done = false;

  constructor(private readonly p: CompiledPattern, private readonly subject: Subject, pos = 0, endpos = subject.length) {
    [this.start, this.end] = clampBounds(subject.length, pos, endpos);
  }

  search(): Spans | null {
    return this.step('search');
  }

  match(): Spans | null {
    return this.step('match');
  }

  private step(mode: MatchMode): Spans | null {
    if (this.done) return null;
    const m = execute(this.p.program, this.subject, this.start, this.end, mode, this.mustAdvance);
    if (m === null) {
      this.done = true;
      return null;
    }
    this.mustAdvance = m.spans[1] === m.spans[0];
    this.start = m.spans[1]!;
    return m;
  }
}

/** All matches of finditer/findall. */
export function findAll(p: CompiledPattern, subject: Subject, pos = 0, endpos = subject.length): Spans[] {
  const scanner = new Scanner(p, subject, pos, endpos);
  const out: Spans[] = [];
  for (let m = scanner.search(); m !== null; m = scanner.search()) out.push(m);
  return out;
}

/** A piece of a split result: a slice [start, end) of the subject, or null for an unmatched group. */
export type Piece = [number, number] | null;

export function split(p: CompiledPattern, subject: Subject, maxsplit = 0): Piece[] {
  const scanner = new Scanner(p, subject);
  const out: Piece[] = [];
  let last = 0;
  for (let n = 0; maxsplit <= 0 || n < maxsplit; n++) {
    const m = scanner.search();
    if (m === null) break;
    out.push([last, m.spans[0]!]);
    for (let g = 1; g <= p.groups; g++) {
      const a = m.spans[2 * g]!;
      out.push(a < 0 ? null : [a, m.spans[2 * g + 1]!]);
    }
    last = m.spans[1]!;
  }
  out.push([last, subject.length]);
  return out;
}

/** Compiles a replacement template for pattern p (errors as CPython's re.sub). */
export function compileTemplate(p: CompiledPattern, template: ArrayLike<number>): Template {
  return parseTemplate(template, !p.isBytes, p.groups, p.groupindex);
}

/**
 * re.subn with a template, or with a callback giving the replacement for a
 * match (the module wraps Python callables; returning null inserts nothing).
 * The result is a new code-point (or byte) array.
 */
export function subn(
  p: CompiledPattern, subject: Subject, repl: Template | ((m: Spans) => ArrayLike<number> | null), count = 0,
): { result: Uint32Array | Uint8Array; n: number } {
  const scanner = new Scanner(p, subject);
  // Output segments: [from, to) of the subject, or (-1, index into `inserted`).
  const segments: number[] = [];
  const inserted: ArrayLike<number>[] = [];
  let length = 0;
  let i = 0;
  let n = 0;
  while (count <= 0 || n < count) {
    const m = scanner.search();
    if (m === null) break;
    const b = m.spans[0]!;
    if (i < b) {
      segments.push(i, b);
      length += b - i;
    }
    const piece = typeof repl === 'function' ? repl(m) : expandTemplate(repl, subject, m.spans);
    if (piece !== null && piece.length > 0) {
      segments.push(-1, inserted.length);
      inserted.push(piece);
      length += piece.length;
    }
    i = m.spans[1]!;
    n++;
  }
  if (i < subject.length) {
    segments.push(i, subject.length);
    length += subject.length - i;
  }
  const out = p.isBytes ? new Uint8Array(length) : new Uint32Array(length);
  let at = 0;
  for (let k = 0; k < segments.length; k += 2) {
    const from = segments[k]!;
    const source = from < 0 ? inserted[segments[k + 1]!]! : subject;
    const start = from < 0 ? 0 : from;
    const stop = from < 0 ? source.length : segments[k + 1]!;
    for (let j = start; j < stop; j++) out[at++] = source[j]!;
  }
  return { result: out, n };
}
