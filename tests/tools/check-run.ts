/**
 * Runs run-conformance programs from the TypeScript sources (no bundle, so
 * several people can work at once without rebuilding dist/) and compares
 * them with their .expected files, the heap checker on:
 *
 *     npx tsx tests/tools/check-run.ts NAME|PREFIX* ...   (no argument: all)
 *
 * Prints one line per program and exits 1 if any differs. The suite proper
 * (tests/conformance/run.test.ts) runs the built bundle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstDifference, programNames, RUN_DIR, runWith, type RunResult } from './regen-run-expected.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const patterns = process.argv.slice(2);
const selected = programNames().filter((n) =>
  !patterns.length || patterns.some((p) => (p.endsWith('*') ? n.startsWith(p.slice(0, -1)) : n === p.replace(/\.py$/, ''))));
process.env.PYSTM_HEAP_CHECK = '1';
let failed = 0;
for (const name of selected) {
  const want = JSON.parse(readFileSync(join(RUN_DIR, `${name}.expected`), 'utf8')) as RunResult;
  const got = runWith('node', ['--import', 'tsx', join(ROOT, 'cli', 'main.ts')], name);
  const diff = firstDifference(got, { stdout: want.stdout, stderr: want.stderr, exit_code: want.exit_code });
  if (diff) failed++;
  console.log(`${diff ? 'FAIL' : 'ok  '} ${name}${diff ? `  ${diff}` : ''}`);
}
console.log(`${selected.length - failed}/${selected.length} pass`);
process.exit(failed ? 1 : 0);
