/**
 * Remedy hints: one line per contention point, chosen from the pattern —
 * the kind, what the aborted line accesses and how (the source shows `+=`),
 * the object's type. The table reads top to bottom; the first rule that
 * matches gives the hint.
 */
import type { Access } from './sites.js';
import type { PointKind, Site } from './model.js';

export interface Pattern {
  kind: PointKind;
  access: Access | null;
  /** The object's type name. */
  type: string;
  aborted: Site | null;
  /** Several threads wait at this point or abort there. */
  count: number;
}

const isUpdate = (p: Pattern) => /(\+|-|\*|\||&)=/.test(p.aborted?.source ?? '');
const constantKey = (p: Pattern) => p.access?.what === 'item' && p.access.name !== null && /^('.*'|-?\d+)$/.test(p.access.name);

const RULES: Array<[(p: Pattern) => boolean, (p: Pattern) => string]> = [
  [(p) => p.kind === 'inevitable', () => 'output or other I/O makes a transaction inevitable, and while it runs no other can commit: move print/I/O out of `with atomic:` and out of hot loops (collect, then print once)'],
  [(p) => p.kind === 'serial', () => 'a transaction aborted 3 times in a row and re-ran alone, stopping the others: remove the conflicts listed with it (the hot objects above) and this goes too'],
  [(p) => p.kind === 'retry', () => 'retry() woke up and re-ran the block: what it waits for arrives slowly; wait on a queue or event instead, or give the producer more of the work'],
  [(p) => p.kind === 'lock-wait', () => 'threads queue on this lock: hold it for less time (move work out of `with lock:`), split it per item, or use `with atomic:` so that non-overlapping updates run in parallel'],
  [(p) => p.kind === 'queue-wait' && p.access?.name?.startsWith('put') === true, () => 'producers wait on a full queue: the consumers are the bottleneck (more consumers, larger maxsize, or bigger items)'],
  [(p) => p.kind === 'queue-wait', () => 'consumers wait on an empty queue: the producers are the bottleneck (more producers, or hand out bigger pieces of work per item)'],
  [(p) => p.kind === 'condition-wait', () => 'threads wait on this event/condition: the work they wait for runs serially; signal earlier or split it'],
  [(p) => p.access?.what === 'global' && isUpdate(p), (p) => `a global counter every thread updates (${p.access!.name}): use pystm.Counter (conflict-free), or count per thread and add up at the end`],
  [(p) => p.access?.what === 'global', (p) => `a global every thread writes (${p.access!.name}): keep it per thread (a local, or threading.local) and combine at the end`],
  [(p) => p.access?.what === 'attribute' && isUpdate(p), (p) => `an attribute every thread updates (.${p.access!.name}): a shared counter; use pystm.Counter, or per-thread totals added at the end`],
  [(p) => p.access?.what === 'item' && p.type === 'dict' && constantKey(p), (p) => `one hot dict key (${p.access!.name}): shard it (one key per thread, merged at the end) or accumulate per thread`],
  [(p) => p.access?.what === 'item' && constantKey(p), (p) => `one ${p.type} slot (${p.access!.container}[${p.access!.name}]) every thread writes: give each thread its own slot or accumulator and combine after`],
  [(p) => p.access?.what === 'method' && p.access.write, (p) => `every thread changes one shared ${p.type} (${p.access!.container}.${p.access!.name}()): collect per thread and combine after, or use a queue`],
  [(p) => p.kind === 'read-write' && p.access?.write === false, () => 'reads of items other threads write abort the reader when they change (for example a pre-check outside `atomic`): expected if rare; fewer shared reads, or partitioning the data by thread, makes it cheaper'],
  [() => true, (p) => `threads write this ${p.type} at once: shorten the transactions that touch it, or give each thread its own part`],
];

/** The hint for a contention point. */
export function hintFor(p: Pattern): string {
  for (const [matches, hint] of RULES) if (matches(p)) return hint(p);
  return '';
}
