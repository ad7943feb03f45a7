/**
 * Regenerates tests/conformance/run/NAME.expected for every NAME.py there:
 * what `python3 NAME.py` (CPython 3.11, run in that folder) printed on
 * stdout and stderr and its exit status. The folder's absolute path is
 * written as `<dir>` so the files do not depend on where the repo lives.
 *
 *     npx tsx tests/tools/regen-run-expected.ts [NAME ...]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RUN_DIR = fileURLToPath(new URL('../conformance/run/', import.meta.url));

export interface RunResult {
  stdout: string;
  stderr: string;
  exit_code: number | null;
}

/** Replaces the run folder's absolute path by `<dir>`. */
export function normalisePaths(text: string, dir: string): string {
  const d = dir.endsWith('/') ? dir.slice(0, -1) : dir;
  return text.split(d).join('<dir>');
}

export function runWith(command: string, args: string[], name: string, env: Record<string, string> = {}): RunResult {
  const r = spawnSync(command, [...args, `${name}.py`], {
    cwd: RUN_DIR, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PYTHONHASHSEED: '0', ...env },
  });
  return {
    stdout: normalisePaths(r.stdout ?? '', RUN_DIR),
    stderr: normalisePaths(r.stderr ?? '', RUN_DIR),
    exit_code: r.status,
  };
}

export function programNames(): string[] {
  return readdirSync(RUN_DIR).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
}

/** The first difference between two results, as one line ('' when they are equal). */
export function firstDifference(got: RunResult, want: RunResult): string {
  for (const key of ['exit_code', 'stdout', 'stderr'] as const) {
    if (got[key] === want[key]) continue;
    if (key === 'exit_code') return `exit ${got.exit_code}, expected ${want.exit_code}`;
    const g = String(got[key]).split('\n'), w = String(want[key]).split('\n');
    let i = 0;
    while (i < g.length && g[i] === w[i]) i++;
    return `${key} line ${i + 1}: got ${JSON.stringify(g[i] ?? '<end>')}, expected ${JSON.stringify(w[i] ?? '<end>')}`;
  }
  return '';
}

function main(): void {
  const only = process.argv.slice(2);
  const version = spawnSync('python3', ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (!version.startsWith('Python 3.11')) throw new Error(`python3 is ${version}; the oracle must be 3.11`);
  for (const name of programNames()) {
    if (only.length && !only.includes(name)) continue;
    const result = runWith('python3', [], name);
    const file = { _generated: `by tests/tools/regen-run-expected.ts from ${version}; do not edit`, ...result };
    writeFileSync(join(RUN_DIR, `${name}.expected`), JSON.stringify(file, null, 1) + '\n');
    process.stdout.write(`${name}: exit ${result.exit_code}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
