/**
 * Speed of the regex engine against python3 on the same inputs: prints, per
 * workload, our time, CPython's time and the ratio (ours / CPython's).
 * Run: npx tsx tests/data/re/bench.ts
 *
 * Inputs are built identically on both sides (deterministic generators);
 * each side reports its best of 3 runs, after a warm-up run.
 */
import { execFileSync } from 'node:child_process';
import { compile, compileTemplate, findAll, match, split, subn } from '../../../vm/modules/re/index.js';

interface Workload {
  name: string;
  pattern: string;
  /** Python expression for the subject; `make` builds the same string here. */
  subjectPy: string;
  make: () => string;
  op: 'findall' | 'search' | 'sub' | 'split' | 'match';
  flags?: number;
}

const LOG_LINE = '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326\n';
const LOG_PY = `'127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326\\n'`;
const lines = (n: number): string => LOG_LINE.repeat(n);
const WORDS = 'the quick brown fox jumps over the lazy dog 12345 ';

const WORKLOADS: Workload[] = [
  {
    name: 'log-line regex, findall over 10 MB',
    pattern: String.raw`(\d+\.\d+\.\d+\.\d+) - - \[([^\]]+)\] "(\w+) ([^ ]+) [^"]*" (\d{3}) (\d+)`,
    subjectPy: `${LOG_PY} * 120000`, make: () => lines(120000), op: 'findall',
  },
  { name: '\\w+ findall over 10 MB', pattern: String.raw`\w+`, subjectPy: `'${WORDS}' * 200000`, make: () => WORDS.repeat(200000), op: 'findall' },
  { name: 'literal search, 10 MB miss', pattern: 'needle', subjectPy: `'haystack ' * 1100000`, make: () => 'haystack '.repeat(1100000), op: 'search' },
  { name: '(?i)fox sub over 10 MB', pattern: 'fox', flags: 2, subjectPy: `'${WORDS}' * 200000`, make: () => WORDS.repeat(200000), op: 'sub' },
  { name: '\\s+ split over 10 MB', pattern: String.raw`\s+`, subjectPy: `'${WORDS}' * 200000`, make: () => WORDS.repeat(200000), op: 'split' },
  { name: '.*?END on 1 MB (lazy scan)', pattern: '.*?END', subjectPy: `'x' * 1000000 + 'END'`, make: () => 'x'.repeat(1000000) + 'END', op: 'match' },
  { name: '(?:ab|cd)*e on 1 MB (generic loop)', pattern: '(?:ab|cd)*e', subjectPy: `'abcd' * 250000 + 'e'`, make: () => 'abcd'.repeat(250000) + 'e', op: 'match' },
  { name: '(\\w+)@(\\w+)\\.com findall, 10 MB', pattern: String.raw`(\w+)@(\w+)\.com`, subjectPy: `'mail bob@example.com now ' * 400000`, make: () => 'mail bob@example.com now '.repeat(400000), op: 'findall' },
];

function pythonTime(w: Workload): number {
  const op = {
    findall: 'len(p.findall(s))', search: 'p.search(s)', sub: "p.subn('cat', s)[1]", split: 'len(p.split(s))', match: 'p.match(s)',
  }[w.op];
  const program = `
import re, time
s = ${w.subjectPy}
p = re.compile(${JSON.stringify(w.pattern)}, ${w.flags ?? 0})
${op}
best = 1e9
for _ in range(3):
    t = time.perf_counter(); ${op}; best = min(best, time.perf_counter() - t)
print(best * 1000)
`;
  return Number(execFileSync('python3', ['-c', program], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim());
}

function ourTime(w: Workload): number {
  const text = w.make();
  const subject = new Uint32Array(text.length);
  for (let i = 0; i < text.length; i++) subject[i] = text.charCodeAt(i);
  const p = compile(Uint32Array.from(Array.from(w.pattern, (c) => c.codePointAt(0)!)), w.flags ?? 0, false);
  const template = compileTemplate(p, [0x63, 0x61, 0x74]);
  const run = (): unknown => {
    switch (w.op) {
      case 'findall': return findAll(p, subject).length;
      case 'search': return match(p, subject, 0, subject.length, 'search');
      case 'sub': return subn(p, subject, template).n;
      case 'split': return split(p, subject).length;
      case 'match': return match(p, subject, 0, subject.length, 'match');
    }
  };
  run();
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

for (const w of WORKLOADS) {
  const ours = ourTime(w);
  const theirs = pythonTime(w);
  console.log(`${w.name.padEnd(40)} ours ${ours.toFixed(1).padStart(8)} ms  CPython ${theirs.toFixed(1).padStart(8)} ms  ratio ${(ours / theirs).toFixed(2)}`);
}
