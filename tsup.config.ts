import { defineConfig } from 'tsup';

// Two bundles: the command line, and the entry of the scheduler's pool workers.
export default defineConfig({
  entry: { pystm: 'cli/main.ts', worker: 'scheduler/worker.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  sourcemap: true,
  clean: true,
  splitting: false,
});
