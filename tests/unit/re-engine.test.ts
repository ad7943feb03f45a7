/**
 * The regex engine's API without the CPython oracle: error objects (type,
 * message, position, line/column), results of match/search/fullmatch,
 * Scanner, split, subn with a callback, bytes subjects, lone surrogates, and
 * inputs deep enough that a recursive matcher would overflow the JS stack.
 * (tests/unit/re-oracle.test.ts compares thousands of cases with python3.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compile, compileTemplate, escape, expandTemplate, findAll, flagsRepr, lastgroup, match, RegexError, Scanner, split, subn,
  FLAG_IGNORECASE, FLAG_MULTILINE, FLAG_UNICODE, FLAG_VERBOSE, type CompiledPattern,
} from '../../vm/modules/re/index.js';

const cp = (s: string): Uint32Array => Uint32Array.from(Array.from(s, (c) => c.codePointAt(0)!));
const str = (a: ArrayLike<number>): string => String.fromCodePoint(...Array.from(a));
const re = (pattern: string, flags = 0): CompiledPattern => compile(cp(pattern), flags, false);

function compileError(pattern: string, flags = 0, isBytes = false): RegexError {
  try {
    compile(isBytes ? Uint8Array.from(cp(pattern)) : cp(pattern), flags, isBytes);
  } catch (e) {
    if (e instanceof RegexError) return e;
    throw e;
  }
  throw new Error(`no error for ${pattern}`);
}

describe('compile errors', () => {
  it.each([
    ['(', 'missing ), unterminated subpattern at position 0'],
    ['*', 'nothing to repeat at position 0'],
    ['\\q', 'bad escape \\q at position 0'],
    ['(?<x', 'unknown extension ?<x at position 1'],
    ['a{3,2}', 'min repeat greater than max repeat at position 2'],
    ['(?P<a>x)(?P<a>y)', "redefinition of group name 'a' as group 2; was group 1 at position 12"],
    ['[z-a]', 'bad character range z-a at position 1'],
    ['(a)(?(3)b)', 'invalid group reference 3 at position 6'],
  ])('%s', (pattern, message) => {
    const e = compileError(pattern);
    expect(e.pyType).toBe('error');
    expect(e.message).toBe(message);
  });

  it('reports line and column when the pattern has a newline', () => {
    const e = compileError('a\n(b');
    expect(e.message).toBe('missing ), unterminated subpattern at position 2 (line 2, column 1)');
    expect([e.msg, e.pos, e.lineno, e.colno]).toEqual(['missing ), unterminated subpattern', 2, 2, 1]);
  });

  it('raises the exception types CPython raises', () => {
    expect(compileError('(?<=a+)b').message).toBe('look-behind requires fixed-width pattern');
    expect(compileError('x{4294967296}').pyType).toBe('OverflowError');
    expect(compileError('a', 4).pyType).toBe('ValueError');
    expect(compileError('a', FLAG_UNICODE, true).message).toBe('cannot use UNICODE flag with a bytes pattern');
  });
});

describe('matching', () => {
  it('returns group spans, lastindex and lastgroup', () => {
    const p = re('(?P<first>\\w+) (?P<last>\\w+)');
    const m = match(p, cp('Jane Doe!'), 0, 100, 'search')!;
    expect(m.spans).toEqual([0, 8, 0, 4, 5, 8]);
    expect(m.lastindex).toBe(2);
    expect(lastgroup(p, m)).toBe('last');
    expect(p.groups).toBe(2);
    expect([...p.groupindex]).toEqual([['first', 1], ['last', 2]]);
  });

  it('distinguishes match, search and fullmatch', () => {
    const p = re('b+');
    expect(match(p, cp('abb'), 0, 3, 'match')).toBeNull();
    expect(match(p, cp('abb'), 0, 3, 'search')!.spans).toEqual([1, 3]);
    expect(match(p, cp('abb'), 1, 3, 'fullmatch')!.spans).toEqual([1, 3]);
    expect(match(p, cp('abb'), 1, 2, 'fullmatch')!.spans).toEqual([1, 2]);
  });

  it('applies flags: IGNORECASE special cases, MULTILINE, VERBOSE', () => {
    expect(match(re('k', FLAG_IGNORECASE), cp('\u212a'), 0, 1, 'match')).not.toBeNull();
    expect(match(re('(?a)k', FLAG_IGNORECASE), cp('\u212a'), 0, 1, 'match')).toBeNull();
    expect(findAll(re('^\\w', FLAG_MULTILINE), cp('ab\ncd')).map((m) => m.spans[0])).toEqual([0, 3]);
    expect(match(re('a b # c', FLAG_VERBOSE), cp('ab'), 0, 2, 'fullmatch')).not.toBeNull();
  });

  it('keeps lone surrogates and astral characters apart', () => {
    expect(match(re('\ud83d'), cp('\ud83d\ude00'), 0, 2, 'search')).toBeNull();
    const subject = Uint32Array.of(0xd83d, 0xde00);
    expect(match(re('\ud83d'), subject, 0, 2, 'search')!.spans).toEqual([0, 1]);
    expect(match(re('.'), cp('😀'), 0, 1, 'fullmatch')).not.toBeNull();
  });

  it('matches bytes patterns on bytes with ASCII classes', () => {
    const p = compile(Uint8Array.from(cp('\\w+')), 0, true);
    const m = match(p, Uint8Array.of(0xe9, 0x61, 0x62, 0xe9), 0, 4, 'search')!;
    expect(m.spans).toEqual([1, 3]);
  });
});

describe('iteration', () => {
  it('follows the 3.7 rules for empty matches', () => {
    const spans = findAll(re('x*'), cp('axxb')).map((m) => m.spans.slice(0, 2).join('-'));
    expect(spans).toEqual(['0-0', '1-3', '3-3', '4-4']);
  });

  it('Scanner yields successive matches, then null', () => {
    const s = new Scanner(re('\\d'), cp('a1b2'));
    expect(s.search()!.spans).toEqual([1, 2]);
    expect(s.search()!.spans).toEqual([3, 4]);
    expect(s.search()).toBeNull();
    expect(s.search()).toBeNull();
  });

  it('splits with groups and maxsplit', () => {
    const subject = cp('a,b;c');
    const pieces = split(re('(,)|(;)'), subject, 0).map((p) => (p === null ? null : str(subject.slice(p[0], p[1]))));
    expect(pieces).toEqual(['a', ',', null, 'b', null, ';', 'c']);
    expect(split(re(','), subject, 1).length).toBe(2);
  });

  it('substitutes with templates and callbacks', () => {
    const p = re('(?P<name>a)(b)?');
    const t = compileTemplate(p, cp('[\\2|\\g<name>|\\g<0>]'));
    expect(str(subn(p, cp('xaby a'), t).result)).toBe('x[b|a|ab]y [|a|a]');
    const upper = (m: { spans: number[] }): number[] => [0x3c, m.spans[1]! - m.spans[0]! + 0x30, 0x3e];
    expect(str(subn(p, cp('ab a'), upper, 1).result)).toBe('<2> a');
    expect(str(expandTemplate(t, cp('ab'), [0, 2, 0, 1, 1, 2]))).toBe('[b|a|ab]');
  });

  it('rejects bad templates with CPython messages', () => {
    const p = re('(a)');
    expect(() => compileTemplate(p, cp('\\2'))).toThrow('invalid group reference 2 at position 1');
    expect(() => compileTemplate(p, cp('\\g<x>'))).toThrow("unknown group name 'x'");
    expect(() => compileTemplate(p, cp('\\q'))).toThrow('bad escape \\q at position 0');
  });
});

describe('deep inputs', () => {
  it('runs long repeats of groups without recursion', () => {
    const m = match(re('(x)*'), cp('x'.repeat(200_000)), 0, 200_000, 'match')!;
    expect(m.spans).toEqual([0, 200_000, 199_999, 200_000]);
  });

  it('backtracks through long lazy and alternation loops', () => {
    const subject = cp('ab'.repeat(50_000) + 'c');
    expect(match(re('(a|b)*?c'), subject, 0, subject.length, 'match')!.spans.slice(0, 2)).toEqual([0, 100_001]);
    expect(match(re('(?:a|b)*c'), subject, 0, subject.length, 'fullmatch')).not.toBeNull();
  });
});

describe('warnings', () => {
  it('reports the FutureWarning and DeprecationWarning CPython issues', () => {
    expect(re('[[a]').warnings).toEqual([{ category: 'FutureWarning', message: 'Possible nested set at position 1' }]);
    expect(re('[a||b]').warnings[0]!.message).toBe('Possible set union at position 2');
    expect(re('(a)(?( 1)b)').warnings[0]!.category).toBe('DeprecationWarning');
    expect(compileTemplate(re('(a)'), cp('\\g<+1>')).warnings[0]!.message).toBe("bad character in group name '+1' at position 3");
    expect(re('[a]').warnings).toEqual([]);
  });
});

describe('module helpers', () => {
  it('escapes like re.escape', () => {
    expect(str(escape(cp('a.b-c d\t#&~é_0')))).toBe('a\\.b\\-c\\ d\\\t\\#\\&\\~é_0');
  });

  it('shows flags like Pattern.__repr__', () => {
    expect(flagsRepr(re('a', FLAG_IGNORECASE | FLAG_MULTILINE).flags, false)).toBe('re.IGNORECASE|re.MULTILINE');
    expect(flagsRepr(re('a').flags, false)).toBe('');
    expect(flagsRepr(FLAG_UNICODE | 0x1000, true)).toBe('re.UNICODE|0x1000');
  });
});

describe('robustness', () => {
  it('turns nesting deeper than CPython can parse into RecursionError', () => {
    expect(compileError('('.repeat(496) + ')'.repeat(496)).pyType).toBe('RecursionError');
    expect(compileError('(a)' + '(?(1)'.repeat(5000) + ')'.repeat(5000)).pyType).toBe('RecursionError');
    expect(re('('.repeat(495) + 'a' + ')'.repeat(495)).groups).toBe(495);
  });

  it('never fails with anything but a RegexError on arbitrary patterns', () => {
    const alphabet = Array.from('()[]{}?*+|^$\\.-:<>=!#PaAbBzZ019,gxuN\n é');
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, text, fc.integer({ min: 0, max: 511 }), (pattern, subject, flags) => {
      let p: CompiledPattern;
      try {
        p = re(pattern, flags & ~4);
      } catch (e) {
        expect(e).toBeInstanceOf(RegexError);
        return;
      }
      for (const mode of ['match', 'search', 'fullmatch'] as const) match(p, cp(subject), 0, subject.length, mode);
      findAll(p, cp(subject));
    }), { numRuns: 3000, seed: 42 });
  });
});
