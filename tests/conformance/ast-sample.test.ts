/**
 * The CI slice of the stdlib corpus check (tests/tools/stdlib-corpus.ts runs
 * the whole corpus): for each file of tests/tools/stdlib-sample.txt, our
 * parser's `ast.dump(..., include_attributes=True)` must equal CPython's, or
 * both must reject the file with the same error type, message and line; and
 * every file CPython compiles must compile with ours.
 *
 * CPython runs live (one python3 process for the whole sample). Skipped until
 * vm/syntax/parse.ts exists; the compile checks wait for vm/compiler/compile.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PySyntaxError } from '../../vm/syntax/errors.js';
import {
  compareVariant, cpythonRecordsSync, crashText, describeError, errorFields, loadFrontEnd, oracleParser, ourRecord,
  readSample, sameError, stdlibRoot, type CPythonRecord, type DumpVariant, type OurRecord,
} from '../tools/stdlib-corpus.js';

const VARIANTS: DumpVariant[] = [{ include_attributes: true }];
const root = stdlibRoot();
const files = readSample();
// PYSTM_AST_ORACLE=1 parses with CPython instead: a self-test of this file and of dump.
const oracle = process.env.PYSTM_AST_ORACLE === '1' ? oracleParser(files.map((f) => join(root, f))) : undefined;
const { frontEnd, notes } = await loadFrontEnd(oracle);

const title = `stdlib sample: our ast.dump vs CPython's (${notes.join('; ') || 'parser and compiler'})`;

describe.skipIf(frontEnd === null)(title, () => {
  const theirs = new Map<string, CPythonRecord>();
  const ours = new Map<string, OurRecord>();

  beforeAll(() => {
    const records = cpythonRecordsSync(files.map((f) => join(root, f)), VARIANTS, frontEnd?.compile !== undefined);
    files.forEach((f, i) => theirs.set(f, records[i]!));
  }, 120_000);

  const ourResult = (file: string): OurRecord => {
    let r = ours.get(file);
    if (r === undefined) {
      const path = join(root, file);
      r = ourRecord(frontEnd!, readFileSync(path), path, VARIANTS);
      ours.set(file, r);
    }
    return r;
  };

  it.each(files)('dump %s', (file) => {
    const difference = compareVariant(ourResult(file), theirs.get(file)!, 0);
    expect(difference).toBeNull();
  });

  it.skipIf(frontEnd?.compile === undefined).each(files)('compile %s', (file) => {
    const cp = theirs.get(file)!;
    const r = ourResult(file);
    if (cp.error || !r.tree) return; // rejected by CPython's parser: covered by the dump test
    const path = join(root, file);
    const bytes = readFileSync(path);
    let outcome: string;
    try {
      frontEnd!.compile!(r.tree, { filename: path, mode: 'exec', source: frontEnd!.decodeSource?.(bytes, path) });
      outcome = cp.compileError ? `accepted; CPython: ${describeError(cp.compileError)}` : 'ok';
    } catch (e) {
      if (!(e instanceof PySyntaxError)) outcome = `JS exception ${crashText(e)}`;
      else if (cp.compileError && sameError(errorFields(e), cp.compileError)) outcome = 'ok';
      else {
        const cpython = cp.compileError ? describeError(cp.compileError) : 'compiles';
        outcome = `rejected: ${describeError(errorFields(e))}; CPython: ${cpython}`;
      }
    }
    expect(outcome).toBe('ok');
  });
});
