/**
 * `re.error` and the other exceptions pattern compilation raises, as data.
 *
 * Model: a RegexError carries the Python exception type to raise, the bare
 * message (`msg`), and for `re.error` the position in the pattern; `message`
 * is what str(exc) shows, built like CPython's re.error: "msg at position N",
 * plus " (line L, column C)" when the pattern contains a newline.
 */

export type RegexErrorType = 'error' | 'ValueError' | 'OverflowError' | 'IndexError' | 'TypeError' | 'SystemError' | 'RecursionError';

export class RegexError extends Error {
  readonly pyType: RegexErrorType;
  readonly msg: string;
  readonly pos: number | null;
  readonly lineno: number | null;
  readonly colno: number | null;

  constructor(msg: string, pattern: ArrayLike<number> | null = null, pos: number | null = null, pyType: RegexErrorType = 'error') {
    let text = msg;
    let lineno: number | null = null;
    let colno: number | null = null;
    if (pattern !== null && pos !== null) {
      text = `${msg} at position ${pos}`;
      let lastNewline = -1;
      let lines = 1;
      let hasNewline = false;
      for (let i = 0; i < pattern.length; i++) {
        if (pattern[i] !== 10) continue;
        hasNewline = true;
        if (i < pos) {
          lines++;
          lastNewline = i;
        }
      }
      lineno = lines;
      colno = pos - lastNewline;
      if (hasNewline) text += ` (line ${lineno}, column ${colno})`;
    }
    super(text);
    this.name = pyType === 'error' ? 're.error' : pyType;
    this.pyType = pyType;
    this.msg = msg;
    this.pos = pos;
    this.lineno = lineno;
    this.colno = colno;
  }
}

/** str.encode('ascii', 'backslashreplace').decode(): how bytes patterns' messages are shown. */
export function asciiBackslash(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

/** A JS string for a run of Python code points (lone surrogates stay lone). */
export function cpsToString(cps: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < cps.length; i++) s += String.fromCodePoint(cps[i]!);
  return s;
}
