/**
 * `_re`: the native half of the `re` module. lib/re.py holds the Python
 * surface (Pattern, Match, RegexFlag, error, the module functions and the
 * pattern cache); this module runs the engine of vm/modules/re/ over heap
 * strings. Follows https://docs.python.org/3.11/library/re.html.
 *
 * Model:
 * - A compiled pattern is named by its *key*, a str "<s|b><flags>:<pattern
 *   text>" that `compile` returns and re.py keeps in the Pattern object. Every
 *   other function takes the key and finds the compiled program in a
 *   per-worker JS cache, recompiling from the key itself on a miss: the cache
 *   is rebuildable from the heap, and a key means the same program in every
 *   worker.
 * - Subjects are read in place: a str (or str subclass) without surrogate
 *   pairs is matched directly on its UTF-16 units in the heap (one unit = one
 *   code point), a bytes object on its bytes; a str with surrogate pairs is
 *   decoded once per call to code points, a bytearray/memoryview copied once.
 *   The match loop allocates nothing on the heap. Results are exact str/bytes.
 * - Matches cross to Python as flat span tuples `(lastindex, start0, end0,
 *   start1, end1, ...)`, -1 for "None"/unset; re.py's Match slices from them.
 * - `re.error` is the class re.py stores as `_re.error` (module dict); other
 *   engine errors map to the builtin exception of the same name.
 *
 * Invariants: the engine is not re-entrant, and nothing here calls Python
 * while a match is in progress (callables of re.sub run in re.py between
 * matches); the only Python call is building a `re.error` after a failure.
 */
import { load, u16View } from '../../gc/heap.js';
import { K, MODULE_DICT, PyRaise, raise, small, STR, T, typeOf } from '../objects/core.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { bufferOf, isBytes, newBytes } from '../objects/bytes.js';
import { isSubtype } from '../objects/type.js';
import { newList } from '../objects/list.js';
import { callObject, indexOf, typeNameOf } from '../objects/protocol.js';
import { jsString, newStr, intern } from '../objects/str.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { toSafeNumber } from '../objects/int.js';
import * as engine from './re/index.js';
import type { ModuleSpec } from './registry.js';

// ---------------------------------------------------------------------------
// The compiled-pattern cache (per worker, keyed by the pattern key)

const MAX_CACHED = 512;
const programs = new Map<string, engine.CompiledPattern>();
const templates = new Map<string, engine.Template>();

/** The key of a pattern: kind, flags, then the pattern text (bytes as Latin-1). */
function makeKey(isBytes: boolean, flags: number, text: string): string {
  return `${isBytes ? 'b' : 's'}${flags}:${text}`;
}

/** Compiles the pattern a key names (through the cache); `source` is the pattern object for error reports. */
function compiledFromKey(key: string, source: number): engine.CompiledPattern {
  const hit = programs.get(key);
  if (hit !== undefined) return hit;
  const isBytes = key.charCodeAt(0) === 0x62;
  const colon = key.indexOf(':');
  const flags = Number(key.slice(1, colon));
  if (colon < 2 || !Number.isInteger(flags) || (!isBytes && key.charCodeAt(0) !== 0x73)) throw raise(T.ValueError, 'invalid pattern key');
  const text = key.slice(colon + 1);
  const units = isBytes ? Uint8Array.from(text, (ch) => ch.charCodeAt(0)) : Uint32Array.from(text, (ch) => ch.codePointAt(0)!);
  let compiled: engine.CompiledPattern;
  try {
    compiled = engine.compile(units, flags, isBytes);
  } catch (e) {
    throw pyError(e, source === 0 ? (isBytes ? newBytes(units as Uint8Array) : newStr(text)) : source);
  }
  if (programs.size >= MAX_CACHED) programs.clear();
  programs.set(key, compiled);
  return compiled;
}

/** Forgets every compiled program and template (tests: what a fresh worker sees). */
export function forgetCompiled(): void {
  programs.clear();
  templates.clear();
}

function compiledFor(keyRef: number): engine.CompiledPattern {
  return compiledFromKey(jsString(keyRef), 0);
}

/** The Python exception for an engine error (`re.error` with msg, pattern and pos). */
function pyError(e: unknown, pattern: number): PyRaise {
  if (!(e instanceof engine.RegexError)) throw e;
  if (e.pyType !== 'error') return raise(T[e.pyType], e.message);
  const mod = dictGetStr(K.sysModules, intern('_re'));
  const cls = mod ? dictGetStr(load(mod + MODULE_DICT), intern('error')) : 0;
  if (!cls) return raise(T.ValueError, e.message);
  const args = e.pos === null ? [newStr(e.msg)] : [newStr(e.msg), pattern, small(e.pos)];
  return new PyRaise(callObject(cls, args));
}

// ---------------------------------------------------------------------------
// Subjects and slices

interface Text {
  readonly ref: number;
  /** `ref` is an exact str or bytes (so a slice of all of it may be `ref` itself). */
  readonly exact: boolean;
  /** Code points (str) or bytes, indexable by Python position. */
  readonly data: ArrayLike<number>;
  readonly isBytes: boolean;
  /** The str had surrogate pairs and `data` is a decoded code-point array. */
  readonly wide: boolean;
}

/** A str or an instance of a str subclass (same layout). */
function isStrLike(v: number): boolean {
  if (v & 1 || v === 0) return false;
  const t = typeOf(v);
  return t === T.str || isSubtype(t, T.str);
}

/** A str, or a bytes-like object (bytes, bytearray, memoryview: read as bytes), or null. */
function anyText(v: number): Text | null {
  if (isStrLike(v)) return strText(v);
  const data = bufferOf(v);
  return data === null ? null : { ref: v, exact: typeOf(v) === T.bytes, data, isBytes: true, wide: false };
}

/** The subject `v` as the engine reads it, after CPython's type checks. */
function textOf(p: engine.CompiledPattern, v: number): Text {
  const t = anyText(v);
  if (t === null) throw raise(T.TypeError, `expected string or bytes-like object, got '${typeNameOf(v)}'`);
  if (p.isBytes && !t.isBytes) throw raise(T.TypeError, 'cannot use a bytes pattern on a string-like object');
  if (!p.isBytes && t.isBytes) throw raise(T.TypeError, 'cannot use a string pattern on a bytes-like object');
  return t;
}

function strText(v: number): Text {
  const n = load(v + STR.LEN);
  const units = u16View(v + STR.DATA, n);
  const exact = typeOf(v) === T.str;
  if (load(v + STR.CPLEN) === n) return { ref: v, exact, data: units, isBytes: false, wide: false };
  const cps = new Uint32Array(load(v + STR.CPLEN));
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = units[i]!;
    const d = i + 1 < n ? units[i + 1]! : 0;
    if (c >= 0xd800 && c < 0xdc00 && d >= 0xdc00 && d < 0xe000) {
      cps[j++] = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      i++;
    } else cps[j++] = c;
  }
  return { ref: v, exact, data: cps, isBytes: false, wide: true };
}

/** A JS string from code points (chunked: no per-character string building). */
function stringFromCodePoints(cps: ArrayLike<number>, from: number, to: number, wide: boolean): string {
  const make = wide ? String.fromCodePoint : String.fromCharCode;
  if (to - from <= 8) {
    let short = '';
    for (let i = from; i < to; i++) short += make(cps[i]!);
    return short;
  }
  let s = '';
  for (let i = from; i < to; i += 4096) {
    const end = Math.min(to, i + 4096);
    s += make.apply(null, Array.prototype.slice.call(cps, i, end) as number[]);
  }
  return s;
}

/** subject[a:b] as a new str or bytes (the subject itself when the slice is all of it). */
function slice(t: Text, a: number, b: number): number {
  if (a === 0 && b === t.data.length && t.exact) return t.ref;
  if (t.isBytes) return newBytes((t.data as Uint8Array).subarray(a, b));
  // One-character strings are shared (interned), as CPython shares its Latin-1 ones.
  if (b - a === 1) return intern(stringFromCodePoints(t.data, a, b, t.wide));
  return newStr(stringFromCodePoints(t.data, a, b, t.wide));
}

/** A str or bytes holding the given code points / bytes. */
function fromUnits(isBytes: boolean, units: ArrayLike<number>): number {
  if (isBytes) return newBytes(units instanceof Uint8Array ? units : Uint8Array.from(units as ArrayLike<number>));
  let wide = false;
  for (let i = 0; i < units.length; i++) if (units[i]! > 0xffff) wide = true;
  return newStr(stringFromCodePoints(units, 0, units.length, wide));
}

/** A pattern or template as engine units: code points of a str, bytes of a bytes. */
function unitsOf(v: number): { units: Uint32Array | Uint8Array; isBytes: boolean } | null {
  const t = anyText(v);
  if (t === null) return null;
  if (t.isBytes) return { units: Uint8Array.from(t.data), isBytes: true };
  return { units: t.data instanceof Uint32Array ? t.data : Uint32Array.from(t.data), isBytes: false };
}

/** pos/endpos clamped to [0, length]; None (re.py's default endpos) = length, only where `noneIsEnd`. */
function bound(v: number, length: number, noneIsEnd = true): number {
  if (v === K.None && noneIsEnd) return length;
  const n = v & 1 ? v >> 1 : indexOf(v);
  return n < 0 ? 0 : n > length ? length : Number(n);
}

// ---------------------------------------------------------------------------
// Results

/** The flat span tuple of a match: (lastindex, start0, end0, ...). */
function spansTuple(m: engine.Spans): number {
  const words = new Array<number>(m.spans.length + 1);
  words[0] = small(m.lastindex);
  for (let i = 0; i < m.spans.length; i++) words[i + 1] = small(m.spans[i]!);
  return newTuple(words);
}

function groupValue(t: Text, m: engine.Spans, g: number, unset: number): number {
  const a = m.spans[2 * g]!;
  return a < 0 ? unset : slice(t, a, m.spans[2 * g + 1]!);
}

/** One findall item: the match, its only group, or the tuple of its groups ('' for unmatched ones). */
function findallItem(p: engine.CompiledPattern, t: Text, m: engine.Spans, empty: number): number {
  if (p.groups === 0) return groupValue(t, m, 0, empty);
  if (p.groups === 1) return groupValue(t, m, 1, empty);
  const items: number[] = [];
  for (let g = 1; g <= p.groups; g++) items.push(groupValue(t, m, g, empty));
  return newTuple(items);
}

function emptyOf(t: Text): number {
  return t.isBytes ? newBytes(new Uint8Array(0)) : newStr('');
}

// ---------------------------------------------------------------------------
// Templates

function templateFor(p: engine.CompiledPattern, keyRef: number, repl: number): engine.Template {
  const u = unitsOf(repl);
  if (u === null) throw raise(T.TypeError, `decoding to str: need a bytes-like object, ${typeNameOf(repl)} found`);
  const key = `${jsString(keyRef)}\u0000${u.isBytes ? 'b' : 's'}${String.fromCharCode.apply(null, Array.from(u.units.subarray(0, 4096)))}`;
  const hit = u.units.length <= 4096 ? templates.get(key) : undefined;
  if (hit !== undefined) return hit;
  let tpl: engine.Template;
  try {
    tpl = engine.compileTemplate(p, u.units);
  } catch (e) {
    throw pyError(e, repl);
  }
  if (u.units.length <= 4096) {
    if (templates.size >= MAX_CACHED) templates.clear();
    templates.set(key, tpl);
  }
  return tpl;
}

// ---------------------------------------------------------------------------
// The module functions (arguments are checked by re.py)

const MODES: readonly engine.MatchMode[] = ['match', 'search', 'fullmatch'];

/** compile(pattern, flags) -> (key, flags, groups, groupindex, warnings: ((category, message), ...)) */
function compile(args: number[]): number {
  const [pattern, flagsArg] = args as [number, number];
  const u = isStrLike(pattern) || isBytes(pattern) ? unitsOf(pattern) : null;
  if (u === null) throw raise(T.TypeError, 'first argument must be string or compiled pattern');
  const flags = toSafeNumber(flagsArg);
  if (!(flags >= -0x80000000 && flags <= 0x7fffffff)) throw raise(T.OverflowError, 'Python int too large to convert to C int');
  const text = u.isBytes ? String.fromCharCode.apply(null, Array.from(u.units)) : jsString(pattern);
  const key = makeKey(u.isBytes, flags, text);
  const p = compiledFromKey(key, pattern);
  const groupindex = newDict();
  for (const [name, g] of p.groupindex) dictSet(groupindex, newStr(name), small(g));
  const warnings = p.warnings.map((w) => newTuple([newStr(w.category), newStr(w.message)]));
  return newTuple([newStr(key), small(p.flags), small(p.groups), groupindex, newTuple(warnings)]);
}

/**
 * match(key, string, pos, endpos, mode, must_advance) -> span tuple or None;
 * mode 0 match, 1 search, 2 fullmatch; must_advance: no empty match at pos (scanners).
 */
function match(args: number[]): number {
  const p = compiledFor(args[0]!);
  const t = textOf(p, args[1]!);
  const n = t.data.length;
  let m: engine.Spans | null;
  try {
    m = engine.match(p, t.data, bound(args[2]!, n, false), bound(args[3]!, n), MODES[args[4]! >> 1]!, args[5] === K.True);
  } catch (e) {
    throw pyError(e, 0);
  }
  return m === null ? K.None : spansTuple(m);
}

/** Every match of a scan over string[pos:endpos], as `each` sees them. */
function scanAll(p: engine.CompiledPattern, t: Text, pos: number, endpos: number, each: (m: engine.Spans) => void): void {
  const n = t.data.length;
  const scanner = new engine.Scanner(p, t.data, bound(pos, n, false), bound(endpos, n));
  try {
    for (let m = scanner.search(); m !== null; m = scanner.search()) each(m);
  } catch (e) {
    throw pyError(e, 0);
  }
}

/**
 * scan(key, string, pos, endpos, limit, must_advance) -> list of span tuples:
 * the first `limit` matches (all when limit < 0) of a scan from pos, the
 * first one not empty at pos when must_advance. finditer resumes a scan in
 * chunks from the end of the last match, which is exactly how a scan goes on.
 */
function scan(args: number[]): number {
  const p = compiledFor(args[0]!);
  const t = textOf(p, args[1]!);
  const n = t.data.length;
  const limit = Number(indexOf(args[4]!));
  const end = bound(args[3]!, n);
  let at = bound(args[2]!, n, false);
  let mustAdvance = args[5] === K.True;
  const out: number[] = [];
  try {
    while (limit < 0 || out.length < limit) {
      const m = engine.match(p, t.data, at, end, 'search', mustAdvance);
      if (m === null) break;
      out.push(spansTuple(m));
      at = m.spans[1]!;
      mustAdvance = m.spans[0] === at;
    }
  } catch (e) {
    throw pyError(e, 0);
  }
  return newList(out);
}

/** findall(key, string, pos, endpos) -> list */
function findall(args: number[]): number {
  const p = compiledFor(args[0]!);
  const t = textOf(p, args[1]!);
  const empty = emptyOf(t);
  const out: number[] = [];
  scanAll(p, t, args[2]!, args[3]!, (m) => out.push(findallItem(p, t, m, empty)));
  return newList(out);
}

/** split(key, string, maxsplit) -> list (maxsplit < 0: no split). */
function split(args: number[]): number {
  const p = compiledFor(args[0]!);
  const t = textOf(p, args[1]!);
  const maxsplit = Number(indexOf(args[2]!));
  if (maxsplit < 0) return newList([slice(t, 0, t.data.length)]);
  let pieces: engine.Piece[];
  try {
    pieces = engine.split(p, t.data, maxsplit);
  } catch (e) {
    throw pyError(e, 0);
  }
  return newList(pieces.map((piece) => (piece === null ? K.None : slice(t, piece[0], piece[1]))));
}

/** subn(key, repl, string, count) -> (result, n) for a str/bytes template (count < 0: nothing replaced). */
function subn(args: number[]): number {
  const [keyRef, repl, string, countArg] = args as [number, number, number, number];
  const p = compiledFor(keyRef);
  const t = textOf(p, string);
  const tpl = templateFor(p, keyRef, repl);
  const count = Number(indexOf(countArg));
  if (count < 0) return newTuple([slice(t, 0, t.data.length), small(0)]);
  let r: { result: Uint32Array | Uint8Array; n: number };
  try {
    r = engine.subn(p, t.data, tpl, count);
  } catch (e) {
    throw pyError(e, 0);
  }
  return newTuple([r.n === 0 ? slice(t, 0, t.data.length) : fromUnits(t.isBytes, r.result), small(r.n)]);
}

/** expand(key, template, string, spans) -> str/bytes (Match.expand). */
function expand(args: number[]): number {
  const [keyRef, repl, string, spansRef] = args as [number, number, number, number];
  const p = compiledFor(keyRef);
  const t = textOf(p, string);
  const tpl = templateFor(p, keyRef, repl);
  const spans = tupleItems(spansRef).slice(1).map((w) => w >> 1);
  return fromUnits(t.isBytes, engine.expandTemplate(tpl, t.data, spans));
}

/** template_is_literal(key, repl) -> True if repl has no group references or escapes to expand. */
function templateIsLiteral(args: number[]): number {
  const p = compiledFor(args[0]!);
  const tpl = templateFor(p, args[0]!, args[1]!);
  return tpl.literal ? K.True : K.False;
}

/** escape(pattern) for str or bytes. */
function escape(args: number[]): number {
  const u = unitsOf(args[0]!);
  if (u === null) throw raise(T.TypeError, `decoding to str: need a bytes-like object, ${typeNameOf(args[0]!)} found`);
  return fromUnits(u.isBytes, engine.escape(u.units));
}

/** slice(subject, start, end): subject[start:end] for str or bytes. */
function sliceFn(args: number[]): number {
  const v = args[0]!;
  const t = anyText(v);
  if (t === null) throw raise(T.TypeError, `expected string or bytes-like object, got '${typeNameOf(v)}'`);
  const n = t.data.length;
  const a = bound(args[1]!, n);
  return slice(t, a, Math.max(a, bound(args[2]!, n)));
}

/** flags_repr(flags, is_bytes) -> the flags part of Pattern.__repr__ ('' if none). */
function flagsRepr(args: number[]): number {
  return newStr(engine.flagsRepr(toSafeNumber(args[0]!), args[1] === K.True));
}

export const RE_MODULE: ModuleSpec = {
  name: '_re',
  doc: 'Native half of the re module (see lib/re.py).',
  functions: {
    compile, match, scan, findall, split, subn, expand,
    template_is_literal: templateIsLiteral, escape, slice: sliceFn, flags_repr: flagsRepr,
  },
  arity: {
    compile: '=2-2', match: '=6-6', scan: '=6-6', findall: '=4-4', split: '=3-3', subn: '=4-4', expand: '=4-4',
    template_is_literal: '=2-2', escape: '=1-1', slice: '=3-3', flags_repr: '=2-2',
  },
};
