/**
 * Sites and accesses: reading a code object to say where something
 * happened and what the instruction there touches.
 *
 * Model: a site is a code object and an instruction index (the STM records
 * them; scheduler/events.ts). An *access* is what one instruction does to
 * an object: reads or writes an attribute (`.value`), a global (`counter`),
 * an item (`d['hot']`, `dist[v]`: the container's and the key's names as
 * the bytecode loads them), or calls a method of one (`claimed.append`).
 * The STM knows the object of a conflict but, for the side that did not
 * meet it in the interpreter, not the instruction: `matchingWrites` finds
 * the instructions of that side's function that make the same access
 * (bytecode only: no run-time cost).
 *
 * Everything here is read at exit on worker 0, with no thread running.
 */
import { load } from '../gc/heap.js';
import { CODE, T, typeOf } from '../vm/objects/core.js';
import { jsString } from '../vm/objects/str.js';
import { tupleItems } from '../vm/objects/tuple.js';
import { codeInfo } from '../vm/interp/code.js';
import { OpNum } from '../vm/interp/opnum.js';
import { sourceLine } from '../vm/runtime/traceback.js';
import { isCodeObject } from '../scheduler/events.js';
import type { Site } from './model.js';

/** A site as the profile shows it, or null if `code`/`pc` do not name an instruction. */
export function siteOf(code: number, pc: number, how: Site['how']): Site | null {
  const line = lineOf(code, pc);
  if (line === null) return null;
  const file = jsString(load(code + CODE.FILENAME));
  const text = sourceLine(file, line);
  return { file, line, function: jsString(load(code + CODE.NAME)), source: text === null ? null : text.trim(), how };
}

/** The line of instruction `pc` of `code`, or null. */
export function lineOf(code: number, pc: number): number | null {
  if (pc < 0 || !isCodeObject(code)) return null;
  const positions = codeInfo(code).positions;
  if (pc * 4 >= positions.length) return null;
  const line = positions[pc * 4]!;
  return line > 0 ? line : null;
}

/** `File "x.py", line N, in f`, as tracebacks print a site. */
export function siteLabel(s: Site): string {
  return `File "${s.file}", line ${s.line}, in ${s.function}`;
}

// ---------------------------------------------------------------------------
// Accesses

export interface Access {
  what: 'attribute' | 'global' | 'item' | 'method';
  /** The attribute, global or method name; for an item, the key as the code loads it (`'hot'`, `v`), or null. */
  name: string | null;
  /** For an item or a method: the container as the code loads it (`d`, `self.items`), or null. */
  container: string | null;
  write: boolean;
}

const ATTR_OPS: Partial<Record<OpNum, boolean>> = {
  [OpNum.LOAD_ATTR]: false, [OpNum.STORE_ATTR]: true, [OpNum.DELETE_ATTR]: true,
};
const GLOBAL_OPS: Partial<Record<OpNum, boolean>> = {
  [OpNum.LOAD_GLOBAL]: false, [OpNum.STORE_GLOBAL]: true, [OpNum.DELETE_GLOBAL]: true,
  [OpNum.LOAD_NAME]: false, [OpNum.STORE_NAME]: true, [OpNum.DELETE_NAME]: true,
};
const ITEM_OPS: Partial<Record<OpNum, boolean>> = {
  [OpNum.BINARY_SUBSCR]: false, [OpNum.STORE_SUBSCR]: true, [OpNum.DELETE_SUBSCR]: true,
};
/** Methods that change their container (a call of one is a write to it). */
const MUTATORS = new Set([
  'append', 'extend', 'insert', 'pop', 'remove', 'clear', 'sort', 'reverse', 'update', 'setdefault', 'popitem',
  'add', 'discard', 'put', 'put_nowait', 'get', 'get_nowait', 'appendleft', 'popleft', '__setitem__', '__delitem__',
  'increment', 'inc', 'acquire', 'release',
]);

/** What instruction `pc` of `code` accesses, or null (a call, a jump, arithmetic...). */
export function accessAt(code: number, pc: number): Access | null {
  if (pc < 0 || !isCodeObject(code)) return null;
  const ci = codeInfo(code);
  const w = ci.words;
  if (pc >= w.length) return null;
  const op = (w[pc]! & 0xff) as OpNum, arg = w[pc]! >>> 8;
  if (op in ATTR_OPS) return { what: 'attribute', name: nameAt(ci.namesBase, arg), container: loadedName(code, pc - 1), write: ATTR_OPS[op]! };
  if (op in GLOBAL_OPS) return { what: 'global', name: nameAt(ci.namesBase, arg), container: null, write: GLOBAL_OPS[op]! };
  if (op in ITEM_OPS) return itemAccess(code, pc, ITEM_OPS[op]!);
  if (op === OpNum.LOAD_METHOD) {
    const name = nameAt(ci.namesBase, arg);
    return { what: 'method', name, container: loadedName(code, pc - 1), write: MUTATORS.has(name) };
  }
  if (op === OpNum.CALL_METHOD || op === OpNum.CALL_METHOD_KW) {
    // The method loaded for this call: the nearest LOAD_METHOD before it on the same line.
    const line = lineOf(code, pc);
    for (let k = pc - 1; k >= 0 && lineOf(code, k) === line; k--) if ((w[k]! & 0xff) === OpNum.LOAD_METHOD) return accessAt(code, k);
  }
  return null;
}

/**
 * An item access: the key and the container are the two values loaded
 * before the line's first subscript (`d['hot'] += 1` loads d, 'hot', then
 * copies them for the read and the write).
 */
function itemAccess(code: number, pc: number, write: boolean): Access {
  const w = codeInfo(code).words;
  const line = lineOf(code, pc);
  let first = pc;
  for (let k = pc - 1; k >= 0 && lineOf(code, k) === line; k--) if ((w[k]! & 0xff) in ITEM_OPS) first = k;
  let k = first - 1;
  while (k >= 0 && STACK_SHUFFLES.has(w[k]! & 0xff)) k--;
  return { what: 'item', name: loadedName(code, k), container: loadedName(code, k - 1), write };
}

const STACK_SHUFFLES = new Set<number>([OpNum.COPY, OpNum.SWAP, OpNum.NOP]);

/** The name or constant instruction `pc` loads (`v`, `d`, `'hot'`, `0`, `self.items`), or null. */
function loadedName(code: number, pc: number): string | null {
  if (pc < 0) return null;
  const ci = codeInfo(code);
  const op = (ci.words[pc]! & 0xff) as OpNum, arg = ci.words[pc]! >>> 8;
  switch (op) {
    case OpNum.LOAD_FAST: return tupleName(load(code + CODE.VARNAMES), arg);
    case OpNum.LOAD_GLOBAL: case OpNum.LOAD_NAME: return nameAt(ci.namesBase, arg);
    case OpNum.LOAD_DEREF: case OpNum.LOAD_CLASSDEREF: return cellName(code, arg);
    case OpNum.LOAD_CONST: return constText(load(ci.constsBase + arg));
    case OpNum.LOAD_ATTR: {
      const base = loadedName(code, pc - 1);
      return `${base ?? '?'}.${nameAt(ci.namesBase, arg)}`;
    }
    default: return null;
  }
}

function nameAt(namesBase: number, i: number): string {
  return jsString(load(namesBase + i));
}

function tupleName(tuple: number, i: number): string | null {
  const items = tupleItems(tuple);
  return i < items.length ? jsString(items[i]!) : null;
}

/** A cell or free variable's name (cells first, then frees, as the compiler numbers them). */
function cellName(code: number, i: number): string | null {
  const cells = load(code + CODE.CELLVARS);
  const n = tupleItems(cells).length;
  return i < n ? tupleName(cells, i) : tupleName(load(code + CODE.FREEVARS), i - n);
}

/** A constant as the source would show it (ints and short strings), or null. */
function constText(v: number): string | null {
  if (v & 1) return String(v >> 1);
  if (typeOf(v) === T.str) {
    const s = jsString(v);
    return s.length <= 40 ? `'${s}'` : null;
  }
  return null;
}

/** The two accesses are of the same thing (same kind; same name and container where both are known). */
export function sameAccess(a: Access, b: Access): boolean {
  if (a.what !== b.what && !(a.what === 'method' && b.what === 'item') && !(a.what === 'item' && b.what === 'method')) return false;
  if (a.what === 'attribute' || a.what === 'global') return a.name === null || b.name === null || a.name === b.name;
  if (a.what === 'method' || b.what === 'method') return a.container !== null && a.container === b.container;
  return a.container === b.container && (a.name === null || b.name === null || a.name === b.name);
}

/**
 * The instructions of `code` that make access `a` (writes if `write`,
 * else reads), as instruction indexes; nested code objects are not searched.
 */
export function matchingAccesses(code: number, a: Access, write: boolean): number[] {
  if (!isCodeObject(code)) return [];
  const all = accessesOf(code);
  const found: number[] = [];
  for (let pc = 0; pc < all.length; pc++) {
    const b = all[pc];
    if (b && b.write === write && sameAccess(a, b)) found.push(pc);
  }
  return found;
}

/** Every instruction's access, decoded once per code object (a report asks the same code for each of its events). */
const decoded = new Map<number, Array<Access | null>>();

function accessesOf(code: number): Array<Access | null> {
  let all = decoded.get(code);
  if (!all) {
    const n = codeInfo(code).words.length;
    all = [];
    for (let pc = 0; pc < n; pc++) all.push(accessAt(code, pc));
    decoded.set(code, all);
  }
  return all;
}

/** The access as the source would write it: `.value`, `counter`, `d['hot']`, `claimed.append()`. */
export function accessText(a: Access): string {
  switch (a.what) {
    case 'attribute': return `${a.container ?? ''}.${a.name}`;
    case 'global': return a.name ?? '?';
    case 'item': return `${a.container ?? '?'}[${a.name ?? '?'}]`;
    case 'method': return `${a.container ?? '?'}.${a.name}()`;
  }
}
