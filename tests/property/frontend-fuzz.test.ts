/**
 * Fuzzing the front end: for any bytes, `parseBytes` then `compile` either
 * succeed or throw a PySyntaxError with sane fields; never another exception,
 * never more than ~2 s for one input.
 *
 * Model:
 * - Inputs: random byte strings, Python-flavoured character soups, token
 *   soups, and windows of real stdlib files (the CI sample) mutated by
 *   deleting, duplicating, swapping and truncating lines and inserting
 *   characters. fast-check, seeded, with bounded runs.
 * - The front end runs in a worker thread so that a hang is caught: a
 *   watchdog terminates the worker after HANG_MS and the input is reported.
 *   An input slower than SLOW_MS also fails.
 * - Until vm/syntax/parse.ts exists the suite is skipped; without
 *   vm/compiler/compile.ts only the parser is fuzzed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readSample, stdlibRoot } from '../tools/stdlib-corpus.js';

const SLOW_MS = 2000;
const HANG_MS = 10_000;
const SEED = 0x5eed;
const RUNS = Number(process.env.PYSTM_FUZZ_RUNS ?? 1000);
const FILENAME = '<fuzz>';

const modulePath = (rel: string): string => fileURLToPath(new URL(rel, import.meta.url));
const PARSE = modulePath('../../vm/syntax/parse.ts');
const COMPILE = modulePath('../../vm/compiler/compile.ts');
const SOURCE = modulePath('../../vm/syntax/source.ts');
const ERRORS = modulePath('../../vm/syntax/errors.ts');

// ---------------------------------------------------------------------------
// The worker: runs the front end on one input per message

type Outcome =
  | { ok: true; ms: number }
  | { ok: false; syntaxError: Record<string, unknown>; ms: number }
  | { ok: false; crash: string; ms: number };

const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { register } = await import('tsx/esm/api');
  register();
  const parse = await import(workerData.parse);
  const errors = await import(workerData.errors);
  const compile = workerData.compile ? (await import(workerData.compile)).compile : null;
  const decode = workerData.source ? (await import(workerData.source)).decodeSource : null;
  parentPort.on('message', ({ id, bytes }) => {
    const t0 = performance.now();
    let outcome;
    try {
      const mod = parse.parseBytes(bytes, workerData.filename);
      if (compile) {
        let source;
        try { source = decode ? decode(bytes, workerData.filename) : undefined; } catch { source = undefined; }
        compile(mod, { filename: workerData.filename, mode: 'exec', source });
      }
      outcome = { ok: true };
    } catch (e) {
      if (e instanceof errors.PySyntaxError) {
        const { kind, msg, filename, lineno, offset, end_lineno, end_offset, text } = e;
        outcome = { ok: false, syntaxError: { kind, msg, filename, lineno, offset, end_lineno, end_offset, text } };
      } else {
        outcome = { ok: false, crash: e instanceof Error ? (e.stack || String(e)) : 'non-Error thrown: ' + String(e) };
      }
    }
    outcome.ms = performance.now() - t0;
    parentPort.postMessage({ id, outcome });
  });
  parentPort.postMessage({ ready: true });
})().catch((e) => parentPort.postMessage({ loadError: String(e && e.stack || e) }));
`;

/** A worker running the front end, restarted after a hang. */
class FrontEndWorker {
  private worker: Worker | null = null;
  private nextId = 0;

  private async start(): Promise<Worker> {
    const workerData = {
      parse: PARSE, errors: ERRORS, filename: FILENAME,
      compile: existsSync(COMPILE) ? COMPILE : null, source: existsSync(SOURCE) ? SOURCE : null,
    };
    const w = new Worker(WORKER_CODE, { eval: true, workerData });
    const first = await new Promise<{ ready?: true; loadError?: string }>((resolve) => w.once('message', resolve));
    if (first.loadError) throw new Error(`front end failed to load in the worker: ${first.loadError}`);
    return w;
  }

  /** Runs one input; a hang resolves as a crash after HANG_MS. */
  async run(bytes: Uint8Array): Promise<Outcome> {
    this.worker ??= await this.start();
    const w = this.worker;
    const id = this.nextId++;
    return new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => {
        w.off('message', onMessage);
        void w.terminate();
        this.worker = null;
        resolve({ ok: false, crash: `hang: no answer after ${HANG_MS} ms`, ms: HANG_MS });
      }, HANG_MS);
      const onMessage = (m: { id: number; outcome: Outcome }): void => {
        if (m.id !== id) return;
        clearTimeout(timer);
        w.off('message', onMessage);
        resolve(m.outcome);
      };
      w.on('message', onMessage);
      w.postMessage({ id, bytes });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

// ---------------------------------------------------------------------------
// Checking one outcome

const KINDS = new Set(['SyntaxError', 'IndentationError', 'TabError', 'UnicodeDecodeError', 'MemoryError', 'RecursionError']);
const intOrNull = (v: unknown, min: number): boolean => v === null || (Number.isInteger(v) && (v as number) >= min);

/** Null when the outcome is acceptable, else what is wrong with it. */
function problem(o: Outcome): string | null {
  if ('crash' in o) return o.crash;
  if (o.ms > SLOW_MS) return `took ${o.ms.toFixed(0)} ms`;
  if (o.ok) return null;
  const e = o.syntaxError;
  // CPython itself reports line 0 / offset -1 for undecodable sources.
  const bad: string[] = [];
  if (!KINDS.has(e.kind as string)) bad.push(`kind ${String(e.kind)}`);
  if (typeof e.msg !== 'string' || e.msg === '') bad.push('empty msg');
  if (e.filename !== FILENAME) bad.push(`filename ${String(e.filename)}`);
  if (!intOrNull(e.lineno, 0)) bad.push(`lineno ${String(e.lineno)}`);
  if (!intOrNull(e.offset, -1)) bad.push(`offset ${String(e.offset)}`);
  if (!intOrNull(e.end_lineno, 0)) bad.push(`end_lineno ${String(e.end_lineno)}`);
  if (!intOrNull(e.end_offset, -1)) bad.push(`end_offset ${String(e.end_offset)}`);
  if (typeof e.lineno === 'number' && typeof e.end_lineno === 'number' && e.end_lineno < e.lineno) {
    bad.push('ends before it starts');
  }
  if (e.text !== null && typeof e.text !== 'string') bad.push('text not a string');
  return bad.length ? `insane SyntaxError ${JSON.stringify(e)}: ${bad.join(', ')}` : null;
}

// ---------------------------------------------------------------------------
// Generators

const encoder = new TextEncoder();
const utf8 = (s: string): Uint8Array => encoder.encode(s);

const PY_CHARS = [
  ...'abcxyz_019 \t\n\n\n\r\f\\#\'"()[]{}:;,.=+-*/%@&|^~<>!?$`',
  'é', '€', '😀', '\u00a0', '\u2028', '\u0000', '\ufeff',
];
const charSoup = fc.array(fc.constantFrom(...PY_CHARS), { maxLength: 200 }).map((a) => utf8(a.join('')));

const TOKENS = [
  'def', 'class', 'if', 'elif', 'else', 'for', 'while', 'in', 'not', 'and', 'or', 'is', 'return', 'yield', 'await',
  'async', 'lambda', 'with', 'as', 'try', 'except', 'except*', 'finally', 'raise', 'from', 'import', 'global',
  'nonlocal', 'del', 'pass', 'break', 'continue', 'assert', 'match', 'case', '_', 'None', 'True', 'False', 'type',
  'x', 'y', 'f', 'print', 'self', '0', '1', '1.5', '1e9', '0x1F', '0o7', '0b1', '1_000', '3j', '0777', '1__0', '1e',
  "'s'", '"s"', "b'b'", "r'\\d'", "u'u'", "f'{x}'", "f'{x!r:>{y}}'", "f'{x=}'", "f'{'", "'''a\nb'''", '"unterminated',
  '(', ')', '[', ']', '{', '}', ':', ';', ',', '.', '...', '=', '==', '!=', ':=', '->', '+', '-', '*', '**', '/', '//',
  '%', '@', '<<', '>>', '&', '|', '^', '~', '<', '>', '<=', '>=', '+=', '-=', '*=', '//=', '**=', '@=', '|=',
  '\n', '\n', '\n', '    ', '  ', '\t', '\\\n', '#c\n', '\n    ', '\n  ', '\n\t', '$', '?', '!',
];
const tokenSoup = fc.array(
  fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom('', ' ', ' ', '\n')), { maxLength: 80 },
).map((a) => utf8(a.map(([t, s]) => t + s).join('')));

/** Real source: windows of the CI sample's files (the ones that exist here). */
function sampleSources(): string[] {
  const root = stdlibRoot();
  return readSample()
    .map((p) => join(root, p))
    .filter((p) => existsSync(p))
    .map((p) => readFileSync(p, 'latin1'));
}

type Mutation =
  | { op: 'delete' | 'duplicate'; at: number }
  | { op: 'swap'; at: number; other: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...PY_CHARS, ...TOKENS) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

/** Applies one mutation to a window of lines (latin1 strings: one char per source byte). */
function mutate(lines: string[], m: Mutation): string[] {
  if (lines.length === 0) return lines;
  const i = m.at % lines.length;
  switch (m.op) {
    case 'delete': return lines.filter((_, k) => k !== i);
    case 'duplicate': return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)];
    case 'swap': {
      const j = m.other % lines.length;
      const out = [...lines];
      [out[i], out[j]] = [out[j]!, out[i]!];
      return out;
    }
    case 'insert': {
      const text = lines.join('');
      const at = m.at % (text.length + 1);
      return [text.slice(0, at) + Buffer.from(m.text, 'utf8').toString('latin1') + text.slice(at)];
    }
    case 'truncate': {
      const text = lines.join('');
      return [text.slice(0, m.at % (text.length + 1))];
    }
  }
}

function mutatedSource(sources: string[]): fc.Arbitrary<Uint8Array> {
  return fc.record({
    file: fc.nat({ max: sources.length - 1 }),
    start: fc.nat(),
    length: fc.integer({ min: 1, max: 60 }),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  }).map(({ file, start, length, mutations }) => {
    const all = sources[file]!.split(/(?<=\n)/);
    const from = start % all.length;
    let lines = all.slice(from, from + length);
    for (const m of mutations) lines = mutate(lines, m);
    return Uint8Array.from(Buffer.from(lines.join(''), 'latin1'));
  });
}

// ---------------------------------------------------------------------------
// The properties

const available = existsSync(PARSE);

describe.skipIf(!available)('front-end fuzz: PySyntaxError or success, fast', () => {
  const worker = new FrontEndWorker();
  afterAll(() => worker.close());

  /** Runs the property; returns how many inputs were accepted and rejected. */
  const check = async (arb: fc.Arbitrary<Uint8Array>, seed: number): Promise<{ ok: number; rejected: number }> => {
    const seen = { ok: 0, rejected: 0 };
    await fc.assert(
      fc.asyncProperty(arb, async (bytes) => {
        const outcome = await worker.run(bytes);
        const p = problem(outcome);
        if (p !== null) throw new Error(`${p}\ninput: ${JSON.stringify(Buffer.from(bytes).toString('latin1'))}`);
        if (outcome.ok) seen.ok++;
        else seen.rejected++;
      }),
      // The time limit cuts short the shrinking of hangs (each costs HANG_MS).
      { seed, numRuns: RUNS, skipAllAfterTimeLimit: 60_000 },
    );
    return seen;
  };

  // The counts show the inputs reach the front end and exercise both outcomes.
  it('random bytes', async () => {
    expect((await check(fc.uint8Array({ maxLength: 300 }), SEED)).rejected).toBeGreaterThan(RUNS / 2);
  }, 120_000);
  it('character soup', async () => {
    expect((await check(charSoup, SEED + 1)).rejected).toBeGreaterThan(0);
  }, 120_000);
  it('token soup', async () => {
    const seen = await check(tokenSoup, SEED + 2);
    expect(seen.ok).toBeGreaterThan(0);
    expect(seen.rejected).toBeGreaterThan(0);
  }, 120_000);
  it('mutated stdlib sources', async () => {
    const seen = await check(mutatedSource(sampleSources()), SEED + 3);
    expect(seen.ok).toBeGreaterThan(RUNS / 20);
    expect(seen.rejected).toBeGreaterThan(RUNS / 20);
  }, 120_000);
});

describe('front-end fuzz checker', () => {
  it('the checker itself flags crashes, slowness and bad fields', () => {
    expect(problem({ ok: false, crash: 'TypeError: x', ms: 1 })).toMatch(/TypeError/);
    expect(problem({ ok: true, ms: SLOW_MS + 1 })).toMatch(/took/);
    const e = {
      kind: 'SyntaxError', msg: 'm', filename: FILENAME, lineno: 2, offset: 1, end_lineno: 1, end_offset: 1, text: null,
    };
    expect(problem({ ok: false, syntaxError: e, ms: 1 })).toMatch(/ends before/);
    expect(problem({ ok: false, syntaxError: { ...e, end_lineno: 2 }, ms: 1 })).toBeNull();
  });
});
