/**
 * The parser's public entry: source text -> CPython 3.11's AST, or the
 * PySyntaxError CPython would raise (see parser/driver.ts for how the error
 * is chosen, parser/*.ts for the grammar).
 *
 * An f-string replacement field is parsed by a sub-parser over
 * "(" + text + ")" placed at the field's position in the file, as CPython
 * 3.11 does; its errors get the "f-string: " prefix.
 *
 * Only PySyntaxError leaves this module: a JS stack overflow on absurdly
 * nested input becomes one too.
 */
import type { Expr, Mod } from './ast.js';
import { concatenateStrings, type StringEnv } from './fstring.js';
import { numberValue } from './literals.js';
import { programTextReader, rereadText } from './program-text.js';
import { decodeSourceInfo } from './source.js';
import { readProgramFile } from './source-file.js';
import { Tokenizer } from './tokenizer.js';
import { Parser } from './parser/core.js';
import { asSyntaxError, run } from './parser/driver.js';

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

/** Parses source text (already decoded) into the module node for `mode`; throws PySyntaxError. */
export function parse(source: string, filename: string, mode: ParseMode = 'exec'): Mod {
  return parseWith(() => new Tokenizer(source, filename, { execInput: mode === 'exec' }), filename, mode);
}

/**
 * Decodes bytes as CPython reads a file (BOM, PEP 263 cookie) and parses:
 * what `ast.parse(open(f,'rb').read(), f)` does when the file `f` holds the
 * bytes (CPython re-reads error lines from it).
 */
export function parseBytes(bytes: Uint8Array, filename: string, mode: ParseMode = 'exec'): Mod {
  return parseWith(() => {
    const decoded = decodeSourceInfo(bytes, filename);
    return new Tokenizer(decoded.text, filename, {
      rawBytes: decoded.rawBytes, execInput: mode === 'exec', programText: rereadable(filename) ? programTextReader(bytes, decoded.encoding) : undefined,
    });
  }, filename, mode);
}

/**
 * Parses a program file the way `python3 FILE` compiles its main script
 * (CPython's file tokenizer: its errors and messages for encodings, null
 * bytes, the end of the file; see source-file.ts), returning the tree and the
 * decoded text (the compiler needs it for SyntaxError.text). A `filename` in
 * angle brackets (`<stdin>`) names a stream CPython cannot re-read. Throws
 * PySyntaxError.
 *
 * `text` is what CPython's compiler reads back for its errors' text
 * (program-text.ts `rereadText`: UTF-8 with the BOM kept, newlines as in the
 * file); '' for a stream, whose lines CPython cannot read back.
 * `options.pipe`: the bytes came through a pipe (standard input that is not
 * a redirected file), which changes how a declared encoding fails.
 */
export function parseFile(bytes: Uint8Array, filename: string, options: { pipe?: boolean } = {}): { tree: Mod; text: string } {
  const stdin = !rereadable(filename);
  const tree = parseWith(() => {
    const file = readProgramFile(bytes, filename, { reReadable: !stdin, pipe: options.pipe });
    return new Tokenizer(file.text, filename, {
      rawBytes: file.rawBytes, programText: file.programText, fileInput: { stop: file.stop, stdin },
    });
  }, filename, 'exec');
  return { tree, text: stdin ? '' : rereadText(bytes) };
}

/** Whether CPython can reopen `filename` to show error lines (not `<stdin>`, `<string>`...). */
function rereadable(filename: string): boolean {
  return !(filename.startsWith('<') && filename.endsWith('>'));
}

function parseWith(makeTokenizer: () => Tokenizer, filename: string, mode: ParseMode): Mod {
  try {
    const tok = makeTokenizer();
    const p = newParser(tok, filename, -1);
    return run(p, mode) as Mod;
  } catch (e) {
    throw asSyntaxError(e, filename);
  }
}

function newParser(tok: Tokenizer, filename: string, startingCol: number): Parser {
  const p = new Parser(tok, filename, startingCol);
  const env: StringEnv = {
    tokenizer: tok,
    parseExpression: (source, lineno, colOffset) => parseFieldExpression(source, filename, lineno, colOffset, p.depth),
    raiseAtLastToken: (msg) => p.raiseAtLastToken(msg),
    raiseKnownLocation: (pos, msg) => p.raiseKnownLocation(pos, msg),
  };
  p.concatStrings = (tokens) => concatenateStrings(tokens, env);
  p.numberValue = numberValue;
  return p;
}

/**
 * Parses an f-string replacement field's expression text whose first
 * character sits at `lineno` / byte column `colOffset` of the file. Like
 * CPython 3.11, it parses "(" + source + ")" with the opening parenthesis
 * standing on the column before the text, so nodes get file positions.
 */
function parseFieldExpression(source: string, filename: string, lineno: number, colOffset: number, depth: number): Expr {
  const startingCol = colOffset - 1;
  const tok = new Tokenizer(`(${source})`, filename, { firstLineno: lineno, firstLineColOffset: startingCol });
  const p = newParser(tok, filename, startingCol);
  p.depth = depth;
  return run(p, 'fstring') as Expr;
}
