/**
 * The pattern parser: pattern code points -> the tree of ast.ts, with
 * CPython 3.11's re._parser grammar and its exact error messages and
 * positions (raised as RegexError).
 *
 * Model: a recursive-descent parser over Source tokens; nesting depth is the
 * pattern's parenthesis depth (bounded by the pattern the user wrote, as in
 * CPython, whose parser is recursive too). ParseState tracks groups, their
 * names and widths, and the flags set by global inline flags.
 */
import {
  FLAG_ASCII, FLAG_LOCALE, FLAG_UNICODE, FLAG_VERBOSE, GLOBAL_FLAGS, MAXGROUPS, MAXREPEAT, seqWidth, TYPE_FLAGS,
  type Node, type Seq, type SetItem,
} from './ast.js';
import { isIdentifier } from './chars.js';
import { asciiBackslash, cpsToString, RegexError } from './errors.js';
import { classEscape, escape, uniqItems, type ClassCode } from './parse-escape.js';
import { ESC, isDigitChar, NONE, Source, tokenLength, tokenText, type RegexWarning } from './parse-source.js';

const FLAG_CHARS: Record<string, number> = { i: 2, L: 4, m: 8, s: 16, x: 64, a: 256, t: 1, u: 32 };
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c]);
const SPECIAL = new Set(Array.from('.\\[{()*+?^$|', (c) => c.charCodeAt(0)));
const ch = (s: string): number => s.charCodeAt(0);

export class ParseState {
  flags = 0;
  groupNames = new Map<string, number>();
  groupWidths: ([number, number] | null)[] = [null];
  lookbehindGroups: number | null = null;
  groupRefPos = new Map<number, number>();

  get groups(): number {
    return this.groupWidths.length;
  }

  openGroup(name: string | null, source: Source, nameLen: number): number {
    const gid = this.groups;
    this.groupWidths.push(null);
    if (this.groups > MAXGROUPS) throw source.error('too many groups', nameLen + 1);
    if (name !== null) {
      const old = this.groupNames.get(name);
      if (old !== undefined) {
        throw source.error(`redefinition of group name ${source.repr(Array.from(name, (c) => c.codePointAt(0)!))} as group ${gid}; was group ${old}`, nameLen + 1);
      }
      this.groupNames.set(name, gid);
    }
    return gid;
  }

  checkGroup(gid: number): boolean {
    return gid < this.groups && this.groupWidths[gid] !== null;
  }

  checkLookbehindGroup(gid: number, source: Source): void {
    if (this.lookbehindGroups === null) return;
    if (!this.checkGroup(gid)) throw source.error('cannot refer to an open group');
    if (gid >= this.lookbehindGroups) throw source.error('cannot refer to group defined in the same lookbehind subpattern');
  }
}

export interface Parsed {
  seq: Seq;
  state: ParseState;
  flags: number;
  warnings: RegexWarning[];
}

/** Parses a whole pattern; `flags` are the flags passed to compile(). */
export function parsePattern(cps: readonly number[], isText: boolean, flags: number): Parsed {
  const source = new Source(cps, isText);
  const state = new ParseState();
  state.flags = flags;
  const seq = parseSub(source, state, (flags & FLAG_VERBOSE) !== 0, 0);
  state.flags = fixFlags(isText, state.flags);
  if (source.next !== NONE) throw source.error('unbalanced parenthesis');
  for (const [g, pos] of state.groupRefPos) {
    if (g >= state.groups) throw new RegexError(`invalid group reference ${g}`, cps, pos);
  }
  return { seq, state, flags: state.flags, warnings: source.warnings };
}

export function fixFlags(isText: boolean, flags: number): number {
  if (isText) {
    if (flags & FLAG_LOCALE) throw new RegexError('cannot use LOCALE flag with a str pattern', null, null, 'ValueError');
    if (!(flags & FLAG_ASCII)) return flags | FLAG_UNICODE;
    if (flags & FLAG_UNICODE) throw new RegexError('ASCII and UNICODE flags are incompatible', null, null, 'ValueError');
  } else {
    if (flags & FLAG_UNICODE) throw new RegexError('cannot use UNICODE flag with a bytes pattern', null, null, 'ValueError');
    if (flags & FLAG_LOCALE && flags & FLAG_ASCII) throw new RegexError('ASCII and LOCALE flags are incompatible', null, null, 'ValueError');
  }
  return flags;
}

/**
 * CPython's recursive parser runs out of Python stack (RecursionError) at
 * about 495 nested groups when compiled from the top level of a program.
 */
const MAX_NESTING = 495;

function parseSub(source: Source, state: ParseState, verbose: boolean, nested: number): Seq {
  const alts: Seq[] = [];
  for (;;) {
    alts.push(parseSeq(source, state, verbose, nested + 1, nested === 0 && alts.length === 0));
    if (!source.match(ch('|'))) break;
    if (nested === 0) verbose = (state.flags & FLAG_VERBOSE) !== 0;
  }
  if (alts.length === 1) return alts[0]!;
  const single = alternativesAsSet(alts);
  if (single !== null) return [single];
  return [{ t: 'branch', alts }];
}

/** a|b|[cd] becomes one set, as CPython does (it changes nothing observable but speed). */
function alternativesAsSet(alts: Seq[]): Node | null {
  const items: SetItem[] = [];
  for (const alt of alts) {
    if (alt.length !== 1) return null;
    const node = alt[0]!;
    if (node.t === 'lit') items.push({ k: 'lit', c: node.c });
    else if (node.t === 'in' && !node.neg) items.push(...node.items);
    else return null;
  }
  return { t: 'in', neg: false, items: uniqItems(items) };
}

function parseSeq(source: Source, state: ParseState, verbose: boolean, nested: number, first: boolean): Seq {
  if (nested > 2 * MAX_NESTING + 1) throw new RegexError('maximum recursion depth exceeded', null, null, 'RecursionError');
  const seq: Seq = [];
  for (;;) {
    const tok = source.next;
    if (tok === NONE || tok === ch('|') || tok === ch(')')) break;
    source.get();
    if (verbose) {
      if (WHITESPACE.has(tok)) continue;
      if (tok === ch('#')) {
        for (let c = source.get(); c !== NONE && c !== 10; c = source.get());
        continue;
      }
    }
    if (tok >= ESC) seq.push(escape(source, tok, state));
    else if (!SPECIAL.has(tok)) seq.push({ t: 'lit', c: tok });
    else if (tok === ch('[')) seq.push(parseSet(source));
    else if (tok === ch('*') || tok === ch('+') || tok === ch('?') || tok === ch('{')) parseRepeat(source, seq, tok);
    else if (tok === ch('.')) seq.push({ t: 'any' });
    else if (tok === ch('(')) {
      const r = parseParen(source, state, verbose, nested, first && seq.length === 0);
      if (r === 'verbose') verbose = (state.flags & FLAG_VERBOSE) !== 0;
      else if (r !== null) seq.push(r);
    } else if (tok === ch('^')) seq.push({ t: 'at', at: 'begin' });
    else if (tok === ch('$')) seq.push({ t: 'at', at: 'end' });
  }
  return flattenGroups(seq);
}

function flattenGroups(seq: Seq): Seq {
  if (!seq.some((n) => n.t === 'group' && n.gid === null && !n.add && !n.del)) return seq;
  const out: Seq = [];
  for (const n of seq) {
    if (n.t === 'group' && n.gid === null && !n.add && !n.del) out.push(...n.body);
    else out.push(n);
  }
  return out;
}

const SET_OPERATIONS: Record<number, string> = { 0x2d: 'difference', 0x26: 'intersection', 0x7e: 'symmetric difference', 0x7c: 'union' };

function parseSet(source: Source): Node {
  const here = source.tell() - 1;
  const items: SetItem[] = [];
  if (source.next === ch('[')) source.warn('FutureWarning', `Possible nested set at position ${source.tell()}`);
  const negate = source.match(ch('^'));
  for (;;) {
    const tok = source.get();
    if (tok === NONE) throw source.error('unterminated character set', source.tell() - here);
    if (tok === ch(']') && items.length > 0) break;
    if (items.length > 0 && tok in SET_OPERATIONS && source.next === tok) {
      source.warn('FutureWarning', `Possible set ${SET_OPERATIONS[tok]} at position ${source.tell() - 1}`);
    }
    const code1: ClassCode = tok >= ESC ? classEscape(source, tok) : { k: 'lit', c: tok };
    if (source.match(ch('-'))) {
      const that = source.get();
      if (that === NONE) throw source.error('unterminated character set', source.tell() - here);
      if (that === ch(']')) {
        items.push(code1, { k: 'lit', c: ch('-') });
        break;
      }
      if (that === ch('-')) source.warn('FutureWarning', `Possible set difference at position ${source.tell() - 2}`);
      const code2: ClassCode = that >= ESC ? classEscape(source, that) : { k: 'lit', c: that };
      const bad = `bad character range ${tokenText(tok)}-${tokenText(that)}`;
      const badLen = tokenLength(tok) + 1 + tokenLength(that);
      if (code1.k !== 'lit' || code2.k !== 'lit') throw source.error(bad, badLen);
      if (code2.c < code1.c) throw source.error(bad, badLen);
      items.push({ k: 'range', lo: code1.c, hi: code2.c });
    } else {
      items.push(code1);
    }
  }
  const set = uniqItems(items);
  if (set.length === 1 && set[0]!.k === 'lit') return negate ? { t: 'notlit', c: set[0]!.c } : { t: 'lit', c: set[0]!.c };
  return { t: 'in', neg: negate, items: set };
}

function parseRepeat(source: Source, seq: Seq, tok: number): void {
  const here = source.tell();
  let min = 0;
  let max = MAXREPEAT;
  if (tok === ch('?')) max = 1;
  else if (tok === ch('+')) min = 1;
  else if (tok === ch('{')) {
    if (source.next === ch('}')) {
      seq.push({ t: 'lit', c: tok });
      return;
    }
    const lo = takeDigits(source);
    const hi = source.match(ch(',')) ? takeDigits(source) : lo;
    if (!source.match(ch('}'))) {
      seq.push({ t: 'lit', c: tok });
      source.seek(here);
      return;
    }
    if (lo !== '') min = repeatNumber(lo);
    if (hi !== '') {
      max = repeatNumber(hi);
      if (max < min) throw source.error('min repeat greater than max repeat', source.tell() - here);
    }
  }
  const item = seq[seq.length - 1];
  if (item === undefined || item.t === 'at') throw source.error('nothing to repeat', source.tell() - here + 1);
  if (item.t === 'repeat') throw source.error('multiple repeat', source.tell() - here + 1);
  const body = item.t === 'group' && item.gid === null && !item.add && !item.del ? item.body : [item];
  const mode = source.match(ch('?')) ? 'lazy' : source.match(ch('+')) ? 'possessive' : 'greedy';
  seq[seq.length - 1] = { t: 'repeat', min, max, mode, body };
}

function takeDigits(source: Source): string {
  let s = '';
  while (source.next !== NONE && source.next < ESC && isDigitChar(source.next)) s += String.fromCharCode(source.get());
  return s;
}

function repeatNumber(digits: string): number {
  const n = Number(digits);
  if (n >= MAXREPEAT) throw new RegexError('the repetition number is too large', null, null, 'OverflowError');
  return n;
}

/** "(" ...: a group, an extension, or a global-flags item ('verbose' tells the caller to re-read the flag). */
function parseParen(source: Source, state: ParseState, verbose: boolean, nested: number, first: boolean): Node | 'verbose' | null {
  const start = source.tell() - 1;
  let capture = true;
  let atomic = false;
  let name: number[] | null = null;
  let add = 0;
  let del = 0;
  if (source.match(ch('?'))) {
    const c = source.get();
    if (c === NONE) throw source.error('unexpected end of pattern');
    if (c === ch('P')) {
      if (source.match(ch('<'))) {
        name = source.getUntil(ch('>'), 'group name');
        checkGroupName(source, name, 1);
      } else if (source.match(ch('='))) {
        return namedBackref(source, state);
      } else {
        const c2 = source.get();
        if (c2 === NONE) throw source.error('unexpected end of pattern');
        throw source.error('unknown extension ?P' + tokenText(c2), tokenLength(c2) + 2);
      }
    } else if (c === ch(':')) {
      capture = false;
    } else if (c === ch('#')) {
      for (;;) {
        if (source.next === NONE) throw source.error('missing ), unterminated comment', source.tell() - start);
        if (source.get() === ch(')')) break;
      }
      return null;
    } else if (c === ch('=') || c === ch('!') || c === ch('<')) {
      return parseLookaround(source, state, verbose, nested, c, start);
    } else if (c === ch('(')) {
      return parseConditional(source, state, verbose, nested, start);
    } else if (c === ch('>')) {
      capture = false;
      atomic = true;
    } else if ((c < ESC && String.fromCharCode(c) in FLAG_CHARS) || c === ch('-')) {
      const flags = parseFlags(source, state, c);
      if (flags === null) {
        if (!first) throw source.error('global flags not at the start of the expression', source.tell() - start);
        return 'verbose';
      }
      [add, del] = flags;
      capture = false;
    } else {
      throw source.error('unknown extension ?' + tokenText(c), tokenLength(c) + 1);
    }
  }
  const gid = capture ? state.openGroup(name === null ? null : cpsToString(name), source, name?.length ?? 0) : null;
  const subVerbose = (verbose || (add & FLAG_VERBOSE) !== 0) && !(del & FLAG_VERBOSE);
  const body = parseSub(source, state, subVerbose, nested + 1);
  if (!source.match(ch(')'))) throw source.error('missing ), unterminated subpattern', source.tell() - start);
  if (gid !== null) state.groupWidths[gid] = seqWidth(body, state.groupWidths);
  if (atomic) return { t: 'atomic', body };
  return { t: 'group', gid, add, del, body };
}

function checkGroupName(source: Source, name: number[], offset: number): void {
  if (!isIdentifier(name)) throw source.error(`bad character in group name ${source.repr(name)}`, name.length + offset);
  if (!source.isText && name.some((c) => c > 0x7f)) {
    source.warn('DeprecationWarning', `bad character in group name ${asciiBackslash(source.repr(name))} at position ${source.tell() - name.length - offset}`);
  }
}

function namedBackref(source: Source, state: ParseState): Node {
  const name = source.getUntil(ch(')'), 'group name');
  checkGroupName(source, name, 1);
  const gid = state.groupNames.get(cpsToString(name));
  if (gid === undefined) throw source.error(`unknown group name ${source.repr(name)}`, name.length + 1);
  if (!state.checkGroup(gid)) throw source.error('cannot refer to an open group', name.length + 1);
  state.checkLookbehindGroup(gid, source);
  return { t: 'ref', gid };
}

function parseLookaround(source: Source, state: ParseState, verbose: boolean, nested: number, c: number, start: number): Node {
  let behind = false;
  let kind = c;
  let savedLookbehind: number | null = null;
  if (c === ch('<')) {
    kind = source.get();
    if (kind === NONE) throw source.error('unexpected end of pattern');
    if (kind !== ch('=') && kind !== ch('!')) throw source.error('unknown extension ?<' + tokenText(kind), tokenLength(kind) + 2);
    behind = true;
    savedLookbehind = state.lookbehindGroups;
    if (savedLookbehind === null) state.lookbehindGroups = state.groups;
  }
  const body = parseSub(source, state, verbose, nested + 1);
  if (behind && savedLookbehind === null) state.lookbehindGroups = null;
  if (!source.match(ch(')'))) throw source.error('missing ), unterminated subpattern', source.tell() - start);
  return { t: 'assert', behind, neg: kind === ch('!'), body };
}

function parseConditional(source: Source, state: ParseState, verbose: boolean, nested: number, start: number): Node {
  const condName = source.getUntil(ch(')'), 'group name');
  let gid: number;
  if (isIdentifier(condName)) {
    const found = state.groupNames.get(cpsToString(condName));
    if (found === undefined) throw source.error(`unknown group name ${source.repr(condName)}`, condName.length + 1);
    gid = found;
  } else {
    const value = pyInt(condName);
    if (value === null || value < 0n) throw source.error(`bad character in group name ${source.repr(condName)}`, condName.length + 1);
    if (value === 0n) throw source.error('bad group number', condName.length + 1);
    if (value >= BigInt(MAXGROUPS)) throw source.error(`invalid group reference ${value}`, condName.length + 1);
    gid = Number(value);
    if (!state.groupRefPos.has(gid)) state.groupRefPos.set(gid, source.tell() - condName.length - 1);
    if (!condName.every(isDigitChar)) {
      source.warn('DeprecationWarning', `bad character in group name ${source.reprOrAscii(condName)} at position ${source.tell() - condName.length - 1}`);
    }
  }
  state.checkLookbehindGroup(gid, source);
  const yes = parseSeq(source, state, verbose, nested + 1, false);
  let no: Seq | null = null;
  if (source.match(ch('|'))) {
    no = parseSeq(source, state, verbose, nested + 1, false);
    if (source.next === ch('|')) throw source.error('conditional backref with more than two branches');
  }
  if (!source.match(ch(')'))) throw source.error('missing ), unterminated subpattern', source.tell() - start);
  return { t: 'cond', gid, yes, no };
}

/** Python's int(text) for a group number: ASCII/Unicode digits, sign, underscores, surrounding spaces. */
export function pyInt(cps: readonly number[]): bigint | null {
  const text = cpsToString(cps).trim();
  const m = /^([+-]?)(\d(?:_?\d)*)$/u.exec(text.replace(/\p{Nd}/gu, (d) => String(digitValue(d.codePointAt(0)!))));
  if (m === null) return null;
  const v = BigInt(m[2]!.replace(/_/g, ''));
  return m[1] === '-' ? -v : v;
}

function digitValue(cp: number): number {
  let zero = cp;
  while (zero > 0 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1)) && cp - zero < 9) zero--;
  return (cp - zero) % 10;
}

function parseFlags(source: Source, state: ParseState, first: number): [number, number] | null {
  let c = first;
  let add = 0;
  let del = 0;
  const flagOf = (t: number): number | undefined => (t < ESC ? FLAG_CHARS[String.fromCharCode(t)] : undefined);
  if (c !== ch('-')) {
    for (;;) {
      const flag = flagOf(c)!;
      if (source.isText && c === ch('L')) throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
      if (!source.isText && c === ch('u')) throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      add |= flag;
      if (flag & TYPE_FLAGS && (add & TYPE_FLAGS) !== flag) throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      c = source.get();
      if (c === NONE) throw source.error('missing -, : or )');
      if (c === ch(')') || c === ch('-') || c === ch(':')) break;
      if (flagOf(c) === undefined) throw source.error(isAlphaToken(c) ? 'unknown flag' : 'missing -, : or )', tokenLength(c));
    }
  }
  if (c === ch(')')) {
    state.flags |= add;
    return null;
  }
  if (add & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn on global flag', 1);
  if (c === ch('-')) {
    c = source.get();
    if (c === NONE) throw source.error('missing flag');
    if (flagOf(c) === undefined) throw source.error(isAlphaToken(c) ? 'unknown flag' : 'missing flag', tokenLength(c));
    for (;;) {
      const flag = flagOf(c)!;
      if (flag & TYPE_FLAGS) throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      del |= flag;
      c = source.get();
      if (c === NONE) throw source.error('missing :');
      if (c === ch(':')) break;
      if (flagOf(c) === undefined) throw source.error(isAlphaToken(c) ? 'unknown flag' : 'missing :', tokenLength(c));
    }
  }
  if (del & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn off global flag', 1);
  if (add & del) throw source.error('bad inline flags: flag turned on and off', 1);
  return [add, del];
}

/** str.isalpha() of a token's text: an escape token ("\\x") never is. */
function isAlphaToken(tok: number): boolean {
  return tok < ESC && /^\p{L}$/u.test(String.fromCodePoint(tok));
}

