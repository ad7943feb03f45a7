/**
 * Our side of the front-end benchmark: the pieces of the front end that exist
 * (tokenizer, parser, compiler; imported dynamically, so the harness runs
 * while some are still being written) and one-file operations on them.
 *
 * Invariants: an operation never throws. A PySyntaxError on a file CPython
 * accepts counts as a wrong rejection, any other exception as a crash; both
 * are still timed (the time spent before failing is real work).
 */
import { PySyntaxError } from '../vm/syntax/errors.js';
import type { Mod } from '../vm/syntax/ast.js';
import { loadFrontEnd, type FrontEnd } from '../tests/tools/stdlib-corpus.js';

interface TokenStream { next(): { type: number } }
type TokenizerClass = new (source: string, filename: string) => TokenStream;

export interface Ours {
  /** Decodes bytes to the source text (our decoder if it exists, else plain UTF-8). */
  decode(bytes: Uint8Array, filename: string): string;
  tokenizer: TokenizerClass | null;
  endmarker: number;
  frontEnd: FrontEnd | null;
  /** Why a piece is missing, for the report. */
  notes: string[];
}

export type Outcome = 'ok' | 'rejected' | 'crashed';

const UTF8 = new TextDecoder('utf-8');

export async function loadOurs(): Promise<Ours> {
  const { frontEnd, notes } = await loadFrontEnd();
  let tokenizer: TokenizerClass | null = null;
  let endmarker = 0;
  try {
    const mod = (await import('../vm/syntax/tokenizer.js')) as { Tokenizer?: TokenizerClass };
    const tokens = await import('../vm/syntax/tokens.js');
    tokenizer = mod.Tokenizer ?? null;
    endmarker = tokens.T.ENDMARKER;
  } catch (e) {
    notes.push(`tokenizer not available: ${(e as Error).message.split('\n')[0]}`);
  }
  const decodeSource = frontEnd?.decodeSource;
  const decode = decodeSource
    ? (bytes: Uint8Array, filename: string) => decodeSource(bytes, filename)
    : (bytes: Uint8Array) => UTF8.decode(bytes);
  return { decode, tokenizer, endmarker, frontEnd, notes };
}

function outcome(e: unknown): Outcome {
  return e instanceof PySyntaxError ? 'rejected' : 'crashed';
}

/** Tokenizes the whole text (to ENDMARKER). */
export function tokenize(ours: Ours, source: string, filename: string): Outcome {
  try {
    const tok = new ours.tokenizer!(source, filename);
    while (tok.next().type !== ours.endmarker) { /* drain */ }
    return 'ok';
  } catch (e) {
    return outcome(e);
  }
}

/** Decodes and parses; the tree, or why there is none. */
export function parse(ours: Ours, bytes: Uint8Array, filename: string): Mod | Outcome {
  try {
    return ours.frontEnd!.parseBytes(bytes, filename);
  } catch (e) {
    return outcome(e);
  }
}

/** Compiles a parsed tree (decoding the source text it wants for error lines). */
export function compile(ours: Ours, tree: Mod, bytes: Uint8Array, filename: string): Outcome {
  try {
    const source = ours.frontEnd!.decodeSource?.(bytes, filename);
    ours.frontEnd!.compile!(tree, { filename, mode: 'exec', source });
    return 'ok';
  } catch (e) {
    return outcome(e);
  }
}

export function canTokenize(ours: Ours): boolean {
  return ours.tokenizer !== null;
}

export function canParse(ours: Ours): boolean {
  return ours.frontEnd !== null;
}

export function canCompile(ours: Ours): boolean {
  return ours.frontEnd?.compile !== undefined;
}
