/**
 * Backslash escapes of a pattern, inside and outside character sets, as in
 * CPython's re._parser (_escape / _class_escape): character escapes, \x \u \U
 * \N{...}, octal escapes, group references and the class shorthands.
 */
import type { AtKind, Category, Node, SetItem } from './ast.js';
import { lookupUnicodeName } from '../../syntax/literals-unicode.js';
import type { ParseState } from './parse.js';
import {
  digitsValue, ESC, isAsciiLetter, isDigitChar, isHexChar, isOctChar, NONE, tokenText, type Source,
} from './parse-source.js';
import { cpsToString } from './errors.js';

const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
const AT_ESCAPES: Record<string, AtKind> = { A: 'beginString', b: 'boundary', B: 'nonBoundary', Z: 'endString' };
const CATEGORIES = new Set(['d', 'D', 's', 'S', 'w', 'W']);

/** A character a set or literal escape stands for, or a class shorthand. */
export type ClassCode = { k: 'lit'; c: number } | { k: 'cat'; cat: Category };

/** \x \u \U \N and other shared forms; null when the escape is not one of them. */
function charEscape(source: Source, c: number): number | null {
  const ch = String.fromCodePoint(c);
  const hexLen = ch === 'x' ? 2 : ch === 'u' && source.isText ? 4 : ch === 'U' && source.isText ? 8 : 0;
  if (hexLen > 0) {
    const digits = source.getWhile(hexLen, isHexChar);
    if (digits.length !== hexLen) {
      throw source.error(`incomplete escape \\${ch}${cpsToString(digits)}`, digits.length + 2);
    }
    const value = digitsValue(digits, 16);
    if (value > 0x10ffff) throw source.error(`bad escape \\${ch}${cpsToString(digits)}`, digits.length + 2);
    return value;
  }
  if (ch === 'N' && source.isText) {
    if (!source.match(0x7b)) throw source.error('missing {');
    const name = source.getUntil(0x7d, 'character name');
    const cp = lookupUnicodeName(cpsToString(name));
    if (cp < 0) throw source.error(`undefined character name ${source.repr(name)}`, name.length + 4);
    return cp;
  }
  return null;
}

/** An escape inside a character set. */
export function classEscape(source: Source, tok: number): ClassCode {
  const c = tok - ESC;
  const ch = String.fromCodePoint(c);
  if (ch in SIMPLE_ESCAPES) return { k: 'lit', c: SIMPLE_ESCAPES[ch]! };
  if (CATEGORIES.has(ch)) return { k: 'cat', cat: ch as Category };
  const shared = charEscape(source, c);
  if (shared !== null) return { k: 'lit', c: shared };
  if (isOctChar(c)) {
    const digits = [c, ...source.getWhile(2, isOctChar)];
    const value = digitsValue(digits, 8);
    if (value > 0o377) {
      throw source.error(`octal escape value \\${cpsToString(digits)} outside of range 0-0o377`, digits.length + 1);
    }
    return { k: 'lit', c: value };
  }
  if (isDigitChar(c) || isAsciiLetter(c)) throw source.error(`bad escape ${tokenText(tok)}`, 2);
  return { k: 'lit', c };
}

/** An escape outside sets: a literal, a class, an anchor or a back reference. */
export function escape(source: Source, tok: number, state: ParseState): Node {
  const c = tok - ESC;
  const ch = String.fromCodePoint(c);
  if (ch in AT_ESCAPES) return { t: 'at', at: AT_ESCAPES[ch]! };
  if (CATEGORIES.has(ch)) return { t: 'in', neg: false, items: [{ k: 'cat', cat: ch as Category }] };
  if (ch in SIMPLE_ESCAPES) return { t: 'lit', c: SIMPLE_ESCAPES[ch]! };
  const shared = charEscape(source, c);
  if (shared !== null) return { t: 'lit', c: shared };
  if (ch === '0') return { t: 'lit', c: digitsValue([c, ...source.getWhile(2, isOctChar)], 8) };
  if (isDigitChar(c)) return numericEscape(source, c, state);
  if (isAsciiLetter(c)) throw source.error(`bad escape ${tokenText(tok)}`, 2);
  return { t: 'lit', c };
}

function numericEscape(source: Source, first: number, state: ParseState): Node {
  const digits = [first];
  if (source.next !== NONE && source.next < ESC && isDigitChar(source.next)) {
    digits.push(source.get());
    if (isOctChar(digits[0]!) && isOctChar(digits[1]!) && source.next !== NONE && source.next < ESC && isOctChar(source.next)) {
      digits.push(source.get());
      const value = digitsValue(digits, 8);
      if (value > 0o377) {
        throw source.error(`octal escape value \\${cpsToString(digits)} outside of range 0-0o377`, digits.length + 1);
      }
      return { t: 'lit', c: value };
    }
  }
  const group = digitsValue(digits, 10);
  if (group < state.groups) {
    if (!state.checkGroup(group)) throw source.error('cannot refer to an open group', digits.length + 1);
    state.checkLookbehindGroup(group, source);
    return { t: 'ref', gid: group };
  }
  throw source.error(`invalid group reference ${group}`, digits.length);
}

/** Merges a set item list the way re._parser's _uniq does (first occurrence wins). */
export function uniqItems(items: SetItem[]): SetItem[] {
  const seen = new Set<string>();
  const out: SetItem[] = [];
  for (const item of items) {
    const key = item.k === 'lit' ? `l${item.c}` : item.k === 'range' ? `r${item.lo},${item.hi}` : `c${item.cat}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
