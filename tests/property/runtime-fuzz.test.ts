/**
 * Fuzzing the runtime: any program either completes or fails the Python way
 * (a SyntaxError, or a traceback on stderr and exit status 1), never with a
 * JavaScript error, an internal error or a hang.
 *
 * Model:
 * - Inputs: (1) generated programs, a few random statements over a few
 *   variables holding values of mixed types (arithmetic, builtins called with
 *   wrong types, attributes, subscripts, comprehensions, try/except, function
 *   and class definitions); every loop is bounded, so a watchdog timeout is a
 *   bug. (2) The run-conformance programs mutated by deleting, duplicating and
 *   swapping lines and replacing tokens (programs with `while`, input or file
 *   access are left out, so that a mutant cannot legitimately hang or touch
 *   the disk). A mutant may still legitimately run for ever (a memoising
 *   decorator deleted from an exponential recursion), so for mutants only a
 *   timeout is not a failure. fast-check, fixed seed, bounded runs.
 * - Each program runs in-process in a worker thread (front end + runProgram,
 *   heap rebuilt per run) with stdout/stderr captured by swapping fs.writeSync;
 *   PYSTM_DEBUG makes a JS error escape instead of becoming a SystemError. A
 *   watchdog terminates the worker after HANG_MS and reports the input.
 * - Accepted: status 0; status 1 with 'Traceback (most recent call last):'
 *   or a SyntaxError on stderr; SystemExit's own statuses when the program
 *   calls exit. Rejected: anything thrown out of the runtime that is not a
 *   PySyntaxError, JS error text on stderr ('Cannot read properties',
 *   'Maximum call stack', 'pystm internal error', ...), status 70, a hang.
 *
 * PYSTM_FUZZ_RUNS sets the number of programs per property (default ~60 s in
 * total); PYSTM_FUZZ_SHOW=1 logs every program and its outcome.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

const HANG_MS = 4000;
const SEED = 0x7a11;
const RUNS = Number(process.env.PYSTM_FUZZ_RUNS ?? 600);
const FILENAME = '<fuzz>';

const modulePath = (rel: string): string => fileURLToPath(new URL(rel, import.meta.url));
const RUN_DIR = modulePath('../conformance/run/');

// ---------------------------------------------------------------------------
// The worker: runs one program per message

interface Outcome {
  status?: number;
  out?: string;
  err?: string;
  syntaxError?: string;
  crash?: string;
}

const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');
process.env.PYSTM_DEBUG = '1';
let out = '', err = '';
const decoder = new TextDecoder();
const realWriteSync = fs.writeSync;
fs.writeSync = function (fd, buf, offset, length) {
  if (fd !== 1 && fd !== 2) return realWriteSync.apply(fs, arguments);
  const bytes = typeof buf === 'string' ? Buffer.from(buf) : buf.subarray(offset ?? 0, (offset ?? 0) + (length ?? buf.length));
  const text = decoder.decode(bytes);
  if (fd === 1) out += text; else err += text;
  return bytes.length;
};
syncBuiltinESMExports();
(async () => {
  const { register } = await import('tsx/esm/api');
  register();
  const { parse } = await import(workerData.parse);
  const { compile } = await import(workerData.compile);
  const { runProgram } = await import(workerData.run);
  const { PySyntaxError } = await import(workerData.errors);
  parentPort.on('message', ({ id, source }) => {
    out = ''; err = '';
    let outcome;
    try {
      let code;
      try {
        code = compile(parse(source, workerData.filename, 'exec'), { filename: workerData.filename, mode: 'exec', source });
      } catch (e) {
        if (e instanceof PySyntaxError) { parentPort.postMessage({ id, outcome: { syntaxError: e.kind + ': ' + e.msg } }); return; }
        throw e;
      }
      const status = runProgram(code, { argv: [workerData.filename], heapBytes: 32 << 20, sourceText: source });
      outcome = { status, out, err };
    } catch (e) {
      outcome = { crash: e instanceof Error ? (e.stack || String(e)) : 'non-Error thrown: ' + String(e), out, err };
    }
    parentPort.postMessage({ id, outcome });
  });
  parentPort.postMessage({ ready: true });
})().catch((e) => parentPort.postMessage({ loadError: String(e && e.stack || e) }));
`;

class RuntimeWorker {
  private worker: Worker | null = null;
  private nextId = 0;

  private async start(): Promise<Worker> {
    const workerData = {
      parse: modulePath('../../vm/syntax/parse.ts'), compile: modulePath('../../vm/compiler/compile.ts'),
      run: modulePath('../../scheduler/run.ts'), errors: modulePath('../../vm/syntax/errors.ts'), filename: FILENAME,
    };
    const w = new Worker(WORKER_CODE, { eval: true, workerData, stdin: true, stdout: false, stderr: false });
    const first = await new Promise<{ ready?: true; loadError?: string }>((resolve) => w.once('message', resolve));
    if (first.loadError) throw new Error(`runtime failed to load in the worker: ${first.loadError}`);
    return w;
  }

  /** Runs one program; a hang resolves as a crash after HANG_MS. */
  async run(source: string): Promise<Outcome> {
    this.worker ??= await this.start();
    const w = this.worker;
    const id = this.nextId++;
    return new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => {
        w.off('message', onMessage);
        void w.terminate();
        this.worker = null;
        resolve({ crash: `hang: no answer after ${HANG_MS} ms` });
      }, HANG_MS);
      const onMessage = (m: { id: number; outcome: Outcome }): void => {
        if (m.id !== id) return;
        clearTimeout(timer);
        w.off('message', onMessage);
        resolve(m.outcome);
      };
      w.on('message', onMessage);
      w.postMessage({ id, source });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

// ---------------------------------------------------------------------------
// Checking one outcome

const JS_ERROR_TEXT = [
  /Cannot read properties of/, /Maximum call stack size exceeded/, /pystm internal error/, /is not a function/,
  /at Object\.<anonymous>/, /^\s+at .*\.(?:ts|js):\d+:\d+\)?$/m, /\bRangeError:/, /\bReferenceError:/,
  /Cannot convert .* to a BigInt/, /undefined is not/, /Invalid array length/,
];

/** Null when the outcome is acceptable, else what is wrong with it. */
function problem(source: string, o: Outcome): string | null {
  if (o.crash) return `JS exception escaped: ${o.crash.split('\n').slice(0, 6).join(' | ')}`;
  if (o.syntaxError !== undefined) return null;
  const err = o.err ?? '';
  for (const re of JS_ERROR_TEXT) {
    if (re.test(err)) return `JS error text on stderr (${re}): ${err.slice(-400)}`;
  }
  if (o.status === 0) return null;
  if (o.status === 70) return `internal error status 70: ${err.slice(-400)}`;
  // (A program may point sys.stderr at stdout: its traceback is then there.)
  const both = err + (o.out ?? '');
  if (o.status === 1 && (both.includes('Traceback (most recent call last):') || /SyntaxError/.test(both))) return null;
  if (/\bexit\b|SystemExit/.test(source)) return null;
  return `status ${o.status} without a Python traceback: ${err.slice(-400)}`;
}

// ---------------------------------------------------------------------------
// Generated programs

const VARS = ['a', 'b', 'c'];
const VALUES = [
  '0', '1', '-3', '7', '2.5', '-0.0', '1e300', '10**20', 'True', 'None', "'s'", "'abc'", "''", '[1, 2]', '[]', '(1,)', '()',
  '{}', "{1: 'x'}", '{1, 2}', 'range(3)', "b'xy'", '(lambda x: x)', 'C()', 'C', 'len', 'print', 'f', 'object()',
  "float('nan')", 'slice(1, 2)', 'iter([1])', 'Ellipsis', 'NotImplemented', 'int', 'str', 'type', 'Exception("e")',
];
const BINOPS = ['+', '-', '*', '/', '//', '%', '<<', '>>', '&', '|', '^', '==', '!=', '<', '<=', '>', 'in', 'not in', 'is', 'and', 'or', '@'];
const BUILTINS = [
  'len', 'int', 'float', 'str', 'repr', 'abs', 'sorted', 'list', 'tuple', 'dict', 'set', 'sum', 'min', 'max', 'round',
  'hash', 'iter', 'next', 'bool', 'chr', 'ord', 'hex', 'bin', 'divmod', 'pow', 'isinstance', 'getattr', 'format',
  'reversed', 'enumerate', 'zip', 'map', 'filter', 'any', 'all', 'callable', 'type', 'vars', 'dir', 'range', 'bytes',
];
const ATTRS = ['x', 'append', 'upper', 'keys', 'real', '__class__', '__dict__', 'split', 'pop', 'missing', '__name__', 'items'];

const atom: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...VARS), fc.constantFrom(...VALUES));

const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('e'), fc.constantFrom(...BINOPS), tie('e')).map(([l, op, r]) => `(${l} ${op} ${r})`),
    fc.tuple(fc.constantFrom('-', 'not ', '~', '+'), tie('e')).map(([op, x]) => `(${op}${x})`),
    fc.tuple(fc.constantFrom(...BUILTINS), fc.array(tie('e'), { maxLength: 3 })).map(([f, a]) => `${f}(${a.join(', ')})`),
    fc.tuple(tie('e'), fc.constantFrom(...ATTRS)).map(([x, n]) => `(${x}).${n}`),
    fc.tuple(tie('e'), tie('e')).map(([x, i]) => `${x}[${i}]`),
    fc.tuple(tie('e'), atom, atom).map(([x, i, j]) => `${x}[${i}:${j}]`),
    fc.tuple(tie('e'), tie('e')).map(([x, y]) => `${x}(${y})`),
    fc.tuple(tie('e'), tie('e')).map(([x, it]) => `[${x} for v in ${it}]`),
    fc.tuple(tie('e'), tie('e')).map(([k, it]) => `{v: ${k} for v in ${it}}`),
    fc.tuple(tie('e'), fc.constantFrom('', '>5', '.2f', 'x', ',', '%', '#o')).map(([x, s]) => `format(${x}, '${s}')`),
    fc.constantFrom(...VARS, '0', '2.5', 'None', 'C()', 'len').map((x) => `f"{${x}!r:>8}{(${x}).__class__.__name__=}"`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([a, b, c]) => `(${a} if ${b} else ${c})`),
  ),
})).e;

const simpleStatement: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...VARS), expr).map(([v, e]) => `${v} = ${e}`),
  fc.tuple(fc.constantFrom(...VARS), fc.constantFrom('+=', '-=', '*=', '|=', '//='), expr).map(([v, op, e]) => `${v} ${op} ${e}`),
  expr.map((e) => `print(${e})`),
  fc.tuple(expr, expr).map(([o, k]) => `${o}[${k}] = 1`),
  fc.tuple(expr, fc.constantFrom(...ATTRS)).map(([o, n]) => `(${o}).${n} = 2`),
  fc.constantFrom(...VARS).map((v) => `del ${v}`),
  fc.tuple(fc.constantFrom(...VARS), fc.constantFrom(...VARS)).map(([x, y]) => `${x}, ${y} = ${y}, ${x}`),
  expr.map((e) => `assert ${e}, 'msg'`),
  expr.map((e) => `raise ${e}`),
);

const indent = (body: string): string => body.split('\n').map((l) => '    ' + l).join('\n');

const statement: fc.Arbitrary<string> = fc.letrec<{ s: string }>((tie) => ({
  s: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    simpleStatement,
    fc.tuple(tie('s'), fc.constantFrom('Exception', 'TypeError', 'ValueError', 'KeyError', 'ArithmeticError', '(IndexError, AttributeError)'))
      .map(([s, t]) => `try:\n${indent(s)}\nexcept ${t} as e:\n    print(type(e).__name__, e)`),
    fc.tuple(tie('s'), tie('s')).map(([s, f]) => `try:\n${indent(s)}\nfinally:\n${indent(f)}`),
    fc.tuple(expr, tie('s'), tie('s')).map(([c, s, e]) => `if ${c}:\n${indent(s)}\nelse:\n${indent(e)}`),
    fc.tuple(fc.integer({ min: 0, max: 4 }), tie('s')).map(([n, s]) => `for v in range(${n}):\n${indent(s)}`),
    fc.tuple(expr, tie('s')).map(([it, s]) => `for v in ${it}:\n${indent(s)}\n    break`),
    fc.tuple(tie('s'), expr).map(([s, r]) => `def g(x, *args, k=1):\n${indent(s)}\n    return ${r}\nprint(g(a))`),
    fc.tuple(tie('s'), expr).map(([s, r]) => `class D(C):\n    y = ${r}\n    def m(self):\n${indent(indent(s))}\n        return self\nprint(D().m())`),
    fc.tuple(expr, tie('s')).map(([m, s]) => `with ${m}:\n${indent(s)}`),
    fc.tuple(expr, tie('s')).map(([m, s]) => `match ${m}:\n    case [x, *_]:\n${indent(indent(s))}\n    case {'k': x}:\n        pass\n    case int(x) | str(x):\n        print(x)\n    case _:\n        pass`),
  ),
})).s;

const PRELUDE = [
  'class C:',
  '    x = 1',
  '    def __init__(self, v=0): self.v = v',
  '    def __repr__(self): return f"C({self.v})"',
  '    def __add__(self, o): return C(self.v)',
  'def f(x=1, /, y=2, *a, z=3, **k): return (x, y, a, z, k)',
  'a, b, c = 1, "s", [1, 2]',
].join('\n');

/** Most top-level statements are guarded so that a program goes on after an error; the last one is not. */
const topLevel = fc.tuple(statement, fc.boolean(), fc.boolean()).map(([s, g1, g2]) =>
  (g1 || g2 ? `try:\n${indent(s)}\nexcept Exception as e:\n    print('caught', type(e).__name__, e)` : s));

const generatedProgram = fc.array(topLevel, { minLength: 1, maxLength: 10 })
  .map((body) => `${PRELUDE}\n${body.join('\n')}\n`);

// ---------------------------------------------------------------------------
// Mutated conformance programs

function conformanceSources(): string[] {
  return readdirSync(RUN_DIR).filter((f) => f.endsWith('.py')).sort()
    .map((f) => readFileSync(join(RUN_DIR, f), 'utf8'))
    .filter((s) => !/\bwhile\b|input\(|open\(|\bos\.|tempfile|shutil|sys\.stdin|itertools\.(count|cycle|repeat)|threading|sleep|setrecursionlimit/.test(s));
}

const REPLACEMENTS = ['0', '1', '-1', "'x'", 'None', '[]', '{}', '()', 'a', 'self', 'x', '+', '*', '.', ',', ':', '(', ')', '[', ']', 'not', 'in', 'is', 'lambda', 'yield', 'return', 'del', 'print', 'len', ''];

type Mutation =
  | { op: 'delete' | 'duplicate'; at: number }
  | { op: 'swap'; at: number; other: number }
  | { op: 'token'; at: number; token: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ op: fc.constant('token' as const), at: fc.nat(), token: fc.nat(), text: fc.constantFrom(...REPLACEMENTS) }),
);

function mutate(source: string, muts: readonly Mutation[]): string {
  const lines = source.split('\n');
  for (const m of muts) {
    if (!lines.length) break;
    const i = m.at % lines.length;
    if (m.op === 'delete') lines.splice(i, 1);
    else if (m.op === 'duplicate') lines.splice(i, 0, lines[i]!);
    else if (m.op === 'swap') {
      const j = m.other % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    } else if (m.op === 'token') {
      const toks = [...lines[i]!.matchAll(/[A-Za-z_]\w*|\d+(?:\.\d+)?|\S/g)];
      if (!toks.length) continue;
      const t = toks[m.token % toks.length]!;
      lines[i] = lines[i]!.slice(0, t.index) + m.text + lines[i]!.slice(t.index! + t[0].length);
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------
// The properties

const worker = new RuntimeWorker();
afterAll(() => worker.close());

async function check(source: string, hangIsBug = true): Promise<void> {
  const o = await worker.run(source);
  if (!hangIsBug && o.crash?.startsWith('hang:')) return;
  if (process.env.PYSTM_FUZZ_SHOW) console.log(JSON.stringify({ source, o }));
  const p = problem(source, o);
  if (p) expect.fail(`${p}\n--- program ---\n${source}`);
}

describe('runtime fuzz', () => {
  it('the worker runs programs and captures their output', async () => {
    expect(await worker.run('print(6 * 7)\n')).toMatchObject({ status: 0, out: '42\n' });
    const o = await worker.run('1 / 0\n');
    expect(o.status).toBe(1);
    expect(o.err).toContain('ZeroDivisionError: division by zero');
  }, 60_000);

  it('generated programs end normally or with a Python exception', async () => {
    await fc.assert(fc.asyncProperty(generatedProgram, (src) => check(src)), { seed: SEED, numRuns: RUNS, endOnFailure: true });
  }, 120_000);

  const sources = conformanceSources();
  it('mutated conformance programs end normally or with a Python exception', async () => {
    const arb = fc.tuple(fc.nat({ max: sources.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
      .map(([i, muts]) => mutate(sources[i]!, muts));
    // Half as many: a mutant that runs for ever costs a whole watchdog period.
    await fc.assert(fc.asyncProperty(arb, (src) => check(src, false)), { seed: SEED + 1, numRuns: Math.ceil(RUNS / 2), endOnFailure: true });
  }, 120_000);
});
