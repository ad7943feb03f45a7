/**
 * Correctly rounded (in all but astronomically rare cases) exp, log, log2,
 * pow, sin and cos, so that math, cmath and random give the same bits as
 * CPython on glibc, whose libm rounds these correctly where V8's
 * fdlibm-derived Math functions are off by one ulp in a few percent of
 * cases.
 *
 * Model: each function evaluates in double-double arithmetic (a value is an
 * unevaluated sum hi + lo of two doubles, about 106 bits) after an exact
 * argument reduction (by ln 2 for exp, by the binary exponent for log, by
 * pi/2 in three parts for sin / cos), then rounds hi + lo once. Arguments
 * outside the ranges handled here (|x| >= 2^30 for sin / cos) fall back to
 * Math's functions.
 *
 * Invariants: pure functions, no state; the special cases (NaN, infinities,
 * zeros, negative arguments) are the C99 Annex F results.
 */

// ---------------------------------------------------------------------------
// Double-double arithmetic (results returned through a scratch pair)

let H = 0, L = 0;

function twoSum(a: number, b: number): void {
  const s = a + b, bb = s - a;
  H = s;
  L = (a - (s - bb)) + (b - bb);
}

function quickTwoSum(a: number, b: number): void {
  const s = a + b;
  H = s;
  L = b - (s - a);
}

const SPLIT = 134217729; // 2^27 + 1

function twoProd(a: number, b: number): void {
  const p = a * b;
  const ca = SPLIT * a, ah = ca - (ca - a), al = a - ah;
  const cb = SPLIT * b, bh = cb - (cb - b), bl = b - bh;
  H = p;
  L = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s = H, e = L + al + bl;
  quickTwoSum(s, e);
}

function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = H, e = L + (ah * bl + al * bh);
  quickTwoSum(p, e);
}

function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  ddAdd(ah, al, -H, -L);
  const rh = H, rl = L;
  const q2 = rh / bh;
  ddMul(q2, 0, bh, bl);
  ddAdd(rh, rl, -H, -L);
  const q3 = H / bh;
  quickTwoSum(q1, q2);
  ddAdd(H, L, q3, 0);
}

const LN2_HI = 0.6931471805599453, LN2_LO = 2.3190468138462996e-17;
const INV_LN2_HI = 1.4426950408889634, INV_LN2_LO = 2.0355273740931033e-17;

/** 1/n as a double-double, for the series coefficients. */
const RECIP_HI: number[] = [], RECIP_LO: number[] = [];
for (let n = 1; n <= 64; n++) {
  const h = 1 / n;
  twoProd(h, n);
  RECIP_HI[n] = h;
  RECIP_LO[n] = -(H - 1 + L) / n;
}

// ---------------------------------------------------------------------------
// log

const BITS = new DataView(new ArrayBuffer(8));

/** log(x) for finite x > 0 as a double-double in (H, L). */
function logDD(x: number): void {
  let k = 0;
  if (x < 2 ** -1022) { x *= 2 ** 64; k = -64; }
  BITS.setFloat64(0, x);
  const hi = BITS.getUint32(0);
  k += ((hi >>> 20) & 0x7ff) - 1023;
  BITS.setUint32(0, (hi & 0x000fffff) | (1023 << 20));
  let m = BITS.getFloat64(0); // [1, 2)
  if (m > Math.SQRT2) { m /= 2; k++; }
  // log(m) = 2 atanh(s), s = (m - 1) / (m + 1), |s| < 0.172
  const f = m - 1;
  twoSum(m, 1);
  ddDiv(f, 0, H, L);
  const sh = H, sl = L;
  ddMul(sh, sl, sh, sl);
  const s2h = H, s2l = L;
  let th = RECIP_HI[47]!, tl = RECIP_LO[47]!;
  for (let n = 45; n >= 1; n -= 2) {
    ddMul(th, tl, s2h, s2l);
    ddAdd(H, L, RECIP_HI[n]!, RECIP_LO[n]!);
    th = H; tl = L;
  }
  ddMul(th, tl, sh, sl);
  const lh = H * 2, ll = L * 2;
  twoProd(k, LN2_HI);
  const kh = H, kl = L + k * LN2_LO;
  ddAdd(kh, kl, lh, ll);
}

export function log(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === 1) return 0;
  logDD(x);
  return H + L;
}

export function log2(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  logDD(x);
  ddMul(H, L, INV_LN2_HI, INV_LN2_LO);
  return H + L;
}

// ---------------------------------------------------------------------------
// exp

/** Rounds (hi + lo) * 2^k once, also into the subnormal range. */
function scale(hi: number, lo: number, k: number): number {
  if (k >= -1021) {
    if (k > 1023) return (hi + lo) * 2 ** 1023 * 2 ** (k - 1023);
    return (hi + lo) * 2 ** k;
  }
  if (k < -1130) return 0;
  // Result is subnormal: round hi + lo on the 2^-1074 grid in one step.
  const up = k + 1074;
  const uh = hi * 2 ** up, ul = lo * 2 ** up; // exact (hi, lo are about 1)
  const f = Math.floor(uh);
  const frac = (uh - f) + ul;
  let n = f;
  if (frac > 0.5 || (frac === 0.5 && f % 2 === 1)) n = f + 1;
  else if (frac < -0.5 || (frac === -0.5 && f % 2 === 1)) n = f - 1;
  return n * 2 ** -1074;
}

/** exp(xh + xl) for |xh| < 746. */
function expDD(xh: number, xl: number): number {
  const k = Math.round(xh * INV_LN2_HI);
  twoProd(k, LN2_HI);
  const ph = H, pl = L;
  twoSum(xh, -ph);
  let rh = H, rl = L - pl - k * LN2_LO + xl;
  quickTwoSum(rh, rl);
  rh = H / 256; rl = L / 256;
  // expm1(r) by Horner: r (1 + r/2 (1 + r/3 (... (1 + r/12))))
  let th = 1, tl = 0;
  for (let n = 12; n >= 2; n--) {
    ddMul(rh, rl, RECIP_HI[n]!, RECIP_LO[n]!);
    ddMul(H, L, th, tl);
    ddAdd(H, L, 1, 0);
    th = H; tl = L;
  }
  ddMul(th, tl, rh, rl);
  let eh = H, el = L;
  for (let i = 0; i < 8; i++) {
    ddAdd(eh, el, 2, 0);
    ddMul(eh, el, H, L);
    eh = H; el = L;
  }
  ddAdd(1, 0, eh, el);
  return scale(H, L, k);
}

export function exp(x: number): number {
  if (x !== x) return x;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (x === 0) return 1;
  return expDD(x, 0);
}

// ---------------------------------------------------------------------------
// pow (finite x > 0 or integral y; the caller handles the other special cases)

export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x !== x || y !== y || !isFinite(x) || !isFinite(y) || x === 0) return Math.pow(x, y);
  let neg = false;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    neg = Math.abs(y % 2) === 1;
    x = -x;
  }
  if (y === 1) return neg ? -x : x;
  logDD(x);
  const lh = H, ll = L;
  twoProd(lh, y);
  const th = H, tl = L + ll * y;
  quickTwoSum(th, tl);
  let r: number;
  if (H > 709.8) r = Infinity;
  else if (H < -745.2) r = 0;
  else r = expDD(H, L);
  return neg ? -r : r;
}

// ---------------------------------------------------------------------------
// sin, cos

const PIO2_1 = 1.5707963267948966, PIO2_2 = 6.123233995736766e-17, PIO2_3 = -1.4973849048591698e-33;
const INV_PIO2 = 0.6366197723675814;

/** sin (which = 0) or cos (which = 1) of the reduced argument r = rh + rl, |r| <= pi/4. */
function kernel(rh: number, rl: number, which: number): number {
  ddMul(rh, rl, rh, rl);
  const r2h = -H, r2l = -L; // -r^2
  let th = 1, tl = 0;
  if (which === 0) {
    // sin r = r (1 - r^2/(2*3) (1 - r^2/(4*5) (...)))
    for (let n = 26; n >= 2; n -= 2) {
      ddMul(r2h, r2l, RECIP_HI[n]!, RECIP_LO[n]!);
      ddMul(H, L, RECIP_HI[n + 1]!, RECIP_LO[n + 1]!);
      ddMul(H, L, th, tl);
      ddAdd(H, L, 1, 0);
      th = H; tl = L;
    }
    ddMul(th, tl, rh, rl);
    return H + L;
  }
  // cos r = 1 - r^2/(1*2) (1 - r^2/(3*4) (...))
  for (let n = 25; n >= 1; n -= 2) {
    ddMul(r2h, r2l, RECIP_HI[n]!, RECIP_LO[n]!);
    ddMul(H, L, RECIP_HI[n + 1]!, RECIP_LO[n + 1]!);
    ddMul(H, L, th, tl);
    ddAdd(H, L, 1, 0);
    th = H; tl = L;
  }
  return th + tl;
}

function sinCos(x: number, wantCos: boolean): number {
  const k = Math.round(x * INV_PIO2);
  twoProd(k, PIO2_1);
  const p1h = H, p1l = L;
  twoProd(k, PIO2_2);
  const p2h = H, p2l = L;
  ddAdd(x, 0, -p1h, -p1l);
  ddAdd(H, L, -p2h, -p2l - k * PIO2_3);
  const rh = H, rl = L;
  const q = ((k % 4) + 4) % 4;
  // sin(x) = [s, c, -s, -c][q], cos(x) = [c, -s, -c, s][q]
  const useCos = wantCos ? q % 2 === 0 : q % 2 === 1;
  const v = kernel(rh, rl, useCos ? 1 : 0);
  const negate = wantCos ? q === 1 || q === 2 : q >= 2;
  return negate ? -v : v;
}

export function sin(x: number): number {
  if (x === 0 || x !== x) return x;
  if (!isFinite(x)) return NaN;
  if (Math.abs(x) >= 2 ** 30) return Math.sin(x);
  return sinCos(x, false);
}

export function cos(x: number): number {
  if (x !== x) return x;
  if (!isFinite(x)) return NaN;
  if (Math.abs(x) >= 2 ** 30) return Math.cos(x);
  return sinCos(x, true);
}
