/**
 * The run conformance suite again with the collector's stress mode
 * (PYSTM_GC_STRESS=1: a collection at every safepoint, i.e. every region
 * boundary and every switch between threads; minor and full ones, marked
 * over several slices), the marking check (PYSTM_GC_CHECK=1: after each
 * collection's marking, a full trace finds nothing reachable unmarked, i.e.
 * no store missed the write barrier) and the heap checker at exit: a live
 * object freed too early shows as a wrong output, a crash, a failed check or
 * a broken heap (issue #5's "no live object is ever freed"). Programs listed in
 * KNOWN_FAILURES are skipped (they fail without the stress mode too).
 * It builds its own bundle (in node_modules/.cache, so that the run suite's
 * rebuild of dist/ cannot change it under a running program; pystm finds
 * lib/ by walking up from the bundle).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstDifference, programNames, RUN_DIR, runWith, type RunResult } from '../tools/regen-run-expected.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'node_modules', '.cache', 'pystm-gc-stress');
const KNOWN_FAILURES_FILE = join(RUN_DIR, 'KNOWN_FAILURES');

const known = new Set(
  existsSync(KNOWN_FAILURES_FILE)
    ? readFileSync(KNOWN_FAILURES_FILE, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split(/\s/)[0]!.replace(/\.py$/, ''))
    : [],
);

beforeAll(() => {
  execFileSync('npx', ['tsup', '--silent', '--out-dir', OUT], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}, 120_000);

describe('run conformance with a collection at every safepoint', () => {
  for (const name of programNames().filter((n) => !known.has(n))) {
    it(name, () => {
      const want = JSON.parse(readFileSync(join(RUN_DIR, `${name}.expected`), 'utf8')) as RunResult;
      const got = runWith('node', [join(OUT, 'pystm.js')], name, { PYSTM_GC_STRESS: '1', PYSTM_HEAP_CHECK: '1', PYSTM_GC_CHECK: '1' });
      const diff = firstDifference(got, { stdout: want.stdout, stderr: want.stderr, exit_code: want.exit_code });
      expect(diff, `${name} (GC stress): ${diff}`).toBe('');
    });
  }
});
