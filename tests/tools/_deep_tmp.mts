import { stubParser } from './parse-errors.js';
import { PySyntaxError } from '../../vm/syntax/errors.js';
function ok(src: string): boolean | string {
  try { stubParser(src, '<s>', 'exec'); return true; } catch (e) { return e instanceof PySyntaxError ? (e.lineno === null ? false : 'SE:' + e.msg) : 'JS'; }
}
function find(f: (n: number) => string): string {
  let lo = 1, hi = 20000;
  if (ok(f(hi)) === true) return '>20000';
  while (lo < hi) { const m = (lo + hi) >> 1; if (ok(f(m)) === true) lo = m + 1; else hi = m; }
  return `${lo} ${ok(f(lo))}`;
}
console.log('minus', find((n) => '-'.repeat(n) + '1'));
console.log('not', find((n) => 'not '.repeat(n) + '1'));
console.log('lambda', find((n) => 'lambda:'.repeat(n) + '1'));
console.log('ifexp', find((n) => 'a if b else '.repeat(n) + '1'));
console.log('pow', find((n) => '1**'.repeat(n) + '1'));
console.log('elif', find((n) => 'if a: pass\n' + 'elif a: pass\n'.repeat(n)));
console.log('fstr', find((n) => 'f"{' + '-'.repeat(n) + '1}"'));
