/**
 * Literal values against CPython 3.11: numbers, str and bytes escapes
 * (including \N{...} names from the generated table), and the errors'
 * messages.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
  LiteralError, decodeBytesBody, decodeStrBody, intLiteralLimitError, numberValue, splitString,
} from '../../vm/syntax/literals.js';
import { lookupUnicodeName } from '../../vm/syntax/literals-unicode.js';
import { strCodePoints } from '../../vm/syntax/py-str.js';

/** Runs a Python expression over JSON input and returns its JSON output. */
function py(code: string, input: unknown): unknown {
  const script = `import json, sys, ast, warnings\nwarnings.simplefilter('ignore')\ndata = json.load(sys.stdin)\n${code}`;
  return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(input), encoding: 'utf8' }));
}

const NUMBERS = ['0', '00', '0_0', '7', '1_000_000', '0x_FF', '0XfF', '0o17', '0O1_7', '0b1_0', '0B0', '1e10', '1E+5', '1e-5',
  '1.', '.5', '1.5', '1_0.0_1e+1_0', '9007199254740993', '123456789012345678901234567890', '0xfffffffffffffffffffff',
  '1e400', '1e-400', '0.1', '3.14j', '1J', '0j', '1_0j', '1e5j', '.5j', '09.5', '0e0', '2.5e-324', '1.7976931348623157e308'];

/** A value as [kind, exact text]: floats by their shortest round-trip digits. */
function describeValue(v: ReturnType<typeof numberValue>): unknown {
  switch (v.kind) {
    case 'int': return ['int', String(v.value)];
    case 'float': return ['float', String(v.value)];
    case 'complex': return ['complex', String(v.real), String(v.imag)];
    default: return [v.kind];
  }
}

describe('numberValue', () => {
  it('computes the values CPython computes', () => {
    const expected = py(`
def d(v):
    if isinstance(v, int): return ['int', str(v)]
    if isinstance(v, float): return ['float', repr(v)]
    return ['complex', repr(v.real), repr(v.imag)]
print(json.dumps([d(ast.literal_eval(t)) for t in data]))`, NUMBERS) as string[][];
    const asJs = expected.map((row) => (row[0] === 'int' ? row : [row[0], ...row.slice(1).map((x) => String(x === 'inf' ? Infinity : Number(x)))]));
    expect(NUMBERS.map((t) => describeValue(numberValue(t)))).toEqual(asJs);
  });

  it('reports decimal ints over the digit limit with CPython\'s message', () => {
    expect(intLiteralLimitError('1'.repeat(4300))).toBeNull();
    expect(intLiteralLimitError('0x' + 'f'.repeat(5000))).toBeNull();
    expect(intLiteralLimitError('1'.repeat(4301) + '.0')).toBeNull();
    expect(intLiteralLimitError('1'.repeat(4301))).toBe(
      'Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits()'
      + ' to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.');
  });
});

const STR_BODIES = [
  'plain', 'a\\nb\\tc\\\\d\\\'e\\"f', '\\a\\b\\f\\v\\r\\0\\7\\77\\777\\1234', '\\x41\\x7e\\xff', '\\u00e9\\u20ac\\U0001F600',
  '\\q\\8\\9\\ \\é', 'é\\né', 'line\\\ncontinued', '\\N{LATIN SMALL LETTER A}\\N{latin small letter b}', '\\N{LF}\\N{NBSP}\\N{BOM}',
  '\\N{BYTE ORDER MARK}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{CJK UNIFIED IDEOGRAPH-2A6DF}\\N{HANGUL SYLLABLE GAG}\\N{HANGUL SYLLABLE A}',
  '\\N{CJK COMPATIBILITY IDEOGRAPH-F900}\\N{cjk compatibility ideograph-2f800}\\N{NUSHU CHARACTER-1B170}\\N{EM DASH}',
  '\\x', '\\x4', '\\xg0', '\\u12', '\\U0011ffff', '\\U12', '\\N', '\\Nx', '\\N{', '\\N{}', '\\N{NO SUCH NAME}', 'é\\xzz', 'éé\\N{x}',
  '\\N{cjk unified ideograph-4e00}', '\\N{CJK UNIFIED IDEOGRAPH-4e00}', '\\N{hangul syllable ga}', '\\N{HANGUL SYLLABLE GAX}',
  '\\N{TANGUT IDEOGRAPH-17000}', '\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}', '\\N{é}', 'a\\N{EM DASH}\\x',
  // Lone surrogates, paired up or not (see vm/syntax/py-str.ts).
  '\\ud834\\udd20', '\\U0000d834\\U0000dd20', '\\udd20\\ud834', '\\ud834\\\n\\udd20', '\\ud834x\\udd20', '\\ud834\\U0001d120',
  '\\ud834\\N{EM DASH}\\udd20', '\\ud800\\udc00\\udbff\\udfff', '𝄠\\ud834', '\\ud834𝄠\\udd20', '\\ud834\\x41',
];

const BYTES_BODIES = ['plain', '\\x41\\101\\n\\q\\\n\\777\\0', '\\x', '\\x4', 'ab\\xg1', '\\N{EM DASH}', 'é', 'a\\u1234'];

describe('string bodies', () => {
  it('decode str escapes as CPython (to the exact code points), or fail with its message', () => {
    const expected = py(`
out = []
for b in data:
    try: out.append([ord(c) for c in ast.literal_eval("'" + b + "'")])
    except SyntaxError as e: out.append({'error': e.msg})
print(json.dumps(out))`, STR_BODIES);
    const ours = STR_BODIES.map((b) => {
      try {
        return [...strCodePoints(decodeStrBody(b, false))];
      } catch (e) {
        if (!(e instanceof LiteralError)) throw e;
        return { error: e.message };
      }
    });
    expect(ours).toEqual(expected);
  });

  it('decode bytes escapes as CPython, or fail with its message', () => {
    const expected = py(`
out = []
for b in data:
    try: out.append(ast.literal_eval("b'" + b + "'").hex())
    except SyntaxError as e: out.append({'error': e.msg})
print(json.dumps(out))`, BYTES_BODIES);
    const ours = BYTES_BODIES.map((b) => {
      try {
        return Buffer.from(decodeBytesBody(b, false)).toString('hex');
      } catch (e) {
        if (!(e instanceof LiteralError)) throw e;
        return { error: e.message };
      }
    });
    expect(ours).toEqual(expected);
  });

  it('keeps the code points of a str only when its JS string would pair two lone surrogates', () => {
    expect(decodeStrBody('\\ud834\\udd20', false)).toEqual({ value: '\u{1d120}', codePoints: Uint32Array.of(0xd834, 0xdd20) });
    expect(decodeStrBody('\\U0001d120', false)).toEqual({ value: '\u{1d120}' });
    expect(decodeStrBody('\\udd20\\ud834', false)).toEqual({ value: '\udd20\ud834' });
    expect(decodeStrBody('\\ud834x', false)).toEqual({ value: '\ud834x' });
  });

  it('keeps raw bodies as written', () => {
    expect(decodeStrBody('\\x\\N{', true)).toEqual({ value: '\\x\\N{' });
    expect(Buffer.from(decodeBytesBody('\\x', true)).toString('latin1')).toBe('\\x');
  });

  it('splits prefixes and quotes', () => {
    expect(splitString("rb'''x'''")).toEqual({ bytes: true, raw: true, fstring: false, bodyStart: 5, bodyEnd: 6 });
    expect(splitString('F""')).toEqual({ bytes: false, raw: false, fstring: true, bodyStart: 2, bodyEnd: 2 });
    expect(splitString("u'a'")).toEqual({ bytes: false, raw: false, fstring: false, bodyStart: 2, bodyEnd: 3 });
    expect(splitString('""""""')).toEqual({ bytes: false, raw: false, fstring: false, bodyStart: 3, bodyEnd: 3 });
  });
});

describe('\\N{...} names', () => {
  it('resolve like CPython for a sample of every assigned code point', () => {
    const sample = py(`
import unicodedata
out = []
for cp in range(0, 0x110000, 37):
    n = unicodedata.name(chr(cp), None)
    if n is None: continue
    try: v = ord(ast.literal_eval('"\\\\N{%s}"' % n))
    except SyntaxError: v = -1
    out.append([n, v])
print(json.dumps(out))`, null) as [string, number][];
    expect(sample.length).toBeGreaterThan(3000);
    const mismatches = sample.filter(([n, cp]) => lookupUnicodeName(n) !== cp);
    expect(mismatches).toEqual([]);
  });
});
