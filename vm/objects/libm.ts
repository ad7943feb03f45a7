/**
 * The elementary functions with the bits CPython gets from glibc, where
 * V8's fdlibm-derived Math functions differ by an ulp in 2-40% of cases.
 * Used by math, cmath, random (through math), complex `**` and float `**`.
 *
 * Model:
 * - exp, log, log2, pow, sin, cos, tan, atan, atan2, asin, acos: evaluated
 *   in double-double arithmetic (a value is an unevaluated sum hi + lo,
 *   about 106 bits) after an exact argument reduction (tables of 2^(j/128),
 *   log(1 + j/128) and atan(j/64) built at load; pi/2 in three parts for
 *   the trigonometric functions), then rounded once: correctly rounded
 *   except in astronomically rare cases (glibc itself differs from correct
 *   rounding in about 0.1% of cases, so a few results still differ).
 * - cosh, sinh, tanh, log10, asinh, acosh, atanh: glibc's own (fdlibm)
 *   formulas evaluated over the correctly rounded exp / log above and
 *   Math.expm1 / Math.log1p (the same fdlibm code in V8 and glibc).
 * - Arguments outside the handled ranges (|x| >= 2^30 for sin / cos / tan,
 *   extreme ratios for atan2) fall back to Math's functions.
 *
 * Invariants: pure functions; the only module state is the scratch pair `R`
 * (no Python state) and the constant tables.
 */

// ---------------------------------------------------------------------------
// Double-double arithmetic (results returned through a scratch pair)

/** Scratch for double-double results (a typed array: no boxing of doubles). */
const R = new Float64Array(2);

function twoSum(a: number, b: number): void {
  const s = a + b, bb = s - a;
  R[0] = s;
  R[1] = (a - (s - bb)) + (b - bb);
}

function quickTwoSum(a: number, b: number): void {
  const s = a + b;
  R[0] = s;
  R[1] = b - (s - a);
}

const SPLIT = 134217729; // 2^27 + 1

function twoProd(a: number, b: number): void {
  const p = a * b;
  const ca = SPLIT * a, ah = ca - (ca - a), al = a - ah;
  const cb = SPLIT * b, bh = cb - (cb - b), bl = b - bh;
  R[0] = p;
  R[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s = R[0], e = R[1] + al + bl;
  quickTwoSum(s, e);
}

function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = R[0], e = R[1] + (ah * bl + al * bh);
  quickTwoSum(p, e);
}

function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  ddAdd(ah, al, -R[0], -R[1]);
  const rh = R[0], rl = R[1];
  const q2 = rh / bh;
  ddMul(q2, 0, bh, bl);
  ddAdd(rh, rl, -R[0], -R[1]);
  const q3 = R[0] / bh;
  quickTwoSum(q1, q2);
  ddAdd(R[0], R[1], q3, 0);
}

const LN2_HI = 0.6931471805599453, LN2_LO = 2.3190468138462996e-17;
const INV_LN2_HI = 1.4426950408889634, INV_LN2_LO = 2.0355273740931033e-17;

/** 1/n as a double-double, for the series coefficients. */
const RECIP_HI: number[] = [], RECIP_LO: number[] = [];
for (let n = 1; n <= 64; n++) {
  const h = 1 / n;
  twoProd(h, n);
  RECIP_HI[n] = h;
  RECIP_LO[n] = -(R[0] - 1 + R[1]) / n;
}

// ---------------------------------------------------------------------------
// log

const BITS = new DataView(new ArrayBuffer(8));

/** log(m) for m in [0.7, 1.42] by the atanh series (slow; used to build LOG_TABLE). */
function logSeries(m: number): void {
  const f = m - 1;
  twoSum(m, 1);
  ddDiv(f, 0, R[0], R[1]);
  const sh = R[0], sl = R[1];
  ddMul(sh, sl, sh, sl);
  const s2h = R[0], s2l = R[1];
  let th = RECIP_HI[47]!, tl = RECIP_LO[47]!;
  for (let n = 45; n >= 1; n -= 2) {
    ddMul(th, tl, s2h, s2l);
    ddAdd(R[0], R[1], RECIP_HI[n]!, RECIP_LO[n]!);
    th = R[0]; tl = R[1];
  }
  ddMul(th, tl, sh, sl);
  R[0] *= 2; R[1] *= 2;
}

/**
 * log(1 + j/128) as double-doubles, j = 0..128. This and the other tables
 * are built on first use: at load they were several ms of pystm's start-up.
 */
const LOG_T_HI: number[] = [], LOG_T_LO: number[] = [];
function buildLogTable(): void {
  for (let j = 0; j <= 128; j++) {
    const c = 1 + j / 128;
    if (c > 1.4) {
      logSeries(c / 2);
      ddAdd(R[0], R[1], LN2_HI, LN2_LO);
    } else logSeries(c);
    LOG_T_HI[j] = R[0]; LOG_T_LO[j] = R[1];
  }
}

/** log(x) for finite x > 0 as a double-double in (R[0], R[1]). */
function logDD(x: number): void {
  if (LOG_T_HI.length === 0) buildLogTable(); // before R holds anything: the build uses it
  let k = 0;
  if (x < 2 ** -1022) { x *= 2 ** 64; k = -64; }
  BITS.setFloat64(0, x);
  const hi = BITS.getUint32(0);
  k += ((hi >>> 20) & 0x7ff) - 1023;
  BITS.setUint32(0, (hi & 0x000fffff) | (1023 << 20));
  const m = BITS.getFloat64(0); // [1, 2)
  const j = Math.round((m - 1) * 128), c = 1 + j / 128;
  // log(m) = log(c) + 2 atanh(s), s = (m - c) / (m + c), |s| < 1/384
  twoSum(m, c);
  ddDiv(m - c, 0, R[0], R[1]);
  const sh = R[0], sl = R[1];
  ddMul(sh, sl, sh, sl);
  const s2h = R[0], s2l = R[1];
  // Inner terms in doubles: s^2 < 2^-17, so their errors reach the result below 2^-70.
  let t = RECIP_HI[13]!;
  for (let n = 11; n >= 3; n -= 2) t = t * s2h + RECIP_HI[n]!;
  ddMul(t, 0, s2h, s2l);
  ddAdd(R[0], R[1], 1, 0);
  const th = R[0], tl = R[1];
  ddMul(th, tl, sh * 2, sl * 2);
  ddAdd(R[0], R[1], LOG_T_HI[j]!, LOG_T_LO[j]!);
  const lh = R[0], ll = R[1];
  twoProd(k, LN2_HI);
  const kh = R[0], kl = R[1] + k * LN2_LO;
  ddAdd(kh, kl, lh, ll);
}

export function log(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === 1) return 0;
  logDD(x);
  return R[0] + R[1];
}

export function log2(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  logDD(x);
  ddMul(R[0], R[1], INV_LN2_HI, INV_LN2_LO);
  return R[0] + R[1];
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

/** 2^(j/128) as double-doubles, j = 0..127 (from repeated double-double square roots of 2). */
const EXP_T_HI: number[] = [1], EXP_T_LO: number[] = [0];
function buildExpTable(): void {
  let rh = 2, rl = 0;
  for (let i = 0; i < 7; i++) {
    const x = Math.sqrt(rh);
    twoProd(x, x);
    ddAdd(rh, rl, -R[0], -R[1]);
    const corr = R[0] / (2 * x);
    quickTwoSum(x, corr);
    rh = R[0]; rl = R[1];
  }
  for (let j = 1; j < 128; j++) {
    ddMul(EXP_T_HI[j - 1]!, EXP_T_LO[j - 1]!, rh, rl);
    EXP_T_HI[j] = R[0]; EXP_T_LO[j] = R[1];
  }
}

/** exp(xh + xl) for |xh| < 746. */
function expDD(xh: number, xl: number): number {
  if (EXP_T_HI.length === 1) buildExpTable(); // before R holds anything: the build uses it
  const k = Math.round(xh * (INV_LN2_HI * 128));
  twoProd(k, LN2_HI / 128);
  const ph = R[0], pl = R[1];
  twoSum(xh, -ph);
  const rs = R[1] - pl - k * (LN2_LO / 128) + xl;
  quickTwoSum(R[0], rs);
  const rh = R[0], rl = R[1];
  // expm1(r) by Horner: r (1 + r/2 (1 + r/3 (... (1 + r/10)))). |r| < 0.0028, so the inner
  // terms (n >= 4) are done in doubles: their rounding errors reach the result scaled by
  // r^2/6 < 2^-20: below 2^-72 of the result.
  let t = 1;
  for (let n = 10; n >= 4; n--) t = 1 + rh * RECIP_HI[n]! * t;
  let th = t, tl = 0;
  for (let n = 3; n >= 2; n--) {
    ddMul(rh, rl, RECIP_HI[n]!, RECIP_LO[n]!);
    ddMul(R[0], R[1], th, tl);
    ddAdd(R[0], R[1], 1, 0);
    th = R[0]; tl = R[1];
  }
  ddMul(th, tl, rh, rl);
  const j = k & 127, n = (k - j) / 128;
  // T[j] (1 + em1) = T[j] + T[j] em1
  const tjh = EXP_T_HI[j]!, tjl = EXP_T_LO[j]!;
  ddMul(tjh, tjl, R[0], R[1]);
  ddAdd(tjh, tjl, R[0], R[1]);
  return scale(R[0], R[1], n);
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
  // Exact fast paths (each a single correctly rounded operation).
  if (y === 0.5 && x > 0 && x !== Infinity) return Math.sqrt(x);
  if (y === 2) return x * x;
  if (y === -1 && x !== 0) return 1 / x;
  if (x !== x || y !== y || !isFinite(x) || !isFinite(y) || x === 0) return Math.pow(x, y);
  let neg = false;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    neg = Math.abs(y % 2) === 1;
    x = -x;
  }
  if (y === 1) return neg ? -x : x;
  logDD(x);
  const lh = R[0], ll = R[1];
  const approx = lh * y;
  if (approx > 760 || approx < -760) {
    const r0 = approx > 0 ? Infinity : 0;
    return neg ? -r0 : r0;
  }
  twoProd(lh, y);
  const th = R[0], tl = R[1] + ll * y;
  quickTwoSum(th, tl);
  let r: number;
  if (R[0] > 709.8) r = Infinity;
  else if (R[0] < -745.2) r = 0;
  else r = expDD(R[0], R[1]);
  return neg ? -r : r;
}

// ---------------------------------------------------------------------------
// sin, cos

const PIO2_1 = 1.5707963267948966, PIO2_2 = 6.123233995736766e-17, PIO2_3 = -1.4973849048591698e-33;
const INV_PIO2 = 0.6366197723675814;

/** sin (which = 0) or cos (which = 1) of the reduced argument r = rh + rl, |r| <= pi/4. */
function kernel(rh: number, rl: number, which: number): number {
  ddMul(rh, rl, rh, rl);
  const r2h = -R[0], r2l = -R[1]; // -r^2
  // The inner terms are done in doubles (|r| <= pi/4): their errors reach the result scaled
  // by at most 4e-7 (sin) / 4e-6 (cos), i.e. below 2^-70 of it.
  const r2 = r2h;
  let t = 1;
  if (which === 0) {
    // sin r = r (1 - r^2/(2*3) (1 - r^2/(4*5) (...)))
    for (let n = 26; n >= 10; n -= 2) t = 1 + r2 * (RECIP_HI[n]! * RECIP_HI[n + 1]!) * t;
    let th = t, tl = 0;
    for (let n = 8; n >= 2; n -= 2) {
      ddMul(r2h, r2l, RECIP_HI[n]!, RECIP_LO[n]!);
      ddMul(R[0], R[1], RECIP_HI[n + 1]!, RECIP_LO[n + 1]!);
      ddMul(R[0], R[1], th, tl);
      ddAdd(R[0], R[1], 1, 0);
      th = R[0]; tl = R[1];
    }
    ddMul(th, tl, rh, rl);
    return R[0] + R[1]; // the double-double stays in R
  }
  // cos r = 1 - r^2/(1*2) (1 - r^2/(3*4) (...))
  for (let n = 25; n >= 9; n -= 2) t = 1 + r2 * (RECIP_HI[n]! * RECIP_HI[n + 1]!) * t;
  let th = t, tl = 0;
  for (let n = 7; n >= 1; n -= 2) {
    ddMul(r2h, r2l, RECIP_HI[n]!, RECIP_LO[n]!);
    ddMul(R[0], R[1], RECIP_HI[n + 1]!, RECIP_LO[n + 1]!);
    ddMul(R[0], R[1], th, tl);
    ddAdd(R[0], R[1], 1, 0);
    th = R[0]; tl = R[1];
  }
  return th + tl; // the double-double stays in R
}

function sinCos(x: number, wantCos: boolean): number {
  const k = Math.round(x * INV_PIO2);
  twoProd(k, PIO2_1);
  const p1h = R[0], p1l = R[1];
  twoProd(k, PIO2_2);
  const p2h = R[0], p2l = R[1];
  ddAdd(x, 0, -p1h, -p1l);
  ddAdd(R[0], R[1], -p2h, -p2l - k * PIO2_3);
  const rh = R[0], rl = R[1];
  const q = ((k % 4) + 4) % 4;
  // sin(x) = [s, c, -s, -c][q], cos(x) = [c, -s, -c, s][q]
  const useCos = wantCos ? q % 2 === 0 : q % 2 === 1;
  const v = kernel(rh, rl, useCos ? 1 : 0);
  const negate = wantCos ? q === 1 || q === 2 : q >= 2;
  return negate ? -v : v;
}

/** tan(x) = sin / cos of the reduced argument, divided in double-double. */
export function tan(x: number): number {
  if (x === 0 || x !== x) return x;
  if (!isFinite(x)) return NaN;
  if (Math.abs(x) >= 2 ** 30) return Math.tan(x);
  const k = Math.round(x * INV_PIO2);
  twoProd(k, PIO2_1);
  const p1h = R[0], p1l = R[1];
  twoProd(k, PIO2_2);
  const p2h = R[0], p2l = R[1];
  ddAdd(x, 0, -p1h, -p1l);
  ddAdd(R[0], R[1], -p2h, -p2l - k * PIO2_3);
  const rh = R[0], rl = R[1];
  kernel(rh, rl, 0);
  const sh = R[0], sl = R[1];
  kernel(rh, rl, 1);
  const ch = R[0], cl = R[1];
  // tan(r + k pi/2) = tan r for even k, -1 / tan r for odd k
  if (k % 2 === 0) ddDiv(sh, sl, ch, cl);
  else ddDiv(-ch, -cl, sh, sl);
  return R[0] + R[1];
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

// ---------------------------------------------------------------------------
// atan, atan2, asin, acos

function ddSqrt(ah: number, al: number): void {
  if (ah <= 0) { R[0] = 0; R[1] = 0; return; }
  const x = Math.sqrt(ah);
  twoProd(x, x);
  const r = ((ah - R[0]) - R[1] + al) / (2 * x);
  quickTwoSum(x, r);
}

/** atan(t) for a small double-double t (|t| < 0.1) by its series, into (R[0], R[1]). */
function atanSeries(th: number, tl: number, terms: number): void {
  ddMul(th, tl, th, tl);
  const u2h = -R[0], u2l = -R[1];
  let sh = RECIP_HI[2 * terms + 1]!, sl = RECIP_LO[2 * terms + 1]!;
  for (let n = terms - 1; n >= 0; n--) {
    ddMul(sh, sl, u2h, u2l);
    ddAdd(R[0], R[1], RECIP_HI[2 * n + 1]!, RECIP_LO[2 * n + 1]!);
    sh = R[0]; sl = R[1];
  }
  ddMul(sh, sl, th, tl);
}

/** atan(j/64) as double-doubles, j = 0..64 (argument halving three times, then the series). */
const ATAN_T_HI: number[] = [], ATAN_T_LO: number[] = [];
function buildAtanTable(): void {
  for (let j = 0; j <= 64; j++) {
    let ch = j / 64, cl = 0;
    for (let i = 0; i < 3; i++) {
      // c / (1 + sqrt(1 + c^2))
      ddMul(ch, cl, ch, cl);
      ddAdd(R[0], R[1], 1, 0);
      ddSqrt(R[0], R[1]);
      ddAdd(R[0], R[1], 1, 0);
      ddDiv(ch, cl, R[0], R[1]);
      ch = R[0]; cl = R[1];
    }
    atanSeries(ch, cl, 22);
    ATAN_T_HI[j] = R[0] * 8; ATAN_T_LO[j] = R[1] * 8;
  }
}

/** atan(t) for a double-double t >= 0, into (R[0], R[1]). */
function atanDD(th: number, tl: number): void {
  if (ATAN_T_HI.length === 0) buildAtanTable(); // before R holds anything: the build uses it
  let invert = false;
  if (th > 1) {
    ddDiv(1, 0, th, tl);
    th = R[0]; tl = R[1];
    invert = true;
  }
  const j = Math.round(th * 64), c = j / 64;
  // atan(t) = atan(c) + atan((t - c) / (1 + t c))
  ddAdd(th, tl, -c, 0);
  const nh = R[0], nl = R[1];
  ddMul(th, tl, c, 0);
  ddAdd(R[0], R[1], 1, 0);
  ddDiv(nh, nl, R[0], R[1]);
  atanSeries(R[0], R[1], 9);
  ddAdd(R[0], R[1], ATAN_T_HI[j]!, ATAN_T_LO[j]!);
  if (invert) ddAdd(PIO2_1, PIO2_2, -R[0], -R[1]);
}

export function atan(x: number): number {
  if (x !== x || x === 0) return x;
  if (x === Infinity) return PIO2_1;
  if (x === -Infinity) return -PIO2_1;
  const ax = Math.abs(x);
  if (ax < 1e-150 || ax > 1e150) return Math.atan(x);
  atanDD(ax, 0);
  const r = R[0] + R[1];
  return x < 0 ? -r : r;
}

export function atan2(y: number, x: number): number {
  if (y !== y || x !== x || y === 0 || x === 0 || !isFinite(x) || !isFinite(y)) return Math.atan2(y, x);
  const q = Math.abs(y / x);
  if (q < 1e-290 || q > 1e290) return Math.atan2(y, x);
  // Scale both by the same power of two so that the larger is near 1 (keeps Dekker's splitting finite).
  let ay = Math.abs(y), ax = Math.abs(x);
  const big = Math.max(ay, ax);
  if (big > 1e150 || big < 1e-150) {
    const e = -Math.floor(Math.log2(big)), e1 = Math.floor(e / 2);
    const s1 = Math.pow(2, e1), s2 = Math.pow(2, e - e1);
    ay = (ay * s1) * s2; ax = (ax * s1) * s2;
  }
  ddDiv(ay, 0, ax, 0);
  atanDD(R[0], R[1]);
  if (x < 0) ddAdd(2 * PIO2_1, 2 * PIO2_2, -R[0], -R[1]);
  const r = R[0] + R[1];
  return y < 0 ? -r : r;
}

/** sqrt(1 - x^2) for |x| <= 1 as a double-double, into (R[0], R[1]). */
function cosOfAsin(x: number): void {
  twoProd(x, x);
  ddAdd(1, 0, -R[0], -R[1]);
  ddSqrt(R[0], R[1]);
}

export function asin(x: number): number {
  if (x !== x || x === 0) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax === 1) return x > 0 ? PIO2_1 : -PIO2_1;
  if (ax < 1e-150) return x;
  cosOfAsin(ax);
  ddDiv(ax, 0, R[0], R[1]);
  atanDD(R[0], R[1]);
  const r = R[0] + R[1];
  return x < 0 ? -r : r;
}

export function acos(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return 2 * PIO2_1;
  if (x === 0) return PIO2_1;
  cosOfAsin(ax);
  ddDiv(R[0], R[1], ax, 0);
  atanDD(R[0], R[1]);
  if (x < 0) ddAdd(2 * PIO2_1, 2 * PIO2_2, -R[0], -R[1]);
  return R[0] + R[1];
}

// ---------------------------------------------------------------------------
// cosh, sinh, tanh: the classic fdlibm formulas (which glibc uses) over the
// correctly rounded exp above and expm1 (Math.expm1 is the same fdlibm code).

const LOG_MAX = 709.782712893384;

export function cosh(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax === Infinity) return Infinity;
  if (ax < 0.5 * LN2_HI) {
    const t = Math.expm1(ax), w = 1 + t;
    if (ax < 2 ** -55) return w;
    return 1 + (t * t) / (w + w);
  }
  if (ax < 22) {
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < LOG_MAX) return 0.5 * exp(ax);
  if (ax <= 710.4758600739439) {
    const w = exp(0.5 * ax);
    return (0.5 * w) * w;
  }
  return Infinity;
}

export function sinh(x: number): number {
  if (x !== x || x === 0) return x;
  const ax = Math.abs(x), h = x < 0 ? -0.5 : 0.5;
  if (ax === Infinity) return x;
  if (ax < 22) {
    if (ax < 2 ** -28) return x;
    const t = Math.expm1(ax);
    if (ax < 1) return h * (2 * t - t * t / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < LOG_MAX) return h * exp(ax);
  if (ax <= 710.4758600739439) {
    const w = exp(0.5 * ax);
    return (h * w) * w;
  }
  return x * Infinity;
}

export function tanh(x: number): number {
  if (x !== x || x === 0) return x;
  const ax = Math.abs(x);
  if (ax === Infinity) return x > 0 ? 1 : -1;
  let z: number;
  if (ax < 22) {
    if (ax < 2 ** -55) return x;
    if (ax >= 1) {
      const t = Math.expm1(2 * ax);
      z = 1 - 2 / (t + 2);
    } else {
      const t = Math.expm1(-2 * ax);
      z = -t / (t + 2);
    }
  } else z = 1;
  return x < 0 ? -z : z;
}

// ---------------------------------------------------------------------------
// log10: fdlibm's reduction (glibc's) over the correctly rounded log above.

const IVLN10 = 4.34294481903251816668e-01, LOG10_2HI = 3.01029995663611771306e-01, LOG10_2LO = 3.69423907715893078616e-13;

export function log10(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  let k = 0;
  if (x < 2 ** -1022) { k -= 54; x *= 2 ** 54; }
  BITS.setFloat64(0, x);
  let hx = BITS.getInt32(0);
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  BITS.setInt32(0, hx);
  const z = y * LOG10_2LO + IVLN10 * log(BITS.getFloat64(0));
  return z + y * LOG10_2HI;
}

// ---------------------------------------------------------------------------
// asinh, acosh, atanh: fdlibm's formulas (glibc's) over the log above.

export function asinh(x: number): number {
  if (x !== x || !isFinite(x)) return x;
  const ax = Math.abs(x);
  if (ax < 2 ** -28) return x;
  let w: number;
  if (ax > 2 ** 28) w = log(ax) + LN2_HI;
  else if (ax > 2) w = log(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
  else {
    const t = x * x;
    w = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

export function acosh(x: number): number {
  if (x !== x) return x;
  if (x < 1) return NaN;
  if (x >= 2 ** 28) return x === Infinity ? x : log(x) + LN2_HI;
  if (x === 1) return 0;
  if (x > 2) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}

export function atanh(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax === 1) return x > 0 ? Infinity : -Infinity;
  if (ax < 2 ** -28) return x;
  let t: number;
  if (ax < 0.5) {
    t = ax + ax;
    t = 0.5 * Math.log1p(t + t * ax / (1 - ax));
  } else t = 0.5 * Math.log1p((ax + ax) / (1 - ax));
  return x < 0 ? -t : t;
}
