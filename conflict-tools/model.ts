/**
 * The profile as data: what `pystm --profile` found, in the shape of the
 * JSON report (`--profile-format json`), which every other format is drawn
 * from. This file is the schema: README.md documents it field by field, and
 * PROFILE_SCHEMA_VERSION changes whenever a field changes meaning or goes
 * away (adding a field keeps the version).
 *
 * Invariants: times are milliseconds (`*Ms`) or microseconds (`*Us`) of
 * the process's clock, relative to the program's start where they are
 * points in time; every list is sorted by what it is ranked by (time lost,
 * then count); `Site.how` says how much to trust a site.
 */

export const PROFILE_SCHEMA = 'pystm-profile';
export const PROFILE_SCHEMA_VERSION = 1;

/**
 * A place in the program. `how`: `exact` — the instruction where it
 * happened; `inferred` — the line of that thread's function that accesses
 * the same object in the same way (the winner of a data conflict is the
 * writer: its write), found from the bytecode; `approximate` — where that
 * thread last stopped (its region's start).
 */
export interface Site {
  file: string;
  line: number;
  function: string;
  /** The source line, stripped, or null if the file cannot be read. */
  source: string | null;
  how: 'exact' | 'inferred' | 'approximate';
}

/** Kinds of contention points. */
export type PointKind =
  | 'write-write' | 'read-write' | 'inevitable' | 'serial' | 'retry'
  | 'lock-wait' | 'queue-wait' | 'condition-wait' | 'join-wait';

/** One contention point: a kind, the line that lost and the line on the other side. */
export interface ContentionPoint {
  kind: PointKind;
  /** Aborts (or waits). */
  count: number;
  /** Work thrown away plus time spent waiting, summed over the aborts (or waits). */
  lostMs: number;
  /** The transaction that aborted (the thread that waited). */
  aborted: Site | null;
  /** The transaction that won (the lock's holder), or null if unknown. */
  winner: Site | null;
  /** Threads on each side (names). */
  abortedThreads: string[];
  winnerThreads: string[];
  /** TIMELINE_BUCKETS counts of this point's events over the run (bucket i covers [i, i+1) x run/BUCKETS). */
  timeline: number[];
  /** One line: what to do about it. */
  hint: string;
}

/** The object the points are about, with every line that touches it. */
export interface ContendedObject {
  /** e.g. `global 'counter' of module __main__`, `dict d['hot']`, `Counter.value`, `list dist, items 80..87`. */
  description: string;
  /** The Python type's name (`dict`, `list`, `Counter`, `lock`, `Queue`; `(I/O)` for inevitable transactions). */
  type: string;
  /** The attribute, key or index, where known. */
  member: string | null;
  count: number;
  lostMs: number;
  points: ContentionPoint[];
}

export interface ThreadSummary {
  ident: number;
  name: string;
  committedMs: number;
  abortedMs: number;
  waitingMs: number;
  commits: number;
  aborts: number;
}

export interface Summary {
  program: string;
  workers: number;
  threads: number;
  wallMs: number;
  /** CPU of the whole process (every worker, plus Node's own threads). */
  processCpuMs: number;
  /** Time in regions that committed (useful work), including inevitable ones and regions run without transactions. */
  committedMs: number;
  /** Of which in inevitable transactions. */
  inevitableMs: number;
  /** Time in regions that aborted (wasted). */
  abortedMs: number;
  /** Time blocked on locks, queues and conditions, and waiting after an abort for the other side's lock. */
  waitingMs: number;
  /** Of which blocked (locks, queues, conditions; not joins or sleeps). */
  blockedMs: number;
  /** Of which backing off after aborts. */
  backoffMs: number;
  gcMs: number;
  gcCollections: number;
  /** committed / (wall x workers). */
  parallelEfficiency: number;
  aborts: number;
  /** Records overwritten in the rings (the totals above still count them). */
  dropped: { conflicts: number; slices: number; waits: number };
}

export interface TimeSlice {
  thread: number;
  /** Worker that ran it (0 = the main one), or -1 if unknown. */
  worker: number;
  startMs: number;
  durMs: number;
  outcome: 'committed' | 'aborted' | 'inevitable' | 'plain' | 'backoff';
  site: Site | null;
}

export interface ConflictInstant {
  kind: PointKind;
  timeMs: number;
  thread: number;
  winnerThread: number | null;
  lostMs: number;
  object: string;
}

export interface WaitSpan {
  kind: PointKind;
  thread: number;
  startMs: number;
  durMs: number;
  object: string;
  site: Site | null;
}

/** The whole profile: the JSON report. `slices`, `conflicts`, `waits` and `gcPauses` are the timeline's raw data. */
export interface Profile {
  schema: typeof PROFILE_SCHEMA;
  version: typeof PROFILE_SCHEMA_VERSION;
  summary: Summary;
  threads: ThreadSummary[];
  /** Contended objects ranked by time lost; their points ranked the same way. */
  objects: ContendedObject[];
  slices: TimeSlice[];
  conflicts: ConflictInstant[];
  waits: WaitSpan[];
  gcPauses: { startMs: number; durMs: number }[];
}

export const TIMELINE_BUCKETS = 40;
