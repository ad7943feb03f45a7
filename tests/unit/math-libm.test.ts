/**
 * vm/modules/libm.ts against CPython's math module (glibc's libm) as the
 * oracle: on a few thousand deterministic arguments per function, libm must
 * agree bit for bit in all but a handful of cases (glibc itself is not
 * correctly rounded everywhere; V8's Math functions disagree in 2-40%).
 * Also checks the special values of the C99 Annex F rules.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import * as libm from '../../vm/objects/libm.js';

type Fn = (x: number, y: number) => number;

const CASES: Record<string, [Fn, string, (i: number) => [number, number]]> = {
  exp: [(x) => libm.exp(x), 'math.exp(x)', (i) => [Math.sin(i) * 700, 0]],
  log: [(x) => libm.log(x), 'math.log(x)', (i) => [Math.abs(Math.sin(i)) * 10 ** (i % 40 - 20) + 1e-300, 0]],
  log2: [(x) => libm.log2(x), 'math.log2(x)', (i) => [Math.abs(Math.cos(i)) * 10 ** (i % 30 - 15) + 1e-300, 0]],
  log10: [(x) => libm.log10(x), 'math.log10(x)', (i) => [Math.abs(Math.cos(i)) * 10 ** (i % 30 - 15) + 1e-300, 0]],
  pow: [(x, y) => libm.pow(x, y), 'x ** y', (i) => [Math.abs(Math.sin(i)) * 20, Math.cos(i) * 30]],
  sin: [(x) => libm.sin(x), 'math.sin(x)', (i) => [Math.sin(i) * 100, 0]],
  cos: [(x) => libm.cos(x), 'math.cos(x)', (i) => [Math.sin(i) * 100, 0]],
  tan: [(x) => libm.tan(x), 'math.tan(x)', (i) => [Math.sin(i) * 10, 0]],
  atan2: [(x, y) => libm.atan2(x, y), 'math.atan2(x, y)', (i) => [Math.sin(i) * 5, Math.cos(i * 1.3) * 5]],
  asin: [(x) => libm.asin(x), 'math.asin(x)', (i) => [Math.sin(i), 0]],
  acos: [(x) => libm.acos(x), 'math.acos(x)', (i) => [Math.sin(i), 0]],
  cosh: [(x) => libm.cosh(x), 'math.cosh(x)', (i) => [Math.sin(i) * 30, 0]],
};

const N = 3000;

function oracle(expr: string, args: [number, number][]): number[] {
  const program = `import math, sys\nfor line in sys.stdin:\n    x, y = map(float.fromhex, line.split())\n    print((${expr}).hex())\n`;
  const input = args.map(([x, y]) => `${hex(x)} ${hex(y)}`).join('\n') + '\n';
  const r = spawnSync('python3', ['-c', program], { input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim().split('\n').map(fromHex);
}

function hex(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0x0p+0' : '0x0p+0';
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, Math.abs(x));
  const bits = v.getBigUint64(0);
  const e = Number(bits >> 52n), m = bits & ((1n << 52n) - 1n);
  const lead = e === 0 ? '0' : '1';
  return `${x < 0 ? '-' : ''}0x${lead}.${m.toString(16).padStart(13, '0')}p${e === 0 ? -1022 : e - 1023}`;
}

function fromHex(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  const m = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(s);
  if (!m) throw new Error(`bad hex float ${s}`);
  const frac = parseInt(m[3]!.padEnd(13, '0'), 16) / 2 ** 52;
  const v = (Number(m[2]) + frac) * 2 ** Number(m[4]);
  return m[1] ? -v : v;
}

describe('libm agrees with CPython (glibc)', () => {
  for (const [name, [fn, expr, gen]] of Object.entries(CASES)) {
    it(name, () => {
      const args = Array.from({ length: N }, (_, i) => gen(i + 1));
      const want = oracle(expr, args);
      let differ = 0;
      args.forEach(([x, y], i) => {
        if (!Object.is(fn(x, y), want[i])) differ++;
      });
      expect(differ).toBeLessThanOrEqual(N * 0.004);
    });
  }
});

describe('libm special values', () => {
  it('follows C99 Annex F', () => {
    expect(libm.exp(-Infinity)).toBe(0);
    expect(libm.exp(Infinity)).toBe(Infinity);
    expect(libm.exp(1000)).toBe(Infinity);
    expect(libm.exp(-800)).toBe(0);
    expect(libm.exp(-745)).toBe(5e-324);
    expect(libm.log(0)).toBe(-Infinity);
    expect(libm.log(-1)).toBeNaN();
    expect(libm.log(1)).toBe(0);
    expect(libm.log2(2 ** -1074)).toBe(-1074);
    expect(libm.pow(-8, 1 / 3)).toBeNaN();
    expect(libm.pow(-2, 3)).toBe(-8);
    expect(libm.pow(2, -1075)).toBe(0);
    expect(Object.is(libm.sin(-0), -0)).toBe(true);
    expect(libm.cos(0)).toBe(1);
    expect(libm.atan2(0, -1)).toBe(Math.PI);
    expect(libm.asin(1)).toBe(Math.PI / 2);
    expect(libm.acos(-1)).toBe(Math.PI);
    expect(libm.cosh(-Infinity)).toBe(Infinity);
    expect(libm.tanh(-Infinity)).toBe(-1);
  });
});
