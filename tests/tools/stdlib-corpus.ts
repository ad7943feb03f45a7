/**
 * The front end's acceptance check: our `ast.dump` against CPython's over
 * every .py file of the local CPython standard library.
 *
 *   npx tsx tests/tools/stdlib-corpus.ts [--root DIR] [--sample] [--filter TEXT]
 *                        [--no-compile] [--no-timing] [--write-report] [--oracle-parser]
 *
 * --sample: only the CI sample (stdlib-sample.txt); --filter: only paths
 * containing TEXT; --oracle-parser: parse with CPython (checks dump, the
 * compiler and this script, not our parser); --no-timing: skip the timing pass.
 *
 * Model:
 * - One python3 process parses, dumps (with and without attributes) and
 *   compiles every file and streams one JSON record per file; we run our
 *   front end in-process on the same bytes as each record arrives and
 *   compare the texts byte for byte.
 * - Throughput is measured afterwards in separate passes (ours, then a
 *   python3 timing itself), files in memory, so the sides do not compete.
 * - A file CPython rejects matches when we reject it with the same error
 *   type, message and line. A file whose dump CPython cannot produce (an int
 *   beyond the 4300-digit limit) matches when ours fails with the same message.
 * - The parser and the compiler are imported dynamically, so the script
 *   reports "not available yet" instead of failing while they are written.
 * - `--write-report` rewrites docs/ast-corpus.md (generated; see its first line).
 *
 * The functions above `main` are shared with the tests (ast-dump, ast-sample).
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Mod } from '../../vm/syntax/ast.js';
import { dump, type DumpOptions } from '../../vm/syntax/ast-dump.js';
import { PySyntaxError, type SyntaxErrorKind } from '../../vm/syntax/errors.js';
import { cpythonParse, type CPythonParse, type CPythonSyntaxError } from './cpython-ast.js';
import { IntMaxStrDigitsError } from '../../vm/format/repr.js';

export const DEFAULT_ROOT = '/root/.pyenv/versions/3.11.7/lib/python3.11';
const SAMPLE_FILE = fileURLToPath(new URL('./stdlib-sample.txt', import.meta.url));
const REPORT_FILE = fileURLToPath(new URL('../../docs/ast-corpus.md', import.meta.url));

// ---------------------------------------------------------------------------
// The corpus

/** `sysconfig.get_paths()['stdlib']` of the python3 on PATH, or DEFAULT_ROOT. */
export function stdlibRoot(): string {
  try {
    const code = "import sysconfig; print(sysconfig.get_paths()['stdlib'])";
    return execFileSync('python3', ['-c', code], { encoding: 'utf8' }).trim() || DEFAULT_ROOT;
  } catch {
    return DEFAULT_ROOT;
  }
}

/** Every .py file under `root` (not following symlinks, skipping site-packages), sorted. */
export function listPythonFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'site-packages') walk(path);
      } else if (entry.isFile() && entry.name.endsWith('.py')) {
        out.push(path);
      }
    }
  };
  walk(root);
  return out.sort();
}

/** The CI sample: paths relative to the stdlib root, from stdlib-sample.txt. */
export function readSample(): string[] {
  return readFileSync(SAMPLE_FILE, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

// ---------------------------------------------------------------------------
// CPython's side

/** Fields of a Python exception raised by parse, dump or compile. */
export interface ErrorFields {
  kind: string;
  msg: string;
  lineno?: number | null;
  offset?: number | null;
  end_lineno?: number | null;
  end_offset?: number | null;
}

/** What CPython did with one file. */
export interface CPythonRecord {
  parseSeconds?: number;
  error?: ErrorFields;
  /** One dump per requested variant, when the file parsed. */
  dumps?: string[];
  dumpError?: ErrorFields;
  compileError?: ErrorFields;
}

/** ast.dump's keyword arguments, as Python spells them. */
export interface DumpVariant {
  annotate_fields?: boolean;
  include_attributes?: boolean;
  indent?: number | string | null;
}

const PYTHON_PROGRAM = String.raw`
import ast, json, sys, time, warnings
warnings.simplefilter("ignore")

def fields(e):
    d = {"kind": type(e).__name__, "msg": e.msg if isinstance(e, SyntaxError) else str(e)}
    if isinstance(e, SyntaxError):
        d.update(lineno=e.lineno, offset=e.offset, end_lineno=e.end_lineno, end_offset=e.end_offset)
    return d

FAILURES = (SyntaxError, ValueError, OverflowError, RecursionError, MemoryError)

def record(path, variants, want_compile):
    rec = {}
    with open(path, "rb") as f:
        src = f.read()
    try:
        t0 = time.perf_counter()
        tree = ast.parse(src, path)
        rec["parseSeconds"] = time.perf_counter() - t0
    except FAILURES as e:
        rec["error"] = fields(e)
        return rec
    try:
        rec["dumps"] = [ast.dump(tree, **v) for v in variants]
    except FAILURES as e:
        rec["dumpError"] = fields(e)
    if want_compile:
        try:
            compile(src, path, "exec", dont_inherit=True)
        except FAILURES as e:
            rec["compileError"] = fields(e)
    return rec

def main():
    variants = json.loads(sys.argv[1])
    want_compile = sys.argv[2] == "1"
    for path in json.load(sys.stdin):
        sys.stdout.write(json.dumps(record(path, variants, want_compile)) + "\n")
        sys.stdout.flush()

main()
`;

function pythonArgs(variants: DumpVariant[], compile: boolean): string[] {
  return ['-c', PYTHON_PROGRAM, JSON.stringify(variants), compile ? '1' : '0'];
}

/** CPython's records for `paths` (absolute), in one python3 process. */
export function cpythonRecordsSync(paths: string[], variants: DumpVariant[], compile = false): CPythonRecord[] {
  const out = execFileSync('python3', pythonArgs(variants, compile), {
    input: JSON.stringify(paths), encoding: 'utf8', maxBuffer: 1 << 30,
  });
  return out.trimEnd().split('\n').map((line) => JSON.parse(line) as CPythonRecord);
}

/** The same, streamed: one python3 process, records yielded as they come. */
export async function* cpythonRecords(
  paths: string[], variants: DumpVariant[], compile: boolean,
): AsyncGenerator<CPythonRecord> {
  const child = spawn('python3', pythonArgs(variants, compile), { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.end(JSON.stringify(paths));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  let n = 0;
  for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
    n++;
    yield JSON.parse(line) as CPythonRecord;
  }
  const code = await exited;
  if (code !== 0 || n !== paths.length) throw new Error(`python3 exited with ${code} after ${n}/${paths.length} files`);
}

// ---------------------------------------------------------------------------
// Our side

/** The parts of the front end this check drives (typed here: they may not exist yet). */
export interface FrontEnd {
  parseBytes(bytes: Uint8Array, filename: string): Mod;
  /** `python3 FILE`'s reading (absent with the oracle parser). */
  parseFile?: (bytes: Uint8Array, filename: string) => { tree: Mod; text: string };
  /** Absent until vm/compiler/compile.ts lands. */
  compile?: (mod: Mod, options: { filename: string; mode: 'exec'; source?: string }) => unknown;
  /** Absent until vm/syntax/source.ts lands; gives compile() its source text. */
  decodeSource?: (bytes: Uint8Array, filename: string) => string;
}

async function tryImport(relPath: string): Promise<Record<string, unknown> | string> {
  const url = new URL(relPath, import.meta.url).href;
  const name = relative(process.cwd(), fileURLToPath(url)).replace(/\.js$/, '.ts');
  try {
    return (await import(url)) as Record<string, unknown>;
  } catch (e) {
    const err = e as { code?: string; message?: string };
    const message = String(err.message ?? e);
    if (err.code !== 'ERR_MODULE_NOT_FOUND') return `${name} failed to load: ${message}`;
    const missing = /Cannot find module '([^']*)'/.exec(message)?.[1];
    const itself = missing === undefined || missing.endsWith(relPath.replace(/^(\.\.\/)+/, ''));
    return `${name} not available yet${itself ? '' : ` (it imports the missing ${relative(process.cwd(), missing)})`}`;
  }
}

/**
 * Loads the parser (required) and the compiler (optional); `notes` say what is
 * missing. With `parser` given (the oracle), only the rest is loaded.
 */
export async function loadFrontEnd(
  parser?: FrontEnd['parseBytes'],
): Promise<{ frontEnd: FrontEnd | null; notes: string[] }> {
  const notes: string[] = [];
  let parseBytes = parser;
  let parseFile: FrontEnd['parseFile'];
  if (parseBytes === undefined) {
    const parse = await tryImport('../../vm/syntax/parse.js');
    if (typeof parse === 'string' || typeof parse.parseBytes !== 'function') {
      return { frontEnd: null, notes: [typeof parse === 'string' ? parse : 'parse.ts has no parseBytes'] };
    }
    parseBytes = parse.parseBytes as FrontEnd['parseBytes'];
    if (typeof parse.parseFile === 'function') parseFile = parse.parseFile as FrontEnd['parseFile'];
  } else {
    notes.push('parser: CPython (oracle)');
  }
  const frontEnd: FrontEnd = { parseBytes, parseFile };
  const compiler = await tryImport('../../vm/compiler/compile.js');
  if (typeof compiler === 'string') notes.push(compiler);
  else if (typeof compiler.compile === 'function') frontEnd.compile = compiler.compile as FrontEnd['compile'];
  const source = await tryImport('../../vm/syntax/source.js');
  if (typeof source !== 'string' && typeof source.decodeSource === 'function') {
    frontEnd.decodeSource = source.decodeSource as FrontEnd['decodeSource'];
  }
  return { frontEnd, notes };
}

/**
 * A stand-in for parseBytes returning CPython's own trees (tests/tools/cpython-ast.ts),
 * fetched 40 files per python3 process ahead of use: with it a run checks
 * `dump`, the compiler and this script, whatever the state of our parser.
 */
export function oracleParser(files: string[]): FrontEnd['parseBytes'] {
  const trees = new Map<string, CPythonParse>();
  let fetched = 0;
  return (_bytes: Uint8Array, filename: string): Mod => {
    while (!trees.has(filename) && fetched < files.length) {
      const chunk = files.slice(fetched, fetched + 40);
      cpythonParse(chunk).forEach((t, i) => trees.set(chunk[i]!, t));
      fetched += chunk.length;
    }
    const t = trees.get(filename);
    trees.delete(filename);
    if (t === undefined) throw new Error(`oracle: ${filename} is not in the run`);
    if ('tree' in t) return t.tree;
    const e = t.error;
    if (!SYNTAX_ERROR_KINDS.includes(e.kind)) throw new Error(`oracle: ${e.kind}: ${e.msg}`);
    return throwSyntaxError(e, filename);
  };
}

const SYNTAX_ERROR_KINDS = ['SyntaxError', 'IndentationError', 'TabError'];

function throwSyntaxError(e: CPythonSyntaxError, filename: string): never {
  throw new PySyntaxError({
    kind: e.kind as SyntaxErrorKind, msg: e.msg, filename, lineno: e.lineno ?? null, offset: e.offset ?? null,
    end_lineno: e.end_lineno ?? null, end_offset: e.end_offset ?? null, text: e.text ?? null,
  });
}

/** What our front end did with one file. */
export interface OurRecord {
  parseSeconds: number;
  tree?: Mod;
  error?: ErrorFields;
  /** A JavaScript exception other than PySyntaxError: always a bug. */
  crash?: string;
  dumps?: string[];
  dumpError?: ErrorFields;
}

/** Runs our parser and dump on one file. */
export function ourRecord(frontEnd: FrontEnd, bytes: Uint8Array, path: string, variants: DumpVariant[]): OurRecord {
  const t0 = performance.now();
  let tree: Mod;
  try {
    tree = frontEnd.parseBytes(bytes, path);
  } catch (e) {
    const parseSeconds = (performance.now() - t0) / 1000;
    return e instanceof PySyntaxError ? { parseSeconds, error: errorFields(e) } : { parseSeconds, crash: crashText(e) };
  }
  const rec: OurRecord = { parseSeconds: (performance.now() - t0) / 1000, tree };
  try {
    rec.dumps = variants.map((v) => dump(tree, dumpOptions(v)));
  } catch (e) {
    if (e instanceof IntMaxStrDigitsError) rec.dumpError = { kind: 'ValueError', msg: e.message };
    else rec.crash = crashText(e);
  }
  return rec;
}

export function dumpOptions(v: DumpVariant): DumpOptions {
  return { annotateFields: v.annotate_fields, includeAttributes: v.include_attributes, indent: v.indent };
}

export function errorFields(e: PySyntaxError): ErrorFields {
  const { kind, msg, lineno, offset, end_lineno, end_offset } = e;
  return { kind, msg, lineno, offset, end_lineno, end_offset };
}

export function crashText(e: unknown): string {
  if (!(e instanceof Error)) return `non-Error thrown: ${String(e)}`;
  const where = e.stack ? '\n' + e.stack.split('\n').slice(1, 4).join('\n') : '';
  return `${e.name}: ${e.message}${where}`;
}

// ---------------------------------------------------------------------------
// Comparison

/** Null when variant `i` matches, else a one-line description of the first difference. */
export function compareVariant(ours: OurRecord, theirs: CPythonRecord, i: number): string | null {
  if (ours.crash !== undefined) return `JS exception: ${ours.crash.split('\n')[0]}`;
  if (theirs.error) {
    if (!ours.error) return `CPython rejects (${describeError(theirs.error)}), we accept`;
    if (sameError(ours.error, theirs.error)) return null;
    return `error differs: ours ${describeError(ours.error)}, CPython ${describeError(theirs.error)}`;
  }
  if (ours.error) return `we reject (${describeError(ours.error)}), CPython accepts`;
  if (theirs.dumpError || ours.dumpError) {
    if (theirs.dumpError && ours.dumpError && theirs.dumpError.msg === ours.dumpError.msg) return null;
    return `dump error differs: ours ${ours.dumpError?.msg ?? 'none'}, CPython ${theirs.dumpError?.msg ?? 'none'}`;
  }
  return firstDifference(ours.dumps![i]!, theirs.dumps![i]!);
}

/** Same type, message and line: what "rejects it the same way" means here. */
export function sameError(a: ErrorFields, b: ErrorFields): boolean {
  return a.kind === b.kind && a.msg === b.msg && (a.lineno ?? null) === (b.lineno ?? null);
}

export function describeError(e: ErrorFields): string {
  const where = e.lineno === undefined ? '' : ` at ${e.lineno}:${e.offset}`;
  return `${e.kind}: ${e.msg}${where}`;
}

/** Null when equal, else the first differing index with a little context of each. */
export function firstDifference(ours: string, theirs: string): string | null {
  if (ours === theirs) return null;
  let i = 0;
  const n = Math.min(ours.length, theirs.length);
  while (i < n && ours.charCodeAt(i) === theirs.charCodeAt(i)) i++;
  const from = Math.max(0, i - 40);
  const cut = (s: string): string => JSON.stringify(s.slice(from, i + 40));
  return `at char ${i}: ours …${cut(ours)}… CPython …${cut(theirs)}…`;
}

// ---------------------------------------------------------------------------
// Throughput: a separate pass per side, so neither competes with the other
// (the comparison pass runs both at once)

interface Timing { oursParse: number; oursCompile: number; cpythonParse: number; cpythonCompile: number }

const PYTHON_TIMING = String.raw`
import ast, json, sys, time, warnings
warnings.simplefilter("ignore")
paths = json.load(sys.stdin)
sources = [open(p, "rb").read() for p in paths]
def timed(run):
    t0 = time.perf_counter()
    for path, src in zip(paths, sources):
        try:
            run(src, path)
        except Exception:
            pass
    return time.perf_counter() - t0
parse = timed(lambda src, path: ast.parse(src, path))
comp = timed(lambda src, path: compile(src, path, "exec", dont_inherit=True)) if sys.argv[1] == "1" else 0
print(json.dumps({"parse": parse, "compile": comp}))
`;

/** Ours, then CPython's, over the same in-memory files: parse, and parse+compile. */
function timeBoth(frontEnd: FrontEnd, paths: string[], compile: boolean): Timing {
  const sources = paths.map((p) => readFileSync(p));
  let oursParse = 0;
  let oursCompile = 0;
  sources.forEach((bytes, i) => {
    const t0 = performance.now();
    let tree: Mod | null = null;
    try {
      tree = frontEnd.parseBytes(bytes, paths[i]!);
    } catch {
      tree = null;
    }
    const t1 = performance.now();
    oursParse += t1 - t0;
    if (!compile || tree === null) return;
    try {
      frontEnd.compile!(tree, { filename: paths[i]!, mode: 'exec' });
    } catch {
      // failures are reported by the comparison pass
    }
    oursCompile += performance.now() - t1;
  });
  const out = execFileSync('python3', ['-c', PYTHON_TIMING, compile ? '1' : '0'], {
    input: JSON.stringify(paths), encoding: 'utf8',
  });
  const cp = JSON.parse(out) as { parse: number; compile: number };
  return {
    oursParse: oursParse / 1000, oursCompile: oursCompile / 1000, cpythonParse: cp.parse, cpythonCompile: cp.compile,
  };
}

// ---------------------------------------------------------------------------
// The acceptance run

const VARIANTS: DumpVariant[] = [{}, { include_attributes: true }];

interface Options {
  root: string; sample: boolean; filter: string | null; compile: boolean; writeReport: boolean; oracle: boolean;
  timing: boolean;
}

interface FileResult {
  path: string; plain: string | null; attrs: string | null; compile: string | null;
  oursParse: number; cpythonParse: number;
}

interface Totals {
  files: number; plainSame: number; attrsSame: number; rejectedByCPython: number;
  /** Files both parsers accept and CPython compiles; those our compile() rejects. */
  compileChecked: number; compileFailures: number;
  /** Files both parsers accept and CPython's compiler rejects; those we do not reject the same way. */
  compileRejects: number; compileRejectMismatches: number;
  crashes: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    root: '', sample: false, filter: null, compile: true, writeReport: false, oracle: false, timing: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--root') o.root = argv[++i] ?? '';
    else if (a === '--sample') o.sample = true;
    else if (a === '--filter') o.filter = argv[++i] ?? '';
    else if (a === '--no-compile') o.compile = false;
    else if (a === '--write-report') o.writeReport = true;
    else if (a === '--oracle-parser') o.oracle = true;
    else if (a === '--no-timing') o.timing = false;
    else throw new Error(`unknown argument ${a}; see the comment at the top of tests/tools/stdlib-corpus.ts`);
  }
  if (o.root === '') o.root = stdlibRoot();
  return o;
}

function selectFiles(o: Options): string[] {
  let files = o.sample ? readSample().map((p) => join(o.root, p)) : listPythonFiles(o.root);
  if (o.filter !== null) files = files.filter((f) => f.includes(o.filter!));
  return files;
}

/** Compiles one file both parsers accepted; null when ours agrees with CPython's compile(). */
function checkCompile(
  frontEnd: FrontEnd, tree: Mod, bytes: Uint8Array, path: string, theirs: CPythonRecord,
): string | null {
  let source: string | undefined;
  try {
    source = frontEnd.decodeSource?.(bytes, path);
  } catch {
    source = undefined;
  }
  let failure: PySyntaxError | string | null = null;
  try {
    frontEnd.compile!(tree, { filename: path, mode: 'exec', source });
  } catch (e) {
    failure = e instanceof PySyntaxError ? e : `JS exception in compile: ${crashText(e).split('\n')[0]}`;
  }
  if (typeof failure === 'string') return failure;
  const expected = theirs.compileError;
  if (failure === null) return expected ? `CPython's compile() rejects (${describeError(expected)}), we accept` : null;
  if (expected && sameError(errorFields(failure), expected)) return null;
  const cpython = expected ? describeError(expected) : 'compiles';
  return `compile: ours ${describeError(errorFields(failure))}, CPython ${cpython}`;
}

function emptyTotals(files: number): Totals {
  return {
    files, plainSame: 0, attrsSame: 0, rejectedByCPython: 0, compileChecked: 0, compileFailures: 0,
    compileRejects: 0, compileRejectMismatches: 0, crashes: 0,
  };
}

/** Compares one file; returns its result and adds to the totals. */
function checkFile(o: Options, frontEnd: FrontEnd, path: string, theirs: CPythonRecord, totals: Totals): FileResult {
  const bytes = readFileSync(path);
  const ours = ourRecord(frontEnd, bytes, path, VARIANTS);
  if (theirs.error) totals.rejectedByCPython++;
  if (ours.crash !== undefined) totals.crashes++;
  const plain = compareVariant(ours, theirs, 0);
  const attrs = compareVariant(ours, theirs, 1);
  if (plain === null) totals.plainSame++;
  if (attrs === null) totals.attrsSame++;
  let compile: string | null = null;
  if (o.compile && frontEnd.compile && ours.tree && !theirs.error) {
    compile = checkCompile(frontEnd, ours.tree, bytes, path, theirs);
    if (theirs.compileError) {
      totals.compileRejects++;
      if (compile !== null) totals.compileRejectMismatches++;
    } else {
      totals.compileChecked++;
      if (compile !== null) totals.compileFailures++;
    }
  }
  return {
    path: relative(o.root, path), plain, attrs, compile,
    oursParse: ours.parseSeconds, cpythonParse: theirs.parseSeconds ?? 0,
  };
}

interface RunResult { totals: Totals; results: FileResult[]; slowest: FileResult[]; timing: Timing | null }

async function run(o: Options, frontEnd: FrontEnd): Promise<RunResult> {
  const files = selectFiles(o);
  const totals = emptyTotals(files.length);
  const results: FileResult[] = [];
  const slowest: FileResult[] = [];
  let k = 0;
  for await (const theirs of cpythonRecords(files, VARIANTS, o.compile && frontEnd.compile !== undefined)) {
    const path = files[k++]!;
    const shown = relative(o.root, path).slice(0, 60).padEnd(60);
    if (process.stderr.isTTY) process.stderr.write(`\r${k}/${files.length} ${shown}`);
    const r = checkFile(o, frontEnd, path, theirs, totals);
    if (r.plain !== null || r.attrs !== null || r.compile !== null) results.push(r);
    keepSlowest(slowest, r);
  }
  if (process.stderr.isTTY) process.stderr.write('\r' + ' '.repeat(70) + '\r');
  const timing = o.timing && !o.oracle ? timeBoth(frontEnd, files, o.compile && frontEnd.compile !== undefined) : null;
  return { totals, results, slowest, timing };
}

/** Keeps the five files our parser took longest on, slowest first. */
function keepSlowest(slowest: FileResult[], r: FileResult): void {
  slowest.push(r);
  slowest.sort((a, b) => b.oursParse - a.oursParse);
  if (slowest.length > 5) slowest.pop();
}

function slowestLine(slowest: FileResult[]): string {
  const ms = (seconds: number): string => `${(seconds * 1000).toFixed(0)} ms`;
  const each = slowest.map((r) => `${r.path} ${ms(r.oursParse)} (CPython ${ms(r.cpythonParse)})`);
  return `slowest parses: ${each.join(', ')}`;
}

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(2)}%`;
}

function summaryLines({ totals: t, timing }: RunResult, compiled: boolean): string[] {
  const lines = [
    `files: ${t.files} (CPython rejects ${t.rejectedByCPython})`,
    `identical without attributes: ${t.plainSame} (${pct(t.plainSame, t.files)})`,
    `identical with attributes: ${t.attrsSame} (${pct(t.attrsSame, t.files)})`,
    `JavaScript exceptions: ${t.crashes}`,
    compiled
      ? `compile failures: ${t.compileFailures} of ${t.compileChecked} files CPython compiles; ` +
        `${t.compileRejectMismatches} of the ${t.compileRejects} files its compiler rejects not rejected the same way`
      : 'compile: not checked (no compiler yet, or --no-compile)',
  ];
  if (timing === null) return [...lines, 'timing: not measured (--no-timing or --oracle-parser)'];
  const { oursParse, oursCompile, cpythonParse, cpythonCompile } = timing;
  lines.push(`parse time: ours ${oursParse.toFixed(2)} s, CPython ast.parse ${cpythonParse.toFixed(2)} s ` +
    `(ratio ${(oursParse / cpythonParse).toFixed(2)}; separate passes, files in memory)`);
  if (compiled) {
    const ours = oursParse + oursCompile;
    lines.push(`parse+compile: ours ${ours.toFixed(2)} s, CPython compile() ${cpythonCompile.toFixed(2)} s ` +
      `(ratio ${(ours / cpythonCompile).toFixed(2)})`);
  }
  return lines;
}

function differenceLines(results: FileResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    if (r.plain !== null) out.push(`${r.path}: ${r.plain}`);
    else if (r.attrs !== null) out.push(`${r.path}: (attributes only) ${r.attrs}`);
    if (r.compile !== null) out.push(`${r.path}: ${r.compile}`);
  }
  return out;
}

function writeReport(o: Options, outcome: RunResult, notes: string[], compiled: boolean): void {
  const python = execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim();
  const diffs = differenceLines(outcome.results);
  const text = [
    '<!-- Generated by `npx tsx tests/tools/stdlib-corpus.ts --write-report`; do not edit. -->',
    '# AST corpus check: our ast.dump vs CPython\'s over the standard library',
    '',
    `Run ${new Date().toISOString().slice(0, 10)} on ${python}, Node ${process.version}, root \`${o.root}\`` +
      `${o.sample ? ' (sample only)' : ''}${o.filter ? ` (filter \`${o.filter}\`)` : ''}.`,
    'Targets: >= 99.5% identical without attributes, >= 99% with attributes, no compile failures, no JS exceptions.',
    '',
    ...summaryLines(outcome, compiled).map((l) => `- ${l}`),
    `- ${slowestLine(outcome.slowest)} (times from the comparison pass)`,
    ...notes.map((n) => `- note: ${n}`),
    '',
    `## Differing files (${diffs.length})`,
    '',
    'Each line gives the file (relative to the root) and the first difference; "attributes only"',
    'means the dump without attributes is identical and only positions differ.',
    '',
    ...(diffs.length ? diffs.map((d) => `- ${d.replace(/\n/g, ' ')}`) : ['None.']),
    '',
  ].join('\n');
  writeFileSync(REPORT_FILE, text);
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const { frontEnd, notes } = await loadFrontEnd(o.oracle ? oracleParser(selectFiles(o)) : undefined);
  if (frontEnd === null) {
    console.log(`parser: ${notes.join('; ')}; nothing to compare.`);
    return;
  }
  const started = performance.now();
  const outcome = await run(o, frontEnd);
  const compiled = frontEnd.compile !== undefined && o.compile;
  for (const line of summaryLines(outcome, compiled)) console.log(line);
  console.log(slowestLine(outcome.slowest));
  for (const note of notes) console.log(`note: ${note}`);
  const diffs = differenceLines(outcome.results);
  if (diffs.length) console.log(`\ndiffering files (${diffs.length}):`);
  for (const d of diffs.slice(0, 300)) console.log('  ' + d);
  if (diffs.length > 300) console.log(`  ... and ${diffs.length - 300} more`);
  console.log(`\nwall time ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (o.writeReport) {
    writeReport(o, outcome, notes, compiled);
    console.log(`wrote ${relative(process.cwd(), REPORT_FILE)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
