/**
 * The run conformance suite (tests/conformance/run/): Python programs that
 * print their results, each with CPython 3.11's stdout, stderr and exit
 * status in NAME.expected (tests/tools/regen-run-expected.ts writes them).
 * A program passes when `bin/pystm NAME.py` (the built bundle) reproduces
 * all three exactly. The heap checker runs at the end of every program
 * (PYSTM_HEAP_CHECK=1): a broken heap fails the program with status 70.
 *
 * tests/conformance/run/KNOWN_FAILURES lists programs that do not pass yet,
 * with the reason; a listed program must still fail and an unlisted one must
 * pass, so the list stays honest. Rewrite it from the current results
 * (keeping reasons of entries still failing):
 *     UPDATE_KNOWN_FAILURES=1 npx vitest run tests/conformance/run.test.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDifference, programNames, RUN_DIR, runWith, type RunResult } from '../tools/regen-run-expected.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PYSTM = join(ROOT, 'bin', 'pystm');
const KNOWN_FAILURES_FILE = join(RUN_DIR, 'KNOWN_FAILURES');
const UPDATE = process.env.UPDATE_KNOWN_FAILURES === '1';

function readKnownFailures(): Map<string, string> {
  const known = new Map<string, string>();
  if (!existsSync(KNOWN_FAILURES_FILE)) return known;
  for (const line of readFileSync(KNOWN_FAILURES_FILE, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const m = /^(\S+)\s*(.*)$/.exec(line)!;
    known.set(m[1]!.replace(/\.py$/, ''), m[2]!);
  }
  return known;
}

const known = readKnownFailures();
process.env.PYSTM_HEAP_CHECK = '1';
const failing = new Map<string, string>();

beforeAll(() => {
  execFileSync('npx', ['tsup', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}, 120_000);

afterAll(() => {
  if (!UPDATE) return;
  const header = readFileSync(KNOWN_FAILURES_FILE, 'utf8').split('\n').filter((l) => l.startsWith('#'));
  const lines = [...failing.keys()].sort().map((n) => `${n}.py  ${known.get(n) || failing.get(n)}`);
  writeFileSync(KNOWN_FAILURES_FILE, [...header, '', ...lines, ''].join('\n'));
});

describe('run conformance (CPython 3.11 output)', () => {
  for (const name of programNames()) {
    it(name, () => {
      const want = JSON.parse(readFileSync(join(RUN_DIR, `${name}.expected`), 'utf8')) as RunResult;
      const got = runWith(PYSTM, [], name);
      const diff = firstDifference(got, { stdout: want.stdout, stderr: want.stderr, exit_code: want.exit_code });
      if (diff) failing.set(name, diff);
      if (UPDATE) return;
      if (known.has(name)) {
        expect(diff, `${name} is listed in KNOWN_FAILURES but now passes: remove it`).not.toBe('');
      } else {
        expect(diff, `${name}: ${diff}`).toBe('');
      }
    });
  }
});
