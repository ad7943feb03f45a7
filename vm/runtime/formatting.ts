/**
 * Python-level formatting: `format(value, spec)`, `str.format` templates and
 * `%`-formatting, over the text-only mini-language of vm/format/spec.ts.
 *
 * Model:
 * - `formatValue` calls the type's `__format__` and checks it returns a str.
 * - `formatTemplate` reads a `str.format` template left to right: literal
 *   text, `{{`/`}}`, and replacement fields `{name[.attr|[key]]*[!conv][:spec]}`
 *   whose spec may itself hold fields (two levels, as CPython). Automatic and
 *   manual numbering cannot be mixed.
 * - `percentFormat` is printf-style formatting (`str % values`): each
 *   conversion is turned into a mini-language spec where it can be.
 * - Errors are CPython 3.11's exception classes and messages.
 *
 * Reference: https://docs.python.org/3.11/library/string.html#format-string-syntax
 * and https://docs.python.org/3.11/library/stdtypes.html#printf-style-string-formatting
 */
import { PyRaise, raise, T, typeOf } from '../objects/core.js';
import { asNumber, callSlot, getAttr, getItem, indexOf, reprOf, strOf, typeNameOf } from '../objects/protocol.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { intFromBigInt, isInt, toBigInt } from '../objects/int.js';
import { S, typeSlot, isSubtype } from '../objects/type.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { newException } from '../objects/exceptions.js';
import { FormatSpecError, formatFloat, formatInt, formatStr } from '../format/spec.js';

/** Runs a text formatter, turning its FormatSpecError into the Python exception. */
export function withSpecErrors<R>(f: () => R): R {
  try {
    return f();
  } catch (e) {
    if (e instanceof FormatSpecError) throw raise(T[e.kind], e.message);
    throw e;
  }
}

export const specFormat = {
  int: (v: number, spec: string, typeName: string): string => withSpecErrors(() => formatInt(toBigInt(v), spec, typeName, (s) => {
    const x = Number(toBigInt(v));
    if (!Number.isFinite(x)) throw new FormatSpecError('OverflowError', 'int too large to convert to float');
    return formatFloat(x, s, typeName);
  })),
  float: (x: number, spec: string, typeName: string): string => withSpecErrors(() => formatFloat(x, spec, typeName)),
  str: (s: string, spec: string): string => withSpecErrors(() => formatStr(s, spec)),
};

/** format(value, spec): type(value).__format__(value, spec), which must return a str. */
export function formatValue(v: number, spec: string): string {
  const f = typeSlot(typeOf(v), S.__format__);
  const r = callSlot(f, v, [newStr(spec)]);
  if (!isStr(r)) throw raise(T.TypeError, `__format__ must return a str, not ${typeNameOf(r)}`);
  return jsString(r);
}

function isStr(v: number): boolean {
  return (v & 1) === 0 && isSubtype(typeOf(v), T.str);
}

function asciiOf(v: number): string {
  return reprOf(v).replace(/[^\x00-\x7f]/gu, (c) => {
    const cp = c.codePointAt(0)!;
    if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
    return cp < 0x10000 ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
  });
}

// ---------------------------------------------------------------------------
// str.format

interface Args {
  positional: number[];
  keyword: Map<string, number>;
  auto: number;            // next automatic index; -1 once manual numbering is used
  manual: boolean;
}

/** str.format(*positional, **keyword) of `template`. */
export function formatTemplate(template: string, positional: number[], keyword: Map<string, number>): string {
  return expand(template, { positional, keyword, auto: 0, manual: false }, 2);
}

function expand(s: string, args: Args, depth: number): string {
  if (depth < 0) throw raise(T.ValueError, 'Max string recursion exceeded');
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '}') {
      if (s[i + 1] !== '}') throw raise(T.ValueError, "Single '}' encountered in format string");
      out += '}';
      i += 2;
      continue;
    }
    if (c !== '{') { out += c; i++; continue; }
    if (s[i + 1] === '{') { out += '{'; i += 2; continue; }
    // A replacement field: find its closing brace, counting nested ones.
    let j = i + 1, level = 1, inName = true;
    while (j < s.length) {
      const d = s[j]!;
      if (inName && d === '[') {
        while (j < s.length && s[j] !== ']') j++;
        if (j >= s.length) break;
      } else if (d === '{') level++;
      else if (d === '}' && --level === 0) break;
      else if (d === ':' || d === '!') inName = false;
      j++;
    }
    if (j >= s.length) {
      throw raise(T.ValueError, i + 1 >= s.length ? "Single '{' encountered in format string" : "expected '}' before end of string");
    }
    out += field(s.slice(i + 1, j), args, depth);
    i = j + 1;
  }
  return out;
}

function field(text: string, args: Args, depth: number): string {
  // field_name ends at '!' or ':' outside brackets
  let k = 0;
  while (k < text.length && text[k] !== '!' && text[k] !== ':') {
    if (text[k] === '[') { while (k < text.length && text[k] !== ']') k++; }
    k++;
  }
  const name = text.slice(0, Math.min(k, text.length));
  let conv = '';
  let spec = '';
  if (text[k] === '!') {
    if (k + 1 >= text.length) throw raise(T.ValueError, "unmatched '{' in format spec");
    conv = text[k + 1]!;
    if (k + 2 < text.length && text[k + 2] !== ':') throw raise(T.ValueError, "expected ':' after conversion specifier");
    spec = text.slice(k + 3);
  } else if (text[k] === ':') {
    spec = text.slice(k + 1);
  }
  let v = lookupField(name, args);
  if (conv === 'r') v = newStr(reprOf(v));
  else if (conv === 's') v = newStr(strOf(v));
  else if (conv === 'a') v = newStr(asciiOf(v));
  else if (conv !== '') throw raise(T.ValueError, `Unknown conversion specifier ${conv}`);
  if (spec.includes('{')) spec = expand(spec, args, depth - 1);
  return formatValue(v, spec);
}

function lookupField(name: string, args: Args): number {
  const m = /^([^.[]*)(.*)$/s.exec(name)!;
  const first = m[1]!;
  let rest = m[2]!;
  let v: number;
  if (first === '') {
    if (args.manual) throw raise(T.ValueError, 'cannot switch from manual field specification to automatic field numbering');
    const idx = args.auto++;
    if (idx >= args.positional.length) throw raise(T.IndexError, `Replacement index ${idx} out of range for positional args tuple`);
    v = args.positional[idx]!;
  } else if (/^\d+$/.test(first)) {
    if (args.auto > 0) throw raise(T.ValueError, 'cannot switch from automatic field numbering to manual field specification');
    args.manual = true;
    const idx = Number(first);
    if (idx >= args.positional.length) throw raise(T.IndexError, `Replacement index ${idx} out of range for positional args tuple`);
    v = args.positional[idx]!;
  } else {
    const kv = args.keyword.get(first);
    if (kv === undefined) throw new PyRaise(keyError(first));
    v = kv;
  }
  while (rest) {
    if (rest[0] === '.') {
      const m2 = /^\.([^.[]*)/.exec(rest)!;
      if (!m2[1]) throw raise(T.ValueError, 'Empty attribute in format string');
      v = getAttr(v, intern(m2[1]));
      rest = rest.slice(m2[0].length);
    } else if (rest[0] === '[') {
      const end = rest.indexOf(']');
      if (end < 0) throw raise(T.ValueError, "Missing ']' in format string");
      const key = rest.slice(1, end);
      if (!key) throw raise(T.ValueError, 'Empty attribute in format string');
      v = getItem(v, /^\d+$/.test(key) ? intFromBigInt(BigInt(key)) : newStr(key));
      rest = rest.slice(end + 1);
    } else {
      throw raise(T.ValueError, 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
    }
  }
  return v;
}

function keyError(key: string): number {
  return newException(T.KeyError, newTuple([newStr(key)]));
}

// ---------------------------------------------------------------------------
// printf-style: str % values

const CONVERSION = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?[hlL]?([\s\S])?/gy;

/** `template % values`. */
export function percentFormat(template: string, values: number): string {
  const isTuple = (values & 1) === 0 && isSubtype(typeOf(values), T.tuple);
  const items = isTuple ? tupleItems(values) : [values];
  const isMapping = !isTuple && !isStr(values) && (values & 1) === 0 && typeSlot(typeOf(values), S.__getitem__) !== 0;
  let next = 0;
  let usedMapping = false;
  const take = (): number => {
    if (next >= items.length) throw raise(T.TypeError, 'not enough arguments for format string');
    return items[next++]!;
  };
  let out = '';
  let i = 0;
  while (i < template.length) {
    const p = template.indexOf('%', i);
    if (p < 0) { out += template.slice(i); break; }
    out += template.slice(i, p);
    CONVERSION.lastIndex = p;
    const m = CONVERSION.exec(template)!;
    const [, key, flags, widthText, precText, conv] = m;
    if (conv === undefined) throw raise(T.ValueError, 'incomplete format');
    if (conv === '%' && key === undefined && !flags && !widthText && precText === undefined) {
      out += '%';
      i = p + 2;
      continue;
    }
    let v: number;
    if (key !== undefined) {
      if (!isMapping) throw raise(T.TypeError, 'format requires a mapping');
      usedMapping = true;
    }
    const width = widthText === '*' ? Number(indexOf(take())) : widthText ? Number(widthText) : 0;
    const prec = precText === '*' ? Number(indexOf(take())) : precText !== undefined ? Number(precText || '0') : -1;
    if (conv === '%') { out += '%'; i = m.index + m[0].length; continue; }
    if (key !== undefined) v = getItem(values, newStr(key));
    else v = take();
    out += convertOne(v, conv, flags!, width, prec, p + m[0].length - 1);
    i = m.index + m[0].length;
  }
  if (next < items.length && !isMapping && !usedMapping) {
    throw raise(T.TypeError, 'not all arguments converted during string formatting');
  }
  return out;
}

function convertOne(v: number, conv: string, flags: string, width: number, prec: number, at: number): string {
  const left = flags.includes('-');
  const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const alt = flags.includes('#') ? '#' : '';
  const zero = flags.includes('0') && !left ? '0' : '';
  const w = width > 0 ? String(width) : '';
  const align = left ? '<' : '';
  switch (conv) {
    case 's': case 'r': case 'a': {
      let s = conv === 's' ? strOf(v) : conv === 'r' ? reprOf(v) : asciiOf(v);
      if (prec >= 0) s = [...s].slice(0, prec).join('');
      return padText(s, width, left);
    }
    case 'c': {
      let ch: string;
      if (isStr(v)) {
        const s = jsString(v);
        if ([...s].length !== 1) throw raise(T.TypeError, '%c requires int or char');
        ch = s;
      } else if (isInt(v)) {
        const n = toBigInt(v);
        if (n < 0n || n > 0x10ffffn) throw raise(T.OverflowError, '%c arg not in range(0x110000)');
        ch = String.fromCodePoint(Number(n));
      } else {
        throw raise(T.TypeError, '%c requires int or char');
      }
      return padText(ch, width, left);
    }
    case 'd': case 'i': case 'u': {
      const n = integerFor(v, conv, true);
      let body = specFormat.int(intFromBigInt(n < 0n ? -n : n), 'd', 'int');
      if (prec > body.length) body = body.padStart(prec, '0');
      return signedPad(n < 0n ? '-' : sign, body, width, left, zero !== '');
    }
    case 'x': case 'X': case 'o': {
      const n = integerFor(v, conv, false);
      return specFormat.int(intFromBigInt(n), `${align}${sign}${alt}${zero}${w}${conv}`, 'int');
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const x = asNumber(v) ?? floatFor(v);
      return specFormat.float(x, `${align}${sign}${alt}${zero}${w}.${prec < 0 ? 6 : prec}${conv}`, 'float');
    }
    default: {
      const cp = conv.codePointAt(0)!;
      throw raise(T.ValueError, `unsupported format character '${conv}' (0x${cp.toString(16)}) at index ${at}`);
    }
  }
}

function padText(s: string, width: number, left: boolean): string {
  const n = width - [...s].length;
  if (n <= 0) return s;
  return left ? s + ' '.repeat(n) : ' '.repeat(n) + s;
}

function signedPad(sign: string, digits: string, width: number, left: boolean, zero: boolean): string {
  const n = width - sign.length - digits.length;
  if (n <= 0) return sign + digits;
  if (left) return sign + digits + ' '.repeat(n);
  return zero ? sign + '0'.repeat(n) + digits : ' '.repeat(n) + sign + digits;
}

function integerFor(v: number, conv: string, acceptReal: boolean): bigint {
  if (isInt(v)) return toBigInt(v);
  const x = asNumber(v);
  if (acceptReal && x !== null) return BigInt(Math.trunc(x));
  if (!acceptReal && x !== null) throw raise(T.TypeError, `%${conv} format: an integer is required, not ${typeNameOf(v)}`);
  const t = typeOf(v);
  if (typeSlot(t, S.__index__)) return indexOf(v);
  if (acceptReal && typeSlot(t, S.__int__)) return toBigInt(callSlot(typeSlot(t, S.__int__), v, []));
  throw raise(T.TypeError, `%${conv} format: ${acceptReal ? 'a real number' : 'an integer'} is required, not ${typeNameOf(v)}`);
}

function floatFor(v: number): number {
  const f = typeSlot(typeOf(v), S.__float__);
  if (f) {
    const r = callSlot(f, v, []);
    const x = asNumber(r);
    if (x !== null) return x;
  }
  throw raise(T.TypeError, `must be real number, not ${typeNameOf(v)}`);
}

