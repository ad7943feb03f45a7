/**
 * Mutation fuzzing of the parser's error reporting against CPython: takes
 * windows of real stdlib code, breaks them (a token deleted, duplicated,
 * swapped or inserted; a line deleted or re-indented), and compares our
 * verdict with CPython's on every mutant.
 *
 *   npx tsx tests/tools/parse-fuzz.ts [--seed N] [--count N] [--mutations MAX] [--show N] [--stub-literals]
 *                                     [--save FILE.json]
 *
 * --save writes the mismatching mutants as a snippet list that
 * parse-errors.ts --snippets can replay.
 */
import { writeFileSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Mod } from '../../vm/syntax/ast.js';
import { Tokenizer } from '../../vm/syntax/tokenizer.js';
import { T, type Token } from '../../vm/syntax/tokens.js';
import { stdlibFiles } from './parse-corpus.js';
import { describe, oracle, ours } from './parse-errors.js';

const INSERTS = [
  ':', ',', '(', ')', '[', ']', '{', '}', '=', '==', 'if', 'else', '*', '**', 'lambda', 'for', 'in', 'not',
  'yield', 'await', 'def', 'class', 'return', 'import', 'from', 'as', '.', '...', ':=', 'x', '1', '"s"',
  'async', 'with', 'try', 'except', 'finally', 'del', 'pass', '@', '->', ';', '\\', 'match', 'case', '_', '|',
  'global', 'print', 'True', 'None', '+=', '/', '\n', '\n    ', '  ',
];

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tokensOf(src: string): Token[] | null {
  const out: Token[] = [];
  try {
    const tok = new Tokenizer(src, '<s>');
    for (;;) {
      const t = tok.next();
      if (t.type === T.ENDMARKER) return out;
      if (t.string !== '' && t.col_offset >= 0) out.push(t);
    }
  } catch {
    return null;
  }
}

/** Char index of (lineno, col) in an ASCII source. */
function indexOf(lines: string[], lineno: number, col: number): number {
  let i = 0;
  for (let l = 1; l < lineno; l++) i += lines[l - 1]!.length + 1;
  return i + col;
}

const FIELD_INSERTS = ['{', '}', '{x}', '{x!r}', '{x:>{w}}', '{a b}', '{*a}', '{x=}', '!', ':', '(', ')', '[', 'lambda', '#', '\\', '{}', ' if ', 'yield', '"'];

/** Inserts f-string syntax into a string token, turning it into an f-string. */
function mutateString(src: string, lines: string[], toks: Token[], r: () => number): string | null {
  const strings = toks.filter((t) => t.type === T.STRING && t.lineno === t.end_lineno);
  if (strings.length === 0) return null;
  const t = strings[Math.floor(r() * strings.length)]!;
  const a = indexOf(lines, t.lineno, t.col_offset);
  const b = indexOf(lines, t.end_lineno, t.end_col_offset);
  const text = src.slice(a, b);
  const q = text.search(/['"]/);
  if (q < 0) return null;
  const prefix = /f/i.test(text.slice(0, q)) ? text.slice(0, q) : `f${text.slice(0, q).replace(/[bBuU]/g, '')}`;
  const body = text.slice(q);
  const at = 1 + Math.floor(r() * Math.max(1, body.length - 2));
  const ins = FIELD_INSERTS[Math.floor(r() * FIELD_INSERTS.length)]!;
  return src.slice(0, a) + prefix + body.slice(0, at) + ins + body.slice(at) + src.slice(b);
}

function mutate(src: string, r: () => number): string | null {
  const lines = src.split('\n');
  const kind = Math.floor(r() * 8);
  if (kind === 7) {
    const toks = tokensOf(src);
    return toks === null ? null : mutateString(src, lines, toks, r);
  }
  if (kind === 5) {
    const l = Math.floor(r() * lines.length);
    lines.splice(l, 1);
    return lines.join('\n');
  }
  if (kind === 6) {
    const l = Math.floor(r() * lines.length);
    lines[l] = (r() < 0.5 ? ' ' : '') + lines[l]!.replace(/^ {1,4}/, r() < 0.5 ? '' : '   ');
    return lines.join('\n');
  }
  const toks = tokensOf(src);
  if (toks === null || toks.length < 2) return null;
  const i = Math.floor(r() * toks.length);
  const t = toks[i]!;
  const a = indexOf(lines, t.lineno, t.col_offset);
  const b = indexOf(lines, t.end_lineno, t.end_col_offset);
  switch (kind) {
    case 0: return src.slice(0, a) + src.slice(b);
    case 1: return src.slice(0, b) + ' ' + src.slice(a, b) + src.slice(b);
    case 2: {
      const u = toks[i + 1];
      if (u === undefined) return null;
      const c = indexOf(lines, u.lineno, u.col_offset);
      const d = indexOf(lines, u.end_lineno, u.end_col_offset);
      if (c < b) return null;
      return src.slice(0, a) + src.slice(c, d) + src.slice(b, c) + src.slice(a, b) + src.slice(d);
    }
    default: {
      const ins = INSERTS[Math.floor(r() * INSERTS.length)]!;
      const at = r() < 0.5 ? a : b;
      return src.slice(0, at) + (r() < 0.5 ? ' ' : '') + ins + (r() < 0.5 ? ' ' : '') + src.slice(at);
    }
  }
}

/** `count` mutants of stdlib code windows, deterministic for a seed. */
export function mutants(seed: number, count: number, maxMutations = 1): string[] {
  const r = rng(seed);
  const files = stdlibFiles('/root/.pyenv/versions/3.11.7/lib/python3.11').filter((f) => !f.includes('bad'));
  const snippets: string[] = [];
  while (snippets.length < count) {
    const f = files[Math.floor(r() * files.length)]!;
    const text = readFileSync(f, 'latin1');
    if (/[^\x00-\x7f]/.test(text) || text.includes('\r')) continue;
    const lines = text.split('\n');
    const start = Math.floor(r() * lines.length);
    const n = 1 + Math.floor(r() * 12);
    const window = lines.slice(start, start + n);
    const indent = Math.min(...window.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
    if (!Number.isFinite(indent)) continue;
    let m: string | null = `${window.map((l) => l.slice(indent)).join('\n')}\n`;
    const times = 1 + Math.floor(r() * maxMutations);
    for (let k = 0; k < times && m !== null; k++) m = mutate(m, r);
    if (m !== null) snippets.push(m);
  }
  return snippets;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const snippets = mutants(Number(opt('--seed') ?? 1), Number(opt('--count') ?? 2000), Number(opt('--mutations') ?? 1));
  const dir = mkdtempSync(join(tmpdir(), 'fuzz-'));
  const input = join(dir, 'snippets.json');
  writeFileSync(input, JSON.stringify(snippets));
  const verdicts = oracle(['snippets', input]);
  const parse = args.includes('--stub-literals')
    ? (await import('./parse-errors.js')).stubParser
    : ((await import('../../vm/syntax/parse.js')).parse as (s: string, f: string, m: string) => Mod);
  const show = Number(opt('--show') ?? 20);
  let same = 0;
  let shown = 0;
  const bad: string[] = [];
  for (const v of verdicts) {
    const a = describe(ours(v.src, v.mode, parse));
    const b = describe(v.error);
    if (a === b) {
      same++;
      continue;
    }
    bad.push(v.src);
    if (shown++ < show) console.log(`${JSON.stringify(v.src)}\n  ours    ${a}\n  cpython ${b}`);
  }
  console.log(`same: ${same}/${verdicts.length}`);
  const save = opt('--save');
  if (save !== undefined) writeFileSync(save, JSON.stringify(bad, null, 1));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
