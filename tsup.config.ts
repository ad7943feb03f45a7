import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';

// Four CommonJS bundles in dist/ (its package.json says so, the package
// being "type": "module"):
// - pystm.js, the command's entry (cli/launch.ts): runs pystm-main.js through
//   a V8 code cache (see its module comment);
// - pystm-main.js, the command line (cli/main.ts), CommonJS because Node 20
//   can cache compiled code for scripts but not for ES modules;
// - worker.js, the entry of the scheduler's pool workers (scheduler/
//   worker-launch.ts): runs worker-main.js (scheduler/worker.ts) through a
//   V8 code cache, as pystm.js does.
// CommonJS also spares the start-up of Node's ES module loader.
export default defineConfig((cli) => {
  const outDir = cli.outDir ?? 'dist';
  return {
    entry: { pystm: 'cli/launch.ts', 'pystm-main': 'cli/main.ts', worker: 'scheduler/worker-launch.ts', 'worker-main': 'scheduler/worker.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.js' }),
    shims: true,
    target: 'node20',
    platform: 'node',
    outDir,
    sourcemap: true,
    clean: true,
    splitting: false,
    onSuccess: async () => {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'package.json'), '{ "type": "commonjs" }\n');
    },
  };
});
