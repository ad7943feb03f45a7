/**
 * Regex test cases and the two sides of the comparison: CPython 3.11 (oracle.py,
 * one python3 process per batch) and our engine (vm/modules/re), producing
 * results of the same JSON shape so that a test can compare them with toEqual.
 *
 * Cases come from hand-written tables (features, CPython's edge cases) and
 * from a seeded random generator of small patterns over a small alphabet,
 * matched against short subjects.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  compile, compileTemplate, findAll, lastgroup, match, RegexError, split, subn, type CompiledPattern, type Spans,
} from '../../../vm/modules/re/index.js';

export interface Op {
  op: 'match' | 'search' | 'fullmatch' | 'finditer' | 'split' | 'sub';
  pos?: number;
  endpos?: number;
  maxsplit?: number;
  repl?: number[];
  count?: number;
}

export interface Case {
  pattern: number[];
  subject: number[];
  flags: number;
  bytes: boolean;
  ops: Op[];
}

export const cps = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0)!);
export const str = (a: readonly number[]): string => String.fromCodePoint(...a);

const MATCH_OPS: Op[] = [{ op: 'search' }, { op: 'match' }, { op: 'fullmatch' }, { op: 'finditer' }];

export function makeCases(pattern: string, subjects: string[], flags = 0, ops: Op[] = MATCH_OPS, bytes = false): Case[] {
  return subjects.map((s) => ({ pattern: cps(pattern), subject: cps(s), flags, bytes, ops }));
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Flavor = 'ascii' | 'unicode' | 'bytes';

const UNICODE_ATOMS = ['k', 'K', '\u212a', 's', 'ſ', 'é', 'É', '[k-s]', '[^K]', '\\w', 'ß', '[é-ë]', 'ı', 'I', '[\u0100-\u017f]', '\\W', '.', 'Σ', 'ς', '[σ]', '\\d', '٣', '\\s'];
const UNICODE_SUBJECT = ['k', 'K', '\u212a', 's', 'S', 'ſ', 'é', 'É', 'ı', 'i', 'I', 'İ', 'σ', 'Σ', 'ς', '٣', '\u00a0', ' ', '_'];

const ATOMS = ['a', 'b', 'A', '.', '[ab]', '[^a]', '\\w', '\\W', '\\s', '\\b', '\\B', '^', '$', '\\A', '\\Z', 'x', '[a-c]', '\\d', '\\n', ''];
const QUANTS = ['', '', '', '*', '+', '?', '{2}', '{1,2}', '{,2}', '*?', '+?', '??', '{1,2}?', '*+', '++', '?+', '{0,3}'];

function randomPattern(r: () => number, depth: number, groups: { n: number }, atoms: string[]): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const items = 1 + Math.floor(r() * 3);
  let out = '';
  for (let i = 0; i < items; i++) {
    const roll = r();
    let atom: string;
    if (depth < 3 && roll < 0.3) {
      const inner = randomPattern(r, depth + 1, groups, atoms) + (r() < 0.3 ? '|' + randomPattern(r, depth + 1, groups, atoms) : '');
      const kind = pick(['(', '(', '(?:', '(?=', '(?!', '(?>', '(?i:', '(?P<n' + groups.n + '>']);
      if (kind === '(' || kind.startsWith('(?P')) groups.n++;
      atom = kind + inner + ')';
    } else if (roll < 0.36 && groups.n > 0) {
      atom = '\\' + (1 + Math.floor(r() * groups.n));
    } else if (roll < 0.4) {
      atom = pick(['(?<=a)', '(?<!a)', '(?<=ab)', '(?<!b.)', '(?<=\\b)']);
    } else if (roll < 0.44 && groups.n > 0) {
      atom = `(?(${1 + Math.floor(r() * groups.n)})a|b)`;
    } else {
      atom = pick(atoms);
    }
    const anchor = atom === '' || atom.startsWith('(?<') || ['^', '$', '\\A', '\\Z', '\\b', '\\B'].includes(atom);
    out += atom + (anchor ? '' : pick(QUANTS));
  }
  return out;
}

const SUBJECT_CHARS = ['a', 'b', 'A', 'c', ' ', '\n', '1', 'x'];

/** Random patterns and subjects: 'ascii' and 'bytes' over a small alphabet, 'unicode' around the case-folding specials. */
export function randomCases(seed: number, count: number, flavor: Flavor = 'ascii'): Case[] {
  const r = rng(seed);
  const cases: Case[] = [];
  const atoms = flavor === 'unicode' ? UNICODE_ATOMS : ATOMS;
  const chars = flavor === 'unicode' ? UNICODE_SUBJECT : SUBJECT_CHARS;
  for (let i = 0; i < count; i++) {
    const pattern = randomPattern(r, 0, { n: 0 }, atoms);
    let flags = r() < 0.2 ? 2 : r() < 0.1 ? 8 : r() < 0.1 ? 16 : 0;
    if (flavor === 'unicode') flags = (r() < 0.6 ? 2 : 0) | (r() < 0.2 ? 256 : 0);
    for (let k = 0; k < 3; k++) {
      let s = '';
      const len = Math.floor(r() * 7);
      for (let j = 0; j < len; j++) s += chars[Math.floor(r() * (k === 0 ? 2 : chars.length))]!;
      const ops: Op[] = [...MATCH_OPS, { op: 'split' }, { op: 'sub', repl: cps('<\\g<0>>') }];
      if (s.length > 1 && r() < 0.3) ops.push({ op: 'search', pos: 1, endpos: s.length - 1 });
      cases.push({ pattern: cps(pattern), subject: cps(s), flags, bytes: flavor === 'bytes', ops });
    }
  }
  return cases;
}

/** Cases from the (pattern, subject) pairs of CPython's Lib/test/re_tests.py, read at test time. */
export function cpythonTableCases(): Case[] {
  const script = fileURLToPath(new URL('./oracle.py', import.meta.url));
  const pairs = JSON.parse(execFileSync('python3', [script, 're-tests'], { encoding: 'utf8', maxBuffer: 1 << 26 })) as [number[], number[]][];
  const ops: Op[] = [...MATCH_OPS, { op: 'split' }, { op: 'sub', repl: cps('<\\g<0>>') }];
  return pairs.map(([pattern, subject]) => ({ pattern, subject, flags: 0, bytes: false, ops }));
}

/** CPython's results for the cases (one python3 process). */
export function oracleResults(cases: Case[]): unknown[] {
  const script = fileURLToPath(new URL('./oracle.py', import.meta.url));
  const out = execFileSync('python3', [script], { input: JSON.stringify(cases), maxBuffer: 1 << 28, encoding: 'utf8' });
  return JSON.parse(out) as unknown[];
}

function errorRecord(e: unknown): { error: [string, string] } {
  if (e instanceof RegexError) return { error: [e.pyType, e.message] };
  throw e;
}

function matchRecord(p: CompiledPattern, m: Spans | null): unknown {
  if (m === null) return null;
  return { spans: Array.from(m.spans), lastindex: m.lastindex, lastgroup: lastgroup(p, m) };
}

function runOp(p: CompiledPattern, op: Op, subject: Uint32Array | Uint8Array): unknown {
  const pos = op.pos ?? 0;
  const endpos = op.endpos ?? subject.length;
  switch (op.op) {
    case 'match': case 'search': case 'fullmatch':
      return matchRecord(p, match(p, subject, pos, endpos, op.op));
    case 'finditer':
      return findAll(p, subject, pos, endpos).map((m) => matchRecord(p, m));
    case 'split':
      return split(p, subject, op.maxsplit ?? 0).map((piece) => (piece === null ? null : Array.from(subject.slice(piece[0], piece[1]))));
    case 'sub':
      try {
        const template = compileTemplate(p, op.repl!);
        const { result, n } = subn(p, subject, template, op.count ?? 0);
        return { result: Array.from(result), n, warnings: template.warnings.map((w) => [w.category, w.message]) };
      } catch (e) {
        return errorRecord(e);
      }
  }
}

/** Our results, in oracle.py's shape. */
export function ourResult(c: Case): unknown {
  let p: CompiledPattern;
  const pattern = c.bytes ? Uint8Array.from(c.pattern) : Uint32Array.from(c.pattern);
  try {
    p = compile(pattern, c.flags, c.bytes);
  } catch (e) {
    return errorRecord(e);
  }
  const subject = c.bytes ? Uint8Array.from(c.subject) : Uint32Array.from(c.subject);
  return {
    groups: p.groups,
    flags: p.flags,
    groupindex: Object.fromEntries(p.groupindex),
    warnings: p.warnings.map((w) => [w.category, w.message]),
    ops: c.ops.map((op) => {
      try {
        return runOp(p, op, subject);
      } catch (e) {
        return errorRecord(e);
      }
    }),
  };
}

export function describeCase(c: Case): string {
  return `${JSON.stringify(str(c.pattern))} flags=${c.flags}${c.bytes ? ' bytes' : ''} on ${JSON.stringify(str(c.subject))}`;
}

const I = 2;
const L = 4;
const M = 8;
const S = 16;
const U = 32;
const X = 64;
const A = 256;

/** Feature tables: [pattern, subjects, flags]. */
const FEATURES: [string, string[], number?][] = [
  // literals, classes, escapes
  ['abc', ['abc', 'xabcx', 'ab', '']],
  ['a.c', ['abc', 'a\nc', 'ac']],
  ['a.c', ['a\nc'], S],
  ['[a-z]+', ['Hello World', 'ÀÉ', '']],
  ['[^a-z]+', ['abcDEF12', 'ab\nc']],
  ['[]a]+', ['a]]b']],
  ['[a-]+', ['-a-b']],
  ['[-a]+', ['-a-b']],
  ['[\\]]', [']']],
  ['[\\-x]', ['-']],
  ['[\\d\\s]+', ['12 3\t4x', '٣٤ ']],
  ['[\\w.]+', ['foo.bar baz']],
  ['\\d+', ['abc123', '١٢٣', '𝟘𝟙', '²³']],
  ['\\d+', ['١٢٣', 'x12'], A],
  ['\\w+', ['héllo wörld', 'ǅungla', '_x_', 'дом', '日本語', '\u00b2']],
  ['\\w+', ['héllo'], A],
  ['\\W+', ['a, b!']],
  ['\\s+', ['a \t\n\r\x0b\x0cb', 'a\u00a0\u2028\u3000b', 'a\x1cb\x1fc\x85d']],
  ['\\s+', ['a\u00a0b \x1c'], A],
  ['\\S+', [' ab cd ']],
  ['\\x41\\u00e9\\U0001F600\\101\\0\\07', ['Aé😀A\x00\x07']],
  ['\\N{LATIN SMALL LETTER A}\\N{EM DASH}', ['a—']],
  ['\\N{latin small letter a}\\N{LATIN CAPITAL LETTER GHA}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GA}', ['aƢ一가']],
  ['[\\N{DIGIT ZERO}-\\N{DIGIT NINE}]+', ['0123x']],
  ['[\\N{GREEK SMALL LETTER ALPHA}-\\N{GREEK SMALL LETTER GAMMA}]+', ['αβγδ']],
  ['\\a\\f\\t\\v\\\\', ['\x07\x0c\t\x0b\\']],
  ['[\\b]', ['\x08']],
  ['\\.\\*\\+\\?\\(\\)\\[\\{\\|\\^\\$', ['.*+?()[{|^$']],
  ['a{', ['a{']],
  ['a{}', ['a{}']],
  ['a{,}', ['a{,}', 'aaa']],
  ['a{1', ['a{1']],
  ['a{1,x}', ['a{1,x}']],
  ['x{3}', ['xxxx']],
  ['x{2,}', ['x', 'xxxxx']],
  ['x{,2}', ['xxxxx']],
  ['(?:ab){2,3}', ['abababab']],
  ['(ab){2,3}?', ['abababab']],
  ['(a{2}){3}', ['aaaaaaa']],
  // anchors
  ['^a', ['a', 'ba', '\na']],
  ['^a', ['b\na'], M],
  ['a$', ['a', 'a\n', 'a\n\n', 'ab']],
  ['a$', ['a\nb', 'a\n\n'], M],
  ['\\Aa', ['a', 'ba']],
  ['a\\Z', ['a', 'a\n']],
  ['$', ['', 'a', 'a\n', '\n\n']],
  ['\\bfoo\\b', ['foo', 'a foo.', 'foobar', 'xfoo']],
  ['\\Bfoo', ['foo', 'xfoo']],
  ['\\b', ['', 'ab', ' ']],
  ['\\B', ['', 'ab', ' ']],
  ['\\bé', ['é', ' é']],
  ['\\bé', ['xé', 'é'], A],
  ['^$', ['', '\n', 'a\n\nb'], M],
  // groups, lastindex, lastgroup
  ['(a)(b)(c)', ['abc']],
  ['(a)|(b)', ['a', 'b']],
  ['((a)b)', ['ab']],
  ['(a(b)?)+', ['aba']],
  ['(?P<first>\\w+) (?P<last>\\w+)', ['Jane Doe']],
  ['(?P<x>a)|(?P<y>b)', ['b']],
  ['(?:(a)|b)*', ['ab', 'ba', 'aab']],
  ['(?:(a)|(b))*', ['ab', 'ba']],
  ['(a*)*', ['aa', 'b']],
  ['(a*)+', ['aa', 'b']],
  ['(a|b)*', ['abba']],
  ['(a|)*', ['aa']],
  ['(|a)*', ['aa']],
  ['(a?)*?b', ['aab']],
  ['(?:a*?)*', ['aaa']],
  ['((?:a|b)*?)c', ['abac']],
  ['(x)?(?(1)a|b)', ['xa', 'b', 'xb', 'a']],
  ['(?P<q>")?\\w+(?(q)")', ['"abc"', 'abc', '"abc']],
  ['(a)?(?(1)b)', ['ab', 'c']],
  // backreferences
  ['(a+)b\\1', ['aabaa', 'aaba']],
  ['(?P<w>\\w)(?P=w)', ['hello']],
  ['(a)|\\1', ['x']],
  ['(?i)(a)\\1', ['aA']],
  ['(a)(?:b|\\1)+', ['abab', 'aaa']],
  ['(\\w+) \\1', ['hello hello', 'a aa']],
  // lazy, possessive, atomic
  ['a+?', ['aaa']],
  ['a*?b', ['aaab']],
  ['a??', ['a']],
  ['<.*>', ['<a><b>']],
  ['<.*?>', ['<a><b>']],
  ['a*+a', ['aaa']],
  ['a++b', ['aaab']],
  ['a?+a', ['a', 'aa']],
  ['a{1,2}+a', ['aa', 'aaa']],
  ['(?:ab)*+ab', ['ababab']],
  ['(?>a+)b', ['aaab']],
  ['(?>a|ab)c', ['abc', 'ac']],
  ['(?>(a+))a', ['aaa']],
  ['(?>x*)*y', ['xxy']],
  // look-around
  ['foo(?=bar)', ['foobar', 'foobaz']],
  ['foo(?!bar)', ['foobar', 'foobaz']],
  ['(?<=foo)bar', ['foobar', 'fobar']],
  ['(?<!foo)bar', ['foobar', 'fobar']],
  ['(?<=(a))b', ['ab']],
  ['(a)(?<=\\1)', ['a']],
  ['(?=(a+))a*b\\1', ['baaabac']],
  ['(?!(a)b)\\w', ['ab', 'ac']],
  ['(?<=a|b)c', ['ac', 'bc', 'cc']],
  ['(?<=ab|cd)e', ['abe', 'cde', 'xe']],
  ['\\w+(?<!s)\\b', ['cats dog']],
  ['(?<=^|,)\\w', ['a,b']],
  // ignore case
  ['abc', ['ABC', 'aBc'], I],
  ['[a-z]+', ['HeLLo'], I],
  ['[^a-z]+', ['HeLLo12'], I],
  ['k', ['K', '\u212a', 'k'], I],
  ['[k]', ['\u212a'], I],
  ['\u212a', ['k', 'K'], I],
  ['s', ['S', '\u017f'], I],
  ['\u017f', ['s', 'S'], I],
  ['i', ['I', '\u0131', '\u0130'], I],
  ['\u0130', ['i', 'I', '\u0130'], I],
  ['\u0131', ['i', 'I'], I],
  ['[i-j]', ['\u0131', 'I'], I],
  ['µ', ['μ', 'Μ'], I],
  ['σ', ['Σ', 'ς'], I],
  ['ß', ['ẞ', 'SS'], I],
  ['ǅ', ['Ǆ', 'ǆ'], I],
  ['\u0345', ['ι', 'Ι', 'ι'], I],
  ['[\u1f00-\u1fff]+', ['ἀἈ'], I],
  ['\\U00010400', ['\U00010428'], I],
  ['[\\U00010400-\\U0001044f]', ['\U00010428', '\U00010400'], I],
  ['[\\U00010428]', ['\U00010400'], I],
  ['k', ['\u212a'], I | A],
  ['[a-z]', ['\u212a'], I | A],
  ['(?i:a)b', ['Ab', 'AB']],
  ['a(?i)b', ['aB']],
  ['(?i)a(?-i:b)', ['Ab', 'AB']],
  ['(?a:\\w+)\\w', ['ééx']],
  ['(?u:\\w)', ['é']],
  ['[\\w-]+', ['a-b'], I],
  ['[^k]', ['\u212a', 'K'], I],
  ['[0-9]', ['0'], I],
  ['(s)\\1', ['sS', 'sſ', 'ſs'], I],
  ['(k)\\1', ['kK', 'k\u212a'], I],
  ['[^\\W\\d_]+', ['aB_1é'], I],
  ['[\\s\\S]+', ['a\nb']],
  ['[^\\s\\S]', ['a']],
  ['[&&a]+', ['&a']],
  ['[--a]+', ['-a']],
  ['[a b]+', ['a b'], X],
  ['(?i)[^a-z]', ['A', '1']],
  ['(?i)ǅ+', ['ǄǅǆDž']],
  // verbose
  ['a b # comment\n c', ['abc'], X],
  ['[ #]', [' ', '#'], X],
  ['a\\ b', ['a b'], X],
  ['(?x) a b', ['ab']],
  ['(?x: a b ) c', ['ab c', 'abc']],
  ['a{1, 2}', ['a{1, 2}'], X],
  // flags combos / global flags
  ['(?s).', ['\n']],
  ['(?m)^b$', ['a\nb\nc']],
  ['(?ims)^A.$', ['x\na\n']],
  ['(?a)\\w', ['é']],
  // empty matches and iteration
  ['', ['', 'abc']],
  ['x*', ['', 'abc', 'xaxx']],
  ['\\b', ['ab cd']],
  ['a|', ['bab']],
  ['(?=a)', ['aa']],
  // mark save/restore edge cases CPython fixed (issue35859, 725149, gh-91616, gh-106052)
  ['(ab|a)*?b', ['ab']],
  ['(ab|a)+?b', ['ab']],
  ['(ab|a){0,2}?b', ['ab']],
  ['(.b|a)*?b', ['ab']],
  ['(?:(?:a|bc)*?(xx)??z)*', ['axxzbcz']],
  ['((x|yz)+?(t)??c)*', ['xtcxyzxc']],
  ['(?:[^b]*a(?=(b)|(a))ab)*', ['aabaab']],
  ['(?:[^b]*(?=(b)|(a))ab)*', ['abab']],
  ['(?:.*?(?=(a)|(b))b)*', ['abab']],
  ['(?:a*?(xx)??z)*', ['axxzaz']],
  ['(?!(..)c)', ['ab']],
  ['((?!(ab)c)(.))*', ['abab']],
  ['(a)(?:(?=(b)*)c)*', ['abb']],
  ['(a)((?!(b)*))*', ['abb']],
  ['(?s:(?>.*?\\.).*)\\Z', ['a.txt']],
  ['(?s:(?=(?P<g0>.*?\\.))(?P=g0).*)\\Z', ['a.txt']],
  ['(?>(?:.(?!D))+)', ['ABCDE']],
  ['(?:.(?!D))*+', ['ABCDE']],
  ['(?>(?:.(?!D))?)', ['CDE']],
  ['(?:.(?!D)){1,3}+', ['ABCDE']],
  ['(?>(?:ab?c)+)', ['aca']],
  ['(?:ab?c)*+', ['aca']],
  ['a(?>bc|b)c', ['abc', 'abcc']],
  ['(?>.*).', ['abc']],
  ['(?>x)++x', ['xxx']],
  ['\\b|:+', ['a::bc']],
  ['(?<!\\w)(?=\\w)|:+', ['a::bc']],
  ['(?<=\\w)(?!\\w)|:+', ['a::bc']],
  ['(\\b|:+)', ['a::bc']],
  ['\\b|\\w+', ['a::bc']],
  ['$', ['a\nb\n', '\n']],
  ['$', ['a\nb\n', '\n'], M],
  ['[a-c]+', ['ABC'], I],
  [':+', ['a:b::c:::d']],
  ['(?:a|b)*?c', ['ababababc']],
  ['(x)*', ['xxxxx']],
  ['(?:(a)|b|(c))+', ['acb', 'abca']],
  ['(a)|(b)|(c)', ['c']],
  ['((a)|(b))+', ['ab', 'ba']],
  // misc
  ['(?#comment)a', ['a']],
  ['a|b|c', ['c']],
  ['ab|ac|ad', ['ad']],
  ['[ab]|c', ['c']],
  ['.*', ['line1\nline2']],
  ['(\\d+)-(\\d+)', ['10-20 30-40']],
  ['\\\\', ['\\']],
  ['\ud800', ['\ud800']],
  ['[\ud800-\udfff]', ['\udc00', 'a']],
  ['😀+', ['😀😀']],
  ['.', ['😀']],
];

/** Patterns CPython rejects (and a few that look wrong but are fine). */
const ERRORS: (string | [string, number])[] = [
  '(', ')', 'a)', '(a', '((a)', '[a', '[', '[]', '[^]', 'a**', 'a*+*', 'a{2}{3}', '*', '+a', '?', '{1}', 'a|*', '(?:*)', '^*', '$*', '\\b*',
  '\\A+', '(?=a)*', '\\', 'a\\', '\\q', '\\i', '\\8', '[\\8]', '\\9', '\\1', '(a)\\2', '(a\\1)', '\\11', '(a)\\10', '\\400', '[\\400]', '\\777', '\\x', '\\x1', '\\xg1', '\\u12',
  '\\U1234', '\\U00110000', '\\N', '\\N{', '\\N{}', '\\N{BOGUS NAME}', '\\N{LATIN SMALL LETTER A', '\\N{KEYCAP NUMBER SIGN}', '[\\N{BOGUS}]', '\\N{EM DASH', '[\\d-z]', '[a-\\d]', '[z-a]', '[\\x61-\\x41]', 'a{3,1}', '(?', '(?P', '(?Px', '(?P<', '(?P<>a)',
  '(?P<1>a)', '(?P<a-b>a)', '(?P<a>a', '(?P<a>a)(?P<a>b)', '(?P=', '(?P=a', '(?P=a)', '(?P<a>(?P=a))', '(?P=1)', '(?<', '(?<a', '(?<x>a)', '(?x', '(?-', '(?-x', '(?-x:', '(?i-i:a)',
  '(?iq)', '(?i', '(?i-', '(?-a:x)', '(?au)', '(?aL)', '(?L)', '(?t:a)', '(?-t:a)', 'a(?i)', '(?i)(?m)a', '(?#', '(?#abc', '(?z)', '(?&a)', '(?(', '(?()', '(?(0)a)',
  '(?(-1)a)', '(?(a)a)', '(?(1)a)', '(?(1a)a)', '(a)(?(1)a|b|c)', '(?(1)', '(a)(?(1)', '(?<=a*)', '(?<=a|bc)', '(?<!a{1,2})', '(?<=a{2})b', '(?<=(a))(?<=\\1)', '(?<=(a)\\1)', '(a)(?<=(?(1)b|c))',
  '(?<=(?P<n>a)(?P=n))', '(?>', '(?>a', 'x{4294967295}', 'x{4294967296}', 'x{1,4294967296}', 'a{99999,1}', '\\g', '[a-\\w]', '(?x)[a\n]', 'a\n(', '\n\n*', '(?P<a>', '(?P<é>a)', '(?P<a\u00b7>a)',
  ['(?L)a', 0], ['a', L], ['a', A | U], ['a*', 1], ['a+?', 1], ['a{2}+', 1], ['(?t)a*', 0], ['(?t)a', 0], ['a', 1 << 12],
];

const WARNINGS: [string, boolean][] = [
  ['[[a]', false], ['[a--b]', false], ['[a&&b]', false], ['[a~~b]', false], ['[a||b]', false], ['[a-\\-]', false], ['[--]', false],
  ['(a)(?(+1)b)', false], ['(a)(?( 1)b)', false], ['(?P<\u00e9>a)', true], ['(a)(?(\u0661)b)', false], ['[&&]', false], ['[a-]]', false],
];

const TEMPLATES = [
  '\\1', '\\2', '\\g<1>', '\\g<0>', '\\g<name>', '\\g<3>', '\\g<-1>', '\\g<a-b>', '\\g<>', '\\g<1', '\\g', '\\g1', '\\10', '\\0', '\\012', '\\0123', '\\101', '\\400', '\\q', '\\&',
  '\\n\\t\\\\', 'x\\', '\\g<unknown>', '[\\1:\\2]', '\\g<name>\\g<2>', '\\x41', '\\u0041', '\\N{DASH}', '\\b', '\\a', '\\19', '\\g<01>', '\\g<+1>', '\\g<1_0>', '\\g<２>',
];

export function handCases(): Case[] {
  const cases: Case[] = [];
  const allOps: Op[] = [...MATCH_OPS, { op: 'split' }, { op: 'sub', repl: cps('[\\g<0>]') }];
  for (const [pattern, subjects, flags] of FEATURES) cases.push(...makeCases(pattern, subjects, flags ?? 0, allOps));
  for (const e of ERRORS) {
    const [pattern, flags] = typeof e === 'string' ? [e, 0] : e;
    cases.push(...makeCases(pattern, ['a'], flags));
    cases.push(...makeCases(pattern, ['a'], flags, MATCH_OPS, true).filter((c) => c.pattern.every((x) => x < 256)));
  }
  for (const [pattern, bytes] of WARNINGS) cases.push(...makeCases(pattern, ['a'], 0, MATCH_OPS, bytes));
  const templatePattern = '(?P<name>a)(b)?';
  for (const t of TEMPLATES) {
    cases.push(...makeCases(templatePattern, ['xaby a'], 0, [{ op: 'sub', repl: cps(t) }, { op: 'sub', repl: cps(t), count: 1 }]));
    if (cps(t).every((x) => x < 256)) cases.push(...makeCases(templatePattern, ['xaby a'], 0, [{ op: 'sub', repl: cps(t) }], true));
  }
  // pos / endpos and the iteration rules
  const bounds: Op[] = [];
  for (const [pos, endpos] of [[0, 3], [1, 4], [2, 2], [3, 1], [-1, 10], [4, 100], [0, 0]] as const) {
    for (const op of ['match', 'search', 'fullmatch', 'finditer'] as const) bounds.push({ op, pos, endpos });
  }
  for (const p of ['^\\w', '\\w$', '\\b\\w', '(?<=a)b', '\\w*', '$', '\\Z', 'b|', 'bc?']) cases.push(...makeCases(p, ['abcd', 'ab\ncd'], 0, bounds));
  for (const p of ['x*', ',', '(,)', '(,)|(;)', '\\b', '', '(?=b)', '\\s*', 'a|(b)']) {
    cases.push(...makeCases(p, ['a,b;c', ',,', '', 'a b  c'], 0, [
      { op: 'split' }, { op: 'split', maxsplit: 1 }, { op: 'split', maxsplit: 2 }, { op: 'sub', repl: cps('-') }, { op: 'sub', repl: cps('<\\g<0>>'), count: 2 },
    ]));
  }
  // bytes patterns
  for (const [pattern, subjects, flags] of [
    ['\\w+', ['h\xe9llo wor1d_'], 0], ['\\d\\s', ['1 2\x85'], 0], ['[a-z]+', ['ABC\xc0\xe0'], I], ['\\xe9', ['\xc9\xe9'], I], ['(?L)\\w', ['a'], 0],
    ['(?i)\\w+', ['ABC'], L], ['.', ['\n'], S], ['\\b\\w', ['a b'], 0], ['(a)\\1', ['aa'], 0],
  ] as [string, string[], number][]) {
    cases.push(...makeCases(pattern, subjects, flags, [...MATCH_OPS, { op: 'split' }, { op: 'sub', repl: cps('<\\1>') }], true));
  }
  return cases;
}
