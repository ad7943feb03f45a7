/**
 * The regex engine (vm/modules/re) against CPython 3.11 as the oracle: the
 * same cases go through python3 (one process per table, tests/data/re/oracle.py)
 * and through our engine, and the results must be equal: compile errors
 * (exception type and message with position), groups/flags/groupindex, and
 * per operation the match spans, lastindex and lastgroup, finditer, split and
 * subn results.
 *
 * Tables: hand-written feature and error cases, CPython's own re_tests.py
 * (pattern, subject) pairs read from the installed test package, and seeded
 * random patterns over a small alphabet.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  cpythonTableCases, describeCase, handCases, oracleResults, ourResult, randomCases, type Case,
} from '../data/re/cases.js';

function mismatches(cases: Case[]): string[] {
  const theirs = oracleResults(cases);
  const out: string[] = [];
  cases.forEach((c, i) => {
    let ours: unknown;
    try {
      ours = ourResult(c);
    } catch (e) {
      ours = `crash: ${(e as Error).stack}`;
    }
    if (!isDeepStrictEqual(ours, theirs[i])) {
      out.push(`${describeCase(c)}\n  ours:    ${JSON.stringify(ours)}\n  CPython: ${JSON.stringify(theirs[i])}`);
    }
  });
  return out;
}

describe('re engine vs CPython 3.11', () => {
  it('hand-written feature, error, template and bytes cases', () => {
    const cases = handCases();
    expect(cases.length).toBeGreaterThan(500);
    expect(mismatches(cases).slice(0, 5)).toEqual([]);
  }, 60_000);

  it("CPython's re_tests.py table", () => {
    const cases = cpythonTableCases();
    expect(mismatches(cases).slice(0, 5)).toEqual([]);
  }, 60_000);

  for (const flavor of ['ascii', 'unicode', 'bytes'] as const) {
    for (const seed of [1, 2]) {
      it(`random ${flavor} patterns (seed ${seed})`, () => {
        expect(mismatches(randomCases(seed, 600, flavor)).slice(0, 5)).toEqual([]);
      }, 60_000);
    }
  }
});
