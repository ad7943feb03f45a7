import { defineConfig } from 'tsup';

// One bundle for the command line. Workers (a later issue) get their own entry.
export default defineConfig({
  entry: { pystm: 'cli/main.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  sourcemap: true,
  clean: true,
  splitting: false,
});
