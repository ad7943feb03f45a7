/**
 * Unicode character names for "\N{...}" escapes, resolved as CPython 3.11's
 * unicodedata does for them (Unicode 14.0):
 * - "HANGUL SYLLABLE <L><V><T>" is computed from the jamo short names
 *   (case-sensitive, longest jamo match first);
 * - "CJK UNIFIED IDEOGRAPH-XXXX" (4 or 5 upper-case hex digits) is computed,
 *   for code points in the unified-ideograph ranges;
 * - every other name or alias is matched case-insensitively against the
 *   generated table (literals-names.ts), which is decompressed on first use.
 */

import { inflateSync } from 'node:zlib';
import { CJK_UNIFIED_RANGES, NAMES_ZLIB_BASE64, RANGED_NAMES } from './literals-names.js';

const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI',
  'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B',
  'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

let table: Map<string, number> | null = null;

function loadTable(): Map<string, number> {
  const text = inflateSync(Buffer.from(NAMES_ZLIB_BASE64, 'base64')).toString('ascii');
  const map = new Map<string, number>();
  let cp = 0;
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    cp += parseInt(line.slice(0, tab), 36);
    map.set(line.slice(tab + 1), cp);
  }
  return map;
}

function inRanges(cp: number, pairs: readonly number[]): boolean {
  for (let i = 0; i < pairs.length; i += 2) if (cp >= pairs[i] && cp <= pairs[i + 1]) return true;
  return false;
}

/** The longest jamo of `names` at `pos` of `s`: [index, length]. */
function jamo(s: string, pos: number, names: readonly string[]): [number, number] {
  let best = -1;
  let len = -1;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.length > len && s.startsWith(n, pos)) {
      best = i;
      len = n.length;
    }
  }
  return [best, Math.max(len, 0)];
}

function hangulSyllable(name: string): number {
  let pos = 16;
  const [l, ll] = jamo(name, pos, JAMO_L);
  pos += ll;
  const [v, vl] = jamo(name, pos, JAMO_V);
  pos += vl;
  const [t, tl] = jamo(name, pos, JAMO_T);
  pos += tl;
  if (l < 0 || v < 0 || t < 0 || pos !== name.length) return -1;
  return 0xac00 + (l * 21 + v) * 28 + t;
}

function cjkIdeograph(name: string): number {
  const hex = name.slice(22);
  if ((hex.length !== 4 && hex.length !== 5) || !/^[0-9A-F]+$/.test(hex)) return -1;
  const cp = parseInt(hex, 16);
  return inRanges(cp, CJK_UNIFIED_RANGES) ? cp : -1;
}

/** Names "PREFIX-XXXX" stored as code point ranges (the hex as unicodedata prints it). */
function rangedName(upper: string): number {
  const dash = upper.lastIndexOf('-');
  if (dash < 0) return -1;
  const ranges = RANGED_NAMES[upper.slice(0, dash)];
  if (ranges === undefined) return -1;
  const hex = upper.slice(dash + 1);
  if (!/^[0-9A-F]{4,6}$/.test(hex)) return -1;
  const cp = parseInt(hex, 16);
  const canonical = cp.toString(16).toUpperCase().padStart(4, '0');
  return canonical === hex && inRanges(cp, ranges) ? cp : -1;
}

/** The code point named `name` in a "\N{...}" escape, or -1. */
export function lookupUnicodeName(name: string): number {
  if (name.startsWith('HANGUL SYLLABLE ')) return hangulSyllable(name);
  if (name.startsWith('CJK UNIFIED IDEOGRAPH-')) return cjkIdeograph(name);
  const upper = name.toUpperCase();
  const ranged = rangedName(upper);
  if (ranged >= 0) return ranged;
  table ??= loadTable();
  return table.get(upper) ?? -1;
}
