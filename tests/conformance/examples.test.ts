/**
 * The graph examples (examples/*.py: BFS, connected components, PageRank,
 * single-source shortest paths, written with `pystm.atomic` and
 * `TransactionQueue`) on small graphs: under pystm with several threads, the
 * same stdout as python3 (where atomic falls back to a lock), and each
 * example's own `--check` against its serial reference passes. The
 * full-size runs are benchmarks (bench/threads/README.md), not tests.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PYSTM = join(ROOT, 'bin', 'pystm');
const SMALL = ['--nodes', '3000', '--edges', '12000', '--check'];

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PYSTM_HEAP_CHECK: '1' } });
}

beforeAll(() => {
  execFileSync('npx', ['tsup', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}, 120_000);

describe('graph examples', () => {
  for (const name of ['bfs', 'components', 'pagerank', 'sssp']) {
    it(`${name}: pystm with 3 threads prints what python3 prints, and passes --check`, () => {
      const file = join(ROOT, 'examples', `${name}.py`);
      const want = run('python3', [file, '--threads', '1', ...SMALL]);
      expect(want).toContain('check:');
      expect(run(PYSTM, [file, '--threads', '3', ...SMALL])).toBe(want);
    }, 120_000);
  }
});
