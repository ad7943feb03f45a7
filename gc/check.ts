/**
 * The debug heap checker: walks every object from HEAP_BASE to the
 * allocation top and checks the layout invariants (style.md §5):
 * - every object's type word refers to an object start whose own type is a
 *   type object (layout TYPE), and the layout id is valid;
 * - sizes stay inside the allocated region; fillers are well formed;
 * - every value field (fixed refs, `words` tails by their ref mask) is 0, a
 *   tagged int, or the start of an object;
 * - the root table, if present, holds only such values.
 * Frames (FRAMESTACK and GENERATOR tails) are not scanned field by field
 * yet: their live extent is known only to the interpreter.
 *
 * Returns a list of problems (empty = healthy). Only at a safepoint.
 */
import { heapTop, load, HEAP_BASE, rootTable, TYPE_LAYOUT_FIELD } from './heap.js';
import { HEADER_WORDS, LAYOUTS, L, sizeInWords, tailStart } from './layout.js';


export function checkHeap(maxProblems = 100): string[] {
  const problems: string[] = [];
  const top = heapTop();
  const starts = new Set<number>();
  const objects: number[] = [];
  // Pass 1: find object starts (sizes need each object's type, so this walk trusts type words).
  for (let p = HEAP_BASE; p < top;) {
    const w0 = load(p);
    if (w0 === 0) {
      // The never-written end of another worker's allocation buffer (it retires its buffer only when it
      // stops): fresh memory is zero and no object starts with a zero type word, so skip to the next word.
      p++;
      continue;
    }
    if (w0 & 1) {
      const words = w0 >>> 1;
      if (words < 2 || p + words > top) { problems.push(`bad filler at ${p}`); break; }
      p += words;
      continue;
    }
    const layoutId = w0 > 0 && w0 < top ? load(w0 + TYPE_LAYOUT_FIELD) : -1;
    const layout = LAYOUTS[layoutId];
    if (!layout || layoutId === L.FILLER) { problems.push(`object ${p}: bad type word ${w0}`); break; }
    const n = layout.tail === 'none' ? 0 : load(p + HEADER_WORDS + layout.refs + layout.lengthRaw);
    const size = sizeInWords(layout, n);
    if (n < 0 || p + size > top) { problems.push(`object ${p}: size ${size} runs past the top`); break; }
    starts.add(p);
    objects.push(p);
    p += size;
  }
  const isValue = (v: number) => v === 0 || (v & 1) === 1 || starts.has(v);
  /** Where a bad ref points: inside which object (the last start before it), for the report. */
  const inside = (v: number) => {
    let lo = 0, hi = objects.length - 1;
    if (hi < 0 || v < objects[0]!) return '';
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (objects[mid]! <= v) lo = mid; else hi = mid - 1;
    }
    const o = objects[lo]!;
    return ` (word ${v - o} of object ${o}, ${LAYOUTS[load(load(o) + TYPE_LAYOUT_FIELD)]?.name ?? '?'})`;
  };
  for (const p of objects) {
    if (problems.length >= maxProblems) break;
    const t = load(p);
    if (!starts.has(t) || load(t + TYPE_LAYOUT_FIELD) < 0 || load(load(t) + TYPE_LAYOUT_FIELD) !== L.TYPE) {
      problems.push(`object ${p}: type ${t} is not a type object`);
      continue;
    }
    const layout = LAYOUTS[load(t + TYPE_LAYOUT_FIELD)]!;
    for (let i = 0; i < layout.refs; i++) {
      const v = load(p + HEADER_WORDS + i);
      if (!isValue(v)) problems.push(`object ${p} (${layout.name}): field ${i} = ${v} is not a value${inside(v)}`);
    }
    if (layout.tail === 'words' && layout.refMask) {
      const n = load(p + HEADER_WORDS + layout.refs + layout.lengthRaw);
      const base = p + tailStart(layout);
      for (let e = 0; e < n; e++) {
        for (let k = 0; k < layout.stride; k++) {
          if (!((layout.refMask >> k) & 1)) continue;
          const v = load(base + e * layout.stride + k);
          if (!isValue(v)) problems.push(`object ${p} (${layout.name}): tail ${e}.${k} = ${v} is not a value${inside(v)}`);
        }
      }
    }
  }
  const roots = rootTable();
  if (roots && !starts.has(roots)) problems.push(`root table ${roots} is not an object`);
  return problems.slice(0, maxProblems);
}
