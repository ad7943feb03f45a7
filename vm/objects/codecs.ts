/**
 * The text codecs behind `str.encode` and `bytes.decode`: UTF-8, ASCII,
 * Latin-1, UTF-16 and UTF-32 (with and without BOM), and the error handlers
 * strict / ignore / replace / backslashreplace / xmlcharrefreplace /
 * surrogateescape / surrogatepass
 * (https://docs.python.org/3.11/library/codecs.html#standard-encodings,
 * https://docs.python.org/3.11/library/codecs.html#error-handlers).
 *
 * Model: a Python str is a JS string of UTF-16 code units in which lone
 * surrogates stand for themselves; positions in error reports count code
 * points as CPython does. A failure under `strict` is reported as a
 * `CodecFailure` (encoding, start, end, reason); the caller turns it into a
 * UnicodeEncodeError / UnicodeDecodeError carrying the object. Pure
 * functions over JS data: no heap access here.
 */

export type Codec = 'utf-8' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

const ALIASES: Readonly<Record<string, Codec>> = {
  'utf-8': 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', 'cp65001': 'utf-8',
  ascii: 'ascii', 'us-ascii': 'ascii', '646': 'ascii', 'us': 'ascii',
  'latin-1': 'latin-1', latin1: 'latin-1', latin: 'latin-1', 'iso-8859-1': 'latin-1', 'iso8859-1': 'latin-1',
  '8859': 'latin-1', 'cp819': 'latin-1', l1: 'latin-1',
  'utf-16': 'utf-16', utf16: 'utf-16', 'u16': 'utf-16', 'utf-16-le': 'utf-16-le', 'utf-16le': 'utf-16-le',
  'utf-16-be': 'utf-16-be', 'utf-16be': 'utf-16-be',
  'utf-32': 'utf-32', utf32: 'utf-32', 'u32': 'utf-32', 'utf-32-le': 'utf-32-le', 'utf-32le': 'utf-32-le',
  'utf-32-be': 'utf-32-be', 'utf-32be': 'utf-32-be',
};

/** The codec for a Python encoding name, or null (LookupError "unknown encoding: x"). */
export function lookupCodec(name: string): Codec | null {
  return ALIASES[name.toLowerCase().replace(/[_ ]/g, '-')] ?? null;
}

/** A strict-mode failure: the caller raises UnicodeEncodeError / UnicodeDecodeError. */
export class CodecFailure {
  constructor(readonly encoding: string, readonly start: number, readonly end: number, readonly reason: string) {}
}
/** An error handler name that is not registered (LookupError). */
export class UnknownHandler {
  constructor(readonly name: string) {}
}

const HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass', 'namereplace']);
function checkHandler(errors: string): void {
  if (!HANDLERS.has(errors)) throw new UnknownHandler(errors);
}

// ---------------------------------------------------------------------------
// Encoding

function codePointsOf(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { out.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00)); i++; continue; }
    }
    out.push(c);
  }
  return out;
}

function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp < 0xe000;
}

/** Bytes of one code point in `codec` (no BOM), or null if it cannot be encoded. */
function encodeOne(codec: Codec, cp: number, out: number[], surrogatePass: boolean): boolean {
  switch (codec) {
    case 'ascii': if (cp >= 0x80) return false; out.push(cp); return true;
    case 'latin-1': if (cp >= 0x100) return false; out.push(cp); return true;
    case 'utf-8':
      if (isSurrogate(cp) && !surrogatePass) return false;
      if (cp < 0x80) out.push(cp);
      else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
      else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      return true;
    default: {
      if (isSurrogate(cp) && !surrogatePass) return false;
      const le = !codec.endsWith('-be');
      const units = codec.startsWith('utf-16')
        ? (cp >= 0x10000 ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp])
        : [cp];
      const width = codec.startsWith('utf-16') ? 2 : 4;
      for (const u of units) {
        const b = [];
        for (let k = 0; k < width; k++) b.push((u >>> (8 * k)) & 255);
        out.push(...(le ? b : b.reverse()));
      }
      return true;
    }
  }
}

function bom(codec: Codec): number[] {
  if (codec === 'utf-16') return [0xff, 0xfe];
  if (codec === 'utf-32') return [0xff, 0xfe, 0, 0];
  return [];
}

function reasonFor(codec: Codec, cp: number): string {
  if (codec === 'ascii') return 'ordinal not in range(128)';
  if (codec === 'latin-1') return 'ordinal not in range(256)';
  return isSurrogate(cp) ? 'surrogates not allowed' : 'character maps to <undefined>';
}

/** `s.encode(codec, errors)`: the bytes, or throws CodecFailure / UnknownHandler. */
export function encodeText(s: string, codec: Codec, errors: string): Uint8Array {
  const cps = codePointsOf(s);
  const out: number[] = bom(codec);
  const pass = errors === 'surrogatepass';
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (encodeOne(codec, cp, out, pass && isSurrogate(cp) && codec !== 'ascii' && codec !== 'latin-1')) continue;
    let j = i + 1;
    if (codec === 'ascii' || codec === 'latin-1' || !isSurrogate(cp)) {
      while (j < cps.length && !encodeOne(codec, cps[j]!, [], false)) j++;
    } else {
      while (j < cps.length && isSurrogate(cps[j]!)) j++;
    }
    checkHandler(errors);
    const name = codec === 'latin-1' ? 'latin-1' : codec;
    switch (errors) {
      case 'strict': case 'surrogatepass': throw new CodecFailure(name, i, j, reasonFor(codec, cp));
      case 'ignore': break;
      case 'replace': for (let k = i; k < j; k++) encodeOne(codec, 0x3f, out, false); break;
      case 'surrogateescape':
        for (let k = i; k < j; k++) {
          const c = cps[k]!;
          if (c < 0xdc80 || c > 0xdcff) throw new CodecFailure(name, k, k + 1, reasonFor(codec, c));
          out.push(c - 0xdc00);
        }
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < j; k++) for (const ch of `&#${cps[k]};`) encodeOne(codec, ch.charCodeAt(0), out, false);
        break;
      default:
        for (let k = i; k < j; k++) for (const ch of escapeCodePoint(cps[k]!)) encodeOne(codec, ch.charCodeAt(0), out, false);
    }
    i = j - 1;
  }
  return Uint8Array.from(out);
}

/** `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as backslashreplace writes a code point. */
export function escapeCodePoint(cp: number): string {
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------------------
// Decoding

interface Step {
  /** Code point decoded, or -1 if bytes [i, i+len) are invalid. */
  cp: number;
  len: number;
  reason: string;
}

function utf8Step(b: Uint8Array, i: number, final: boolean): Step {
  const c = b[i]!;
  if (c < 0x80) return { cp: c, len: 1, reason: '' };
  let need: number, lo = 0x80, hi = 0xbf, cp: number;
  if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
  else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0x0f; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
  else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 0x07; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
  else return { cp: -1, len: 1, reason: 'invalid start byte' };
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return { cp: -1, len: k, reason: final ? 'unexpected end of data' : '' };
    const d = b[i + k]!;
    if (d < lo || d > hi) return { cp: -1, len: k, reason: 'invalid continuation byte' };
    lo = 0x80; hi = 0xbf;
    cp = (cp << 6) | (d & 0x3f);
  }
  return { cp, len: need + 1, reason: '' };
}

function unitStep(b: Uint8Array, i: number, width: 2 | 4, le: boolean): Step {
  if (i + width > b.length) return { cp: -1, len: b.length - i, reason: 'truncated data' };
  const read = (at: number): number => {
    let v = 0;
    for (let k = 0; k < width; k++) v += b[at + k]! * 2 ** (8 * (le ? k : width - 1 - k));
    return v;
  };
  const u = read(i);
  if (width === 4) {
    if (u > 0x10ffff) return { cp: -1, len: 4, reason: 'code point not in range(0x110000)' };
    if (isSurrogate(u)) return { cp: -1, len: 4, reason: 'code point in surrogate code point range(0xd800, 0xe000)' };
    return { cp: u, len: 4, reason: '' };
  }
  if (u < 0xd800 || u >= 0xe000) return { cp: u, len: 2, reason: '' };
  if (u >= 0xdc00) return { cp: -1, len: 2, reason: 'illegal encoding' };
  if (i + 4 > b.length) return { cp: -1, len: b.length - i, reason: 'unexpected end of data' };
  const v = read(i + 2);
  if (v < 0xdc00 || v >= 0xe000) return { cp: -1, len: 2, reason: 'illegal UTF-16 surrogate' };
  return { cp: 0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00), len: 4, reason: '' };
}

/** `b.decode(codec, errors)`: the text, or throws CodecFailure / UnknownHandler. */
export function decodeBytes(b: Uint8Array, codec: Codec, errors: string): string {
  let i = 0;
  let name: string = codec;
  let le = !codec.endsWith('-be');
  if (codec === 'utf-16' || codec === 'utf-32') {
    const w = codec === 'utf-16' ? 2 : 4;
    if (w === 2 && b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) { le = false; i = 2; }
    else if (w === 2 && b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) i = 2;
    else if (w === 4 && b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) { le = false; i = 4; }
    else if (w === 4 && b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
    name = codec === 'utf-16' ? (le ? 'utf-16-le' : 'utf-16-be') : (le ? 'utf-32-le' : 'utf-32-be');
  }
  const parts: string[] = [];
  let run = '';
  while (i < b.length) {
    let st: Step;
    switch (codec) {
      case 'utf-8': st = utf8Step(b, i, true); break;
      case 'ascii': st = b[i]! < 0x80 ? { cp: b[i]!, len: 1, reason: '' } : { cp: -1, len: 1, reason: 'ordinal not in range(128)' }; break;
      case 'latin-1': st = { cp: b[i]!, len: 1, reason: '' }; break;
      default: st = unitStep(b, i, codec.startsWith('utf-16') ? 2 : 4, le);
    }
    if (st.cp >= 0) {
      run += String.fromCodePoint(st.cp);
      if (run.length > 4096) { parts.push(run); run = ''; }
      i += st.len;
      continue;
    }
    if (errors === 'surrogatepass' && codec === 'utf-8' && b[i] === 0xed && i + 2 < b.length && (b[i + 1]! & 0xe0) === 0xa0 && (b[i + 2]! & 0xc0) === 0x80) {
      run += String.fromCharCode(0xd000 | ((b[i + 1]! & 0x3f) << 6) | (b[i + 2]! & 0x3f));
      i += 3;
      continue;
    }
    checkHandler(errors);
    const end = i + st.len;
    switch (errors) {
      case 'strict': case 'surrogatepass': throw new CodecFailure(name, i, end, st.reason);
      case 'ignore': break;
      case 'replace': run += '\ufffd'; break;
      case 'surrogateescape':
        for (let k = i; k < end; k++) {
          if (b[k]! < 0x80) throw new CodecFailure(name, i, end, st.reason);
          run += String.fromCharCode(0xdc00 + b[k]!);
        }
        break;
      case 'backslashreplace': for (let k = i; k < end; k++) run += escapeCodePoint(b[k]!); break;
      default: throw new CodecFailure(name, i, end, st.reason);
    }
    i = end;
  }
  parts.push(run);
  return parts.join('');
}

/** CPython's UnicodeDecodeError text for a failure on `obj`. */
export function decodeErrorText(encoding: string, obj: Uint8Array, start: number, end: number, reason: string): string {
  if (end - start === 1 && start < obj.length) {
    return `'${encoding}' codec can't decode byte 0x${obj[start]!.toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
}

/** CPython's UnicodeEncodeError text for a failure on `s` (start/end in code points). */
export function encodeErrorText(encoding: string, s: string, start: number, end: number, reason: string): string {
  const cps = codePointsOf(s);
  if (end - start === 1 && start < cps.length) {
    return `'${encoding}' codec can't encode character '${escapeCodePoint(cps[start]!)}' in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
}
