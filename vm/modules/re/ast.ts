/**
 * The parsed form of a regular expression, mirroring the tree CPython's
 * re._parser builds (LITERAL, IN, BRANCH, SUBPATTERN, repeats, ...).
 *
 * Invariants: a Seq is a list of nodes matched in order; group numbers start
 * at 1 (0 is the whole match); `max === MAXREPEAT` means unbounded.
 */

export const FLAG_TEMPLATE = 1;
export const FLAG_IGNORECASE = 2;
export const FLAG_LOCALE = 4;
export const FLAG_MULTILINE = 8;
export const FLAG_DOTALL = 16;
export const FLAG_UNICODE = 32;
export const FLAG_VERBOSE = 64;
export const FLAG_DEBUG = 128;
export const FLAG_ASCII = 256;
export const TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
export const GLOBAL_FLAGS = FLAG_DEBUG | FLAG_TEMPLATE;

export const MAXREPEAT = 4294967295;
export const MAXGROUPS = 1073741823;
export const MAXWIDTH = 2 ** 64;

export type Category = 'd' | 'D' | 's' | 'S' | 'w' | 'W';
export type SetItem =
  | { k: 'lit'; c: number }
  | { k: 'range'; lo: number; hi: number }
  | { k: 'cat'; cat: Category };

export type AtKind = 'begin' | 'end' | 'beginString' | 'endString' | 'boundary' | 'nonBoundary';

export type Node =
  | { t: 'lit'; c: number }
  | { t: 'notlit'; c: number }
  | { t: 'any' }
  | { t: 'in'; neg: boolean; items: SetItem[] }
  | { t: 'at'; at: AtKind }
  | { t: 'branch'; alts: Seq[] }
  | { t: 'group'; gid: number | null; add: number; del: number; body: Seq }
  | { t: 'atomic'; body: Seq }
  | { t: 'repeat'; min: number; max: number; mode: 'greedy' | 'lazy' | 'possessive'; body: Seq }
  | { t: 'ref'; gid: number }
  | { t: 'cond'; gid: number; yes: Seq; no: Seq | null }
  | { t: 'assert'; behind: boolean; neg: boolean; body: Seq };

export type Seq = Node[];

/** [min, max] width of a sequence, as re._parser's SubPattern.getwidth. */
export function seqWidth(seq: Seq, groupWidths: ([number, number] | null)[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const node of seq) {
    const [i, j] = nodeWidth(node, groupWidths);
    lo += i;
    hi += j;
  }
  return [Math.min(lo, MAXWIDTH), Math.min(hi, MAXWIDTH)];
}

function nodeWidth(node: Node, groupWidths: ([number, number] | null)[]): [number, number] {
  switch (node.t) {
    case 'lit': case 'notlit': case 'any': case 'in':
      return [1, 1];
    case 'branch': {
      let i = MAXWIDTH;
      let j = 0;
      for (const alt of node.alts) {
        const [l, h] = seqWidth(alt, groupWidths);
        i = Math.min(i, l);
        j = Math.max(j, h);
      }
      return [i, j];
    }
    case 'group': case 'atomic':
      return seqWidth(node.body, groupWidths);
    case 'repeat': {
      const [i, j] = seqWidth(node.body, groupWidths);
      const hi = node.max === MAXREPEAT && j ? MAXWIDTH : j * node.max;
      return [i * node.min, hi];
    }
    case 'ref':
      return groupWidths[node.gid] ?? [0, 0];
    case 'cond': {
      let [i, j] = seqWidth(node.yes, groupWidths);
      if (node.no !== null) {
        const [l, h] = seqWidth(node.no, groupWidths);
        i = Math.min(i, l);
        j = Math.max(j, h);
      } else {
        i = 0;
      }
      return [i, j];
    }
    default:
      return [0, 0];
  }
}
