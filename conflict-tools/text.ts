/**
 * The text report (`--profile`, on stderr): the summary, then the contended
 * objects ranked by time lost, each with its contention points — kind,
 * count, time lost, both sides as traceback lines with their source, a
 * timeline of the run, and a hint.
 */
import type { ContendedObject, ContentionPoint, Profile, Site } from './model.js';
import { siteLabel } from './sites.js';

const KIND_TEXT: Record<ContentionPoint['kind'], string> = {
  'write-write': 'write-write conflict',
  'read-write': 'read-write conflict',
  inevitable: 'inevitable transaction (I/O)',
  serial: 'serial re-run (inevitable after 3 aborts)',
  retry: 'retry() wake-up',
  'lock-wait': 'lock wait',
  'queue-wait': 'queue wait',
  'condition-wait': 'event/condition wait',
  'join-wait': 'join wait',
};

const isWait = (p: ContentionPoint) => p.kind.endsWith('-wait');

export function formatText(p: Profile): string {
  const out: string[] = [];
  summaryLines(p, out);
  if (p.objects.length === 0) {
    out.push('', 'No contention: no transaction aborted and no thread waited on a lock or queue.');
  } else {
    out.push('', `Contention, by object (top ${p.objects.length}, ranked by time lost):`);
    p.objects.forEach((o, i) => objectLines(o, i + 1, p.summary.wallMs, out));
  }
  return out.join('\n') + '\n';
}

function summaryLines(p: Profile, out: string[]): void {
  const s = p.summary;
  const threadTime = s.committedMs + s.abortedMs + s.waitingMs;
  const pct = (x: number) => (threadTime > 0 ? `${Math.round((100 * x) / threadTime)}%` : '-');
  out.push(`pystm profile: ${s.program}`);
  out.push(`  wall ${sec(s.wallMs)} on ${s.workers} worker${s.workers === 1 ? '' : 's'}, ${s.threads} thread${s.threads === 1 ? '' : 's'}; process CPU ${sec(s.processCpuMs)}`);
  out.push(`  thread time ${sec(threadTime)}: committed ${sec(s.committedMs)} (${pct(s.committedMs)}), aborted ${sec(s.abortedMs)} (${pct(s.abortedMs)}, wasted), waiting ${sec(s.waitingMs)} (${pct(s.waitingMs)})`);
  out.push(`    committed includes ${sec(s.inevitableMs)} inevitable; waiting: blocked on locks/queues/conditions ${sec(s.blockedMs)}, after aborts ${sec(s.backoffMs)}`);
  out.push(`  GC: ${s.gcCollections} collection${s.gcCollections === 1 ? '' : 's'}, ${sec(s.gcMs)} paused`);
  out.push(`  parallel efficiency ${(100 * s.parallelEfficiency).toFixed(0)}% (committed ${sec(s.committedMs)} / (wall ${sec(s.wallMs)} x ${s.workers} worker${s.workers === 1 ? '' : 's'}))`);
  out.push(`  aborts: ${s.aborts}`);
  const d = s.dropped;
  if (d.conflicts + d.slices + d.waits > 0) out.push(`  (oldest records not kept: ${d.conflicts} aborts, ${d.slices} slices, ${d.waits} waits; the totals count them)`);
}

function objectLines(o: ContendedObject, rank: number, wallMs: number, out: string[]): void {
  out.push('', `#${rank} ${o.description}: ${ms(o.lostMs)} lost in ${o.count} ${o.points.every(isWait) ? 'wait' : 'event'}${o.count === 1 ? '' : 's'}`);
  for (const p of o.points) {
    out.push(`  ${p.count} x ${KIND_TEXT[p.kind]}, ${ms(p.lostMs)} lost`);
    sideLines(isWait(p) ? 'waited' : 'aborted', p.aborted, p.abortedThreads, out);
    sideLines(isWait(p) ? 'holder' : 'won', p.winner, p.winnerThreads, out);
    out.push(`    when:    |${sparkline(p.timeline)}| 0 .. ${sec(wallMs)}`);
    out.push(`    hint:    ${p.hint}`);
  }
}

function sideLines(label: string, s: Site | null, threads: string[], out: string[]): void {
  const who = threads.length ? ` (${threads.slice(0, 3).join(', ')}${threads.length > 3 ? ', ...' : ''})` : '';
  if (!s) {
    out.push(`    ${(label + ':').padEnd(8)} (unknown)${who}`);
    return;
  }
  const how = s.how === 'exact' ? '' : s.how === 'inferred' ? ' [inferred from the bytecode]' : ' [where it last stopped]';
  out.push(`    ${(label + ':').padEnd(8)} ${siteLabel(s)}${how}${who}`);
  if (s.source) out.push(`               ${s.source}`);
}

const SPARK = ' .:-=+*#';

/** One character per bucket, darker for more events. */
export function sparkline(counts: number[]): string {
  const max = Math.max(1, ...counts);
  return counts.map((c) => (c === 0 ? ' ' : SPARK[Math.max(1, Math.ceil((c / max) * (SPARK.length - 1)))])).join('');
}

function sec(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

function ms(x: number): string {
  return sec(x);
}
