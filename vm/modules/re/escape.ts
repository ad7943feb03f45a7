/**
 * Small pure helpers of the `re` module: re.escape, and the flags part of
 * Pattern.__repr__ (CPython's order of names, re.UNICODE left out for str
 * patterns, unknown bits shown in hex).
 */
import { FLAG_ASCII, FLAG_LOCALE, FLAG_UNICODE } from './ast.js';

const SPECIAL = new Set(Array.from('()[]{}?*+-|^$\\.&~# \t\n\r\v\f', (c) => c.charCodeAt(0)));

/** re.escape over code points (or bytes): a backslash before each special character. */
export function escape(text: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (SPECIAL.has(c)) out.push(0x5c);
    out.push(c);
  }
  return out;
}

const FLAG_NAMES: [string, number][] = [
  ['re.TEMPLATE', 1], ['re.IGNORECASE', 2], ['re.LOCALE', 4], ['re.MULTILINE', 8], ['re.DOTALL', 16],
  ['re.UNICODE', 32], ['re.VERBOSE', 64], ['re.DEBUG', 128], ['re.ASCII', 256],
];

/** The flags as Pattern.__repr__ shows them ("re.IGNORECASE|re.DOTALL"), or "" when there are none to show. */
export function flagsRepr(flags: number, isBytes: boolean): string {
  let rest = flags;
  if (!isBytes && (rest & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) === FLAG_UNICODE) rest &= ~FLAG_UNICODE;
  const names: string[] = [];
  for (const [name, bit] of FLAG_NAMES) {
    if (rest & bit) {
      names.push(name);
      rest &= ~bit;
    }
  }
  if (rest) names.push('0x' + rest.toString(16));
  return names.join('|');
}
