/**
 * Text encodings for files and the io module
 * (https://docs.python.org/3.11/library/codecs.html#standard-encodings):
 * utf-8 (and utf-8-sig on read), latin-1, ascii, with the error handlers
 * strict, ignore, replace, backslashreplace, surrogateescape and (encode
 * only) xmlcharrefreplace. Errors read as CPython's: "'utf-8' codec can't
 * decode byte 0xff in position 3: invalid start byte".
 *
 * Decoding is incremental: `decode(bytes, ..., final=false)` stops before an
 * incomplete UTF-8 sequence at the end and reports how many bytes it used,
 * so a file can be decoded chunk by chunk.
 *
 * Model: pure functions over JS strings and byte arrays; no state.
 */
import { raise, T } from '../objects/core.js';

export type Codec = 'utf-8' | 'latin-1' | 'ascii' | 'utf-8-sig';

const ALIASES: Readonly<Record<string, Codec>> = {
  'utf-8': 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', 'utf8-ucs2': 'utf-8', 'utf8-ucs4': 'utf-8', cp65001: 'utf-8',
  'latin-1': 'latin-1', latin1: 'latin-1', latin: 'latin-1', l1: 'latin-1', 'iso-8859-1': 'latin-1',
  iso8859_1: 'latin-1', 'iso8859-1': 'latin-1', 'iso_8859_1': 'latin-1', '8859': 'latin-1', cp819: 'latin-1',
  ascii: 'ascii', 'us-ascii': 'ascii', us_ascii: 'ascii', '646': 'ascii',
  'utf-8-sig': 'utf-8-sig', utf8_sig: 'utf-8-sig', 'utf8-sig': 'utf-8-sig',
};

/** The codec for an encoding name (case, '_' and '-' insensitive), or a LookupError. */
const looked = new Map<string, Codec>();
const utf8Encoder = new TextEncoder();

export function lookupCodec(name: string): Codec {
  const hit = looked.get(name);
  if (hit) return hit;
  const key = name.toLowerCase().replace(/_/g, '-').replace(/ /g, '-');
  const c = ALIASES[key] ?? ALIASES[key.replace(/-/g, '_')] ?? ALIASES[key.replace(/-/g, '')];
  if (!c) throw raise(T.LookupError, `unknown encoding: ${name}`);
  looked.set(name, c);
  return c;
}

const ERROR_HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'xmlcharrefreplace', 'namereplace', 'surrogatepass'];
function checkErrors(errors: string): void {
  if (errors !== 'strict' && !ERROR_HANDLERS.includes(errors)) throw raise(T.LookupError, `unknown error handler name '${errors}'`);
}

const hex2 = (n: number) => n.toString(16).padStart(2, '0');

// ---------------------------------------------------------------------------
// Decoding

export interface Decoded {
  readonly text: string;
  /** Bytes used; less than the input only when not final and a sequence is incomplete. */
  readonly used: number;
}

function decodeError(codec: string, b: number, pos: number, end: number, reason: string): never {
  const what = end - pos > 1 ? `bytes in position ${pos}-${end - 1}` : `byte 0x${hex2(b)} in position ${pos}`;
  throw raise(T.UnicodeDecodeError, `'${codec}' codec can't decode ${what}: ${reason}`);
}

/** What an undecodable run data[pos, end) becomes under `errors`. */
function decodeReplacement(codec: string, data: Uint8Array, pos: number, end: number, reason: string, errors: string): string {
  switch (errors) {
    case 'ignore': return '';
    case 'replace': return '\ufffd';
    case 'backslashreplace': return Array.from(data.subarray(pos, end), (b) => '\\x' + hex2(b)).join('');
    case 'surrogateescape': {
      if (data.subarray(pos, end).every((b) => b >= 128)) return Array.from(data.subarray(pos, end), (b) => String.fromCharCode(0xdc00 + b)).join('');
      return decodeError(codec, data[pos]!, pos, end, reason);
    }
    default: return decodeError(codec, data[pos]!, pos, end, reason);
  }
}

/** Length of the UTF-8 sequence at `i` if valid, or [0, bad-run-length, reason] (CPython's maximal-subpart rule). */
function utf8Sequence(d: Uint8Array, i: number, final: boolean): [number, number, string] {
  const b = d[i]!;
  const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (n === 0) return [0, 1, 'invalid start byte'];
  for (let k = 1; k < n; k++) {
    if (i + k >= d.length) return final ? [0, k, 'unexpected end of data'] : [-1, 0, ''];
    const c = d[i + k]!;
    let lo = 0x80, hi = 0xbf;
    if (k === 1) {
      if (b === 0xe0) lo = 0xa0; else if (b === 0xed) hi = 0x9f; else if (b === 0xf0) lo = 0x90; else if (b === 0xf4) hi = 0x8f;
    }
    if (c < lo || c > hi) return [0, k, 'invalid continuation byte'];
  }
  return [n, 0, ''];
}

function decodeUtf8(d: Uint8Array, errors: string, final: boolean, codec: string): Decoded {
  const parts: string[] = [];
  let i = 0, start = 0;
  const td = new TextDecoder('utf-8', { ignoreBOM: true });
  while (i < d.length) {
    if (d[i]! < 0x80) { i++; continue; }
    const [n, bad, reason] = utf8Sequence(d, i, final);
    if (n > 0) { i += n; continue; }
    if (n < 0) break;
    parts.push(td.decode(d.subarray(start, i)), decodeReplacement(codec, d, i, i + bad, reason, errors));
    i += bad;
    start = i;
  }
  parts.push(td.decode(d.subarray(start, i)));
  return { text: parts.join(''), used: i };
}

function decodeSingleByte(d: Uint8Array, errors: string, ascii: boolean): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < d.length; i += CHUNK) {
    const slice = d.subarray(i, Math.min(d.length, i + CHUNK));
    if (!ascii || slice.every((b) => b < 128)) { parts.push(String.fromCharCode(...slice)); continue; }
    for (let k = 0; k < slice.length; k++) {
      const b = slice[k]!;
      parts.push(b < 128 ? String.fromCharCode(b) : decodeReplacement('ascii', d, i + k, i + k + 1, 'ordinal not in range(128)', errors));
    }
  }
  return parts.join('');
}

export function decode(data: Uint8Array, encoding: string, errors = 'strict', final = true): Decoded {
  const codec = lookupCodec(encoding);
  checkErrors(errors);
  switch (codec) {
    case 'utf-8': return decodeUtf8(data, errors, final, 'utf-8');
    case 'utf-8-sig': {
      if (!final && data.length < 3 && [0xef, 0xbb, 0xbf].slice(0, data.length).every((b, k) => data[k] === b)) return { text: '', used: 0 };
      const bom = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
      const r = decodeUtf8(data.subarray(bom), errors, final, 'utf-8');
      return { text: r.text, used: r.used + bom };
    }
    case 'latin-1': return { text: decodeSingleByte(data, errors, false), used: data.length };
    case 'ascii': return { text: decodeSingleByte(data, errors, true), used: data.length };
  }
}

// ---------------------------------------------------------------------------
// Encoding

function encodeError(codec: string, ch: string, pos: number, end: number, reason: string): never {
  const cp = ch.codePointAt(0)!;
  const hex = cp <= 0xff ? '\\x' + hex2(cp) : cp <= 0xffff ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
  const what = end - pos > 1 ? `characters in position ${pos}-${end - 1}` : `character '${hex}' in position ${pos}`;
  throw raise(T.UnicodeEncodeError, `'${codec}' codec can't encode ${what}: ${reason}`);
}

/** The replacement text for an unencodable character under `errors` (then encoded as ASCII). */
function encodeReplacement(codec: string, ch: string, pos: number, reason: string, errors: string): string {
  const cp = ch.codePointAt(0)!;
  switch (errors) {
    case 'ignore': return '';
    case 'replace': return '?';
    case 'backslashreplace': return cp <= 0xff ? '\\x' + hex2(cp) : cp <= 0xffff ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
    case 'xmlcharrefreplace': return `&#${cp};`;
    case 'surrogateescape':
      if (cp >= 0xdc80 && cp <= 0xdcff) return String.fromCharCode(cp - 0xdc00);
      return encodeError(codec, ch, pos, pos + 1, reason);
    default: return encodeError(codec, ch, pos, pos + 1, reason);
  }
}

export function encode(text: string, encoding: string, errors = 'strict'): Uint8Array {
  const codec = lookupCodec(encoding);
  checkErrors(errors);
  if (codec === 'utf-8' && !/[\ud800-\udfff]/.test(text)) return utf8Encoder.encode(text);
  if ((codec === 'latin-1' && /^[\x00-\xff]*$/.test(text)) || (codec === 'ascii' && /^[\x00-\x7f]*$/.test(text))) {
    return Uint8Array.from(text, (c) => c.charCodeAt(0));
  }
  const limit = codec === 'latin-1' ? 0x100 : codec === 'ascii' ? 0x80 : 0x110000;
  const reason = codec === 'ascii' ? 'ordinal not in range(128)' : codec === 'latin-1' ? 'ordinal not in range(256)' : 'surrogates not allowed';
  const name = codec === 'utf-8-sig' ? 'utf-8' : codec;
  const out: number[] = codec === 'utf-8-sig' ? [0xef, 0xbb, 0xbf] : [];
  const te = new TextEncoder();
  let pos = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const surrogate = cp >= 0xd800 && cp <= 0xdfff;
    if (cp < limit && !surrogate) {
      if (limit === 0x110000 && cp >= 0x80) for (const b of te.encode(ch)) out.push(b);
      else out.push(cp);
    } else if (errors === 'strict' || errors === 'surrogateescape' && !(cp >= 0xdc80 && cp <= 0xdcff)) {
      encodeError(name, ch, pos, unencodableRunEnd(text, pos, limit), reason);
    } else {
      const rep = encodeReplacement(name, ch, pos, reason, errors);
      for (let k = 0; k < rep.length; k++) out.push(rep.charCodeAt(k) & 0xff);
    }
    pos++;
  }
  return Uint8Array.from(out);
}

/** One past the last of the run of unencodable characters starting at code point `pos` (CPython reports the run). */
function unencodableRunEnd(text: string, pos: number, limit: number): number {
  const cps = Array.from(text);
  let end = pos + 1;
  while (end < cps.length) {
    const cp = cps[end]!.codePointAt(0)!;
    if (cp < limit && !(cp >= 0xd800 && cp <= 0xdfff)) break;
    end++;
  }
  return end;
}

/** The codec's canonical name (as `codecs.lookup(name).name` gives it). */
export function codecName(encoding: string): string {
  const c = lookupCodec(encoding);
  return c === 'latin-1' ? 'iso8859-1' : c;
}
