/**
 * Whole-program benchmarks (issue #3): each bench/programs/*.py under
 * python3 and under pystm, in the same run, timed by wall clock around the
 * whole process (start-up included). Per program: the median of N runs of
 * each (runs alternate between the two), the ratio pystm / python3, and a
 * check that both printed exactly the same output (stdout + stderr + exit
 * code). Then the geometric mean of the ratios and a start-up row:
 * `-c pass`, median of 20 runs each.
 *
 *     npm run bench:programs -- [--runs N] [--pystm PATH] [--suite] [NAME ...]
 *
 * --suite   only the 11 programs of issue #3's target (the others in this
 *           folder — fib, generators, loops, objects, strings_dicts — are
 *           smaller single-feature checks)
 * --pystm   the bundle to run (default: the package's bin/pystm, i.e. dist/)
 * Target (issue #3): geometric mean <= 3x, no program > 6x, start-up < 150 ms.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('.', import.meta.url));
/** The programs the issue's target is measured on. */
const SUITE = ['richards', 'nbody', 'spectral_norm', 'fannkuch', 'float', 'nqueens', 'chaos', 'raytrace', 'pystone', 'deltablue', 'go'];

interface Options { runs: number; pystm: string; names: string[] }

function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 3, pystm: join(DIR, '..', '..', 'bin', 'pystm'), names: [] };
  let suite = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--runs') o.runs = Math.max(1, Number(argv[++i]));
    else if (a === '--pystm') o.pystm = argv[++i] ?? o.pystm;
    else if (a === '--suite') suite = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}; see the comment at the top of bench/programs/run.ts`);
    else o.names.push(a.replace(/\.py$/, ''));
  }
  const all = readdirSync(DIR).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3));
  if (!o.names.length) o.names = suite ? SUITE : [...SUITE, ...all.filter((n) => !SUITE.includes(n)).sort()];
  return o;
}

interface Timed { ms: number; out: string }

function once(cmd: string, args: string[]): Timed {
  const command = cmd.endsWith('.js') ? process.execPath : cmd;
  const argv = cmd.endsWith('.js') ? [cmd, ...args] : args;
  const t0 = performance.now();
  const r = spawnSync(command, argv, { cwd: DIR, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  return { ms, out: `${r.stdout}${r.stderr}\nexit ${r.status}` };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs both commands `runs` times, alternating; medians and whether outputs agree every time. */
function compare(pystm: string, args: string[], runs: number): { py: number; us: number; same: boolean } {
  const py: number[] = [], us: number[] = [];
  let same = true;
  for (let i = 0; i < runs; i++) {
    const a = once('python3', args), b = once(pystm, args);
    py.push(a.ms);
    us.push(b.ms);
    if (a.out !== b.out) same = false;
  }
  return { py: median(py), us: median(us), same };
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  console.log(`bench/programs: median of ${o.runs} run(s), wall clock per process; pystm = ${o.pystm}`);
  console.log(`${'program'.padEnd(16)}${'python3'.padStart(10)}${'pystm'.padStart(10)}${'ratio'.padStart(9)}`);
  let logSum = 0, n = 0, worst = 0, suiteLog = 0, suiteN = 0;
  for (const name of o.names) {
    const r = compare(o.pystm, [`${name}.py`], o.runs);
    const ratio = r.us / r.py;
    logSum += Math.log(ratio); n++;
    if (SUITE.includes(name)) { suiteLog += Math.log(ratio); suiteN++; worst = Math.max(worst, ratio); }
    const flag = r.same ? '' : '  OUTPUT DIFFERS';
    console.log(`${name.padEnd(16)}${r.py.toFixed(0).padStart(8)}ms${r.us.toFixed(0).padStart(8)}ms${ratio.toFixed(2).padStart(8)}x${flag}`);
  }
  if (suiteN) console.log(`geometric mean (issue #3 suite, ${suiteN} programs): ${Math.exp(suiteLog / suiteN).toFixed(2)}x; worst ${worst.toFixed(2)}x`);
  if (n !== suiteN) console.log(`geometric mean (all ${n} listed): ${Math.exp(logSum / n).toFixed(2)}x`);
  const s = compare(o.pystm, ['-c', 'pass'], 20);
  console.log(`start-up (-c pass, median of 20): python3 ${s.py.toFixed(1)} ms, pystm ${s.us.toFixed(1)} ms (${(s.us / s.py).toFixed(2)}x)`);
}

main();
