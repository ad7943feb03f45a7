import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { cpythonParse } from './cpython-ast.js';
import { firstDifference } from './parse-corpus.js';
import { stubParser } from './parse-errors.js';
const snippets: string[] = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'v-'));
const paths = snippets.map((s, i) => { const p = join(dir, `s${i}.py`); writeFileSync(p, s); return p; });
const oracle = cpythonParse(paths);
function stubTree(v: any): any {
  if (Array.isArray(v)) return v.map(stubTree);
  if (v === null || typeof v !== 'object') return v;
  if (v._type === 'JoinedStr' || (v._type === 'Constant' && ['str', 'bytes'].includes(v.value.kind))) return { _type: 'Constant', value: { kind: 'str', value: '' }, kind: null, lineno: v.lineno, col_offset: v.col_offset, end_lineno: v.end_lineno, end_col_offset: v.end_col_offset };
  if (v._type === 'Constant' && ['int', 'float', 'complex'].includes(v.value.kind)) return { ...v, value: 'num' };
  const o: any = {};
  for (const [k, x] of Object.entries(v)) o[k] = k === 'value' && v._type === 'MatchSingleton' ? x : stubTree(x);
  return o;
}
let same = 0;
snippets.forEach((s, i) => {
  const o = oracle[i]!;
  let mine: any;
  try { mine = stubTree(stubParser(s, '<s>', 'exec')); } catch (e: any) { mine = { error: e.message }; }
  const d = 'error' in o ? 'cpython error ' + JSON.stringify(o.error) : firstDifference(mine, stubTree(o.tree));
  if (d === null) same++; else console.log(JSON.stringify(s), '\n  ', d);
});
console.log(`same ${same}/${snippets.length}`);
