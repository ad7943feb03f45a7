/**
 * The speedscope file (`--profile-format speedscope`): where time went.
 *
 * One sampled profile per Python thread (unit: microseconds). Each stack
 * is the outcome (committed work, wasted in aborted transactions, waiting)
 * then the function and the line where the region began (for a wait: the
 * waiting line), weighted by the time spent; a left-heavy view shows at a
 * glance how much of each thread's time was wasted and where.
 */
import type { Profile, Site } from './model.js';

export const SPEEDSCOPE_SCHEMA = 'https://www.speedscope.app/file-format-schema.json';

export interface SpeedscopeFrame { name: string; file?: string; line?: number }
export interface SampledProfile {
  type: 'sampled';
  name: string;
  unit: 'microseconds';
  startValue: number;
  endValue: number;
  samples: number[][];
  weights: number[];
}
export interface SpeedscopeFile {
  $schema: typeof SPEEDSCOPE_SCHEMA;
  shared: { frames: SpeedscopeFrame[] };
  profiles: SampledProfile[];
  name: string;
  activeProfileIndex: number;
  exporter: string;
}

const ROOT: Record<string, string> = {
  committed: 'committed', plain: 'committed', inevitable: 'committed (inevitable)', aborted: 'wasted (aborted)', backoff: 'waiting (after an abort)',
};

export function speedscopeFile(p: Profile): SpeedscopeFile {
  const frames: SpeedscopeFrame[] = [];
  const index = new Map<string, number>();
  const frame = (f: SpeedscopeFrame): number => {
    const key = `${f.name}\0${f.file ?? ''}\0${f.line ?? ''}`;
    let i = index.get(key);
    if (i === undefined) index.set(key, (i = frames.push(f) - 1));
    return i;
  };
  const stackOf = (root: string, s: Site | null): number[] => {
    const stack = [frame({ name: root })];
    if (s) {
      stack.push(frame({ name: s.function, file: s.file }));
      stack.push(frame({ name: `line ${s.line}${s.source ? `: ${s.source}` : ''}`, file: s.file, line: s.line }));
    }
    return stack;
  };
  const perThread = new Map<number, Map<string, { stack: number[]; us: number }>>();
  const add = (thread: number, stack: number[], us: number) => {
    let m = perThread.get(thread);
    if (!m) perThread.set(thread, (m = new Map()));
    const key = stack.join(',');
    const e = m.get(key);
    if (e) e.us += us;
    else m.set(key, { stack, us });
  };
  for (const s of p.slices) add(s.thread, stackOf(ROOT[s.outcome] ?? s.outcome, s.site), Math.round(s.durMs * 1000));
  for (const w of p.waits) add(w.thread, stackOf(`waiting (${w.kind})`, w.site), Math.round(w.durMs * 1000));
  const names = new Map(p.threads.map((t) => [t.ident, t.name]));
  const profiles = [...perThread.entries()].sort((a, b) => a[0] - b[0]).map(([thread, m]): SampledProfile => {
    const entries = [...m.values()].filter((e) => e.us > 0);
    const total = entries.reduce((a, e) => a + e.us, 0);
    return {
      type: 'sampled', name: names.get(thread) ?? `thread ${thread}`, unit: 'microseconds', startValue: 0, endValue: total,
      samples: entries.map((e) => e.stack), weights: entries.map((e) => e.us),
    };
  });
  return { $schema: SPEEDSCOPE_SCHEMA, shared: { frames }, profiles, name: `pystm --profile ${p.summary.program}`, activeProfileIndex: 0, exporter: 'pystm' };
}
