/**
 * `from __future__ import ...` statements (PEP 236): which features a module
 * enables, and the errors for misplaced or unknown ones.
 *
 * Only the leading statements of a module are future statements: an optional
 * docstring, then future imports. A future import on the same line as (and
 * after) a non-future statement is reported here; one on a later line is
 * reported by the compiler when it reaches it (`lastFutureLine` tells it
 * which ones were accepted), exactly as CPython 3.11 splits the two cases.
 */

import type { Mod, Stmt } from '../syntax/ast.js';
import { CO } from './code.js';
import { syntaxErrorAt, type ErrorContext } from './compile-error.js';

export interface FutureFeatures {
  /** CO_FUTURE_* flags. */
  flags: number;
  /** Line of the last accepted future import (0 if none). */
  lastFutureLine: number;
}

/** Known features; in Python 3 only two of them still change compilation. */
const FEATURES: Readonly<Record<string, number>> = {
  nested_scopes: 0,
  generators: 0,
  division: 0,
  absolute_import: 0,
  with_statement: 0,
  print_function: 0,
  unicode_literals: 0,
  barry_as_FLUFL: CO.FUTURE_BARRY_AS_BDFL,
  generator_stop: 0,
  annotations: CO.FUTURE_ANNOTATIONS,
};

export const LATE_FUTURE = 'from __future__ imports must occur at the beginning of the file';

export function futureFeatures(mod: Mod, ctx: ErrorContext): FutureFeatures {
  const ff: FutureFeatures = { flags: 0, lastFutureLine: 0 };
  if (mod._type !== 'Module' && mod._type !== 'Interactive') return ff;
  const body = mod.body;
  let i = docstringOf(body) !== null ? 1 : 0;
  let done = false;
  let prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i]!;
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      if (done) throw syntaxErrorAt(ctx, LATE_FUTURE, s.lineno, s.col_offset); // sic: no + 1 in CPython
      for (const alias of s.names) ff.flags |= featureFlag(alias.name, s, ctx);
      ff.lastFutureLine = s.lineno;
    } else {
      done = true;
    }
  }
  return ff;
}

function featureFlag(name: string, s: Stmt, ctx: ErrorContext): number {
  const flag = Object.hasOwn(FEATURES, name) ? FEATURES[name] : undefined;
  if (flag !== undefined) return flag;
  const msg = name === 'braces' ? 'not a chance' : `future feature ${name} is not defined`;
  throw syntaxErrorAt(ctx, msg, s.lineno, s.col_offset + 1);
}

/** The docstring of a body: its first statement if that is a string constant. */
export function docstringOf(body: readonly Stmt[]): string | null {
  const first = body[0];
  if (first === undefined || first._type !== 'Expr') return null;
  const v = first.value;
  if (v._type !== 'Constant' || v.value.kind !== 'str') return null;
  return v.value.value;
}
