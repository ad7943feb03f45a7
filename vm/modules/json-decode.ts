/**
 * `_json.scan`: the JSON decoder behind lib/json/decoder.py's
 * JSONDecoder.raw_decode (https://docs.python.org/3.11/library/json.html#json.JSONDecoder),
 * with CPython's error messages and positions ("Expecting ',' delimiter:
 * line 1 column 7 (char 6)").
 *
 * Model: a recursive-descent parser over the document's UTF-16 text;
 * positions are converted to code points (Python's indexes) in results and
 * errors. The hooks (object_hook, object_pairs_hook, parse_float,
 * parse_int, parse_constant) are Python callables or None for the
 * defaults; their exceptions propagate. A malformed document ends the scan
 * with `(message, position, 'error')`, from which Python raises
 * JSONDecodeError; a success is `(value, end)`.
 */
import { K, PyRaise, raise, T } from '../objects/core.js';
import { dictSet, newDict } from '../objects/dict.js';
import { newFloat } from '../objects/float.js';
import { intFromBigInt, intFromNumber } from '../objects/int.js';
import { newList } from '../objects/list.js';
import { callObject } from '../objects/protocol.js';
import { newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { ts } from '../interp/thread.js';
import { scanStringText, type Text } from './json.js';

export interface DecodeHooks {
  readonly strict: boolean;
  readonly objectHook: number;
  readonly pairsHook: number;
  readonly parseFloat: number;
  readonly parseInt: number;
  readonly parseConstant: number;
}

/** A malformed document: message and UTF-16 position. */
class Malformed {
  constructor(readonly message: string, readonly unit: number) {}
}
/** No value at this UTF-16 position ("Expecting value" where the caller says). */
class NoValue {
  constructor(readonly unit: number) {}
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;

class Parser {
  private depth = 0;
  constructor(private readonly t: Text, private readonly h: DecodeHooks) {}

  private ws(u: number): number {
    const s = this.t.s;
    while (u < s.length) {
      const c = s.charCodeAt(u);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      u++;
    }
    return u;
  }

  /** The value at u (no leading whitespace skipped) and the index after it. */
  value(u: number): [number, number] {
    const s = this.t.s;
    if (u >= s.length) throw new NoValue(u);
    const c = s[u]!;
    if (c === '"') return this.string(u + 1);
    if (c === '{') return this.nested(() => this.object(u + 1));
    if (c === '[') return this.nested(() => this.array(u + 1));
    if (c === 'n' && s.startsWith('null', u)) return [K.None, u + 4];
    if (c === 't' && s.startsWith('true', u)) return [K.True, u + 4];
    if (c === 'f' && s.startsWith('false', u)) return [K.False, u + 5];
    NUMBER.lastIndex = u;
    const m = NUMBER.exec(s);
    if (m) return [this.number(m[0], m[1] !== undefined || m[2] !== undefined), u + m[0].length];
    if (c === 'N' && s.startsWith('NaN', u)) return [this.constant('NaN', NaN), u + 3];
    if (c === 'I' && s.startsWith('Infinity', u)) return [this.constant('Infinity', Infinity), u + 8];
    if (c === '-' && s.startsWith('-Infinity', u)) return [this.constant('-Infinity', -Infinity), u + 9];
    throw new NoValue(u);
  }

  private nested(parse: () => [number, number]): [number, number] {
    if (++this.depth > ts.limit) throw raise(T.RecursionError, 'maximum recursion depth exceeded while decoding a JSON document');
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private number(text: string, isFloat: boolean): number {
    if (isFloat) return this.h.parseFloat === K.None ? newFloat(Number(text)) : callObject(this.h.parseFloat, [newStr(text)]);
    return this.h.parseInt === K.None ? intFromBigInt(BigInt(text)) : callObject(this.h.parseInt, [newStr(text)]);
  }

  private constant(name: string, x: number): number {
    return this.h.parseConstant === K.None ? newFloat(x) : callObject(this.h.parseConstant, [newStr(name)]);
  }

  private string(u: number): [number, number] {
    const r = scanStringText(this.t.s, u, this.h.strict);
    if ('error' in r) throw new Malformed(r.error, r.at);
    return [newStr(r.text), r.end];
  }

  private valueOrError(u: number): [number, number] {
    try {
      return this.value(u);
    } catch (e) {
      if (e instanceof NoValue) throw new Malformed('Expecting value', e.unit);
      throw e;
    }
  }

  private object(u: number): [number, number] {
    const s = this.t.s;
    const pairs: [number, number][] = [];
    u = this.ws(u);
    if (s[u] !== '"') {
      if (s[u] === '}') return [this.finishObject(pairs), u + 1];
      throw new Malformed('Expecting property name enclosed in double quotes', u);
    }
    u++;
    for (;;) {
      const [key, afterKey] = this.string(u);
      u = this.ws(afterKey);
      if (s[u] !== ':') throw new Malformed("Expecting ':' delimiter", u);
      const [item, afterValue] = this.valueOrError(this.ws(u + 1));
      pairs.push([key, item]);
      u = this.ws(afterValue);
      const c = s[u];
      u++;
      if (c === '}') break;
      if (c !== ',') throw new Malformed("Expecting ',' delimiter", u - 1);
      u = this.ws(u);
      if (s[u] !== '"') throw new Malformed('Expecting property name enclosed in double quotes', u);
      u++;
    }
    return [this.finishObject(pairs), u];
  }

  private finishObject(pairs: [number, number][]): number {
    if (this.h.pairsHook !== K.None) return callObject(this.h.pairsHook, [newList(pairs.map(([k, v]) => newTuple([k, v])))]);
    const d = newDict();
    for (const [k, v] of pairs) dictSet(d, k, v);
    return this.h.objectHook === K.None ? d : callObject(this.h.objectHook, [d]);
  }

  private array(u: number): [number, number] {
    const s = this.t.s;
    const items: number[] = [];
    u = this.ws(u);
    if (s[u] === ']') return [newList(items), u + 1];
    for (;;) {
      const [item, after] = this.valueOrError(u);
      items.push(item);
      u = this.ws(after);
      const c = s[u];
      u++;
      if (c === ']') break;
      if (c !== ',') throw new Malformed("Expecting ',' delimiter", u - 1);
      u = this.ws(u);
    }
    return [newList(items), u];
  }
}

/** Decodes the value at code point `idx`: `(value, end)` or `(message, position, 'error')`. */
export function scanJson(t: Text, idx: number, hooks: DecodeHooks): number {
  const parser = new Parser(t, hooks);
  try {
    const [v, end] = parser.value(t.toUnit(idx));
    return newTuple([v, intFromNumber(t.toCp(end))]);
  } catch (e) {
    if (e instanceof PyRaise) throw e;
    if (e instanceof Malformed) return newTuple([newStr(e.message), intFromNumber(t.toCp(e.unit)), newStr('error')]);
    if (e instanceof NoValue) return newTuple([newStr('Expecting value'), intFromNumber(t.toCp(e.unit)), newStr('error')]);
    throw e;
  }
}
