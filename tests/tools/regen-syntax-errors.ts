/**
 * Regenerates the expected files of the syntax-error corpus from CPython 3.11.
 *
 *     npx tsx tests/tools/regen-syntax-errors.ts
 *
 * For every program `tests/syntax-errors/NAME.py` it writes `NAME.expected.json`:
 * - `compile`: the SyntaxError fields of `compile(open(f,'rb').read(), f, 'exec')`
 *   run in the corpus folder with the bare file name (so, as in CPython, texts
 *   of compiler errors are read back from the file);
 * - `script`: the fields of the SyntaxError that `python3 NAME.py` raised
 *   (caught by a `sys.excepthook` installed from a temporary sitecustomize);
 * - `stderr`, `exit_code`: exactly what a plain `python3 NAME.py` printed and
 *   returned.
 * The two field sets differ where CPython's file mode and string mode differ
 * (source decoding, null bytes, end of file); the test handles both.
 *
 * It also writes `format-cases.json`: synthetic SyntaxError field sets (tabs,
 * offsets past the end, multi-line ranges, no text, ...) and what CPython's
 * top-level printer (`sys.excepthook`, tb=None) prints for each.
 *
 * Absolute paths are replaced by bare file names so the files are stable. The
 * corpus folder is the process's only input; nothing else is read.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CORPUS = fileURLToPath(new URL('../syntax-errors/', import.meta.url)).replace(/\/$/, '');
const ENV = pythonEnv();

/** SyntaxError fields as CPython exposes them (`kind` is the class name). */
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

/** A clean, UTF-8 environment for python3, without the caller's PYTHON* settings. */
function pythonEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PYTHON') && !k.startsWith('LC_')) env[k] = v;
  env.LC_ALL = 'C.UTF-8';
  env.LANG = 'C.UTF-8';
  return env;
}

// ---------------------------------------------------------------------------
// Python helpers (run by python3; fields are dumped as one JSON object a line)

const FIELDS_PY = `
def fields(e):
    return {"kind": type(e).__name__, "msg": e.msg, "filename": e.filename, "lineno": e.lineno, "offset": e.offset,
            "end_lineno": e.end_lineno, "end_offset": e.end_offset, "text": e.text}
`;

/** compile() every file named on the command line; one JSON line each. */
const COMPILE_PY = `
import json, sys, warnings
warnings.simplefilter("ignore")
${FIELDS_PY}
for f in sys.argv[1:]:
    try:
        with open(f, "rb") as fp:
            compile(fp.read(), f, "exec")
        doc = None
    except SyntaxError as e:
        doc = fields(e)
    except Exception as e:
        doc = {"kind": type(e).__name__, "msg": str(e), "filename": None, "lineno": None, "offset": None,
               "end_lineno": None, "end_offset": None, "text": None}
    print(json.dumps(doc))
`;

/**
 * Installed as sitecustomize: dumps the fields of the SyntaxError python3 FILE
 * raises (of another exception raised while compiling, such as a bare
 * UnicodeDecodeError: its type and str(), without location).
 */
const HOOK_PY = `
import json, sys
${FIELDS_PY}
def _hook(t, v, tb):
    if isinstance(v, SyntaxError):
        doc = fields(v)
    else:
        doc = {"kind": t.__name__, "msg": str(v), "filename": None, "lineno": None, "offset": None,
               "end_lineno": None, "end_offset": None, "text": None}
    sys.stdout.write(json.dumps(doc) + "\\n")
    sys.stdout.flush()
    sys.__excepthook__(t, v, tb)
sys.excepthook = _hook
`;

/** Prints each synthetic SyntaxError with the top-level printer; JSON list on stdout. */
const FORMAT_PY = `
import io, json, sys
cases = json.load(sys.stdin)
out = []
classes = {"SyntaxError": SyntaxError, "IndentationError": IndentationError, "TabError": TabError}
for c in cases:
    cls = classes[c["kind"]]
    e = cls(c["msg"], (c["filename"], c["lineno"], c["offset"], c["text"], c["end_lineno"], c["end_offset"]))
    buf = io.StringIO()
    real, sys.stderr = sys.stderr, buf
    try:
        sys.excepthook(cls, e, None)
    finally:
        sys.stderr = real
    out.append({**c, "stderr": buf.getvalue()})
json.dump(out, sys.stdout)
`;

// ---------------------------------------------------------------------------
// Corpus

function pythonVersion(): string {
  return spawnSync('python3', ['-c', 'import sys; print(sys.version.split()[0])'], { env: ENV, encoding: 'utf8' }).stdout.trim();
}

function compileAll(files: string[]): (Fields | null)[] {
  const r = spawnSync('python3', ['-c', COMPILE_PY, ...files], { cwd: CORPUS, env: ENV, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`compile helper failed: ${r.stderr}`);
  return r.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Fields | null);
}

interface RunResult { stdout: string; stderr: string; status: number | null }

function run(file: string, env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [file], { cwd: CORPUS, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) => resolve({
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
      status,
    }));
  });
}

/** Runs `task` over `items` with at most `limit` in flight, keeping order. */
async function pool<T, R>(items: T[], limit: number, task: (x: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Absolute corpus paths -> bare names, so expected files do not depend on the checkout. */
function stable(s: string): string {
  return s.split(`${CORPUS}/`).join('');
}

function stableFields(f: Fields | null): Fields | null {
  if (f === null) return null;
  return { ...f, msg: stable(f.msg), filename: f.filename === null ? null : stable(f.filename) };
}

interface Expected {
  compile: Fields | null;
  script: Fields | null;
  stderr: string;
  exit_code: number | null;
}

/** JSON whose first line says it is generated (JSON has no comments). */
function render(header: string, body: Record<string, unknown>): string {
  const lines = Object.entries(body).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{"generated": ${JSON.stringify(header)},\n${lines.join(',\n')}\n}\n`;
}

async function regenCorpus(header: string): Promise<void> {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.py')).sort();
  const compiled = compileAll(files);
  const hookDir = mkdtempSync(join(tmpdir(), 'pystm-se-hook-'));
  writeFileSync(join(hookDir, 'sitecustomize.py'), HOOK_PY);
  const hookEnv = { ...ENV, PYTHONPATH: hookDir };
  try {
    const runs = await pool(files, 4, async (f) => [await run(f, ENV), await run(f, hookEnv)] as const);
    files.forEach((f, i) => {
      const [plain, hooked] = runs[i];
      const script = hooked.stdout.trim() === '' ? null : (JSON.parse(hooked.stdout.trim().split('\n')[0]) as Fields);
      if (compiled[i] === null && script === null) throw new Error(`${f} is valid Python: fix or remove it`);
      const doc: Expected = {
        compile: stableFields(compiled[i]),
        script: stableFields(script),
        stderr: stable(plain.stderr),
        exit_code: plain.status,
      };
      writeFileSync(join(CORPUS, f.replace(/\.py$/, '.expected.json')), render(header, { ...doc }));
    });
  } finally {
    rmSync(hookDir, { recursive: true, force: true });
  }
  console.log(`wrote ${files.length} expected files`);
}

// ---------------------------------------------------------------------------
// Synthetic printer cases

interface FormatCase {
  kind: 'SyntaxError' | 'IndentationError' | 'TabError';
  msg: string;
  filename: string | null;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}

function formatCases(): FormatCase[] {
  const c = (
    text: string | null, offset: number | null, end_offset: number | null,
    more: Partial<FormatCase> = {},
  ): FormatCase => ({ kind: 'SyntaxError', msg: 'invalid syntax', filename: 'f.py', lineno: 3, offset, end_lineno: 3, end_offset, text, ...more });
  return [
    c('x = (1 2)\n', 6, 9),
    c('    x = (1 2)\n', 10, 13),
    c('\t\tx = (1 2)\n', 8, 11),
    c(' \f\tx = 1\n', 5, 6),
    c('abcdefghij\n', 5, 30),
    c('abcdefghij\n', 20, 30),
    c('abcdefghij\n', 11, 12),
    c('abcdefghij\n', 12, 13),
    c('abcdefghij\n', 3, 4, { end_lineno: 5 }),
    c('abcdefghij\n', 3, 2),
    c('abcdefghij\n', 3, 3),
    c('abcdefghij\n', 3, -1),
    c('abcdefghij\n', 3, null),
    c('abcdefghij\n', null, null),
    c('abcdefghij\n', 0, 4),
    c('abcdefghij\n', -3, 4),
    c('    abc\n', 2, 4),
    c('    abc\n', 4, 8),
    c('abc', 2, 3),
    c('abc   \n', 2, 3),
    c('  \fabc   ', 2, 3),
    c('', 1, 2),
    c('\n', 1, 2),
    c('x = "\u00e9\u00e9\u00e9" + 1 +\n', 14, 16),
    c('\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\n', 8, 30),
    c('\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\n', 12, 13),
    c('\u540d\u524d = \u5024 +\n', 8, 9),
    c('s = "\u{1F600}" 1\n', 8, 9),
    c('a\tb\tcdefg\n', 4, 7),
    c('x = 1 + \\\n    2 3\n', 7, 8),
    c('abc  \n  def\n', 4, 7),
    c('abc  \n  def\n', 9, 11),
    c('x = 1\r\n', 3, 4),
    c(null, 3, 5),
    c('pass\n', 1, 5, { kind: 'IndentationError', msg: "expected an indented block after 'if' statement on line 1" }),
    c('\tpass\n', 1, -1, { kind: 'IndentationError', msg: 'unexpected indent' }),
    c('        y = 2\n', 1, 0, { kind: 'TabError', msg: 'inconsistent use of tabs and spaces in indentation' }),
    c('x\n', 1, 2, { lineno: null, end_lineno: null }),
    c('x\n', 1, 2, { lineno: null, end_lineno: null, filename: '/some/dir/mod.py' }),
    c('x\n', 1, 2, { lineno: null, end_lineno: null, filename: null }),
    c('x\n', 1, 2, { filename: null }),
    c('x\n', 1, 2, { lineno: 0, end_lineno: null, offset: -1, end_offset: null, text: null, msg: 'unknown encoding: spam' }),
    c('x = 1\n', 1, 2, { msg: '' }),
  ];
}

function regenFormatCases(header: string): void {
  const r = spawnSync('python3', ['-c', FORMAT_PY], { env: ENV, input: JSON.stringify(formatCases()), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`format helper failed: ${r.stderr}`);
  const cases = JSON.parse(r.stdout) as unknown[];
  const body = `{"generated": ${JSON.stringify(header)},\n"cases": [\n${cases.map((x) => JSON.stringify(x)).join(',\n')}\n]}\n`;
  writeFileSync(join(CORPUS, 'format-cases.json'), body);
  console.log(`wrote ${cases.length} printer cases`);
}

async function main(): Promise<void> {
  const version = pythonVersion();
  if (!version.startsWith('3.11.')) throw new Error(`python3 is ${version}; the oracle must be CPython 3.11`);
  const header = `GENERATED by tests/tools/regen-syntax-errors.ts from CPython ${version}; do not edit`;
  await regenCorpus(header);
  regenFormatCases(header);
}

await main();
