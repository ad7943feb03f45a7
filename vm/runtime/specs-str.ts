/**
 * str's text methods (https://docs.python.org/3.11/library/stdtypes.html#string-methods),
 * merged into `strSpec` (specs.ts), which keeps the operators and format().
 *
 * Model: a str is a JS string of UTF-16 code units; positions given to or
 * returned from Python count code points. `Text` converts between the two
 * only when the string holds a surrogate pair (otherwise they agree), so
 * BMP-only text pays nothing. Character classes follow Python's Unicode
 * definitions: whitespace is Python's set (not JS `\s`), isdecimal is Nd,
 * isnumeric is any N, title case uses the Unicode title-case letters.
 */
import { bool, K, raise, small, T, typeOf } from '../objects/core.js';
import type { NativeFn } from '../objects/native.js';
import {
  callObject, getAttrOrZero, getItem, indexNumber, isTrue, strOf, toArray, typeNameOf,
} from '../objects/protocol.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { newList } from '../objects/list.js';
import { dictEntries, dictSet, newDict } from '../objects/dict.js';
import { isInt, intFromNumber } from '../objects/int.js';
import { isSubtype } from '../objects/type.js';
import { PyRaise } from '../objects/core.js';
import { load, store } from '../../gc/heap.js';
import { newBytes, bufferOf } from '../objects/bytes.js';
import { isPrintable } from '../format/repr.js';
import { decodeTo, encodeFrom } from './specs-bytes.js';

const str = newStr;

/** Python's whitespace (str.isspace / split() / strip()). */
const WS = '\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
const isWs = (c: string): boolean => WS.includes(c);

function isStr(v: number): boolean {
  return !(v & 1) && (typeOf(v) === T.str || isSubtype(typeOf(v), T.str));
}

function s0(a: number[]): string {
  return jsString(a[0]!);
}

function strArg(v: number, what: string, orNone = ''): string {
  if (!isStr(v)) throw raise(T.TypeError, `${what}must be str${orNone}, not ${typeNameOf(v)}`);
  return jsString(v);
}

const SURROGATE = /[\ud800-\udfff]/;

/** Code-point view of a string (identity when there are no surrogate pairs). */
class Text {
  readonly cps: string[] | null;
  readonly len: number;
  constructor(readonly s: string) {
    this.cps = SURROGATE.test(s) ? Array.from(s) : null;
    this.len = this.cps ? this.cps.length : s.length;
  }
  slice(a: number, b: number): string {
    return this.cps ? this.cps.slice(a, b).join('') : this.s.slice(a, b);
  }
  /** Code-point index of UTF-16 index `u` (u on a code point boundary). */
  cpIndex(u: number): number {
    return this.cps ? Array.from(this.s.slice(0, u)).length : u;
  }
  /** UTF-16 index of code-point index `i`. */
  unitIndex(i: number): number {
    return this.cps ? this.cps.slice(0, i).join('').length : i;
  }
}

/** start/end arguments (None allowed) as slice bounds in [0, len]; end -1 if start is past the end. */
function bounds(a: number[], at: number, len: number): [number, number] {
  const msg = 'slice indices must be integers or None or have an __index__ method';
  const norm = (v: number | undefined, dflt: number): number => {
    if (v === undefined || v === K.None) return dflt;
    let i = indexNumber(v, msg);
    if (i < 0) i = Math.max(0, i + len);
    return Math.min(i, len);
  };
  const sv = a[at];
  if (sv !== undefined && sv !== K.None && indexNumber(sv, msg) > len) return [len, -1];
  return [norm(sv, 0), norm(a[at + 1], len)];
}

function findIn(a: number[], fromRight: boolean): number {
  const t = new Text(s0(a));
  const sub = strArg(a[1]!, '');
  const [start, end] = bounds(a, 2, t.len);
  if (end < 0 || end < start) return -1;
  const hay = t.slice(start, end);
  const u = fromRight ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  if (u < 0) return -1;
  return start + (t.cps ? Array.from(hay.slice(0, u)).length : u);
}

function subArg(v: number, name: string): string {
  if (!isStr(v)) throw raise(T.TypeError, `must be str, not ${typeNameOf(v)}`);
  void name;
  return jsString(v);
}

function countIn(a: number[]): number {
  const t = new Text(s0(a));
  const sub = subArg(a[1]!, 'count');
  const [start, end] = bounds(a, 2, t.len);
  if (end < 0 || end < start) return 0;
  const hay = t.slice(start, end);
  if (sub === '') return (t.cps ? Array.from(hay).length : hay.length) + 1;
  let n = 0;
  for (let i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length)) n++;
  return n;
}

function affix(a: number[], name: string, atEnd: boolean): number {
  const t = new Text(s0(a));
  const [start, end] = bounds(a, 2, t.len);
  const one = (x: number): boolean => {
    if (!isStr(x)) throw raise(T.TypeError, `${name} first arg must be str or a tuple of str, not ${typeNameOf(x)}`);
    if (end < 0 || end < start) return false;
    const hay = t.slice(start, end), p = jsString(x);
    return atEnd ? hay.endsWith(p) : hay.startsWith(p);
  };
  const p = a[1]!;
  if (!(p & 1) && typeOf(p) === T.tuple) return bool(tupleItems(p).some(one));
  return bool(one(p));
}

// --- splitting ----------------------------------------------------------------

function splitWs(s: string, max: number, fromRight: boolean): string[] {
  const cps = Array.from(s);
  const out: string[] = [];
  if (!fromRight) {
    let i = 0;
    while (i < cps.length) {
      while (i < cps.length && isWs(cps[i]!)) i++;
      if (i >= cps.length) break;
      if (max >= 0 && out.length >= max) {
        out.push(cps.slice(i).join(''));
        break;
      }
      let j = i;
      while (j < cps.length && !isWs(cps[j]!)) j++;
      out.push(cps.slice(i, j).join(''));
      i = j;
    }
    return out;
  }
  let j = cps.length;
  while (j > 0) {
    while (j > 0 && isWs(cps[j - 1]!)) j--;
    if (j <= 0) break;
    if (max >= 0 && out.length >= max) {
      out.push(cps.slice(0, j).join(''));
      break;
    }
    let i = j;
    while (i > 0 && !isWs(cps[i - 1]!)) i--;
    out.push(cps.slice(i, j).join(''));
    j = i;
  }
  return out.reverse();
}

function splitSep(s: string, sep: string, max: number, fromRight: boolean): string[] {
  if (sep === '') throw raise(T.ValueError, 'empty separator');
  const out: string[] = [];
  if (!fromRight) {
    let i = 0;
    for (;;) {
      const k = max >= 0 && out.length >= max ? -1 : s.indexOf(sep, i);
      if (k < 0) { out.push(s.slice(i)); return out; }
      out.push(s.slice(i, k));
      i = k + sep.length;
    }
  }
  let j = s.length;
  for (;;) {
    const k = max >= 0 && out.length >= max ? -1 : j - sep.length < 0 ? -1 : s.lastIndexOf(sep, j - sep.length);
    if (k < 0) { out.push(s.slice(0, j)); return out.reverse(); }
    out.push(s.slice(k + sep.length, j));
    j = k;
  }
}

function kwOrPos(a: number[], kw: readonly string[] | null, pos: number, name: string): number | undefined {
  const nkw = kw ? kw.length : 0;
  if (kw) {
    const i = kw.indexOf(name);
    if (i >= 0) return a[a.length - nkw + i];
  }
  return pos < a.length - nkw ? a[pos] : undefined;
}

function splitMethod(fromRight: boolean): NativeFn {
  return (a, kw) => {
    const s = s0(a);
    const sepV = kwOrPos(a, kw, 1, 'sep'), maxV = kwOrPos(a, kw, 2, 'maxsplit');
    const max = maxV === undefined ? -1 : indexNumber(maxV);
    const parts = sepV === undefined || sepV === K.None ? splitWs(s, max, fromRight) : splitSep(s, strArg(sepV, '', ' or None'), max, fromRight);
    return newList(parts.map(str));
  };
}

/** str.splitlines: CPython's line boundaries (\n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029). */
function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let start = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(s.slice(start, keepends ? m.index + m[0].length : m.index));
    start = m.index + m[0].length;
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

function strip(a: number[], mode: number): number {
  const cps = Array.from(s0(a));
  const cv = a[1];
  let chars: string[] | null = null;
  if (cv !== undefined && cv !== K.None) {
    if (!isStr(cv)) throw raise(T.TypeError, `${mode === 3 ? '' : mode === 1 ? 'l' : 'r'}strip arg must be None or str`);
    chars = Array.from(jsString(cv));
  }
  const drop = (c: string): boolean => (chars ? chars.includes(c) : isWs(c));
  let i = 0, j = cps.length;
  if (mode & 1) while (i < j && drop(cps[i]!)) i++;
  if (mode & 2) while (j > i && drop(cps[j - 1]!)) j--;
  return str(cps.slice(i, j).join(''));
}

function partition(a: number[], fromRight: boolean): number {
  const s = s0(a), sep = strArg(a[1]!, '');
  if (sep === '') throw raise(T.ValueError, 'empty separator');
  const k = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (k < 0) return fromRight ? newTuple([str(''), str(''), str(s)]) : newTuple([str(s), str(''), str('')]);
  return newTuple([str(s.slice(0, k)), str(sep), str(s.slice(k + sep.length))]);
}

function replace(a: number[]): number {
  const s = s0(a), old = strArg(a[1]!, 'replace() argument 1 '), rep = strArg(a[2]!, 'replace() argument 2 ');
  const max = a.length > 3 ? indexNumber(a[3]!) : -1;
  if (max === 0) return str(s);
  if (old === '') {
    const cps = Array.from(s);
    let out = '', n = 0;
    for (let i = 0; i <= cps.length; i++) {
      if (max < 0 || n < max) { out += rep; n++; }
      if (i < cps.length) out += cps[i];
    }
    return str(out);
  }
  if (max < 0) return str(s.split(old).join(rep));
  let out = '', i = 0, n = 0;
  while (n < max) {
    const k = s.indexOf(old, i);
    if (k < 0) break;
    out += s.slice(i, k) + rep;
    i = k + old.length;
    n++;
  }
  return str(out + s.slice(i));
}

// --- case -------------------------------------------------------------------

const TITLE_SPECIAL: Readonly<Record<string, string>> = {
  'Ǆ': 'ǅ', 'ǅ': 'ǅ', 'ǆ': 'ǅ', 'Ǉ': 'ǈ', 'ǈ': 'ǈ', 'ǉ': 'ǈ', 'Ǌ': 'ǋ', 'ǋ': 'ǋ', 'ǌ': 'ǋ', 'Ǳ': 'ǲ', 'ǲ': 'ǲ', 'ǳ': 'ǲ',
};

function titleChar(c: string): string {
  const sp = TITLE_SPECIAL[c];
  if (sp) return sp;
  const u = c.toUpperCase();
  const cps = Array.from(u);
  return cps.length > 1 ? cps[0]! + cps.slice(1).join('').toLowerCase() : u;
}

const isCased = (c: string): boolean => /[\p{Lowercase}\p{Uppercase}\p{Lt}]/u.test(c);
const isLowerChar = (c: string): boolean => /\p{Lowercase}/u.test(c);
const isUpperChar = (c: string): boolean => /\p{Uppercase}/u.test(c);
const isTitleChar = (c: string): boolean => /\p{Lt}/u.test(c);

function title(s: string): string {
  let out = '', prevCased = false;
  for (const c of s) {
    out += prevCased ? c.toLowerCase() : titleChar(c);
    prevCased = isCased(c);
  }
  return out;
}

function isTitle(s: string): boolean {
  let cased = false, prevCased = false;
  for (const c of s) {
    if (isUpperChar(c) || isTitleChar(c)) { if (prevCased) return false; prevCased = true; cased = true; }
    else if (isLowerChar(c)) { if (!prevCased) return false; prevCased = true; cased = true; }
    else prevCased = false;
  }
  return cased;
}

function swapcase(s: string): string {
  let out = '';
  for (const c of s) {
    if (isUpperChar(c)) out += c.toLowerCase();
    else if (isLowerChar(c)) out += c.toUpperCase();
    else out += c;
  }
  return out;
}

function casefold(s: string): string {
  let out = '';
  for (const c of s) out += c === 'İ' ? 'i̇' : c.toUpperCase().toLowerCase();
  return out;
}

function lowerPy(s: string): string {
  return s.toLowerCase();
}

// --- predicates ---------------------------------------------------------------

function every(a: number[], test: (c: string) => boolean): number {
  const s = s0(a);
  if (s === '') return K.False;
  for (const c of s) if (!test(c)) return K.False;
  return K.True;
}

const DIGIT_EXTRA = /[\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u1369-\u1371\u19da]/u;
const isDecimal = (c: string): boolean => /\p{Nd}/u.test(c);
const isDigitChar = (c: string): boolean => isDecimal(c) || DIGIT_EXTRA.test(c);
const isNumeric = (c: string): boolean => /\p{N}/u.test(c) || /[\u3007\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u516b\u516d\u5341\u5343\u56db\u767e\u96f6\u842c\u5104\u5146]/u.test(c);

// --- padding ------------------------------------------------------------------

function fillArg(a: number[], name: string): string {
  if (a.length < 3) return ' ';
  const f = a[2]!;
  if (!isStr(f)) throw raise(T.TypeError, `The fill character must be a unicode character, not ${typeNameOf(f)}`);
  const s = jsString(f);
  if (Array.from(s).length !== 1) throw raise(T.TypeError, 'The fill character must be exactly one character long');
  return s;
}

function justify(name: string, how: (s: string, pad: number, fill: string, width: number) => string): NativeFn {
  return (a) => {
    const s = s0(a), w = indexNumber(a[1]!), fill = fillArg(a, name);
    const n = new Text(s).len;
    return n >= w ? (typeOf(a[0]!) === T.str ? a[0]! : str(s)) : str(how(s, w - n, fill, w));
  };
}

function expandTabs(s: string, size: number): string {
  let out = '', col = 0;
  for (const c of s) {
    if (c === '\t') {
      if (size > 0) { const n = size - (col % size); out += ' '.repeat(n); col += n; }
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

// --- translate / maketrans ----------------------------------------------------

function translate(a: number[]): number {
  const table = a[1]!;
  let out = '';
  for (const c of s0(a)) {
    let v: number;
    try {
      v = getItem(table, intFromNumber(c.codePointAt(0)!));
    } catch (e) {
      if (e instanceof PyRaise && isSubtype(typeOf(e.exc), T.LookupError)) { out += c; continue; }
      throw e;
    }
    if (v === K.None) continue;
    if (isInt(v)) {
      const n = indexNumber(v);
      if (n < 0 || n > 0x10ffff) throw raise(T.ValueError, 'character mapping must be in range(0x110000)');
      out += String.fromCodePoint(n);
    } else if (isStr(v)) out += jsString(v);
    else throw raise(T.TypeError, 'character mapping must return integer, None or str');
  }
  return str(out);
}

function maketrans(a: number[]): number {
  const d = newDict();
  if (a.length === 1) {
    const m = a[0]!;
    if (typeOf(m) !== T.dict && !isSubtype(typeOf(m), T.dict)) throw raise(T.TypeError, 'if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of dictEntries(m)) {
      if (isStr(k)) {
        const cps = Array.from(jsString(k));
        if (cps.length !== 1) throw raise(T.ValueError, 'string keys in translate table must be of length 1');
        dictSet(d, intFromNumber(cps[0]!.codePointAt(0)!), v);
      } else if (isInt(k)) dictSet(d, k, v);
      else throw raise(T.TypeError, 'keys in translate table must be strings or integers');
    }
    return d;
  }
  if (!isStr(a[0]!)) throw raise(T.TypeError, `maketrans() argument 1 must be str, not ${typeNameOf(a[0]!)}`);
  if (!isStr(a[1]!)) throw raise(T.TypeError, `maketrans() argument 2 must be str, not ${typeNameOf(a[1]!)}`);
  const x = Array.from(jsString(a[0]!)), y = Array.from(jsString(a[1]!));
  if (x.length !== y.length) throw raise(T.ValueError, 'the first two maketrans arguments must have equal length');
  x.forEach((c, i) => dictSet(d, intFromNumber(c.codePointAt(0)!), intFromNumber(y[i]!.codePointAt(0)!)));
  if (a.length > 2) {
    if (!isStr(a[2]!)) throw raise(T.TypeError, `maketrans() argument 3 must be str, not ${typeNameOf(a[2]!)}`);
    for (const c of jsString(a[2]!)) dictSet(d, intFromNumber(c.codePointAt(0)!), K.None);
  }
  return d;
}

// --- construction ---------------------------------------------------------------

/** str(object='') / str(object=b'', encoding='utf-8', errors='strict'); keeps a subclass as the type. */
export function strNew(a: number[], kw: readonly string[] | null): number {
  const cls = a[0]!;
  for (const k of kw ?? []) if (!['object', 'encoding', 'errors'].includes(k)) throw raise(T.TypeError, `'${k}' is an invalid keyword argument for str()`);
  const obj = kwOrPos(a, kw, 1, 'object'), enc = kwOrPos(a, kw, 2, 'encoding'), errs = kwOrPos(a, kw, 3, 'errors');
  if (a.length - (kw ? kw.length : 0) > 4) throw raise(T.TypeError, `str() takes at most 3 arguments (${a.length - 1} given)`);
  let r: number;
  if (obj === undefined) r = str('');
  else if (enc === undefined && errs === undefined) r = cls === T.str && typeOf(obj) === T.str ? obj : str(strOf(obj));
  else {
    const b = bufferOf(obj);
    if (!b) {
      if (isStr(obj)) throw raise(T.TypeError, 'decoding str is not supported');
      throw raise(T.TypeError, `decoding to str: need a bytes-like object, ${typeNameOf(obj)} found`);
    }
    r = decodeTo(b, enc === undefined ? 'utf-8' : strArg(enc, "str() argument 'encoding' "), errs === undefined ? 'strict' : strArg(errs, "str() argument 'errors' "));
  }
  if (cls === T.str) return r;
  const copy = str(jsString(r));
  store(copy, cls);
  return copy;
}

// --- the table ------------------------------------------------------------------

export const STR_METHODS: Record<string, NativeFn> = {
  __rmod__: () => K.NotImplemented,
  __getnewargs__: (a) => newTuple([str(s0(a))]),
  encode: (a, kw) => {
    const e = kwOrPos(a, kw, 1, 'encoding'), r = kwOrPos(a, kw, 2, 'errors');
    return newBytes(encodeFrom(a[0]!, e === undefined ? 'utf-8' : strArg(e, "encode() argument 'encoding' "), r === undefined ? 'strict' : strArg(r, "encode() argument 'errors' ")));
  },
  find: (a) => small(findIn(a, false)),
  rfind: (a) => small(findIn(a, true)),
  index: (a) => { const i = findIn(a, false); if (i < 0) throw raise(T.ValueError, 'substring not found'); return small(i); },
  rindex: (a) => { const i = findIn(a, true); if (i < 0) throw raise(T.ValueError, 'substring not found'); return small(i); },
  count: (a) => small(countIn(a)),
  startswith: (a) => affix(a, 'startswith', false),
  endswith: (a) => affix(a, 'endswith', true),
  split: splitMethod(false),
  rsplit: splitMethod(true),
  splitlines: (a, kw) => { const k = kwOrPos(a, kw, 1, 'keepends'); return newList(splitLines(s0(a), k !== undefined && isTrue(k)).map(str)); },
  strip: (a) => strip(a, 3),
  lstrip: (a) => strip(a, 1),
  rstrip: (a) => strip(a, 2),
  partition: (a) => partition(a, false),
  rpartition: (a) => partition(a, true),
  replace,
  removeprefix: (a) => { const s = s0(a), p = strArg(a[1]!, 'removeprefix() argument '); return str(p && s.startsWith(p) ? s.slice(p.length) : s); },
  removesuffix: (a) => { const s = s0(a), p = strArg(a[1]!, 'removesuffix() argument '); return str(p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s); },
  join: (a) => {
    const v = a[1]!;
    if (!getAttrOrZero(typeOf(v), intern('__iter__')) && !getAttrOrZero(typeOf(v), intern('__getitem__'))) throw raise(T.TypeError, 'can only join an iterable');
    return str(toArray(v).map((x, i) => {
      if (!isStr(x)) throw raise(T.TypeError, `sequence item ${i}: expected str instance, ${typeNameOf(x)} found`);
      return jsString(x);
    }).join(s0(a)));
  },
  upper: (a) => str(s0(a).toUpperCase()),
  lower: (a) => str(lowerPy(s0(a))),
  casefold: (a) => str(casefold(s0(a))),
  swapcase: (a) => str(swapcase(s0(a))),
  title: (a) => str(title(s0(a))),
  capitalize: (a) => { const cps = Array.from(s0(a)); return str(cps.length ? titleChar(cps[0]!) + cps.slice(1).join('').toLowerCase() : ''); },
  istitle: (a) => bool(isTitle(s0(a))),
  isupper: (a) => { const s = s0(a); let cased = false; for (const c of s) { if (isLowerChar(c) || isTitleChar(c)) return K.False; if (isUpperChar(c)) cased = true; } return bool(cased); },
  islower: (a) => { const s = s0(a); let cased = false; for (const c of s) { if (isUpperChar(c) || isTitleChar(c)) return K.False; if (isLowerChar(c)) cased = true; } return bool(cased); },
  isspace: (a) => every(a, isWs),
  isalpha: (a) => every(a, (c) => /\p{L}/u.test(c)),
  isalnum: (a) => every(a, (c) => /\p{L}/u.test(c) || isNumeric(c)),
  isdecimal: (a) => every(a, isDecimal),
  isdigit: (a) => every(a, isDigitChar),
  isnumeric: (a) => every(a, isNumeric),
  isascii: (a) => bool(!/[^\x00-\x7f]/.test(s0(a))),
  isidentifier: (a) => bool(/^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(s0(a).normalize('NFKC'))),
  isprintable: (a) => { for (const c of s0(a)) if (!isPrintable(c.codePointAt(0)!)) return K.False; return K.True; },
  center: justify('center', (s, pad, fill, w) => {
    const left = (pad >> 1) + (pad & w & 1);
    return fill.repeat(left) + s + fill.repeat(pad - left);
  }),
  ljust: justify('ljust', (s, pad, fill) => s + fill.repeat(pad)),
  rjust: justify('rjust', (s, pad, fill) => fill.repeat(pad) + s),
  zfill: (a) => {
    const s = s0(a), w = indexNumber(a[1]!);
    const n = new Text(s).len;
    if (n >= w) return str(s);
    const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
    return str(sign + '0'.repeat(w - n) + s.slice(sign.length));
  },
  expandtabs: (a, kw) => { const t = kwOrPos(a, kw, 1, 'tabsize'); return str(expandTabs(s0(a), t === undefined ? 8 : indexNumber(t))); },
  translate,
  format_map: (a) => formatMapHook.format(a[0]!, a[1]!),
};

export const formatMapHook = { format: (_s: number, _m: number): number => 0 };

export const STR_STATIC: Record<string, NativeFn> = { maketrans };

export const STR_ARITY: Record<string, string> = {
  encode: 'kw:0:encoding,errors', find: '1-3', rfind: '1-3', index: '1-3', rindex: '1-3', count: '1-3',
  startswith: '1-3', endswith: '1-3', split: 'kw:0:sep,maxsplit', rsplit: 'kw:0:sep,maxsplit', splitlines: 'kw:0:keepends',
  strip: '=0-1', lstrip: '=0-1', rstrip: '=0-1', partition: 'O', rpartition: 'O', replace: '=2-3', removeprefix: 'O',
  removesuffix: 'O', join: 'O', upper: '', lower: '', casefold: '', swapcase: '', title: '', capitalize: '', istitle: '',
  isupper: '', islower: '', isspace: '', isalpha: '', isalnum: '', isdecimal: '', isdigit: '', isnumeric: '', isascii: '',
  isidentifier: '', isprintable: '', center: '=1-2', ljust: '=1-2', rjust: '=1-2', zfill: 'O', expandtabs: 'kw:0:tabsize',
  translate: 'O', format_map: 'O',
};

void load; void callObject;
