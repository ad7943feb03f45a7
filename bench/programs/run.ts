/**
 * Whole-program timings: each bench/programs/*.py under python3 and under
 * bin/pystm (built bundle), best of N runs, and the ratio. Outputs must match.
 *     npx tsx bench/programs/run.ts [--runs N] [NAME ...]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const PYSTM = join(DIR, '..', '..', 'bin', 'pystm');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const names = readdirSync(DIR).filter((f) => f.endsWith('.py')).filter((f) => !args.length || args.includes(f.slice(0, -3)));

function best(cmd: string, file: string): { ms: number; out: string } {
  let ms = Infinity, out = '';
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, [file], { cwd: DIR, encoding: 'utf8' });
    ms = Math.min(ms, performance.now() - t0);
    out = r.stdout + r.stderr;
  }
  return { ms, out };
}

let logSum = 0;
for (const f of names) {
  const py = best('python3', f), us = best(PYSTM, f);
  const ratio = us.ms / py.ms;
  logSum += Math.log(ratio);
  const same = py.out === us.out ? '' : '  OUTPUT DIFFERS';
  console.log(`${f.padEnd(20)} python3 ${py.ms.toFixed(0).padStart(6)} ms  pystm ${us.ms.toFixed(0).padStart(6)} ms  ${ratio.toFixed(2)}x${same}`);
}
console.log(`geometric mean: ${Math.exp(logSum / names.length).toFixed(2)}x`);
