/**
 * Compares pystm's symbol tables with CPython's over the local CPython
 * standard library (CPython's own trees as input).
 *
 *   npx tsx tests/tools/symtable-corpus.ts [--limit N] [--filter substring]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cpythonParse } from './cpython-ast.js';
import { cpythonSymtables, diffSymtables, ourSymtable } from './symtable-oracle.js';

export const STDLIB = '/root/.pyenv/versions/3.11.7/lib/python3.11';

/** Every .py file of the stdlib corpus (site-packages excluded), sorted. */
export function corpusFiles(root = STDLIB): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (name === 'site-packages') continue;
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (name.endsWith('.py')) out.push(p);
    }
  };
  walk(root);
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
  const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1]! : '';
  const files = corpusFiles().filter((f) => f.includes(filter)).slice(0, limit);
  let ok = 0, bad = 0, skipped = 0;
  const BATCH = 150;
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const trees = cpythonParse(batch);
    const tables = cpythonSymtables(batch);
    batch.forEach((path, j) => {
      const t = trees[j]!;
      if ('error' in t) { skipped++; return; }
      const source = readFileSync(path, 'latin1');
      const diff = diffSymtables(ourSymtable(t.tree, path, source), tables[j]!);
      if (diff === null) ok++;
      else { bad++; console.log(`MISMATCH ${path}\n  ${diff}`); }
    });
  }
  console.log(`symtable corpus: ${ok} match, ${bad} mismatch, ${skipped} unparsable (of ${files.length})`);
  if (bad) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
