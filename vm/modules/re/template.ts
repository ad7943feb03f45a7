/**
 * Replacement templates of re.sub / Match.expand: "\\1", "\\g<name>",
 * "\\g<0>", octal and character escapes, parsed as CPython 3.11's
 * re._parser.parse_template does (same errors and positions), and expanded
 * against a match (an unmatched group expands to nothing).
 *
 * Model: a template is a list of parts, each a literal run of code points
 * (bytes values for bytes templates) or a group number.
 */
import { cpsToString, RegexError } from './errors.js';
import { isIdentifier } from './chars.js';
import { pyInt } from './parse.js';
import { digitsValue, ESC, isAsciiLetter, isDigitChar, isOctChar, NONE, pushToken, Source, tokenText, type RegexWarning } from './parse-source.js';
import { MAXGROUPS } from './ast.js';

export type TemplatePart = number[] | number;

export interface Template {
  parts: TemplatePart[];
  /** True when the template has no group references (sub may use it as is). */
  literal: boolean;
  /** DeprecationWarnings CPython issues while parsing the template. */
  warnings: RegexWarning[];
}

const TEMPLATE_ESCAPES: Record<number, number> = { 0x61: 7, 0x62: 8, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11, 0x5c: 92 };

/** Parses `template` for a pattern with `groups` groups and the given group names. */
export function parseTemplate(template: ArrayLike<number>, isText: boolean, groups: number, groupindex: Map<string, number>): Template {
  const s = new Source(Array.from(template), isText);
  const parts: TemplatePart[] = [];
  let literal: number[] = [];
  const addGroup = (index: number, offset: number): void => {
    if (index > groups) throw s.error(`invalid group reference ${index}`, offset);
    if (literal.length) parts.push(literal);
    literal = [];
    parts.push(index);
  };
  for (;;) {
    const tok = s.get();
    if (tok === NONE) break;
    if (tok < ESC) {
      literal.push(tok);
      continue;
    }
    const c = tok - ESC;
    if (c === 0x67) {
      const [index, offset] = groupName(s, groupindex);
      addGroup(index, offset);
    } else if (c === 0x30) {
      const digits = [c, ...s.getWhile(2, isOctChar)];
      literal.push(digitsValue(digits, 8) & 0xff);
    } else if (isDigitChar(c)) {
      numericEscape(s, c, literal, addGroup);
    } else if (c in TEMPLATE_ESCAPES) {
      literal.push(TEMPLATE_ESCAPES[c]!);
    } else {
      if (isAsciiLetter(c)) throw s.error(`bad escape ${tokenText(tok)}`, 2);
      pushToken(literal, tok);
    }
  }
  if (literal.length) parts.push(literal);
  return { parts, literal: parts.every((part) => typeof part !== 'number'), warnings: s.warnings };
}

function groupName(s: Source, groupindex: Map<string, number>): [number, number] {
  if (!s.match(0x3c)) throw s.error('missing <');
  const name = s.getUntil(0x3e, 'group name');
  if (isIdentifier(name)) {
    if (!s.isText && name.some((c) => c > 0x7f)) {
      s.warn('DeprecationWarning', `bad character in group name ${s.reprOrAscii(name)} at position ${s.tell() - name.length - 1}`);
    }
    const index = groupindex.get(cpsToString(name));
    if (index === undefined) throw new RegexError(`unknown group name ${s.repr(name)}`, null, null, 'IndexError');
    return [index, name.length + 1];
  }
  const value = pyInt(name);
  if (value === null || value < 0n) throw s.error(`bad character in group name ${s.repr(name)}`, name.length + 1);
  if (value >= BigInt(MAXGROUPS)) throw s.error(`invalid group reference ${value}`, name.length + 1);
  if (!name.every(isDigitChar)) {
    s.warn('DeprecationWarning', `bad character in group name ${s.reprOrAscii(name)} at position ${s.tell() - name.length - 1}`);
  }
  return [Number(value), name.length + 1];
}

function numericEscape(s: Source, first: number, literal: number[], addGroup: (index: number, offset: number) => void): void {
  const digits = [first];
  if (s.next !== NONE && s.next < ESC && isDigitChar(s.next)) {
    digits.push(s.get());
    if (isOctChar(first) && isOctChar(digits[1]!) && s.next !== NONE && s.next < ESC && isOctChar(s.next)) {
      digits.push(s.get());
      const value = digitsValue(digits, 8);
      if (value > 0o377) throw s.error(`octal escape value \\${cpsToString(digits)} outside of range 0-0o377`, 4);
      literal.push(value);
      return;
    }
  }
  addGroup(digitsValue(digits, 10), digits.length);
}

/** The template with groups substituted; `spans` are a match's group spans (-1 for unset). */
export function expandTemplate(t: Template, subject: ArrayLike<number>, spans: readonly number[]): number[] {
  const out: number[] = [];
  for (const part of t.parts) {
    if (typeof part !== 'number') {
      for (const c of part) out.push(c);
      continue;
    }
    const start = spans[2 * part]!;
    const end = spans[2 * part + 1]!;
    for (let i = start; i >= 0 && i < end; i++) out.push(subject[i]!);
  }
  return out;
}
