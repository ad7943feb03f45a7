/**
 * Decoding bytes with Python's codecs, as the front end needs it: source that
 * declares a PEP 263 encoding, and source lines read back from a file for
 * SyntaxError.text.
 *
 * Model:
 * - A codec is named by its Python module name (`codecName` maps any spelling
 *   or alias Python accepts to it: 'latin_1', 'cp1252', 'utf_8', 'euc_jp'...).
 * - `decodeStrict` stops at the first error and describes it as Python's
 *   UnicodeDecodeError does (`decodeErrorMessage` is its str()); `final`
 *   false means more bytes follow, so a sequence cut at the end is not an
 *   error yet (Python's incremental decoders). `decodeReplace` turns every
 *   error into one U+FFFD, delimiting errors as Python does.
 * - UTF-8, latin-1, ASCII and the single-byte tables are exact. The
 *   multi-byte codecs (CJK, UTF-16) go through Node's TextDecoder; there the
 *   error's position is found by bisection and its reason is approximate.
 */

import { CODEC_ALIASES, MULTI_BYTE_LABELS, SINGLE_BYTE_TABLES } from './source-codecs.js';

/** Python's UnicodeDecodeError: bytes [start, end) of the input could not be decoded. */
export interface CodecError {
  /** The name Python's message uses ('utf-8', 'ascii', 'charmap', 'euc_jp', ...). */
  encoding: string;
  start: number;
  end: number;
  reason: string;
  /** The byte at `start` (shown when the error covers one byte). */
  byte: number;
}

export interface Decoded {
  /** The whole text, or the text decoded before the error. */
  text: string;
  error: CodecError | null;
}

/** str() of Python's UnicodeDecodeError, with positions shifted back by `origin`. */
export function decodeErrorMessage(e: CodecError, origin = 0): string {
  const start = e.start - origin;
  const where = e.end - e.start === 1
    ? `byte 0x${e.byte.toString(16).padStart(2, '0')} in position ${start}`
    : `bytes in position ${start}-${e.end - origin - 1}`;
  return `'${e.encoding}' codec can't decode ${where}: ${e.reason}`;
}

/** Python's encodings.normalize_encoding after codecs' lower-casing, then its aliases; null if unknown. */
export function codecName(name: string): string | null {
  const norm = name.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
  return CODEC_ALIASES[norm] ?? CODEC_ALIASES[norm.replace(/\./g, '_')] ?? null;
}

// ---------------------------------------------------------------------------
// UTF-8

/** The extent of an invalid UTF-8 sequence and Python's reason for it. */
export interface Utf8Error { length: number; reason: string }

/** Length of the sequence a valid UTF-8 lead byte `b` starts. */
export function sequenceLength(b: number): number {
  return b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
}

/**
 * Python's UTF-8 decoder at `i` (bytes up to `end`): null if a valid sequence
 * starts there, else the error's extent and reason.
 */
export function utf8ErrorAt(d: Uint8Array, i: number, end: number): Utf8Error | null {
  const b = d[i];
  if (b < 0x80) return null;
  if (b < 0xc2 || b > 0xf4) return { length: 1, reason: 'invalid start byte' };
  const need = b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
  const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  for (let k = 1; k < need; k++) {
    if (i + k >= end) return { length: end - i, reason: 'unexpected end of data' };
    const c = d[i + k];
    const ok = k === 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xbf;
    if (!ok) return { length: k, reason: 'invalid continuation byte' };
  }
  return null;
}

/** Index of the first invalid UTF-8 sequence in `d[from, end)` and its error, or null. */
export function firstUtf8Error(d: Uint8Array, from: number, end: number): { at: number; error: Utf8Error } | null {
  let i = from;
  while (i < end) {
    if (d[i] < 0x80) {
      i++;
      continue;
    }
    const error = utf8ErrorAt(d, i, end);
    if (error !== null) return { at: i, error };
    i += sequenceLength(d[i]);
  }
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

function decodeUtf8Strict(data: Uint8Array, final: boolean): Decoded {
  const found = firstUtf8Error(data, 0, data.length);
  if (found === null) return { text: strictUtf8.decode(data), error: null };
  const { at, error } = found;
  const text = strictUtf8.decode(data.subarray(0, at));
  if (!final && error.reason === 'unexpected end of data') return { text, error: null };
  return { text, error: { encoding: 'utf-8', start: at, end: at + error.length, reason: error.reason, byte: data[at] } };
}

// ---------------------------------------------------------------------------
// Any codec

/** Decodes `data` with `codec` (a `codecName` result), stopping at the first error. */
export function decodeStrict(codec: string, data: Uint8Array, final = true): Decoded {
  if (codec === 'latin_1') return { text: latin1(data), error: null };
  if (codec === 'utf_8') return decodeUtf8Strict(data, final);
  if (codec === 'ascii') {
    const bad = data.findIndex((b) => b >= 0x80);
    if (bad < 0) return { text: latin1(data), error: null };
    return { text: latin1(data.subarray(0, bad)), error: { encoding: 'ascii', start: bad, end: bad + 1, reason: 'ordinal not in range(128)', byte: data[bad] } };
  }
  const table = SINGLE_BYTE_TABLES[codec];
  if (table !== undefined) return decodeSingleByte(table, data);
  return decodeMultiByte(codec, data, final);
}

/** Decodes `data` with `codec`, each error becoming U+FFFD (Python's "replace"). */
export function decodeReplace(codec: string, data: Uint8Array): string {
  if (codec === 'latin_1') return latin1(data);
  if (codec === 'utf_8') return decodeUtf8Replace(data);
  if (codec === 'ascii') return latin1(data).replace(/[\x80-\xff]/g, '\ufffd');
  const table = SINGLE_BYTE_TABLES[codec];
  if (table !== undefined) {
    let out = '';
    for (const b of data) out += b < 0x80 ? String.fromCharCode(b) : table[b - 0x80] === '\ufffe' ? '\ufffd' : table[b - 0x80];
    return out;
  }
  const label = MULTI_BYTE_LABELS[codec];
  return label === undefined ? latin1(data) : new TextDecoder(label, { ignoreBOM: true }).decode(data);
}

/** UTF-8 "replace": one U+FFFD per invalid sequence as Python delimits them. */
export function decodeUtf8Replace(data: Uint8Array): string {
  let found = firstUtf8Error(data, 0, data.length);
  if (found === null) return lenientUtf8.decode(data);
  let out = '';
  let from = 0;
  while (found !== null) {
    out += lenientUtf8.decode(data.subarray(from, found.at)) + '\ufffd';
    from = found.at + found.error.length;
    found = firstUtf8Error(data, from, data.length);
  }
  return out + lenientUtf8.decode(data.subarray(from));
}

function latin1(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
}

/** A charmap codec (Python's single-byte tables; U+FFFE marks an undefined byte). */
function decodeSingleByte(table: string, data: Uint8Array): Decoded {
  let out = '';
  let from = 0;
  for (let i = 0; i < data.length; i++) {
    const b = data[i];
    if (b < 0x80) continue;
    const ch = table[b - 0x80];
    out += latin1(data.subarray(from, i));
    if (ch === '\ufffe') {
      return { text: out, error: { encoding: 'charmap', start: i, end: i + 1, reason: 'character maps to <undefined>', byte: b } };
    }
    out += ch;
    from = i + 1;
  }
  return { text: out + latin1(data.subarray(from)), error: null };
}

/**
 * A multi-byte codec through TextDecoder. On failure the shortest failing
 * prefix is found by bisection (a cut sequence at a prefix's end is no error
 * in streaming mode); the bad sequence starts after the longest complete
 * prefix before its last byte.
 */
function decodeMultiByte(codec: string, data: Uint8Array, final: boolean): Decoded {
  const label = MULTI_BYTE_LABELS[codec];
  if (label === undefined) return { text: latin1(data), error: null };
  const fails = (n: number, last: boolean): boolean => {
    try {
      new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(data.subarray(0, n), { stream: !last });
      return false;
    } catch {
      return true;
    }
  };
  if (!fails(data.length, final)) return { text: new TextDecoder(label, { ignoreBOM: true }).decode(data), error: null };
  const utf16 = codec.startsWith('utf_16');
  const encoding = codec === 'utf_16_be' ? 'utf-16-be' : utf16 ? 'utf-16-le' : codec;
  if (!fails(data.length, false)) {
    // Only the end is cut: the incomplete sequence after the longest complete prefix.
    let start = data.length - 1;
    while (start > Math.max(0, data.length - 4) && fails(start, true)) start--;
    const text = new TextDecoder(label, { ignoreBOM: true }).decode(data.subarray(0, start));
    const reason = utf16 ? 'truncated data' : 'incomplete multibyte sequence';
    return { text, error: { encoding, start, end: data.length, reason, byte: data[start] } };
  }
  let lo = 0;
  let hi = data.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (fails(mid, false)) hi = mid;
    else lo = mid;
  }
  let start = hi - 1;
  for (let m = hi - 1; m >= Math.max(0, hi - 4); m--) {
    if (!fails(m, true)) {
      start = m;
      break;
    }
  }
  const text = new TextDecoder(label, { ignoreBOM: true }).decode(data.subarray(0, start));
  return { text, error: { encoding, start, end: start + 1, reason: 'illegal multibyte sequence', byte: data[start] } };
}
