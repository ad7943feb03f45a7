/**
 * vm/format/repr.ts against CPython: many generated values (fast-check,
 * seeded) plus hand-picked edge cases, all sent to one python3 process that
 * returns its repr() of each.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IntMaxStrDigitsError, isPrintable, reprBytes, reprComplex, reprConstant, reprFloat, reprInt, reprStr,
} from '../../vm/format/repr.js';
import { NON_PRINTABLE_RANGES } from '../../vm/format/unicode-printable.js';

type Item =
  | { t: 'str'; v: string }
  | { t: 'bytes'; v: Uint8Array }
  | { t: 'float'; v: number }
  | { t: 'complex'; re: number; im: number }
  | { t: 'int'; v: bigint };

const ORACLE = `
import json, struct, sys
def f(h): return struct.unpack('<d', bytes.fromhex(h))[0]
out = []
for it in json.load(sys.stdin):
    t = it['t']
    try:
        if t == 'str': v = it['v']
        elif t == 'bytes': v = bytes.fromhex(it['v'])
        elif t == 'float': v = f(it['v'])
        elif t == 'complex': v = complex(f(it['re']), f(it['im']))
        else: v = int(it['v'], 16) * (-1 if it['neg'] else 1)
        out.append({'r': repr(v)})
    except ValueError as e:
        out.append({'e': str(e)})
json.dump(out, sys.stdout)
`;

function bitsHex(x: number): string {
  return Buffer.from(new Float64Array([x]).buffer).toString('hex');
}

function toJson(it: Item): object {
  switch (it.t) {
    case 'str': return it;
    case 'bytes': return { t: 'bytes', v: Buffer.from(it.v).toString('hex') };
    case 'float': return { t: 'float', v: bitsHex(it.v) };
    case 'complex': return { t: 'complex', re: bitsHex(it.re), im: bitsHex(it.im) };
    case 'int': return { t: 'int', v: (it.v < 0n ? -it.v : it.v).toString(16), neg: it.v < 0n };
  }
}

/** CPython's repr of every item (or its ValueError message), in one process. */
function pythonReprs(items: Item[]): ({ r: string } | { e: string })[] {
  const input = JSON.stringify(items.map(toJson));
  return JSON.parse(execFileSync('python3', ['-c', ORACLE], { input, encoding: 'utf8', maxBuffer: 1 << 28 }));
}

function ours(it: Item): { r: string } | { e: string } {
  try {
    switch (it.t) {
      case 'str': return { r: reprStr(it.v) };
      case 'bytes': return { r: reprBytes(it.v) };
      case 'float': return { r: reprFloat(it.v) };
      case 'complex': return { r: reprComplex(it.re, it.im) };
      case 'int': return { r: reprInt(it.v) };
    }
  } catch (e) {
    if (e instanceof IntMaxStrDigitsError) return { e: e.message };
    throw e;
  }
}

function expectSameAsPython(items: Item[]): void {
  const expected = pythonReprs(items);
  const mismatches: string[] = [];
  items.forEach((it, i) => {
    const got = ours(it);
    if (JSON.stringify(got) !== JSON.stringify(expected[i])) {
      const show = JSON.stringify;
      mismatches.push(`${show(toJson(it))}: ours ${show(got)}, python ${show(expected[i])}`);
    }
  });
  expect(mismatches.slice(0, 20)).toEqual([]);
}

// ---------------------------------------------------------------------------
// Generators

const anyCodePoint = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }),
  fc.integer({ min: 0x80, max: 0x2fff }),
  fc.integer({ min: 0xd800, max: 0xdfff }),
  fc.integer({ min: 0, max: 0x10ffff }),
  // Both sides of every printable/non-printable boundary.
  fc.integer({ min: 0, max: NON_PRINTABLE_RANGES.length - 1 }).chain((i) =>
    fc.constantFrom(NON_PRINTABLE_RANGES[i]!, Math.max(0, NON_PRINTABLE_RANGES[i]! - 1)),
  ),
).map((cp) => String.fromCodePoint(Math.min(cp, 0x10ffff)));
const pyString = fc.oneof(
  fc.array(fc.oneof(anyCodePoint, fc.constantFrom("'", '"', '\\', '\n', '\t', '\r', ' ')), { maxLength: 30 })
    .map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

const anyDouble = fc.oneof(
  fc.double(),
  fc.double({ min: -1e20, max: 1e20 }),
  fc.integer({ min: -18, max: 18 }).chain((e) => fc.integer({ min: -99999, max: 99999 }).map((m) => m * 10 ** e)),
  fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((b) => new Float64Array(BigUint64Array.of(b).buffer)[0]!),
);

const anyBigInt = fc.oneof(
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
  fc.integer({ min: 0, max: 5000 }).map((n) => 10n ** BigInt(n) - 1n),
  fc.integer({ min: 0, max: 5000 }).map((n) => -(10n ** BigInt(n))),
  fc.integer({ min: 14270, max: 14300 }).map((bits) => (1n << BigInt(bits)) - 1n),
);

const SEED = 20240611;

describe('repr against python3', () => {
  it('str', () => {
    const strings = fc.sample(pyString, { seed: SEED, numRuns: 3000 });
    const fixed = ['', "'", '"', `'"`, 'a\'b"c', '\\', '\x00\x7f\x80\x9f\xa0\xad', '\u2028\u2029\u3000', '\ud800',
      '\udfff', '\ud800a', 'a\udc00', '\udc00\ud800', '😀', '\u{e0001}', '\u{f0000}', '\u{10ffff}', '\u{31350}',
      'héllo wörld', '\u0378', '\u1f8b'];
    expectSameAsPython([...fixed, ...strings].map((v) => ({ t: 'str', v })));
  });

  it('bytes', () => {
    const arrays = fc.sample(fc.uint8Array({ maxLength: 40 }), { seed: SEED, numRuns: 1000 });
    const fixed = [[], [0x27], [0x22], [0x27, 0x22], [0x5c, 0x0a, 0x09, 0x0d, 0x7f, 0x80, 0xff, 0x20, 0x7e]];
    expectSameAsPython([...fixed.map((a) => Uint8Array.from(a)), ...arrays].map((v) => ({ t: 'bytes', v })));
  });

  it('float', () => {
    const fixed = [0, -0, 1, -1, 1.5, 100, 0.1, 1e16, 1e15, 9999999999999998, 1e-4, 1e-5, 0.00012345, 123456789.125,
      1e22, 1e21, 5e-324, Number.MAX_VALUE, Number.MIN_VALUE, Infinity, -Infinity, NaN, 2 ** 53, 2 ** 63];
    const doubles = fc.sample(anyDouble, { seed: SEED, numRuns: 4000 });
    expectSameAsPython([...fixed, ...doubles].map((v) => ({ t: 'float', v })));
  });

  it('complex', () => {
    const specials = [0, -0, 1, -1, 1.5, 1e16, 1e-5, Infinity, -Infinity, NaN];
    const fixed: Item[] = [];
    for (const re of specials) for (const im of specials) fixed.push({ t: 'complex', re, im });
    const pairs = fc.sample(fc.tuple(anyDouble, anyDouble), { seed: SEED, numRuns: 1500 });
    expectSameAsPython([...fixed, ...pairs.map(([re, im]): Item => ({ t: 'complex', re, im }))]);
  });

  it('int, including the 4300-digit conversion limit', () => {
    const fixed = [0n, 1n, -1n, 10n ** 4299n, 10n ** 4300n - 1n, 10n ** 4300n, -(10n ** 4300n - 1n), -(10n ** 4300n),
      1n << 20000n];
    const ints = fc.sample(anyBigInt, { seed: SEED, numRuns: 600 });
    expectSameAsPython([...fixed, ...ints].map((v) => ({ t: 'int', v })));
  });
});

describe('repr details', () => {
  it('isPrintable follows Unicode 14, not the host ICU', () => {
    expect(isPrintable(0x20)).toBe(true);
    expect(isPrintable(0xa0)).toBe(false);
    expect(isPrintable(0xe9)).toBe(true);
    expect(isPrintable(0x31350)).toBe(false); // assigned in Unicode 15 (CJK Extension H)
    expect(isPrintable(0x1f600)).toBe(true);
  });

  it('reprInt honours a custom limit and 0 as no limit', () => {
    expect(() => reprInt(10n ** 700n, 640)).toThrow(IntMaxStrDigitsError);
    expect(reprInt(10n ** 5000n, 0)).toHaveLength(5001);
  });

  it('reprConstant', () => {
    expect(reprConstant({ kind: 'None' })).toBe('None');
    expect(reprConstant({ kind: 'Ellipsis' })).toBe('Ellipsis');
    expect(reprConstant({ kind: 'bool', value: false })).toBe('False');
    expect(reprConstant({ kind: 'int', value: 42n })).toBe('42');
    expect(reprConstant({ kind: 'float', value: 1e16 })).toBe('1e+16');
    expect(reprConstant({ kind: 'complex', real: 0, imag: 2 })).toBe('2j');
    expect(reprConstant({ kind: 'str', value: "it's" })).toBe(`"it's"`);
    expect(reprConstant({ kind: 'bytes', value: Uint8Array.of(0, 65) })).toBe(`b'\\x00A'`);
  });
});
