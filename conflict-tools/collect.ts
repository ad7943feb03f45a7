/**
 * Collecting the profile at exit: the records the workers left in the heap
 * (scheduler/events.ts) become a `Profile` (model.ts).
 *
 * Model: every abort and every wait is a *contention event* with an object,
 * a kind, the side that lost (aborted or waited) and the side that won (the
 * transaction that wrote the object or made itself inevitable, the lock's
 * holder). Events with the same object, kind and both sites' lines are one
 * contention point; points are grouped by object; both are ranked by time
 * lost. A site the STM did not record exactly is inferred from the bytecode
 * (sites.ts), else it is where that thread last stopped (`Site.how`).
 *
 * Runs on worker 0 after the program has ended (no thread runs), reading
 * the heap; the cost is per record, not on the program's path.
 */
import { load } from '../gc/heap.js';
import { K, MODULE_DICT, SCHED, T, THREAD, TYPE, typeOf } from '../vm/objects/core.js';
import { dictEntries } from '../vm/objects/dict.js';
import { isSubtype } from '../vm/objects/type.js';
import { listItems } from '../vm/objects/list.js';
import { jsString } from '../vm/objects/str.js';
import { tupleItems } from '../vm/objects/tuple.js';
import { toSafeNumber } from '../vm/objects/int.js';
import { ConflictKind } from '../stm/tx.js';
import { allConflicts, allSlices, allWaits, OUTCOME, WAIT, type ConflictEvent, type SliceRecord, type WaitRecord } from '../scheduler/events.js';
import { allThreads, threadName } from '../scheduler/threads.js';
import { accessAt, accessText, matchingAccesses, siteOf, type Access } from './sites.js';
import { hintFor } from './hints.js';
import {
  PROFILE_SCHEMA, PROFILE_SCHEMA_VERSION, TIMELINE_BUCKETS, type ContendedObject, type ContentionPoint, type PointKind,
  type Profile, type Site, type ThreadSummary, type TimeSlice,
} from './model.js';

export interface RunFacts {
  program: string;
  workers: number;
  startMs: number;
  endMs: number;
  processCpuMs: number;
  gcPauses: { startMs: number; durMs: number }[];
}

/** A contention event before grouping. */
interface Contention {
  objKey: string;
  obj: number;
  kind: PointKind;
  access: Access | null;
  /** What the winner's line accesses (inferred), if known. */
  winnerAccess?: Access | null;
  aborted: Site | null;
  winner: Site | null;
  thread: number;
  winnerThread: number;
  lostUs: number;
  timeMs: number;
  /** Only when `obj` is 0: what the point is about. */
  about?: string;
}

const KIND_OF: Record<number, PointKind> = {
  [ConflictKind.READ_LOCKED]: 'read-write', [ConflictKind.VALIDATION]: 'read-write', [ConflictKind.WRITE_LOCKED]: 'write-write',
  [ConflictKind.INEVITABLE]: 'inevitable', [ConflictKind.REQUESTED]: 'inevitable', [ConflictKind.RETRY]: 'retry',
};
const WAIT_KIND: Record<number, PointKind> = {
  [WAIT.LOCK]: 'lock-wait', [WAIT.QUEUE]: 'queue-wait', [WAIT.CONDITION]: 'condition-wait', [WAIT.JOIN]: 'join-wait',
};
const OUTCOME_NAME: Record<number, TimeSlice['outcome']> = {
  [OUTCOME.COMMITTED]: 'committed', [OUTCOME.ABORTED]: 'aborted', [OUTCOME.INEVITABLE]: 'inevitable',
  [OUTCOME.PLAIN]: 'plain', [OUTCOME.BACKOFF]: 'backoff',
};

/** Reads every record and builds the profile; `top` bounds the objects listed. */
export function collectProfile(run: RunFacts, top: number): Profile {
  const names = threadNames();
  const { events, dropped: droppedConflicts } = allConflicts();
  const { slices, dropped: droppedSlices, totalsUs } = allSlices();
  const { waits, dropped: droppedWaits } = allWaits();
  const sites = new SiteCache();
  const conflicts = conflictContentions(events, sites);
  const blocked = waits.filter((w) => w.kind !== WAIT.JOIN);
  const contentions = [...conflicts, ...blocked.map((w) => waitContention(w, sites))];
  const span = { from: run.startMs, to: Math.max(run.endMs, run.startMs + 1) };
  const objects = rankObjects(contentions, span, names).slice(0, top);
  const ms = (us: number) => us / 1000;
  const committedMs = ms(totalsUs[OUTCOME.COMMITTED]! + totalsUs[OUTCOME.INEVITABLE]! + totalsUs[OUTCOME.PLAIN]!);
  const blockedMs = ms(blocked.reduce((a, w) => a + w.durUs, 0));
  const backoffMs = ms(totalsUs[OUTCOME.BACKOFF]!);
  const wallMs = run.endMs - run.startMs;
  const gcMs = run.gcPauses.reduce((a, p) => a + p.durMs, 0);
  const rel = (t: number) => t - run.startMs;
  return {
    schema: PROFILE_SCHEMA,
    version: PROFILE_SCHEMA_VERSION,
    summary: {
      program: run.program, workers: run.workers, threads: names.size, wallMs, processCpuMs: run.processCpuMs,
      committedMs, inevitableMs: ms(totalsUs[OUTCOME.INEVITABLE]!), abortedMs: ms(totalsUs[OUTCOME.ABORTED]!),
      waitingMs: blockedMs + backoffMs, blockedMs, backoffMs, gcMs, gcCollections: run.gcPauses.length,
      parallelEfficiency: wallMs > 0 ? committedMs / (wallMs * run.workers) : 0,
      aborts: events.filter((e) => e.kind !== ConflictKind.RETRY).length + droppedConflicts,
      dropped: { conflicts: droppedConflicts, slices: droppedSlices, waits: droppedWaits },
    },
    threads: threadSummaries(names, slices, waits),
    objects,
    slices: slices.map((s) => ({
      thread: s.thread, worker: s.worker, startMs: rel(s.startMs), durMs: ms(s.durUs), outcome: OUTCOME_NAME[s.outcome] ?? 'plain',
      site: sites.get(s.code, s.pc, 'approximate'),
    })),
    conflicts: conflicts.map((c) => ({
      kind: c.kind, timeMs: rel(c.timeMs), thread: identOf(c.thread), winnerThread: c.winnerThread ? identOf(c.winnerThread) : null,
      lostMs: ms(c.lostUs), object: describe(c).description,
    })),
    waits: waits.map((w) => ({
      kind: WAIT_KIND[w.kind] ?? 'lock-wait', thread: w.thread, startMs: rel(w.startMs), durMs: ms(w.durUs),
      object: w.obj ? typeName(w.obj) : 'lock', site: sites.get(w.code, w.pc, 'exact'),
    })),
    gcPauses: run.gcPauses.map((p) => ({ startMs: rel(p.startMs), durMs: p.durMs })),
  };
}

/** Sites by code and instruction, made once (a profile has up to 64K slices per worker). */
class SiteCache {
  private readonly cache = new Map<string, Site | null>();
  get(code: number, pc: number, how: Site['how']): Site | null {
    const key = `${code}:${pc}:${how}`;
    let s = this.cache.get(key);
    if (s === undefined) this.cache.set(key, (s = siteOf(code, pc, how)));
    return s;
  }
}

// ---------------------------------------------------------------------------
// Conflicts: both sides

/**
 * Each abort as a contention event. What the object was accessed as comes
 * from the aborted side's instruction when exact, else from any exact event
 * on the same object; the sides not recorded exactly are inferred from it.
 */
function conflictContentions(events: ConflictEvent[], sites: SiteCache): Contention[] {
  const known = new Map<number, Access>();
  const exactSites = new Map<number, Array<[number, number]>>();
  for (const e of events) {
    const a = e.exact && e.obj ? accessAt(e.code, e.pc) : null;
    if (!a) continue;
    if (!known.has(e.obj)) known.set(e.obj, a);
    const list = exactSites.get(e.obj) ?? [];
    list.push([e.code, e.pc]);
    exactSites.set(e.obj, list);
  }
  return events.map((e): Contention => {
    const own = e.exact ? accessAt(e.code, e.pc) : null;
    let access = own ?? (e.obj ? known.get(e.obj) ?? null : null);
    // A module's globals are one object to the STM: a write of any global conflicts with a read of any other.
    const globals = e.obj !== 0 && moduleOfGlobals(e.obj) !== null;
    const match = globals && access?.what === 'global' ? { ...access, name: null } : access;
    const kind = e.otherSerial ? 'serial' : KIND_OF[e.kind] ?? 'read-write';
    const aborted = e.exact ? sites.get(e.code, e.pc, 'exact') : inferSite(e.code, e.pc, match, false, sites);
    let winner: Site | null, winnerAccess: Access | null = null;
    if (e.otherExact || e.otherSerial) winner = sites.get(e.otherCode, e.otherPc, e.otherExact ? 'exact' : 'approximate');
    else if (kind === 'inevitable' || kind === 'retry') winner = sites.get(e.otherCode, e.otherPc, 'approximate');
    else {
      const w = inferWinner(e, match, exactSites.get(e.obj) ?? [], sites);
      [winner, winnerAccess] = [w.site, w.access];
    }
    if (globals && winnerAccess?.what === 'global' && winnerAccess.write) access = winnerAccess;
    const member = access ? memberKey(access) : e.index >= 0 ? `#${e.index}` : '';
    return {
      objKey: e.obj ? `${e.obj}:${e.index >= 0 && !access ? e.index : ''}:${globals ? '' : member}` : `${kind}:${winner ? winner.file + winner.line : ''}`,
      obj: e.obj, kind, access, winnerAccess, aborted, winner, thread: e.thread, winnerThread: e.other, lostUs: e.lostUs, timeMs: e.timeMs,
      about: e.obj ? undefined : ABOUT[kind] ?? '(no object recorded)',
    };
  });
}

const ABOUT: Partial<Record<PointKind, string>> = {
  inevitable: 'I/O in an inevitable transaction',
  serial: 'a serial re-run (inevitable after 3 aborts in a row)',
  retry: 'pystm.retry()',
};

/**
 * The winning side of a data conflict: the writer. Its write of the object
 * in the function where it stopped; else the line where another thread met
 * the object exactly, a write first; else where it stopped.
 */
function inferWinner(e: ConflictEvent, access: Access | null, exact: Array<[number, number]>, sites: SiteCache): { site: Site | null; access: Access | null } {
  if (access) {
    const found = matchingAccesses(e.otherCode, access, true);
    if (found.length) {
      const pc = nearest(found, e.otherPc);
      return { site: sites.get(e.otherCode, pc, 'inferred'), access: accessAt(e.otherCode, pc) };
    }
  }
  const writes = exact.filter(([code, pc]) => accessAt(code, pc)?.write);
  const pick = writes[0] ?? exact[0];
  if (pick) return { site: sites.get(pick[0], pick[1], 'inferred'), access: accessAt(pick[0], pick[1]) };
  return { site: sites.get(e.otherCode, e.otherPc, 'approximate'), access: null };
}

function memberKey(a: Access): string {
  return a.what === 'method' ? a.container ?? '' : a.what === 'item' ? `${a.container}[${a.name}]` : a.name ?? '';
}

/**
 * The line of `code` (a thread's function where it stopped) that accesses
 * the object as `access`: its write for the winning side, its read for the
 * aborted one; else where it stopped.
 */
function inferSite(code: number, stopPc: number, access: Access | null, write: boolean, sites: SiteCache): Site | null {
  if (access) {
    const found = matchingAccesses(code, access, write);
    const also = found.length ? found : matchingAccesses(code, access, !write);
    if (also.length) return sites.get(code, nearest(also, stopPc), 'inferred');
  }
  return sites.get(code, stopPc, 'approximate');
}

/** The candidate at or before `pc` nearest to it (the last access before the thread stopped), else the first. */
function nearest(candidates: number[], pc: number): number {
  let best = candidates[0]!;
  for (const c of candidates) if (c <= pc) best = c;
  return best;
}

// ---------------------------------------------------------------------------
// Waits

function waitContention(w: WaitRecord, sites: SiteCache): Contention {
  const kind = WAIT_KIND[w.kind] ?? 'lock-wait';
  return {
    objKey: `${w.obj}::`, obj: w.obj, kind, access: accessAt(w.code, w.pc),
    aborted: sites.get(w.code, w.pc, 'exact'), winner: w.holderCode ? sites.get(w.holderCode, w.holderPc, 'approximate') : null,
    thread: -w.thread, winnerThread: w.holder ? -w.holder : 0, lostUs: w.durUs, timeMs: w.startMs,
  };
}

// ---------------------------------------------------------------------------
// Grouping and ranking

function rankObjects(events: Contention[], span: { from: number; to: number }, names: Map<number, string>): ContendedObject[] {
  const byObject = new Map<string, Contention[]>();
  for (const c of events) {
    const list = byObject.get(c.objKey);
    if (list) list.push(c);
    else byObject.set(c.objKey, [c]);
  }
  const objects = [...byObject.values()].map((list): ContendedObject => {
    const d = describe(list[0]!);
    const points = pointsOf(list, d.type, span, names);
    return { ...d, count: list.length, lostMs: points.reduce((a, p) => a + p.lostMs, 0), points };
  });
  return objects.sort((a, b) => b.lostMs - a.lostMs || b.count - a.count);
}

function pointsOf(list: Contention[], type: string, span: { from: number; to: number }, names: Map<number, string>): ContentionPoint[] {
  const byPoint = new Map<string, Contention[]>();
  for (const c of list) {
    const key = `${c.kind}\0${c.aborted?.file}:${c.aborted?.line}\0${c.winner?.file}:${c.winner?.line}`;
    const l = byPoint.get(key);
    if (l) l.push(c);
    else byPoint.set(key, [c]);
  }
  const points = [...byPoint.values()].map((l): ContentionPoint => {
    const first = l[0]!;
    const timeline = new Array<number>(TIMELINE_BUCKETS).fill(0);
    for (const c of l) timeline[Math.min(TIMELINE_BUCKETS - 1, Math.max(0, Math.floor(((c.timeMs - span.from) / (span.to - span.from)) * TIMELINE_BUCKETS)))]!++;
    return {
      kind: first.kind, count: l.length, lostMs: l.reduce((a, c) => a + c.lostUs, 0) / 1000,
      aborted: first.aborted, winner: first.winner,
      abortedThreads: threadList(l.map((c) => c.thread), names), winnerThreads: threadList(l.map((c) => c.winnerThread), names),
      timeline, hint: hintFor({ kind: first.kind, access: first.access, type, aborted: first.aborted, count: l.length }),
    };
  });
  return points.sort((a, b) => b.lostMs - a.lostMs || b.count - a.count);
}

/** Thread names of refs (> 0) or idents (negated), distinct, in order of first appearance. */
function threadList(threads: number[], names: Map<number, string>): string[] {
  const out = new Set<string>();
  for (const t of threads) {
    if (!t) continue;
    const ident = t < 0 ? -t : identOf(t);
    out.add(names.get(ident) ?? `thread ${ident}`);
  }
  return [...out];
}

// ---------------------------------------------------------------------------
// Objects

function describe(c: Contention): Pick<ContendedObject, 'description' | 'type' | 'member'> {
  if (!c.obj) return { description: c.about ?? '(no object recorded)', type: c.kind === 'inevitable' ? '(I/O)' : '(none)', member: null };
  const type = typeName(c.obj);
  const a = c.access;
  if (c.kind.endsWith('-wait')) {
    const name = a?.container ?? a?.name ?? null;
    return { description: `${type}${name ? ` ${name}` : ''}`, type, member: null };
  }
  const module = moduleOfGlobals(c.obj);
  if (module !== null) {
    const member = a?.what === 'global' ? a.name : null;
    return { description: member ? `global '${member}' of module ${module}` : `globals of module ${module}`, type: 'module globals', member };
  }
  if (!a) return { description: type, type, member: null };
  const member = a.what === 'attribute' ? `.${a.name}` : a.what === 'item' ? `[${a.name ?? '?'}]` : a.what === 'method' ? `.${a.name}()` : a.name;
  if (a.what === 'attribute' && isSubtype(typeOf(c.obj), T.dict)) return { description: `attribute ${accessText(a)} (in an instance __dict__)`, type, member };
  if (a.what === 'attribute') return { description: `${type}${member}`, type, member };
  return { description: `${type} ${accessText(a)}`, type, member };
}

function typeName(obj: number): string {
  return jsString(load(typeOf(obj) + TYPE.NAME));
}

let moduleDicts: Map<number, string> | null = null;

/** The module whose globals `obj` is, or null. */
function moduleOfGlobals(obj: number): string | null {
  if (!moduleDicts) {
    moduleDicts = new Map();
    for (const [name, m] of dictEntries(K.sysModules)) {
      if ((m & 1) === 0 && typeOf(m) === T.module) moduleDicts.set(load(m + MODULE_DICT), jsString(name));
    }
  }
  return moduleDicts.get(obj) ?? null;
}

// ---------------------------------------------------------------------------
// Threads

/** Every thread's name by ident: the finished ones (SCHED.FINISHED) and those still there. */
function threadNames(): Map<number, string> {
  const names = new Map<number, string>();
  const finished = load(K.sched + SCHED.FINISHED);
  for (const tuple of finished ? listItems(finished) : []) {
    const [ident, name] = tupleItems(tuple);
    names.set(toSafeNumber(ident!), jsString(name!));
  }
  for (const t of allThreads()) {
    const ident = load(t + THREAD.IDENT);
    names.set(ident, threadName(t) ?? `thread ${ident}`);
  }
  return names;
}

function identOf(thread: number): number {
  return thread ? load(thread + THREAD.IDENT) : 0;
}

function threadSummaries(names: Map<number, string>, slices: SliceRecord[], waits: WaitRecord[]): ThreadSummary[] {
  const rows = new Map<number, ThreadSummary>();
  const row = (ident: number) => {
    let r = rows.get(ident);
    if (!r) rows.set(ident, (r = { ident, name: names.get(ident) ?? `thread ${ident}`, committedMs: 0, abortedMs: 0, waitingMs: 0, commits: 0, aborts: 0 }));
    return r;
  };
  for (const ident of names.keys()) row(ident);
  for (const s of slices) {
    const r = row(s.thread);
    if (s.outcome === OUTCOME.ABORTED) { r.abortedMs += s.durUs / 1000; r.aborts++; }
    else if (s.outcome === OUTCOME.BACKOFF) r.waitingMs += s.durUs / 1000;
    else { r.committedMs += s.durUs / 1000; r.commits++; }
  }
  for (const w of waits) if (w.kind !== WAIT.JOIN) row(w.thread).waitingMs += w.durUs / 1000;
  return [...rows.values()].sort((a, b) => a.ident - b.ident);
}
