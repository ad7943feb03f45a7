/**
 * The syntax-error corpus (tests/syntax-errors/): invalid programs with what
 * CPython 3.11 reports for each (see tests/tools/regen-syntax-errors.ts).
 *
 * Model:
 * - A program passes when our front end reproduces both of CPython's ways of
 *   compiling it:
 *   - string mode: parseBytes then compile (with the text CPython's compiler
 *     reads back from the file) throws a PySyntaxError whose kind, msg,
 *     lineno, offset, end_lineno, end_offset and text equal those of
 *     CPython's `compile(bytes)`;
 *   - script mode: parseFile then compile (with the text parseFile returns)
 *     throws the fields `python3 FILE` raised (filename included: the bare
 *     name, or null for SyntaxErrors without location; other exceptions
 *     have none to compare), and `formatSyntaxError` of it prints exactly
 *     `python3 FILE`'s stderr.
 *   Programs are compiled under their bare name in the corpus folder, as
 *   CPython was, since CPython reads error lines back from the file.
 * - tests/syntax-errors/KNOWN_FAILURES lists the programs that do not pass
 *   yet, with the reason. Every unlisted program must pass and every listed
 *   one must still fail, so the list stays honest. To rewrite it from the
 *   current results (keeping hand-written reasons of entries still failing):
 *       UPDATE_KNOWN_FAILURES=1 npx vitest run tests/conformance/syntax-errors.test.ts
 * - The printer is also checked on its own, independent of the parser:
 *   `formatSyntaxError` of the fields CPython raised must give CPython's
 *   stderr, for every program and for the synthetic cases of
 *   format-cases.json.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PySyntaxError, formatSyntaxError, type SyntaxErrorInfo, type SyntaxErrorKind } from '../../vm/syntax/errors.js';
import { rereadText } from '../../vm/syntax/program-text.js';
import { crashText, loadFrontEnd, type FrontEnd } from '../tools/stdlib-corpus.js';

const CORPUS = fileURLToPath(new URL('../syntax-errors/', import.meta.url));
const KNOWN_FAILURES_FILE = join(CORPUS, 'KNOWN_FAILURES');
const UPDATE = process.env.UPDATE_KNOWN_FAILURES === '1';

interface Fields {
  kind: string;
  msg: string;
  filename: string | null;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}

interface Expected {
  compile: Fields | null;
  script: Fields | null;
  stderr: string;
  exit_code: number | null;
}

interface Program { name: string; bytes: Uint8Array; expected: Expected }

/** The fields compared with CPython's. */
const FIELD_NAMES = ['kind', 'msg', 'lineno', 'offset', 'end_lineno', 'end_offset', 'text'] as const;

function loadPrograms(): Program[] {
  return readdirSync(CORPUS).filter((f) => f.endsWith('.py')).sort().map((name) => ({
    name,
    bytes: readFileSync(join(CORPUS, name)),
    expected: JSON.parse(readFileSync(join(CORPUS, name.replace(/\.py$/, '.expected.json')), 'utf8')) as Expected,
  }));
}

/** KNOWN_FAILURES: `file reason...` per line; `#` starts a comment. */
function loadKnownFailures(): Map<string, string> {
  const known = new Map<string, string>();
  let text = '';
  try {
    text = readFileSync(KNOWN_FAILURES_FILE, 'utf8');
  } catch {
    return known;
  }
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(\S+)\s*(.*)$/.exec(line)!;
    known.set(m[1]!, m[2]!);
  }
  return known;
}

function asInfo(f: Fields, filename: string | null): SyntaxErrorInfo {
  return { ...f, kind: f.kind as SyntaxErrorKind, filename };
}

// ---------------------------------------------------------------------------
// Our front end on one program

/** What our front end threw: a PySyntaxError, 'accepted', or why not (one line). */
function outcome(run: () => void): PySyntaxError | string {
  try {
    run();
    return 'accepted';
  } catch (e) {
    return e instanceof PySyntaxError ? e : `JS exception: ${crashText(e).split('\n')[0]}`;
  }
}

/** Null when `got` has the fields of `want` (null: no error), else the differences. */
function differences(got: PySyntaxError | string, want: Fields | null, names: readonly (keyof Fields)[]): string | null {
  if (typeof got === 'string') return got === 'accepted' && want === null ? null : `${got}; CPython: ${want === null ? 'accepted' : `${want.kind}: ${want.msg}`}`;
  if (want === null) return `${got.kind}: ${got.msg}; CPython accepts`;
  const diffs = names.filter((k) => got[k] !== want[k]).map((k) => `${k} ${JSON.stringify(got[k])} != ${JSON.stringify(want[k])}`);
  return diffs.length === 0 ? null : diffs.join('; ');
}

/** Null when the program passes in both modes, else why not (one line). */
function checkProgram(fe: FrontEnd, p: Program): string | null {
  if (!fe.compile || !fe.parseFile) return 'compiler or parseFile not available yet';
  const { compile, parseFile } = fe;
  const got = outcome(() => compile(fe.parseBytes(p.bytes, p.name), { filename: p.name, mode: 'exec', source: rereadText(p.bytes) }));
  const compileDiffs = differences(got, p.expected.compile, FIELD_NAMES);
  if (compileDiffs !== null) return compileDiffs;
  const ran = outcome(() => {
    const { tree, text } = parseFile(p.bytes, p.name);
    compile(tree, { filename: p.name, mode: 'exec', source: text });
  });
  // Python's SyntaxError has a filename; the other exceptions (MemoryError...) none.
  const names = p.expected.script?.filename === null && p.expected.script.kind !== 'SyntaxError' ? FIELD_NAMES : [...FIELD_NAMES, 'filename' as const];
  const scriptDiffs = differences(ran, p.expected.script, names);
  if (scriptDiffs !== null) return `script: ${scriptDiffs}`;
  if (typeof ran === 'string') return null;
  const printed = formatSyntaxError(ran);
  return printed === p.expected.stderr ? null : `script: ${lineDifference(printed, p.expected.stderr)}`;
}

/** The first line where our printed error differs from python3's (cut to a readable length). */
function lineDifference(ours: string, theirs: string): string {
  const a = ours.split('\n');
  const b = theirs.split('\n');
  let i = 0;
  while (a[i] === b[i]) i++;
  const cut = (s: string | undefined) => JSON.stringify(s === undefined ? null : s.length > 60 ? `${s.slice(0, 57)}...` : s);
  return `printed line ${i + 1} ${cut(a[i])} != ${cut(b[i])}`;
}

function writeKnownFailures(results: Map<string, string | null>, previous: Map<string, string>): void {
  const header = [
    '# Syntax-error corpus programs our front end does not match yet, one per line:',
    '#   FILE  REASON',
    '# Checked by tests/conformance/syntax-errors.test.ts: a listed program must still fail,',
    '# an unlisted one must pass. Rewrite from the current results (hand-written reasons of',
    '# entries that still fail are kept):',
    '#   UPDATE_KNOWN_FAILURES=1 npx vitest run tests/conformance/syntax-errors.test.ts',
    '',
  ];
  const lines = [...results].filter(([, why]) => why !== null)
    .map(([name, why]) => `${name}  ${previous.get(name) || why!}`);
  writeFileSync(KNOWN_FAILURES_FILE, [...header, ...lines, ''].join('\n'));
}

// ---------------------------------------------------------------------------
// Tests

const programs = loadPrograms();
const known = loadKnownFailures();
const { frontEnd, notes } = await loadFrontEnd();

describe('syntax-error corpus: layout', () => {
  it('has at least 100 programs, each with an expected file from CPython', () => {
    expect(programs.length).toBeGreaterThanOrEqual(100);
    for (const p of programs) {
      expect(p.expected.exit_code, p.name).toBe(1);
      expect(p.expected.compile ?? p.expected.script, p.name).not.toBeNull();
    }
  });

  it('KNOWN_FAILURES names only corpus programs, each with a reason', () => {
    const names = new Set(programs.map((p) => p.name));
    for (const [name, why] of known) {
      expect(names.has(name), `${name} is not in the corpus`).toBe(true);
      expect(why, `${name} has no reason`).not.toBe('');
    }
  });
});

describe('formatSyntaxError prints what python3 prints', () => {
  it.each(programs.filter((p) => p.expected.script !== null).map((p) => [p.name, p] as const))('%s', (_, p) => {
    expect(formatSyntaxError(asInfo(p.expected.script!, p.expected.script!.filename))).toBe(p.expected.stderr);
  });

  const cases = (JSON.parse(readFileSync(join(CORPUS, 'format-cases.json'), 'utf8')) as {
    cases: (Fields & { filename: string | null; stderr: string })[];
  }).cases;
  it.each(cases.map((c, i) => [i, c] as const))('synthetic case %i', (_, c) => {
    expect(formatSyntaxError(asInfo(c, c.filename))).toBe(c.stderr);
  });
});

describe.skipIf(frontEnd === null)(`our front end matches CPython's errors ${notes.join('; ')}`, () => {
  const results = new Map<string, string | null>();

  it.each(programs.map((p) => [p.name, p] as const))('%s', (name, p) => {
    const why = checkProgram(frontEnd!, p);
    results.set(name, why);
    if (UPDATE) return;
    if (known.has(name)) {
      expect(why, `${name} passes now: remove it from KNOWN_FAILURES`).not.toBeNull();
    } else {
      expect(why, `${name} fails (add to KNOWN_FAILURES with the reason, or fix)`).toBeNull();
    }
  });

  afterAll(() => {
    if (UPDATE && results.size === programs.length) writeKnownFailures(results, known);
  });
});
