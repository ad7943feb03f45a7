/**
 * vm/syntax/py-str.ts: str values that keep lone surrogates apart. Random
 * code-point sequences (fast-check, seeded, drawn mostly from surrogates)
 * must survive every operation exactly, and repr() of them must be
 * CPython's (one python3 process answers for all).
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reprStr } from '../../vm/format/repr.js';
import {
  concatStr, hasSurrogatePair, repeatStr, strCodePoints, strEquals, strFromCodePoints, strKey, strLength, type PyStr,
} from '../../vm/syntax/py-str.js';

/** Code points that pair up in a JS string, and a few that do not. */
const ALPHABET = [0xd834, 0xdd20, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0x1d120, 0x41, 0x27, 0xe9, 0x0a];
const codePoints = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 8 });
const SEED = { seed: 20251121, numRuns: 300 };

const same = (s: PyStr, cps: number[]): void => {
  expect([...strCodePoints(s)]).toEqual(cps);
  expect(s.value).toBe(String.fromCodePoint(...cps));
  expect(s.codePoints !== undefined).toBe(hasSurrogatePair(cps));
};

describe('py-str: exact code points', () => {
  it('round-trips code points, keeping them only when the JS string would pair two surrogates', () => {
    fc.assert(fc.property(codePoints, (cps) => same(strFromCodePoints(cps), cps)), SEED);
    expect(strFromCodePoints([0xd834, 0xdd20]).codePoints).toEqual(Uint32Array.of(0xd834, 0xdd20));
    expect(strFromCodePoints([0x1d120]).codePoints).toBeUndefined();
    expect(strFromCodePoints([0xdd20, 0xd834]).codePoints).toBeUndefined();
  });

  it('concatenates and repeats as Python does', () => {
    fc.assert(fc.property(codePoints, codePoints, fc.integer({ min: 0, max: 3 }), (a, b, n) => {
      same(concatStr(strFromCodePoints(a), strFromCodePoints(b)), [...a, ...b]);
      same(repeatStr(strFromCodePoints(a), n), Array.from({ length: n }, () => a).flat());
      expect(strLength(strFromCodePoints(a))).toBe(a.length);
    }), SEED);
  });

  it('compares and keys by code points', () => {
    fc.assert(fc.property(codePoints, codePoints, (a, b) => {
      const x = strFromCodePoints(a);
      const y = strFromCodePoints(b);
      const equal = a.length === b.length && a.every((cp, i) => cp === b[i]);
      expect(strEquals(x, y)).toBe(equal);
      expect(strKey(x) === strKey(y)).toBe(equal);
    }), SEED);
    // The case a JS string cannot tell apart.
    expect(strEquals(strFromCodePoints([0xd834, 0xdd20]), strFromCodePoints([0x1d120]))).toBe(false);
  });

  it('reprs exactly as CPython', () => {
    const samples = fc.sample(codePoints, { seed: 7, numRuns: 300 });
    samples.push([0xd834, 0xdd20], [0x1d120], [0x27, 0xd834, 0xdd20, 0x22], [0xd834, 0xdd20, 0x5c, 0x7f, 0xa0]);
    const theirs = JSON.parse(execFileSync('python3', ['-c',
      'import json, sys\nprint(json.dumps([repr("".join(map(chr, cps))) for cps in json.load(sys.stdin)], ensure_ascii=True))'],
    { input: JSON.stringify(samples), encoding: 'utf8' })) as string[];
    const ours = samples.map((cps) => {
      const s = strFromCodePoints(cps);
      return reprStr(s.value, s.codePoints);
    });
    expect(ours).toEqual(theirs);
  });
});
