/**
 * `cmath`: https://docs.python.org/3.11/library/cmath.html
 *
 * Model: arguments become (re, im) pairs (a complex, `__complex__`, or a
 * real number via `__float__` / `__index__`). For finite arguments each
 * function uses CPython's formulas (Kahan's treatment of branch cuts: the
 * sign of a zero imaginary part picks the side of the cut; large arguments
 * are scaled to avoid overflow), so results and signed zeros match. For
 * infinite or NaN parts, sqrt / exp / log follow C99 Annex G; the other
 * functions apply their formulas to the special values. Errors are CPython's:
 * "math domain error" (ValueError), "math range error" (OverflowError).
 *
 * Invariants: no state.
 */
import { K, raise, T, typeOf } from '../objects/core.js';
import { newComplex, complexImag, complexReal, complexDunder, hypot, isComplex, type Complex } from '../objects/complex.js';
import { newFloat } from '../objects/float.js';
import { dictSet } from '../objects/dict.js';
import { intern } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import type { NativeFn } from '../objects/native.js';
import { argFloat } from './math.js';
import type { ModuleSpec } from './registry.js';
import * as libm from '../objects/libm.js';

const DBL_MIN = 2.2250738585072014e-308;
const LARGE = Number.MAX_VALUE / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
// libm.log(LARGE), written out: calling libm at load built its log table during pystm's start-up.
const LOG_LARGE = 708.3964185322641;
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const LN2 = Math.LN2;
const LN10 = Math.LN10;

const domainError = () => raise(T.ValueError, 'math domain error');
const rangeError = () => raise(T.OverflowError, 'math range error');

/** PyComplex_AsCComplex. */
export function argComplex(v: number): Complex {
  if (!(v & 1) && isComplex(v)) {
    if (typeOf(v) === T.complex) return [complexReal(v), complexImag(v)];
    const d = complexDunder(v);
    return d ?? [complexReal(v), complexImag(v)];
  }
  if (!(v & 1)) {
    const d = complexDunder(v);
    if (d) return d;
  }
  return [argFloat(v), 0];
}

const fin = (x: number) => isFinite(x);
const copysign = (x: number, y: number) => (y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x));

// ---------------------------------------------------------------------------
// The functions on pairs

function cSqrt(re: number, im: number): Complex {
  if (!fin(re) || !fin(im)) {
    if (im === Infinity || im === -Infinity) return [Infinity, im];
    if (re === -Infinity) return im !== im ? [NaN, Infinity] : [0, copysign(Infinity, im)];
    if (re === Infinity) return im !== im ? [Infinity, NaN] : [Infinity, copysign(0, im)];
    return [NaN, NaN];
  }
  if (re === 0 && im === 0) return [0, im];
  let ax = Math.abs(re);
  const ay = Math.abs(im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = ax * 2 ** 53;
    s = Math.sqrt(ax + hypot(ax, ay * 2 ** 53)) * 2 ** -27;
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return re >= 0 ? [s, copysign(d, im)] : [d, copysign(s, im)];
}

function cLog(re: number, im: number): Complex {
  if (!fin(re) || !fin(im)) {
    if (re !== re || im !== im) {
      if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) return [Infinity, NaN];
      return [NaN, NaN];
    }
    return [Infinity, libm.atan2(im, re)];
  }
  const ax = Math.abs(re), ay = Math.abs(im);
  let r: number;
  if (ax > LARGE || ay > LARGE) r = libm.log(hypot(ax / 2, ay / 2)) + LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) r = libm.log(hypot(ax * 2 ** 53, ay * 2 ** 53)) - 53 * LN2;
    else throw domainError();
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = Math.max(ax, ay), an = Math.min(ax, ay);
      r = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else r = libm.log(h);
  }
  return [r, libm.atan2(im, re)];
}

function cExp(re: number, im: number): Complex {
  if (fin(re) && !fin(im) && im === im) throw domainError();
  if (!fin(re) || !fin(im)) {
    if (re === Infinity && fin(im) && im !== 0) return [Infinity * libm.cos(im), Infinity * libm.sin(im)];
    if (re === -Infinity && fin(im)) return [0 * libm.cos(im), 0 * libm.sin(im)];
    if (re === -Infinity) return [0, 0];
    if (re === Infinity && im === 0) return [Infinity, im];
    if (re === Infinity) return [Infinity, NaN];
    if (re !== re && im === 0) return [NaN, im];
    return [NaN, NaN];
  }
  let r: Complex;
  if (re > LOG_LARGE) {
    const l = libm.exp(re - 1);
    r = [l * libm.cos(im) * Math.E, l * libm.sin(im) * Math.E];
  } else {
    const l = libm.exp(re);
    r = [l * libm.cos(im), l * libm.sin(im)];
  }
  if (!fin(r[0]) || !fin(r[1])) throw rangeError();
  return r;
}

function cCosh(re: number, im: number): Complex {
  if (fin(re) && !fin(im) && im === im) throw domainError();
  let r: Complex;
  if (Math.abs(re) > LOG_LARGE && fin(re)) {
    const xm1 = re - copysign(1, re);
    r = [libm.cos(im) * libm.cosh(xm1) * Math.E, libm.sin(im) * libm.sinh(xm1) * Math.E];
  } else r = [libm.cos(im) * libm.cosh(re), libm.sin(im) * libm.sinh(re)];
  if (fin(re) && fin(im) && (!fin(r[0]) || !fin(r[1]))) throw rangeError();
  return r;
}

function cSinh(re: number, im: number): Complex {
  if (fin(re) && !fin(im) && im === im) throw domainError();
  let r: Complex;
  if (Math.abs(re) > LOG_LARGE && fin(re)) {
    const xm1 = re - copysign(1, re);
    r = [libm.cos(im) * libm.sinh(xm1) * Math.E, libm.sin(im) * libm.cosh(xm1) * Math.E];
  } else r = [libm.cos(im) * libm.sinh(re), libm.sin(im) * libm.cosh(re)];
  if (fin(re) && fin(im) && (!fin(r[0]) || !fin(r[1]))) throw rangeError();
  return r;
}

function cTanh(re: number, im: number): Complex {
  if (fin(re) && !fin(im) && im === im) throw domainError();
  if (Math.abs(re) > LOG_LARGE) {
    return [copysign(1, re), 4 * libm.sin(im) * libm.cos(im) * libm.exp(-2 * Math.abs(re))];
  }
  const tx = libm.tanh(re), ty = libm.tan(im), cx = 1 / libm.cosh(re);
  const txty = tx * ty, denom = 1 + txty * txty;
  return [tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx];
}

function cAcos(re: number, im: number): Complex {
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    const real = libm.atan2(Math.abs(im), re);
    const l = libm.log(hypot(re / 2, im / 2)) + LN2 * 2;
    return [real, re < 0 ? -copysign(l, im) : copysign(l, -im)];
  }
  const s1 = cSqrt(1 - re, -im), s2 = cSqrt(1 + re, im);
  return [2 * libm.atan2(s1[0], s2[0]), libm.asinh(s2[0] * s1[1] - s2[1] * s1[0])];
}

function cAcosh(re: number, im: number): Complex {
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    return [libm.log(hypot(re / 2, im / 2)) + LN2 * 2, libm.atan2(im, re)];
  }
  const s1 = cSqrt(re - 1, im), s2 = cSqrt(re + 1, im);
  return [libm.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * libm.atan2(s1[1], s2[0])];
}

function cAsinh(re: number, im: number): Complex {
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    const l = libm.log(hypot(re / 2, im / 2)) + LN2 * 2;
    return [im >= 0 ? copysign(l, re) : -copysign(l, -re), libm.atan2(im, Math.abs(re))];
  }
  const s1 = cSqrt(1 + im, -re), s2 = cSqrt(1 - im, re);
  return [libm.asinh(s1[0] * s2[1] - s2[0] * s1[1]), libm.atan2(im, s1[0] * s2[0] - s1[1] * s2[1])];
}

function cAtanh(re: number, im: number): Complex {
  if (re < 0) {
    const r = cAtanh(-re, -im);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(im);
  if (re > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = hypot(re / 2, im / 2);
    return [re / 4 / h / h, -copysign(Math.PI / 2, -im)];
  }
  if (re === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) throw domainError();
    return [-libm.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), copysign(libm.atan2(2, -ay) / 2, im)];
  }
  return [Math.log1p(4 * re / ((1 - re) * (1 - re) + ay * ay)) / 4, -libm.atan2(-2 * im, (1 - re) * (1 + re) - ay * ay) / 2];
}

const cAsin = (re: number, im: number): Complex => {
  const s = cAsinh(-im, re);
  return [s[1], -s[0]];
};
const cAtan = (re: number, im: number): Complex => {
  const s = cAtanh(-im, re);
  return [s[1], -s[0]];
};
const cCos = (re: number, im: number): Complex => cCosh(-im, re);
const cSin = (re: number, im: number): Complex => {
  const s = cSinh(-im, re);
  return [s[1], -s[0]];
};
const cTan = (re: number, im: number): Complex => {
  const s = cTanh(-im, re);
  return [s[1], -s[0]];
};

// ---------------------------------------------------------------------------
// The module table

function fn1(f: (re: number, im: number) => Complex): NativeFn {
  return (a) => {
    const [re, im] = argComplex(a[0]!);
    const r = f(re, im);
    // A NaN produced from finite inputs is a domain error (CPython's errno check).
    if (fin(re) && fin(im) && (r[0] !== r[0] || r[1] !== r[1])) throw domainError();
    return newComplex(r[0], r[1]);
  };
}

function log(a: number[]): number {
  if (a.length < 1 || a.length > 2) throw raise(T.TypeError, `log expected ${a.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${a.length}`);
  let [re, im] = argComplex(a[0]!);
  [re, im] = cLog(re, im);
  if (a.length === 2) {
    const [bre, bim] = argComplex(a[1]!);
    const [lre, lim] = cLog(bre, bim);
    const absBr = Math.abs(lre), absBi = Math.abs(lim);
    if (absBr === 0 && absBi === 0) throw domainError();
    if (absBr >= absBi) {
      const ratio = lim / lre, denom = lre + lim * ratio;
      [re, im] = [(re + im * ratio) / denom, (im - re * ratio) / denom];
    } else {
      const ratio = lre / lim, denom = lre * ratio + lim;
      [re, im] = [(re * ratio + im) / denom, (im * ratio - re) / denom];
    }
  }
  return newComplex(re, im);
}

function phase(z: Complex): number {
  return libm.atan2(z[1], z[0]);
}

function absChecked(z: Complex): number {
  const r = hypot(z[0], z[1]);
  if (!fin(r) && fin(z[0]) && fin(z[1])) throw rangeError();
  return r;
}

function rect(a: number[]): number {
  const r = argFloat(a[0]!), phi = argFloat(a[1]!);
  if (!fin(r) || !fin(phi)) {
    if (r === Infinity || r === -Infinity) {
      if (fin(phi) && phi !== 0) return newComplex(r * libm.cos(phi), r * libm.sin(phi));
      if (phi === 0) return newComplex(r, r > 0 ? phi : -phi);
      throw domainError();
    }
    if (r === 0 && !fin(phi)) return newComplex(0, 0);
    return newComplex(NaN, NaN);
  }
  if (phi === 0) return newComplex(r, r * phi);
  return newComplex(r * libm.cos(phi), r * libm.sin(phi));
}

function isclose(a: number[], kw: readonly string[] | null): number {
  const nkw = kw ? kw.length : 0, npos = a.length - nkw;
  if (npos > 2) throw raise(T.TypeError, `isclose() takes exactly 2 positional arguments (${npos} given)`);
  const vals: (number | undefined)[] = [a[0], a[1], undefined, undefined];
  const names = ['a', 'b', 'rel_tol', 'abs_tol'];
  for (let i = 0; i < nkw; i++) {
    const at = names.indexOf(kw![i]!);
    if (at < 0) throw raise(T.TypeError, `isclose() got an unexpected keyword argument '${kw![i]}'`);
    vals[at] = a[npos + i];
  }
  if (vals[0] === undefined || npos < 1 && !kw?.includes('a')) throw raise(T.TypeError, "isclose() missing required argument 'a' (pos 1)");
  if (vals[1] === undefined) throw raise(T.TypeError, "isclose() missing required argument 'b' (pos 2)");
  const x = argComplex(vals[0]), y = argComplex(vals[1]);
  const rel = vals[2] === undefined ? 1e-9 : argFloat(vals[2]), abs = vals[3] === undefined ? 0 : argFloat(vals[3]);
  if (rel < 0 || abs < 0) throw raise(T.ValueError, 'tolerances must be non-negative');
  if (x[0] === y[0] && x[1] === y[1]) return K.True;
  if (!fin(x[0]) || !fin(x[1]) || !fin(y[0]) || !fin(y[1])) return K.False;
  const diff = hypot(x[0] - y[0], x[1] - y[1]);
  const close = diff <= rel * hypot(y[0], y[1]) || diff <= rel * hypot(x[0], x[1]) || diff <= abs;
  return close ? K.True : K.False;
}

const pred = (f: (z: Complex) => boolean): NativeFn => (a) => (f(argComplex(a[0]!)) ? K.True : K.False);

export const cmathModule: ModuleSpec = {
  name: 'cmath',
  doc: 'This module provides access to mathematical functions for complex\nnumbers.',
  functions: {
    acos: fn1(cAcos), acosh: fn1(cAcosh), asin: fn1(cAsin), asinh: fn1(cAsinh), atan: fn1(cAtan), atanh: fn1(cAtanh),
    cos: fn1(cCos), cosh: fn1(cCosh), exp: fn1(cExp), isclose,
    isfinite: pred((z) => fin(z[0]) && fin(z[1])),
    isinf: pred((z) => Math.abs(z[0]) === Infinity || Math.abs(z[1]) === Infinity),
    isnan: pred((z) => z[0] !== z[0] || z[1] !== z[1]),
    log, log10: fn1((re, im) => { const [r, i] = cLog(re, im); return [r / LN10, i / LN10]; }),
    phase: (a) => newFloat(phase(argComplex(a[0]!))),
    polar: (a) => { const z = argComplex(a[0]!); return newTuple([newFloat(absChecked(z)), newFloat(phase(z))]); },
    rect, sin: fn1(cSin), sinh: fn1(cSinh), sqrt: fn1(cSqrt), tan: fn1(cTan), tanh: fn1(cTanh),
  },
  arity: {
    acos: 'O', acosh: 'O', asin: 'O', asinh: 'O', atan: 'O', atanh: 'O', cos: 'O', cosh: 'O', exp: 'O',
    isfinite: 'O', isinf: 'O', isnan: 'O', log10: 'O', phase: 'O', polar: 'O', rect: '=2-2', sin: 'O',
    sinh: 'O', sqrt: 'O', tan: 'O', tanh: 'O',
  },
  init: (d) => {
    dictSet(d, intern('pi'), newFloat(Math.PI));
    dictSet(d, intern('e'), newFloat(Math.E));
    dictSet(d, intern('tau'), newFloat(2 * Math.PI));
    dictSet(d, intern('inf'), newFloat(Infinity));
    dictSet(d, intern('infj'), newComplex(0, Infinity));
    dictSet(d, intern('nan'), newFloat(NaN));
    dictSet(d, intern('nanj'), newComplex(0, NaN));
  },
};
