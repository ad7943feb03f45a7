/**
 * The Chrome Trace Event file (`--profile-format chrome`), which Perfetto
 * and chrome://tracing open.
 *
 * Layout: process 1 "workers" has a track per worker, process 2 "Python
 * threads" a track per thread; every region is a complete event ("X") on
 * both its worker's and its thread's track, named by its outcome
 * (committed, aborted, inevitable, run, backoff); waits are slices on the
 * thread's track; each abort is an instant event ("i") on the aborted
 * thread's track, with a flow ("s" then "f") from the winning thread's
 * track to it; GC pauses are slices on worker 0's track. Timestamps are µs
 * from the program's start.
 */
import type { Profile } from './model.js';
import { siteLabel } from './sites.js';

export interface TraceEvent {
  name: string;
  ph: 'X' | 'i' | 's' | 'f' | 'M';
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  cat?: string;
  s?: 't' | 'p' | 'g';
  id?: number;
  bp?: 'e';
  args?: Record<string, unknown>;
}

const WORKERS_PID = 1;
const THREADS_PID = 2;
const SLICE_NAME: Record<string, string> = { committed: 'committed', aborted: 'aborted', inevitable: 'inevitable', plain: 'run', backoff: 'backoff' };

export function chromeTrace(p: Profile): { traceEvents: TraceEvent[]; displayTimeUnit: 'ms'; otherData: Record<string, unknown> } {
  const ev: TraceEvent[] = [];
  const us = (ms: number) => Math.max(0, Math.round(ms * 1000));
  metadata(p, ev);
  for (const s of p.slices) {
    const args = s.site ? { site: siteLabel(s.site) } : {};
    const slice = { name: SLICE_NAME[s.outcome] ?? s.outcome, cat: 'tx', ph: 'X' as const, ts: us(s.startMs), dur: Math.max(1, us(s.durMs)), args };
    if (s.worker >= 0) ev.push({ ...slice, pid: WORKERS_PID, tid: s.worker });
    ev.push({ ...slice, pid: THREADS_PID, tid: s.thread, args: { ...args, worker: s.worker } });
  }
  for (const w of p.waits) {
    ev.push({ name: w.kind, cat: 'wait', ph: 'X', pid: THREADS_PID, tid: w.thread, ts: us(w.startMs), dur: Math.max(1, us(w.durMs)), args: { object: w.object, site: w.site ? siteLabel(w.site) : null } });
  }
  p.conflicts.forEach((c, i) => {
    const at = us(c.timeMs);
    ev.push({ name: `abort: ${c.kind}`, cat: 'conflict', ph: 'i', s: 't', pid: THREADS_PID, tid: c.thread, ts: at, args: { object: c.object, lostMs: c.lostMs } });
    if (c.winnerThread && c.winnerThread !== c.thread) {
      ev.push({ name: 'conflict', cat: 'conflict', ph: 's', id: i + 1, pid: THREADS_PID, tid: c.winnerThread, ts: Math.max(0, at - 1) });
      ev.push({ name: 'conflict', cat: 'conflict', ph: 'f', bp: 'e', id: i + 1, pid: THREADS_PID, tid: c.thread, ts: at });
    }
  });
  for (const g of p.gcPauses) ev.push({ name: 'GC pause', cat: 'gc', ph: 'X', pid: WORKERS_PID, tid: 0, ts: us(g.startMs), dur: Math.max(1, us(g.durMs)) });
  return { traceEvents: ev, displayTimeUnit: 'ms', otherData: { tool: 'pystm --profile', program: p.summary.program, schema: p.schema, version: p.version } };
}

function metadata(p: Profile, ev: TraceEvent[]): void {
  ev.push({ name: 'process_name', ph: 'M', pid: WORKERS_PID, tid: 0, args: { name: 'workers' } });
  ev.push({ name: 'process_name', ph: 'M', pid: THREADS_PID, tid: 0, args: { name: 'Python threads' } });
  const workers = new Set(p.slices.map((s) => s.worker).filter((w) => w >= 0));
  for (const w of [...workers].sort((a, b) => a - b)) ev.push({ name: 'thread_name', ph: 'M', pid: WORKERS_PID, tid: w, args: { name: `worker ${w}` } });
  for (const t of p.threads) ev.push({ name: 'thread_name', ph: 'M', pid: THREADS_PID, tid: t.ident, args: { name: t.name } });
}
