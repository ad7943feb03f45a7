/**
 * The profiler's file formats, checked on a real profile of a graph example
 * (examples/bfs.py on 2 workers):
 * - the Chrome Trace Event file against the Trace Event Format's documented
 *   fields (each phase's required fields and types, flows paired by id and
 *   bound to a slice, metadata names), as Perfetto's importer reads them;
 * - the speedscope file against speedscope's published file-format schema
 *   (https://www.speedscope.app/file-format-schema.json: File, Frame,
 *   SampledProfile and EventedProfile, their required fields and types);
 * - the JSON report's schema name and version, and its invariants.
 * The checks are written here from the formats' documentation.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROFILE_SCHEMA, PROFILE_SCHEMA_VERSION, type Profile } from '../../conflict-tools/model.js';
import { chromeTrace } from '../../conflict-tools/chrome.js';
import { speedscopeFile } from '../../conflict-tools/speedscope.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Problems of a Chrome Trace Event file (object form), or [] if it is valid. */
export function chromeTraceProblems(file: unknown): string[] {
  const bad: string[] = [];
  if (typeof file !== 'object' || file === null || !Array.isArray((file as { traceEvents?: unknown }).traceEvents)) return ['no traceEvents array'];
  const events = (file as { traceEvents: Array<Record<string, unknown>> }).traceEvents;
  const isInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v);
  const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  const flows = new Map<unknown, { s: number; f: number }>();
  const slices = new Map<string, Array<[number, number]>>();
  events.forEach((e, i) => {
    const where = `event ${i} (${String(e.ph)} ${String(e.name)})`;
    if (typeof e.name !== 'string') bad.push(`${where}: name must be a string`);
    if (!isInt(e.pid) || !isInt(e.tid)) bad.push(`${where}: pid and tid must be integers`);
    if (e.args !== undefined && (typeof e.args !== 'object' || e.args === null)) bad.push(`${where}: args must be an object`);
    switch (e.ph) {
      case 'X':
        if (!isNum(e.ts) || !isNum(e.dur)) bad.push(`${where}: X needs ts and dur >= 0`);
        else (slices.get(`${e.pid}:${e.tid}`) ?? slices.set(`${e.pid}:${e.tid}`, []).get(`${e.pid}:${e.tid}`)!).push([e.ts as number, (e.ts as number) + (e.dur as number)]);
        break;
      case 'i': case 'I':
        if (!isNum(e.ts)) bad.push(`${where}: instant needs ts`);
        if (e.s !== undefined && !['t', 'p', 'g'].includes(e.s as string)) bad.push(`${where}: instant scope must be t, p or g`);
        break;
      case 's': case 't': case 'f': {
        if (!isNum(e.ts)) bad.push(`${where}: flow needs ts`);
        if (e.id === undefined) bad.push(`${where}: flow needs an id`);
        if (e.ph === 'f' && e.bp !== undefined && e.bp !== 'e') bad.push(`${where}: flow end bp must be "e"`);
        const f = flows.get(e.id) ?? { s: 0, f: 0 };
        if (e.ph === 's') f.s++;
        if (e.ph === 'f') f.f++;
        flows.set(e.id, f);
        break;
      }
      case 'M':
        if (!['process_name', 'thread_name', 'process_sort_index', 'thread_sort_index', 'process_labels'].includes(e.name as string)) bad.push(`${where}: unknown metadata`);
        if (typeof (e.args as { name?: unknown } | undefined)?.name !== 'string' && (e.name as string).endsWith('_name')) bad.push(`${where}: a name needs args.name`);
        break;
      default:
        bad.push(`${where}: phase ${String(e.ph)} not used by pystm`);
    }
  });
  for (const [id, f] of flows) if (f.s !== 1 || f.f !== 1) bad.push(`flow ${String(id)}: ${f.s} starts, ${f.f} ends`);
  return bad;
}

const VALUE_UNITS = ['none', 'nanoseconds', 'microseconds', 'milliseconds', 'seconds', 'bytes'];

/** Problems of a speedscope file against its published schema, or [] if it is valid. */
export function speedscopeProblems(file: unknown): string[] {
  const bad: string[] = [];
  const f = file as Record<string, unknown>;
  if (typeof f !== 'object' || f === null) return ['not an object'];
  if (f.$schema !== 'https://www.speedscope.app/file-format-schema.json') bad.push('$schema must be the speedscope schema URL');
  const frames = (f.shared as { frames?: unknown } | undefined)?.frames;
  if (!Array.isArray(frames)) bad.push('shared.frames must be an array');
  const nFrames = Array.isArray(frames) ? frames.length : 0;
  (Array.isArray(frames) ? frames : []).forEach((fr: Record<string, unknown>, i) => {
    if (typeof fr.name !== 'string') bad.push(`frame ${i}: name must be a string`);
    if (fr.file !== undefined && typeof fr.file !== 'string') bad.push(`frame ${i}: file must be a string`);
    for (const k of ['line', 'col']) if (fr[k] !== undefined && typeof fr[k] !== 'number') bad.push(`frame ${i}: ${k} must be a number`);
  });
  if (!Array.isArray(f.profiles)) return [...bad, 'profiles must be an array'];
  if (f.name !== undefined && typeof f.name !== 'string') bad.push('name must be a string');
  if (f.activeProfileIndex !== undefined && typeof f.activeProfileIndex !== 'number') bad.push('activeProfileIndex must be a number');
  if (f.exporter !== undefined && typeof f.exporter !== 'string') bad.push('exporter must be a string');
  (f.profiles as Array<Record<string, unknown>>).forEach((p, i) => {
    const where = `profile ${i}`;
    if (typeof p.name !== 'string') bad.push(`${where}: name must be a string`);
    if (!VALUE_UNITS.includes(p.unit as string)) bad.push(`${where}: unit must be one of ${VALUE_UNITS.join(', ')}`);
    if (typeof p.startValue !== 'number' || typeof p.endValue !== 'number') bad.push(`${where}: startValue and endValue must be numbers`);
    const frameIndex = (x: unknown) => Number.isInteger(x) && (x as number) >= 0 && (x as number) < nFrames;
    if (p.type === 'sampled') {
      if (!Array.isArray(p.samples) || !Array.isArray(p.weights)) bad.push(`${where}: samples and weights must be arrays`);
      else {
        if (p.samples.length !== p.weights.length) bad.push(`${where}: one weight per sample`);
        if (!p.samples.every((s: unknown) => Array.isArray(s) && s.every(frameIndex))) bad.push(`${where}: samples must be arrays of frame indexes`);
        if (!p.weights.every((w: unknown) => typeof w === 'number')) bad.push(`${where}: weights must be numbers`);
      }
    } else if (p.type === 'evented') {
      if (!Array.isArray(p.events)) bad.push(`${where}: events must be an array`);
      else if (!p.events.every((e: Record<string, unknown>) => (e.type === 'O' || e.type === 'C') && typeof e.at === 'number' && frameIndex(e.frame))) bad.push(`${where}: bad event`);
    } else bad.push(`${where}: type must be sampled or evented`);
  });
  return bad;
}

describe('profile formats of a graph example (bfs on 2 workers)', () => {
  let profile: Profile;
  let chromeFromCli: unknown;
  let speedscopeFromCli: unknown;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'pystm-formats-'));
    const run = (format: string) => {
      const file = join(dir, `${format}.json`);
      const r = spawnSync(join(ROOT, 'bin', 'pystm'), ['--workers', '2', `--profile=${file}`, '--profile-format', format, 'examples/bfs.py', '--sources', '2'], {
        cwd: ROOT, encoding: 'utf8', timeout: 120_000,
      });
      expect(r.status).toBe(0);
      return JSON.parse(readFileSync(file, 'utf8'));
    };
    profile = run('json') as Profile;
    chromeFromCli = run('chrome');
    speedscopeFromCli = run('speedscope');
  }, 300_000);

  it('the JSON report names its schema and version, with consistent figures', () => {
    expect(profile.schema).toBe(PROFILE_SCHEMA);
    expect(profile.version).toBe(PROFILE_SCHEMA_VERSION);
    expect(profile.summary.workers).toBe(2);
    expect(profile.slices.length).toBeGreaterThan(0);
    expect(profile.summary.parallelEfficiency).toBeGreaterThan(0);
    expect(profile.summary.parallelEfficiency).toBeLessThanOrEqual(1.05);
    for (let i = 1; i < profile.objects.length; i++) expect(profile.objects[i - 1]!.lostMs).toBeGreaterThanOrEqual(profile.objects[i]!.lostMs);
  });

  it('the Chrome trace passes the Trace Event Format check, with a track per worker and per thread', () => {
    expect(chromeTraceProblems(chromeFromCli)).toEqual([]);
    const events = (chromeFromCli as { traceEvents: Array<Record<string, unknown>> }).traceEvents;
    const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => (e.args as { name: string }).name);
    expect(names).toContain('worker 0');
    expect(names).toContain('worker 1');
    expect(names).toContain('MainThread');
    expect(events.some((e) => e.ph === 'X' && e.name === 'committed')).toBe(true);
  });

  it('the speedscope file validates against the speedscope schema', () => {
    expect(speedscopeProblems(speedscopeFromCli)).toEqual([]);
  });

  it('the checks can fail: broken files are caught', () => {
    const trace = chromeTrace(profile);
    trace.traceEvents.push({ name: 'x', ph: 'X', pid: 1, tid: 0, ts: -1 });
    trace.traceEvents.push({ name: 'conflict', ph: 's', id: 999999, pid: 2, tid: 1, ts: 5 });
    expect(chromeTraceProblems(trace).length).toBe(2);
    const s = speedscopeFile(profile) as unknown as { profiles: Array<{ unit: string; samples: number[][] }> };
    s.profiles[0]!.unit = 'furlongs';
    s.profiles[0]!.samples[0] = [123456];
    expect(speedscopeProblems(s).length).toBe(2);
  });
});
