/**
 * Test helpers for the lexer tests: CPython 3.11 as the oracle for tokens
 * (tokens_oracle.py) and for syntax errors (errors_oracle.py), and dumps of
 * pystm's own tokenizer in the same shape.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { Tokenizer } from '../../../vm/syntax/tokenizer.js';
import { decodeSourceInfo, sourceTextBytes } from '../../../vm/syntax/source.js';
import { PySyntaxError } from '../../../vm/syntax/errors.js';
import { TOKEN_NAMES } from '../../../vm/syntax/tokens.js';

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));

export const STDLIB = '/root/.pyenv/versions/3.11.7/lib/python3.11';

/** Every .py file of the local CPython stdlib (site-packages excluded), sorted. */
export function stdlibFiles(): string[] {
  const out = execFileSync('find', [STDLIB, '-name', '*.py', '-not', '-path', '*/site-packages/*'], { encoding: 'utf8' });
  return out.trim().split('\n').sort();
}

export type TokenRow = [string] | [string, string, number, number, number, number];

const MARKERS = new Set(['NEWLINE', 'INDENT', 'DEDENT', 'ENDMARKER']);

/** CPython's `tokenize` view of files (see tokens_oracle.py); null where it fails. */
export function oracleTokens(paths: string[]): (TokenRow[] | null)[] {
  const out = execFileSync('python3', [here('./tokens_oracle.py'), ...paths], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return out.trimEnd().split('\n').map((line) => {
    const doc = JSON.parse(line);
    return doc.error ? null : doc.tokens;
  });
}

/** pystm's tokens of a file in the oracle's shape. */
export function ourTokens(path: string): TokenRow[] {
  const d = decodeSourceInfo(readFileSync(path), path);
  return dumpTokens(new Tokenizer(d.text, path, { rawBytes: d.rawBytes }), true);
}

/** All tokens up to ENDMARKER; with `markersBare`, NEWLINE/INDENT/DEDENT/ENDMARKER lose positions. */
export function dumpTokens(tz: Tokenizer, markersBare = false): TokenRow[] {
  const rows: TokenRow[] = [];
  for (;;) {
    const t = tz.next();
    const name = TOKEN_NAMES[t.type];
    if (markersBare && MARKERS.has(name)) rows.push([name]);
    else rows.push([name, t.string, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset]);
    if (name === 'ENDMARKER') return rows;
  }
}

export interface ErrorFields {
  kind: string; msg: string; lineno?: number | null; offset?: number | null;
  end_lineno?: number | null; end_offset?: number | null; text?: string | null;
}

/** CPython's verdict on each source: null (accepted) or its SyntaxError's fields. */
export function oracleErrors(cases: { src: string; bytes?: boolean }[]): (ErrorFields | null)[] {
  const out = execFileSync('python3', [here('./errors_oracle.py')], {
    input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 1 << 30,
  });
  return JSON.parse(out);
}

/**
 * Tokenizes `src` completely: null if fine, else the error's fields. With
 * `bytes`, `src` goes through decodeSource first (as UTF-8, lone U+DC80..U+DCFF
 * standing for raw bytes). Non-PySyntaxErrors propagate.
 */
export function tokenizerError(src: string, bytes = false): ErrorFields | null {
  try {
    let rawBytes = false;
    if (bytes) {
      const d = decodeSourceInfo(sourceTextBytes(src), '<unknown>');
      src = d.text;
      rawBytes = d.rawBytes;
    }
    const tz = new Tokenizer(src, '<unknown>', { rawBytes });
    while (TOKEN_NAMES[tz.next().type] !== 'ENDMARKER');
    return null;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset, text: e.text };
  }
}

/** Messages only the tokenizer produces (CPython's error then comes from it). */
export const TOKENIZER_MESSAGE = new RegExp([
  '^invalid (decimal|hexadecimal|octal|binary|imaginary) literal$', "^invalid digit '.' in (octal|binary) literal$",
  '^leading zeros in decimal', '^unterminated (triple-quoted )?string literal', "^invalid character '",
  '^invalid non-printable character', '^unexpected character after line continuation', "^unmatched '",
  '^closing parenthesis', '^too many nested parentheses$', '^too many levels of indentation$',
  '^inconsistent use of tabs', '^unindent does not match', "^'.' was never closed$", '^unexpected EOF while parsing$',
  '^source code string cannot contain null bytes$',
].join('|'));

export type SourceVerdict = { error: ErrorFields } | Record<string, unknown>;

/** CPython's tree (pystm's node format, JSON: ints as strings, bytes as hex) or error for each source. */
export function oracleSources(cases: { src: string; bytes?: boolean }[]): SourceVerdict[] {
  const out = execFileSync('python3', [here('./source_oracle.py')], {
    input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 1 << 30,
  });
  return JSON.parse(out);
}

/** A tree or error of ours in the oracle's JSON shape (constants tagged as cpython_ast.py does). */
export function toOracleShape(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v, (_k, x) => {
    if (typeof x === 'bigint') return String(x);
    if (x instanceof Uint8Array) return Buffer.from(x).toString('hex');
    if (x instanceof Uint32Array) return Array.from(x);
    if (typeof x === 'number' && !Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
    return x;
  }));
}
