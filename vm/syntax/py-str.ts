/**
 * Python str values as the AST holds them (the `str` variant of PyConstant).
 *
 * Model: a Python str is a sequence of code points, and may hold lone
 * surrogates (U+D800..U+DFFF). A JS string read by code point says the same
 * thing, with one exception: a lone high surrogate followed by a lone low
 * surrogate (Python's '\ud834\udd20', two code points) is, as a JS string,
 * the single astral character U+1D120. So a str is `value`, the JS string of
 * its code points, plus `codePoints`, the exact code points, present exactly
 * when `value` is ambiguous that way. Consequences every user relies on:
 * - without `codePoints`, iterating `value` by code point gives the str;
 * - `value`'s last UTF-16 unit is a high surrogate iff the str ends with a
 *   lone high surrogate; its first unit is a low surrogate iff the str starts
 *   with a lone low surrogate (whether or not `codePoints` is present);
 * - two strs are equal iff their `value`s are equal and both or neither
 *   carry `codePoints`, and then equal `codePoints`.
 */

export interface PyStr {
  value: string;
  codePoints?: Uint32Array;
}

export function isHighSurrogate(u: number): boolean {
  return u >= 0xd800 && u <= 0xdbff;
}

export function isLowSurrogate(u: number): boolean {
  return u >= 0xdc00 && u <= 0xdfff;
}

/** Whether code points hold a high surrogate immediately followed by a low one. */
export function hasSurrogatePair(cps: ArrayLike<number>): boolean {
  for (let i = 1; i < cps.length; i++) {
    if (isLowSurrogate(cps[i]!) && isHighSurrogate(cps[i - 1]!)) return true;
  }
  return false;
}

/** The str of code points `cps` (`codePoints` only when needed). */
export function strFromCodePoints(cps: ArrayLike<number>): PyStr {
  let value = '';
  for (let i = 0; i < cps.length; i++) value += String.fromCodePoint(cps[i]!);
  return hasSurrogatePair(cps) ? { value, codePoints: Uint32Array.from(cps) } : { value };
}

/** The code points of `s`. */
export function strCodePoints(s: PyStr): Uint32Array {
  if (s.codePoints !== undefined) return s.codePoints;
  const v = s.value;
  const out = new Uint32Array(v.length);
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const cp = v.codePointAt(i)!;
    if (cp > 0xffff) i++;
    out[n++] = cp;
  }
  return n === v.length ? out : out.slice(0, n);
}

/** Python's len(s). */
export function strLength(s: PyStr): number {
  return s.codePoints?.length ?? strCodePoints(s).length;
}

/** Python's a + b. */
export function concatStr(a: PyStr, b: PyStr): PyStr {
  if (a.value.length === 0) return b;
  if (b.value.length === 0) return a;
  const value = a.value + b.value;
  const joint = isHighSurrogate(a.value.charCodeAt(a.value.length - 1)) && isLowSurrogate(b.value.charCodeAt(0));
  if (!joint && a.codePoints === undefined && b.codePoints === undefined) return { value };
  const x = strCodePoints(a);
  const y = strCodePoints(b);
  const codePoints = new Uint32Array(x.length + y.length);
  codePoints.set(x);
  codePoints.set(y, x.length);
  return { value, codePoints };
}

/** Python's s * n (n >= 0). */
export function repeatStr(s: PyStr, n: number): PyStr {
  if (n <= 0 || s.value.length === 0) return { value: '' };
  const v = s.value;
  const joint = n > 1 && isHighSurrogate(v.charCodeAt(v.length - 1)) && isLowSurrogate(v.charCodeAt(0));
  if (!joint && s.codePoints === undefined) return { value: v.repeat(n) };
  const one = strCodePoints(s);
  const codePoints = new Uint32Array(one.length * n);
  for (let k = 0; k < n; k++) codePoints.set(one, k * one.length);
  return { value: v.repeat(n), codePoints };
}

/** Python's a == b. */
export function strEquals(a: PyStr, b: PyStr): boolean {
  if (a.value !== b.value) return false;
  const x = a.codePoints;
  const y = b.codePoints;
  if (x === undefined || y === undefined) return x === y;
  return x.length === y.length && x.every((cp, i) => cp === y[i]);
}

/** A string equal for equal strs only (for maps of constants). */
export function strKey(s: PyStr): string {
  return s.codePoints === undefined ? 'v' + s.value : 'c' + s.codePoints.join(',');
}
