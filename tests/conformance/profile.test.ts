/**
 * The conflict profiler (`pystm --profile`, conflict-tools/): programs with
 * one known hot spot each (tests/conformance/profile/*.py) must have it as
 * the report's first entry — the right kind, the right line on both sides,
 * the right object — and a program with no shared writes must report no
 * contention. Conflicts depend on timing: a run in which the threads never
 * met says nothing about the report, so a program runs again (at most
 * RUNS times) until its report has an entry; the entry is then checked.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../conflict-tools/model.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PYSTM = join(ROOT, 'bin', 'pystm');
const DIR = join(ROOT, 'tests', 'conformance', 'profile');
const RUNS = 4;

function profileOf(program: string, extra: string[] = []): { profile: Profile; stderr: string } {
  const out = join(mkdtempSync(join(tmpdir(), 'pystm-profile-')), 'p.json');
  const r = spawnSync(PYSTM, ['--workers', '2', `--profile=${out}`, '--profile-format', 'json', ...extra, join(DIR, program)], {
    cwd: ROOT, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'ignore', 'pipe'],
  });
  expect(r.status).toBe(0);
  return { profile: JSON.parse(readFileSync(out, 'utf8')) as Profile, stderr: r.stderr };
}

/** The first report with an entry, after up to RUNS runs. */
function firstEntry(program: string) {
  for (let run = 0; run < RUNS; run++) {
    const { profile } = profileOf(program);
    if (profile.objects.length) return { object: profile.objects[0]!, point: profile.objects[0]!.points[0]!, profile };
  }
  throw new Error(`${program}: no contention in ${RUNS} runs`);
}

const DATA = ['read-write', 'write-write'];

describe('pystm --profile: the hot spot is the first entry', () => {
  it('a shared counter (an attribute every thread increments)', () => {
    const { object, point } = firstEntry('hot_counter_attr.py');
    expect(DATA).toContain(point.kind);
    expect([point.aborted?.line, point.winner?.line]).toEqual([9, 9]);
    expect(point.aborted?.source).toBe('stats.hits += 1');
    expect(object.member).toBe('.hits');
    expect(point.hint).toMatch(/counter/);
  });

  it('one key of a shared dict', () => {
    const { object, point } = firstEntry('hot_dict_key.py');
    expect(DATA).toContain(point.kind);
    expect([point.aborted?.line, point.winner?.line]).toEqual([6, 6]);
    expect(object.type).toBe('dict');
    expect(object.member).toBe("['hot']");
    expect(point.hint).toMatch(/hot dict key/);
  });

  it('one slot of a shared list, under atomic', () => {
    const { object, point } = firstEntry('hot_list_slot.py');
    expect(DATA).toContain(point.kind);
    expect([point.aborted?.line, point.winner?.line]).toEqual([8, 8]);
    expect(object.type).toBe('list');
    expect(object.member).toBe('[0]');
  });

  it('a global written in a loop', () => {
    const { object, point } = firstEntry('hot_global.py');
    expect(DATA).toContain(point.kind);
    expect([point.aborted?.line, point.winner?.line]).toEqual([7, 7]);
    expect(object.description).toBe("global 'last' of module __main__");
  });

  it('print inside a long atomic block', () => {
    const { point } = firstEntry('print_in_atomic.py');
    expect(point.kind).toBe('inevitable');
    expect(point.winner).toMatchObject({ line: 10, how: 'exact', source: 'print(k, i)' });
    expect(point.aborted?.file).toMatch(/print_in_atomic\.py$/);
    expect(point.hint).toMatch(/print/);
  });

  it('a hot lock', () => {
    const { object, point } = firstEntry('hot_lock.py');
    expect(point.kind).toBe('lock-wait');
    expect(point.aborted).toMatchObject({ line: 7, how: 'exact', source: 'with lock:' });
    expect(object.type).toBe('lock');
    expect(point.winner?.line).toBeGreaterThanOrEqual(7);
    expect(point.winner?.line).toBeLessThanOrEqual(11);
  });

  it('no shared writes: no contention at all', () => {
    // Starting and joining threads shares nothing either (lib/threading.py): when new threads registered
    // themselves, 1 run in 16 had a conflict on the registry. Several runs, since a conflict is a matter of timing.
    for (let run = 0; run < 3; run++) {
      const { profile, stderr } = profileOf('no_shared_writes.py');
      expect(profile.objects).toEqual([]);
      expect(stderr).toMatch(/No contention/);
      expect(profile.summary.committedMs).toBeGreaterThan(0);
    }
  });
});

describe('pystm --profile: options', () => {
  it('reports bad options cleanly', () => {
    for (const args of [['--profile-format', 'xml'], ['--profile-top', '0'], ['--profile=']]) {
      let status = 0, err = '';
      try {
        execFileSync(PYSTM, [...args, '-c', 'pass'], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
      } catch (e) {
        status = (e as { status: number }).status;
        err = (e as { stderr: string }).stderr;
      }
      expect(status).toBe(2);
      expect(err).toMatch(/^--profile/);
      expect(err).not.toMatch(/at .*\.js/);
    }
  });

  it('--profile-top bounds the objects listed', () => {
    const { profile } = profileOf('hot_lock.py', ['--profile-top', '1']);
    expect(profile.objects.length).toBeLessThanOrEqual(1);
  });
});
