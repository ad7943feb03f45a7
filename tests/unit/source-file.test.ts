/**
 * Reading a program as `python3 FILE` and `python3 < FILE` do
 * (vm/syntax/source-file.ts, program-text.ts, parseFile), against python3
 * run on the same bytes: what it prints on stderr must be what
 * formatSyntaxError prints of our error. The stored corpus
 * (tests/conformance/syntax-errors.test.ts) covers files; here, standard
 * input and cases too large or too many for the corpus (long lines, whose
 * text CPython reads back with fgets into a 1000-byte buffer).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../vm/compiler/compile.js';
import { PySyntaxError, formatSyntaxError } from '../../vm/syntax/errors.js';
import { parseFile } from '../../vm/syntax/parse.js';
import { programTextReader } from '../../vm/syntax/program-text.js';

const ENV = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', PYTHONPATH: '', PYTHONSTARTUP: '' };
const enc = (s: string): Uint8Array => Buffer.from(s, 'latin1');
const dir = mkdtempSync(join(tmpdir(), 'pystm-source-file-'));

/** What our front end prints for `bytes` read as `filename` ('' when it compiles). */
function ours(bytes: Uint8Array, filename: string, pipe = false): string {
  try {
    const { tree, text } = parseFile(bytes, filename, { pipe });
    compile(tree, { filename, mode: 'exec', source: text });
    return '';
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return formatSyntaxError(e);
  }
}

type How = 'pipe' | 'stdin' | 'file';

/** python3's stderr for the program read from a pipe, from standard input redirected from a file, or from a file. */
function python(bytes: Uint8Array, how: How, n: number): Promise<string> {
  const path = join(dir, `prog${n}.py`);
  writeFileSync(path, bytes);
  const [cmd, args] = how === 'pipe' ? ['python3', ['-']] : how === 'stdin' ? ['sh', ['-c', `python3 - < "${path}"`]] : ['python3', [path]];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd as string, args as string[], { env: ENV, stdio: ['pipe', 'ignore', 'pipe'] });
    const err: Buffer[] = [];
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', () => resolve(Buffer.concat(err).toString('utf8')));
    child.stdin.end(how === 'pipe' ? bytes : undefined);
  });
}

/** Runs python3 on every (source, way) at once, a few at a time; the answers by key. */
async function pythonAll(jobs: [string, How][]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      const [src, how] = jobs[i]!;
      out.set(`${how}:${src}`, await python(enc(src), how, i));
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return out;
}

const BIG = 'x = 1\n'.repeat(3000);

const STDIN_CASES = [
  'x = (1,\n2,\n3\n', 'def f():\n', 'x = $\n', 'x = 1\ny = 2\0\n', 'x = "caf\xe9"\n', '# c\nx = 1\n# \xe9\n',
  '# coding: latin-1\nx = "\xe9" $\n', `# coding: ascii\n${BIG}s = "\xc3\xa9"\n`, 'if x:\n    \\\n', 'return 1\n',
  '\xef\xbb\xbff() = 1\n', "f'{x!}'\n", 'x = """\n\0\n"""\n', '# coding: klingon\n', 'x = 1 +\\\n',
];

const FILE_CASES = [
  `# coding: cp1252\n${BIG}s = "\x81"\n`, `# coding: utf8\n${BIG}s = "\xe9"\n`, '# coding: utf8\nx = 1\ns = "\xc3',
  `# coding: latin-1\r\n${'x = 1\r\n'.repeat(3000)}s = "\xe9" $\r\n`, `x = ${'1+'.repeat(499)}1 2`, 'x = 1\x00 \xe9\n',
  'x = \xe9 1\x00\n', '# coding: euc-jp\nx = "\xa4"\n', `# coding: ascii\n${'x = 1\r'.repeat(1365)}xx\r s = "\x81"\r`,
  'class A:\n\tdef f(self):\n\t    pass\n        pass\n', '\r', '', '\xef\xbb\xbf', 'def f():\r',
  // Error lines as fgets(1000) reads them back: the last piece of a long line.
  ...[997, 998, 1995, 2500].map((n) => `x = 1\n${'a'.repeat(n)} $\ny = 2\n`), `x = 1\r\n${'b'.repeat(1200)} $\r\n`,
  `# coding: latin-1\nx = 1\n${'\xe9'.repeat(700)} $\n`, `${'é'.repeat(600)} $\n`, `x = 1\nreturn ${'c'.repeat(1500)}`,
];

const expected = await pythonAll([
  ...STDIN_CASES.flatMap((src): [string, How][] => [[src, 'stdin'], [src, 'pipe']]),
  ...FILE_CASES.map((src): [string, How] => [src, 'file']),
]);

describe('parseFile: python3 reading a program', () => {
  it.each(STDIN_CASES.map((s) => [JSON.stringify(s.slice(0, 40)), s]))('from standard input: %s', (_, src) => {
    const bytes = enc(src);
    expect(ours(bytes, '<stdin>')).toBe(expected.get(`stdin:${src}`));
    expect(ours(bytes, '<stdin>', true)).toBe(expected.get(`pipe:${src}`));
  });

  it.each(FILE_CASES.map((s, i) => [JSON.stringify(s.slice(0, 40)), s, i]))('from a file: %s', (_, src, i) => {
    const n = STDIN_CASES.length * 2 + (i as number);
    expect(ours(enc(src as string), join(dir, `prog${n}.py`))).toBe(expected.get(`file:${src}`));
  });
});

describe('SyntaxError.text read back from the file', () => {
  it('gives null past the end and for a last line that fills the buffer exactly', () => {
    const read = programTextReader(enc(`x\n${'a'.repeat(999)}`), null);
    expect(read(1)).toBe('x\n');
    expect(read(2)).toBeNull();
    expect(read(3)).toBeNull();
    expect(read(0)).toBeNull();
    expect(programTextReader(enc('x = "\xe9"\n'), null)(1)).toBeNull();
    expect(programTextReader(enc('x = "\xe9"\n'), 'iso-8859-1')(1)).toBe('x = "é"\n');
  });
});

describe('parseFile on any bytes', () => {
  const PIECES = [
    'x = 1\n', '# coding: latin-1\n', '# coding: utf8\n', '# coding: ascii\n', '# coding: klingon\n', '\xef\xbb\xbf',
    '\0', '\r', '\r\n', '\n', '\xe9', '\xc3\xa9', '\xc3', '\xed\xa0\x80', '\x81', 'def f():', '    ', '\\', '(', '"""',
    "'", 'f"{', '}', '$', 'x', 'a'.repeat(1200), 'x = 1\n'.repeat(1500),
  ];
  const program = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => enc(a.join('')));

  it('returns a tree or throws a PySyntaxError, never anything else', () => {
    fc.assert(fc.property(program, fc.constantFrom('<stdin>', join(dir, 'fuzz.py')), fc.boolean(), (bytes, name, pipe) => {
      try {
        parseFile(bytes, name, { pipe });
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        expect(typeof formatSyntaxError(e)).toBe('string');
      }
    }), { seed: 0x5eed, numRuns: 400 });
  });
});
