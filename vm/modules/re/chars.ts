/**
 * Character predicates and case mappings of CPython's `_sre`, over code points.
 *
 * Model: Unicode classes (str patterns without re.ASCII) come from the
 * generated tables in unicode-data.ts; ASCII classes (re.ASCII, bytes
 * patterns, re.LOCALE taken as the C locale) are fixed. Lookups for the Basic
 * Multilingual Plane go through lazily built 64K tables; the rest binary-search
 * the range lists.
 *
 * Invariants: `lowerU`/`upperU` are the simple one-character mappings `_sre`
 * uses (never the multi-character full mappings of str.lower()).
 */
import { ALNUM, CASED, DECIMAL, EXTRA_CASES, ID_CONTINUE, ID_START, LOWER_RUNS, SPACE, UPPER_RUNS } from './unicode-data.js';

/** Is cp in the flat half-open range list? */
export function inRanges(ranges: Uint32Array, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[2 * mid]!) hi = mid;
    else if (cp >= ranges[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

function runDelta(runs: Int32Array, cp: number): number {
  let lo = 0;
  let hi = runs.length / 3;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cp < runs[3 * mid]!) hi = mid;
    else if (cp >= runs[3 * mid + 1]!) lo = mid + 1;
    else return runs[3 * mid + 2]!;
  }
  return 0;
}

const DIGIT_BIT = 1;
const WORD_BIT = 2;
const SPACE_BIT = 4;
const CASED_BIT = 8;
let bmpInfo: Uint8Array | null = null;
let bmpLower: Uint32Array | null = null;

function buildBmpInfo(): Uint8Array {
  const info = new Uint8Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) {
    let bits = 0;
    if (inRanges(DECIMAL, cp)) bits |= DIGIT_BIT;
    if (cp === 0x5f || inRanges(ALNUM, cp)) bits |= WORD_BIT;
    if (inRanges(SPACE, cp)) bits |= SPACE_BIT;
    if (inRanges(CASED, cp)) bits |= CASED_BIT;
    info[cp] = bits;
  }
  return info;
}

function info(cp: number): number {
  bmpInfo ??= buildBmpInfo();
  return bmpInfo[cp]!;
}

export function isDigitU(cp: number): boolean {
  return cp < 0x10000 ? (info(cp) & DIGIT_BIT) !== 0 : inRanges(DECIMAL, cp);
}
export function isWordU(cp: number): boolean {
  return cp < 0x10000 ? (info(cp) & WORD_BIT) !== 0 : inRanges(ALNUM, cp);
}
export function isSpaceU(cp: number): boolean {
  return cp < 0x10000 ? (info(cp) & SPACE_BIT) !== 0 : inRanges(SPACE, cp);
}
export function isCasedU(cp: number): boolean {
  return cp < 0x10000 ? (info(cp) & CASED_BIT) !== 0 : inRanges(CASED, cp);
}

export function isDigitA(cp: number): boolean {
  return cp >= 0x30 && cp <= 0x39;
}
export function isWordA(cp: number): boolean {
  return cp < 128 && (isDigitA(cp) || cp === 0x5f || (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
}
export function isSpaceA(cp: number): boolean {
  return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d);
}
export function isCasedA(cp: number): boolean {
  return cp < 128 && (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
}

export function lowerU(cp: number): number {
  if (cp < 0x10000) {
    if (bmpLower === null) {
      bmpLower = new Uint32Array(0x10000);
      for (let c = 0; c < 0x10000; c++) bmpLower[c] = c + runDelta(LOWER_RUNS, c);
    }
    return bmpLower[cp]!;
  }
  return cp + runDelta(LOWER_RUNS, cp);
}
export function upperU(cp: number): number {
  return cp + runDelta(UPPER_RUNS, cp);
}
export function lowerA(cp: number): number {
  return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
}
export function upperA(cp: number): number {
  return cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp;
}

let extraCases: Map<number, number[]> | null = null;

/** Other lowered code points that share an uppercase with `lowered` (re._casefix). */
export function extraCasesOf(lowered: number): number[] | undefined {
  if (extraCases === null) {
    extraCases = new Map();
    for (let i = 0; i < EXTRA_CASES.length; ) {
      const n = EXTRA_CASES[i + 1]!;
      extraCases.set(EXTRA_CASES[i]!, Array.from(EXTRA_CASES.subarray(i + 2, i + 2 + n)));
      i += 2 + n;
    }
  }
  return extraCases.get(lowered);
}

/** str.isidentifier() over code points. */
export function isIdentifier(cps: readonly number[]): boolean {
  if (cps.length === 0 || !inRanges(ID_START, cps[0]!)) return false;
  for (let i = 1; i < cps.length; i++) if (!inRanges(ID_CONTINUE, cps[i]!)) return false;
  return true;
}

/** The case behaviour a pattern compiled with given flags uses. */
export interface CaseMode {
  lower(cp: number): number;
  upper(cp: number): number;
  isCased(cp: number): boolean;
  /** re._casefix equivalences (Unicode mode only). */
  fixes: ((lowered: number) => number[] | undefined) | null;
}

export const UNICODE_CASE: CaseMode = { lower: lowerU, upper: upperU, isCased: isCasedU, fixes: extraCasesOf };
export const ASCII_CASE: CaseMode = { lower: lowerA, upper: upperA, isCased: isCasedA, fixes: null };
