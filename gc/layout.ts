/**
 * Heap object layouts: the single table from which every object's size and
 * reference fields are derived (the allocator, the heap checker and, in issue
 * #5, the collector all read it).
 *
 * Model:
 * - The heap is an array of 32-bit words. A *value* is one word: odd = a
 *   tagged small int (`n << 1 | 1`), 0 = NULL, even and non-zero = the word
 *   index of an object start. Objects start on even words (8-byte aligned)
 *   and occupy an even number of words.
 * - Every object starts with a 2-word header: word 0 = its type (a value
 *   referring to a type object), word 1 = the STM's version/lock word
 *   (always 0 until issue #4). GC mark bits live in a side bitmap (issue #5).
 * - After the header: `refs` value fields, then `raw` plain words, then an
 *   optional variable tail whose element count is stored in raw word
 *   `lengthRaw`. A `words` tail is made of records of `stride` words; bit i
 *   of `refMask` says word i of each record is a value. Byte, u16 and f64
 *   tails are raw. An f64 tail starts on an even word.
 * - A gap (the unused end of an allocation buffer) is a *filler*: word 0 is
 *   odd, `size << 1 | 1`, which no type reference can be.
 *
 * The type object records which layout its instances use (raw field
 * `TYPE_LAYOUT`), so the heap walker finds any object's size from its type.
 */

export type TailKind = 'none' | 'words' | 'u8' | 'u16' | 'f64';

export interface Layout {
  readonly name: string;
  /** Value fields right after the header. */
  readonly refs: number;
  /** Raw (non-value) words after the value fields. */
  readonly raw: number;
  readonly tail: TailKind;
  /** Raw word (index among the raw words) holding the tail's element count. */
  readonly lengthRaw: number;
  /** `words` tails: words per element and which of them are values. */
  readonly stride: number;
  readonly refMask: number;
}

export const HEADER_WORDS = 2;
/** Word 0: the type. Word 1: the STM word. */
export const H_TYPE = 0;
export const H_STM = 1;

function layout(name: string, refs: number, raw: number, tail: TailKind = 'none', stride = 1, refMask = 0): Layout {
  return { name, refs, raw, tail, lengthRaw: 0, stride, refMask };
}

/**
 * Every layout, by id (the row order is the id; append only). Field meanings
 * are named in vm/ beside the type that uses the layout.
 */
export const LAYOUTS = [
  /* 0 FILLER (never a type's layout) */ layout('filler', 0, 0),
  /* 1 OBJECT: plain instance: refs [dict] */ layout('object', 1, 0),
  /* 2 TYPE: refs [name, qualname, bases, mro, dict, base, module, subclasses, doc] raw [length of slot cache, flags, layout, version], tail: special-method cache */
  layout('type', 9, 4, 'words', 1, 1),
  /* 3 BIGINT: raw [limb count, sign], tail u32 limbs (magnitude, little-endian) */ layout('bigint', 0, 2, 'words', 1, 0),
  /* 4 FLOAT: raw [f64 lo, f64 hi] */ layout('float', 0, 2),
  /* 5 STR: raw [u16 length, code points, hash, flags], tail UTF-16 */ layout('str', 0, 4, 'u16'),
  /* 6 TUPLE: raw [length], tail values */ layout('tuple', 0, 1, 'words', 1, 1),
  /* 7 LIST: refs [items array] raw [length] */ layout('list', 1, 1),
  /* 8 ARRAY: raw [capacity], tail values (backing store of lists) */ layout('array', 0, 1, 'words', 1, 1),
  /* 9 DICT: refs [entries (DICTKEYS), indices (I32ARRAY)] raw [length, entries used, version] */ layout('dict', 2, 3),
  /* 10 DICTKEYS: raw [capacity, hash bloom], tail records (hash, key, value); a deleted entry has key 0 */
  layout('dictkeys', 0, 2, 'words', 3, 0b110),
  /* 11 I32ARRAY: raw [length], tail raw words (hash indices, bytecode) */ layout('i32array', 0, 1, 'words', 1, 0),
  /* 12 SET: refs [table] raw [used, fill, mask] */ layout('set', 1, 3),
  /* 13 SETTABLE: raw [slots], tail records (hash, key) */ layout('settable', 0, 1, 'words', 2, 0b10),
  /* 14 FUNCTION: refs [code, globals, name, qualname, defaults, kwdefaults, closure, doc, module, dict, annotations] */
  layout('function', 11, 0),
  /* 15 NATIVE: refs [name, self, qualname] raw [native id, kind] */ layout('native', 3, 2),
  /* 16 METHOD: refs [function, self] */ layout('method', 2, 0),
  /* 17 CELL: refs [contents] */ layout('cell', 1, 0),
  /* 18 CODE: refs [name, qualname, filename, consts, names, varnames, cellvars, freevars, docstring, code, positions, exctable, cell2arg] raw [argcount, posonly, kwonly, flags, firstlineno, stacksize] */
  layout('code', 13, 6),
  /* 19 MODULE: refs [dict] */ layout('module', 1, 0),
  /* 20 EXCEPTION: refs [dict, args, traceback, cause, context, value(StopIteration/SystemExit code)] raw [suppress_context] */
  layout('exception', 6, 2),
  /* 21 TRACEBACK: refs [next, code, globals] raw [lasti, lineno] */ layout('traceback', 3, 2),
  /* 22 RANGE: refs [start, stop, step] */ layout('range', 3, 0),
  /* 23 ITERATOR: refs [target, aux] raw [index, kind] (sequence / dict / range / map ... iterators) */ layout('iterator', 2, 2),
  /* 24 GENERATOR: refs [code, name, qualname, handled exception, caller's handled exception] raw [frame words, state], tail: the frame (see gc/frames.ts) */
  layout('generator', 5, 2, 'words', 1, 0),
  /* 25 BYTES: raw [length], tail bytes */ layout('bytes', 0, 1, 'u8'),
  /* 26 PAIR: refs [a, b] (property parts, staticmethod, classmethod, super, slice...) */ layout('pair', 4, 0),
  /* 27 FRAMESTACK: raw [words], tail: frames (scanned through thread states) */ layout('framestack', 0, 1, 'words', 1, 0),
  /* 28 THREAD: refs [handled exception, frame stack, current exception being raised, outcome (result or uncaught
     exception), next in a wait list, next in the run queue, object waited on, the object whose method the thread
     runs (a threading.Thread: its name)] raw [top frame, stack top, depth,
     recursion limit, ident, status, wake-up deadline, wake word, outcome kind, atomic depth, transactions committed,
     transactions aborted, microseconds lost to aborts, region length under transactions, when it last blocked
     (ms), the collection its gc.collect() waits for] (scheduler fields: scheduler/README.md) */
  layout('thread', 8, 16),
  /* 29 ROOTS: raw [count], tail values: the root table */ layout('roots', 0, 1, 'words', 1, 1),
  /* 30 COMPLEX: raw [real f64 lo, hi, imag f64 lo, hi] */ layout('complex', 0, 4),
  /* 31 LOCK: refs [first waiting thread] raw [state (0 free, 1 held), owner ident] (_thread.lock) */ layout('lock', 1, 2),
  /* 32 SCHED: refs [run queue head, run queue tail, all threads (list), STM area (i32array), finished threads' stats
     (list), conflict event buffers (list), spare frame stacks (list)] raw [lock word, live threads, next ident,
     runnable count, wake word, exit flag] (scheduler/threads.ts, scheduler/events.ts) */
  layout('sched', 7, 6),
  /* 33 WEAKREF: refs [callback] raw [referent (not traced: 0 once the collector found it dead), hash, hashed]
     (vm/runtime/specs-weakref.ts) */
  layout('weakref', 1, 3),
] as const satisfies readonly Layout[];

export const L = {
  FILLER: 0, OBJECT: 1, TYPE: 2, BIGINT: 3, FLOAT: 4, STR: 5, TUPLE: 6, LIST: 7, ARRAY: 8, DICT: 9,
  DICTKEYS: 10, I32ARRAY: 11, SET: 12, SETTABLE: 13, FUNCTION: 14, NATIVE: 15, METHOD: 16, CELL: 17,
  CODE: 18, MODULE: 19, EXCEPTION: 20, TRACEBACK: 21, RANGE: 22, ITERATOR: 23, GENERATOR: 24,
  BYTES: 25, PAIR: 26, FRAMESTACK: 27, THREAD: 28, ROOTS: 29, COMPLEX: 30, LOCK: 31, SCHED: 32, WEAKREF: 33,
} as const;

// Compile-time check: L names every row, in order.
type Expect<T extends true> = T;
export type _LayoutCount = Expect<(typeof LAYOUTS)['length'] extends 34 ? true : false>;
if (LAYOUTS.length !== Object.keys(L).length) throw new Error('layout table and L disagree');

/** First word of the fixed raw fields. */
export function rawStart(l: Layout): number {
  return HEADER_WORDS + l.refs;
}

/** First word of the tail (f64 tails are aligned to an even word). */
export function tailStart(l: Layout): number {
  const s = HEADER_WORDS + l.refs + l.raw;
  return l.tail === 'f64' && s & 1 ? s + 1 : s;
}

/** Words an object of layout `l` with `n` tail elements occupies (even). */
export function sizeInWords(l: Layout, n: number): number {
  let words = tailStart(l);
  switch (l.tail) {
    case 'none': break;
    case 'words': words += n * l.stride; break;
    case 'u8': words += (n + 3) >> 2; break;
    case 'u16': words += (n + 1) >> 1; break;
    case 'f64': words += 2 * n; break;
  }
  return (words + 1) & ~1;
}

/** Encodes a filler word for a gap of `words` words. */
export function fillerWord(words: number): number {
  return (words << 1) | 1;
}
