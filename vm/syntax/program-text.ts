/**
 * SyntaxError.text as CPython reads it back from the program's file.
 *
 * When CPython parses a file (or compiles bytes under the name of a file that
 * exists), a parser error's text is not taken from the tokenizer but re-read
 * from the file on disk (err_programtext in Python/errors.c). We reproduce
 * that reading over the file's bytes, which are what the disk holds:
 * - lines end at "\n", "\r\n" or "\r" (universal newlines), read back as
 *   ending in "\n"; a BOM stays part of line 1 (shown as U+FEFF);
 * - the line is read with fgets into a 1000-byte buffer: of a line longer
 *   than 999 bytes only the last 999-byte piece remains, and a last line
 *   without newline whose final piece fills the buffer reads as missing;
 * - a NUL byte ends the text;
 * - the bytes are decoded with the source's encoding and "replace", or, when
 *   the source declares none, as strict UTF-8, failing on bad bytes.
 * A missing line or a failed decoding gives null: CPython then falls back to
 * the tokenizer's buffer.
 */

import { decodeUtf8Lazily } from './source.js';
import { codecName, decodeReplace, decodeUtf8Replace } from './source-decode.js';

/** Line `lineno` (1-based) as CPython reads it back from the file, or null. */
export type ProgramText = (lineno: number) => string | null;

const FGETS_BYTES = 999;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A reader of the file holding `bytes`; `encoding` is the tokenizer's
 * (`tok->encoding`: 'utf-8' after a BOM, a cookie's name, or null).
 */
export function programTextReader(bytes: Uint8Array, encoding: string | null): ProgramText {
  let starts: number[] | null = null;
  const codec = encoding === null ? null : codecName(encoding) ?? 'utf_8';
  return (lineno: number): string | null => {
    starts ??= lineStarts(bytes);
    if (lineno < 1 || lineno >= starts.length) return null;
    const piece = lastPiece(bytes, starts[lineno - 1]!, starts[lineno]!);
    if (piece === null) return null;
    if (codec === null) {
      try {
        return strictUtf8.decode(piece);
      } catch {
        return null;
      }
    }
    return codec === 'utf_8' ? decodeUtf8Replace(piece) : decodeReplace(codec, piece);
  };
}

/**
 * Start offsets of every line, plus the end of the data as the last entry
 * (so line n spans starts[n-1]..starts[n]); "\r\n" ends one line.
 */
export function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 10) starts.push(i + 1);
    else if (b === 13) {
      if (bytes[i + 1] === 10) i++;
      starts.push(i + 1);
    }
  }
  if (starts[starts.length - 1] !== n) starts.push(n);
  return starts;
}

/** What fgets leaves in the buffer after reading the line bytes[from, to): its last piece, "\n"-terminated. */
function lastPiece(bytes: Uint8Array, from: number, to: number): Uint8Array | null {
  let end = to;
  let newline = false;
  if (end > from && bytes[end - 1] === 10) {
    end--;
    newline = true;
    if (end > from && bytes[end - 1] === 13) end--;
  } else if (end > from && bytes[end - 1] === 13) {
    end--;
    newline = true;
  }
  const length = end - from + (newline ? 1 : 0);
  const pieceStart = from + Math.floor((length - 1) / FGETS_BYTES) * FGETS_BYTES;
  // A full last piece without newline: fgets goes on reading and meets the end of the file.
  if (!newline && length % FGETS_BYTES === 0) return null;
  const piece = new Uint8Array(end - pieceStart + (newline ? 1 : 0));
  piece.set(bytes.subarray(pieceStart, end));
  if (newline) piece[piece.length - 1] = 10;
  const nul = piece.indexOf(0);
  return nul < 0 ? piece : piece.subarray(0, nul);
}

/**
 * The file's text as CPython's compiler reads lines back for its own
 * SyntaxErrors (PyErr_ProgramTextObject): the bytes as UTF-8, a BOM kept as
 * U+FEFF, newlines as in the file, an undecodable byte as U+DC80..U+DCFF
 * (such a line reads back as None in CPython).
 */
export function rereadText(bytes: Uint8Array): string {
  return decodeUtf8Lazily(bytes);
}
