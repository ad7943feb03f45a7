/**
 * Python's repr() of compile-time constants, as CPython 3.11 prints them:
 * used by string annotations (unparse.ts), compiler error messages and the
 * disassembler. Literal values are vm/format/repr.ts's job; this adds the
 * compiler's own constants (tuples, frozensets, code objects).
 *
 * Ints are printed in full: CPython applies sys.int_max_str_digits only at
 * run time, and the compiler must not fail on a long literal.
 */

import type { ConstValue } from './code.js';
import { reprConstant, reprStr } from '../format/repr.js';

export function pyRepr(v: ConstValue): string {
  switch (v.kind) {
    case 'tuple':
      if (v.items.length === 1) return `(${pyRepr(v.items[0]!)},)`;
      return `(${v.items.map(pyRepr).join(', ')})`;
    case 'frozenset':
      return v.items.length ? `frozenset({${v.items.map(pyRepr).join(', ')}})` : 'frozenset()';
    case 'code':
      return `<code object ${v.name}, line ${v.firstlineno}>`;
    default:
      return reprConstant(v, Infinity);
  }
}

export { reprStr as strRepr };
