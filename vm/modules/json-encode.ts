/**
 * `_json.encode`: the JSON encoder behind lib/json/encoder.py's
 * JSONEncoder.encode (https://docs.python.org/3.11/library/json.html#json.JSONEncoder),
 * producing CPython's exact text: float reprs, `NaN`/`Infinity`, key
 * coercion (int, float, bool, None keys), separators and indentation, and
 * its errors ("Circular reference detected", "keys must be str, int, float,
 * bool or None, not tuple", "Out of range float values are not JSON
 * compliant").
 *
 * Model: one recursive walk appending to a JS string array. Subclasses of
 * str/int/float/list/tuple/dict encode as their base (int.__repr__ /
 * float.__repr__ as CPython); dict subclasses are read through their
 * `items()`. Anything else goes through the encoder's `default` (a Python
 * callable) and the result is encoded in its place. Containers being
 * encoded are tracked (when check_circular) in a JS set that lives only
 * for the call. Depth is bounded by the recursion limit (RecursionError).
 */
import { K, raise, T, typeOf } from '../objects/core.js';
import { dictEntries } from '../objects/dict.js';
import { floatValue } from '../objects/float.js';
import { isInt, toBigInt } from '../objects/int.js';
import { listItems } from '../objects/list.js';
import { callObject, getAttrOrZero, toArray } from '../objects/protocol.js';
import { intern, jsString } from '../objects/str.js';
import { tupleItems } from '../objects/tuple.js';
import { isSubtype } from '../objects/type.js';
import { reprFloat } from '../format/repr.js';
import { sortValues } from '../runtime/specs-containers.js';
import { ts } from '../interp/thread.js';
import { quoteJson } from './json.js';

export interface EncodeOptions {
  readonly skipkeys: boolean;
  readonly ensureAscii: boolean;
  readonly checkCircular: boolean;
  readonly allowNan: boolean;
  readonly sortKeys: boolean;
  /** null: one line. */
  readonly indent: string | null;
  readonly itemSeparator: string;
  readonly keySeparator: string;
  /** The encoder's `default` (a Python callable). */
  readonly fallback: number;
}

function floatText(x: number, allowNan: boolean): string {
  let text: string;
  if (Number.isNaN(x)) text = 'NaN';
  else if (x === Infinity) text = 'Infinity';
  else if (x === -Infinity) text = '-Infinity';
  else return reprFloat(x);
  if (!allowNan) throw raise(T.ValueError, 'Out of range float values are not JSON compliant');
  return text;
}

const is = (v: number, t: number) => typeOf(v) === t || isSubtype(typeOf(v), t);

class Encoder {
  private readonly out: string[] = [];
  private readonly active = new Set<number>();
  /** Nesting of containers and `default` calls (bounded by the recursion limit). */
  private depth = 0;
  /** Indentation level. */
  private level = 0;

  constructor(private readonly o: EncodeOptions) {}

  text(v: number): string {
    this.value(v);
    return this.out.join('');
  }

  private enter(v: number): void {
    if (++this.depth > ts.limit) throw raise(T.RecursionError, 'maximum recursion depth exceeded while encoding a JSON object');
    if (!this.o.checkCircular) return;
    if (this.active.has(v)) throw raise(T.ValueError, 'Circular reference detected');
    this.active.add(v);
  }
  private leave(v: number): void {
    this.depth--;
    this.active.delete(v);
  }

  private value(v: number): void {
    const t = typeOf(v);
    if (t === T.str) this.out.push(quoteJson(jsString(v), this.o.ensureAscii));
    else if (v === K.None) this.out.push('null');
    else if (v === K.True) this.out.push('true');
    else if (v === K.False) this.out.push('false');
    else if (t === T.int || (isInt(v) && is(v, T.int))) this.out.push(toBigInt(v).toString());
    else if (t === T.float || is(v, T.float)) this.out.push(floatText(floatValue(v), this.o.allowNan));
    else if (t === T.list || t === T.tuple) this.array(v, t === T.list ? listItems(v) : tupleItems(v));
    else if (t === T.dict) this.object(v, dictEntries(v));
    else if (is(v, T.str)) this.out.push(quoteJson(jsString(v), this.o.ensureAscii));
    else if (is(v, T.list) || is(v, T.tuple)) this.array(v, toArray(v));
    else if (is(v, T.dict)) this.object(v, toArray(callObject(getAttrOrZero(v, intern('items')), [])).map((p) => tupleItems(p) as [number, number]));
    else {
      this.enter(v);
      this.value(callObject(this.o.fallback, [v]));
      this.leave(v);
    }
  }

  private newline(): string {
    return '\n' + this.o.indent!.repeat(this.level);
  }

  /** `open` + newline when indenting; the separator between items. */
  private begin(open: string): string {
    this.level++;
    this.out.push(this.o.indent === null ? open : open + this.newline());
    return this.o.indent === null ? this.o.itemSeparator : this.o.itemSeparator + this.newline();
  }
  private end(close: string): void {
    this.level--;
    this.out.push(this.o.indent === null ? close : this.newline() + close);
  }

  private array(v: number, items: number[]): void {
    if (items.length === 0) { this.out.push('[]'); return; }
    this.enter(v);
    const sep = this.begin('[');
    items.forEach((item, i) => {
      if (i > 0) this.out.push(sep);
      this.value(item);
    });
    this.end(']');
    this.leave(v);
  }

  private key(k: number): string | null {
    const t = typeOf(k);
    if (t === T.str || is(k, T.str)) return jsString(k);
    if (t === T.float || is(k, T.float)) return floatText(floatValue(k), this.o.allowNan);
    if (k === K.True) return 'true';
    if (k === K.False) return 'false';
    if (k === K.None) return 'null';
    if (isInt(k)) return toBigInt(k).toString();
    if (this.o.skipkeys) return null;
    throw raise(T.TypeError, `keys must be str, int, float, bool or None, not ${jsString(typeNameRef(k))}`);
  }

  private object(v: number, entries: [number, number][]): void {
    if (entries.length === 0) { this.out.push('{}'); return; }
    this.enter(v);
    if (this.o.sortKeys) entries = sortEntries(entries);
    const sep = this.begin('{');
    let first = true;
    for (const [k, item] of entries) {
      const key = this.key(k);
      if (key === null) continue;
      if (!first) this.out.push(sep);
      first = false;
      this.out.push(quoteJson(key, this.o.ensureAscii), this.o.keySeparator);
      this.value(item);
    }
    this.end('}');
    this.leave(v);
  }
}

/** The type name of `v` for messages. */
function typeNameRef(v: number): number {
  return getAttrOrZero(typeOf(v), intern('__name__')) || intern('?');
}

/** Entries sorted by key with Python's `<` (TypeError for keys that do not compare, as CPython). */
function sortEntries(entries: [number, number][]): [number, number][] {
  const byKey = new Map<number, number>(entries);
  return sortValues(entries.map(([k]) => k), 0, false).map((k) => [k, byKey.get(k)!] as [number, number]);
}

export function encodeJson(v: number, options: EncodeOptions): string {
  return new Encoder(options).text(v);
}
