/**
 * Runs run-conformance programs many times in parallel (STM) mode and counts
 * how many runs match their .expected files: a race or a missing barrier
 * shows as an occasional difference, hang (timeout) or crash, so one run
 * per program proves little.
 *
 *     npx tsx tests/tools/par-stress.ts [--runs N] [--workers W] [--bundle path/pystm.js]
 *         [--timeout S] NAME|PREFIX* ...
 *
 * Without --bundle it runs the TypeScript sources (slow to start); with a
 * private bundle (e.g. /work/perf-X/dist/pystm.js) each run starts in a
 * fraction of a second. Prints one line per program (passes/runs and the
 * first difference of the first failing run), writes every failing run's
 * output to /tmp/par-stress/NAME.RUN.txt, and exits 1 if any run failed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { firstDifference, normalisePaths, programNames, RUN_DIR, type RunResult } from './regen-run-expected.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT_DIR = '/tmp/par-stress';

interface Options { runs: number; workers: number; bundle: string | null; timeout: number; patterns: string[] }

function parseOptions(argv: string[]): Options {
  const o: Options = { runs: 10, workers: 2, bundle: null, timeout: 60, patterns: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--workers') o.workers = Number(argv[++i]);
    else if (a === '--bundle') o.bundle = argv[++i];
    else if (a === '--timeout') o.timeout = Number(argv[++i]);
    else o.patterns.push(a);
  }
  return o;
}

function selectPrograms(patterns: string[]): string[] {
  return programNames().filter((n) =>
    !patterns.length || patterns.some((p) => (p.endsWith('*') ? n.startsWith(p.slice(0, -1)) : n === p.replace(/\.py$/, ''))));
}

function runOnce(o: Options, name: string): RunResult {
  const args = o.bundle ? [o.bundle] : ['--import', 'tsx', join(ROOT, 'cli', 'main.ts')];
  const r = spawnSync('node', [...args, '--workers', String(o.workers), `${name}.py`], {
    cwd: RUN_DIR, encoding: 'utf8', timeout: o.timeout * 1000,
    env: { ...process.env, PYSTM_PARALLEL: '1', PYTHONHASHSEED: '0' },
  });
  const timedOut = r.error !== undefined || r.signal !== null;
  return {
    stdout: normalisePaths(r.stdout ?? '', RUN_DIR),
    stderr: normalisePaths(r.stderr ?? '', RUN_DIR) + (timedOut ? `\n<killed: ${r.signal ?? r.error?.message}>` : ''),
    exit_code: r.status,
  };
}

function main(): void {
  const o = parseOptions(process.argv.slice(2));
  mkdirSync(OUT_DIR, { recursive: true });
  let failedRuns = 0, totalRuns = 0;
  for (const name of selectPrograms(o.patterns)) {
    const want = JSON.parse(readFileSync(join(RUN_DIR, `${name}.expected`), 'utf8')) as RunResult;
    let passes = 0, first = '';
    for (let run = 0; run < o.runs; run++) {
      const got = runOnce(o, name);
      const diff = firstDifference(got, { stdout: want.stdout, stderr: want.stderr, exit_code: want.exit_code });
      if (!diff) { passes++; continue; }
      first ||= diff;
      writeFileSync(join(OUT_DIR, `${name}.${run}.txt`), `${diff}\nexit ${got.exit_code}\n--- stdout\n${got.stdout}\n--- stderr\n${got.stderr}`);
    }
    totalRuns += o.runs;
    failedRuns += o.runs - passes;
    console.log(`${passes === o.runs ? 'ok  ' : 'FAIL'} ${passes}/${o.runs} ${name}${first ? `  ${first.slice(0, 300)}` : ''}`);
  }
  console.log(`${totalRuns - failedRuns}/${totalRuns} runs pass`);
  process.exit(failedRuns ? 1 : 0);
}

main();
