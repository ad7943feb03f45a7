/**
 * Character sets ([...], \d, \w, case-insensitive literals) compiled to a
 * membership test, with CPython's case-insensitive rules: a subject character
 * is lowered before the test when the set contains a cased character, and the
 * set itself holds the lowered members plus re._casefix's equivalents.
 *
 * Model: members below 0x10000 become a sorted list of ranges (plus a 256-entry
 * table for the common case); non-BMP ranges under IGNORECASE keep CPython's
 * RANGE_UNI_IGNORE rule (lowered char or its uppercase in the range).
 */
import type { Category, SetItem } from './ast.js';
import {
  isDigitA, isDigitU, isSpaceA, isSpaceU, isWordA, isWordU, type CaseMode,
} from './chars.js';

export type CharTest = (cp: number) => boolean;

export function categoryTest(cat: Category, unicode: boolean): CharTest {
  const digit = unicode ? isDigitU : isDigitA;
  const space = unicode ? isSpaceU : isSpaceA;
  const word = unicode ? isWordU : isWordA;
  switch (cat) {
    case 'd': return digit;
    case 'D': return (c) => !digit(c);
    case 's': return space;
    case 'S': return (c) => !space(c);
    case 'w': return word;
    case 'W': return (c) => !word(c);
  }
}

export class CharSet {
  /** Sorted, merged inclusive ranges [lo0, hi0, lo1, hi1, ...]. */
  private readonly ranges: Int32Array;
  private readonly cats: CharTest[];
  /** Non-BMP ranges matched by CPython's RANGE_UNI_IGNORE rule. */
  private readonly wideRanges: number[];
  private readonly wideLits: number[];
  private readonly negate: boolean;
  private readonly lower: ((cp: number) => number) | null;
  private readonly upper: (cp: number) => number;
  private readonly latin1: Uint8Array;

  constructor(items: readonly SetItem[], negate: boolean, unicode: boolean, ignoreCase: CaseMode | null) {
    const spans: number[] = [];
    this.cats = [];
    this.wideRanges = [];
    this.wideLits = [];
    this.negate = negate;
    let cased = false;
    // Lowered members below 0x10000 under IGNORECASE, as a bitmap (ranges can be large).
    let lowered: Uint8Array | null = null;
    const addLowered = (c: number): void => {
      lowered ??= new Uint8Array(0x10000);
      const lo = ignoreCase!.lower(c);
      lowered[lo] = 1;
      const extra = ignoreCase!.fixes?.(lo);
      if (extra) for (const e of extra) lowered[e] = 1;
    };
    for (const item of items) {
      if (item.k === 'cat') this.cats.push(categoryTest(item.cat, unicode));
      else if (ignoreCase === null) spans.push(item.k === 'lit' ? item.c : item.lo, item.k === 'lit' ? item.c : item.hi);
      else if (item.k === 'lit') {
        if (ignoreCase.lower(item.c) > 0xffff) {
          this.wideLits.push(item.c);
          cased = true;
        } else {
          addLowered(item.c);
          if (ignoreCase.isCased(item.c)) cased = true;
        }
      } else {
        const top = Math.min(item.hi, 0xffff);
        for (let c = item.lo; c <= top; c++) {
          addLowered(c);
          if (!cased && ignoreCase.isCased(c)) cased = true;
        }
        if (item.hi > 0xffff) {
          this.wideRanges.push(item.lo, item.hi);
          cased = true;
        }
      }
    }
    if (lowered !== null) bitmapRanges(lowered, spans);
    this.ranges = mergeRanges(spans);
    this.lower = ignoreCase !== null && cased ? ignoreCase.lower : null;
    this.upper = ignoreCase?.upper ?? ((c) => c);
    this.latin1 = new Uint8Array(256);
    for (let c = 0; c < 256; c++) this.latin1[c] = this.slowTest(c) ? 1 : 0;
  }

  test(cp: number): boolean {
    return cp < 256 ? this.latin1[cp] === 1 : this.slowTest(cp);
  }

  private slowTest(cp: number): boolean {
    const c = this.lower !== null ? this.lower(cp) : cp;
    return this.contains(c) !== this.negate;
  }

  private contains(c: number): boolean {
    if (inSortedRanges(this.ranges, c)) return true;
    for (const test of this.cats) if (test(c)) return true;
    for (const lit of this.wideLits) if (c === lit) return true;
    for (let i = 0; i < this.wideRanges.length; i += 2) {
      const lo = this.wideRanges[i]!;
      const hi = this.wideRanges[i + 1]!;
      if (lo <= c && c <= hi) return true;
      const u = this.upper(c);
      if (lo <= u && u <= hi) return true;
    }
    return false;
  }
}

/** Appends the runs of set entries of a bitmap as inclusive [lo, hi] pairs. */
function bitmapRanges(bits: Uint8Array, out: number[]): void {
  for (let c = 0; c < bits.length; c++) {
    if (!bits[c]) continue;
    const lo = c;
    while (c + 1 < bits.length && bits[c + 1]) c++;
    out.push(lo, c);
  }
}

function mergeRanges(spans: number[]): Int32Array {
  const pairs: [number, number][] = [];
  for (let i = 0; i < spans.length; i += 2) pairs.push([spans[i]!, spans[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of pairs) {
    const n = out.length;
    if (n > 0 && lo <= out[n - 1]! + 1) out[n - 1] = Math.max(out[n - 1]!, hi);
    else out.push(lo, hi);
  }
  return Int32Array.from(out);
}

function inSortedRanges(ranges: Int32Array, c: number): boolean {
  let lo = 0;
  let hi = ranges.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c < ranges[2 * mid]!) hi = mid;
    else if (c > ranges[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}
