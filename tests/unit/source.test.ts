/**
 * Source decoding against CPython 3.11 (`ast.parse(bytes)`): BOM, PEP 263
 * cookies on line 1 or 2, encodings and their aliases, newline translation,
 * lazily reported bad UTF-8, and the setup errors' messages.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeSource, decodeSourceInfo, describeUtf8Error, replaceUndecodable } from '../../vm/syntax/source.js';
import { PySyntaxError } from '../../vm/syntax/errors.js';

const ORACLE = fileURLToPath(new URL('../data/lexer/decode_oracle.py', import.meta.url));

type Verdict = { error: { msg: string; lineno?: number | null; offset?: number | null } } | { text: string };

function oracle(cases: Uint8Array[]): Verdict[] {
  const out = execFileSync('python3', [ORACLE], {
    input: JSON.stringify(cases.map((b) => Buffer.from(b).toString('hex'))), encoding: 'utf8',
  });
  return JSON.parse(out);
}

function ours(b: Uint8Array): Verdict {
  try {
    return { text: decodeSource(b, '<unknown>') };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { error: { msg: e.msg, lineno: e.lineno, offset: e.offset } };
  }
}

const enc = (s: string) => Buffer.from(s, 'latin1');
const BOM = '\xef\xbb\xbf';

const CASES: Uint8Array[] = [
  enc('x = 1\n'), enc('x = 1'), enc('x = 1\r\ny = 2\r\n'), enc('x = 1\ry = 2\r'), enc(''), enc(BOM + 'x = 1\n'),
  enc(BOM), enc('x = "\xc3\xa9"\n'), enc('# coding: latin-1\nx = "\xe9"\n'), enc('#!/usr/bin/python\n# -*- coding: latin-1 -*-\nx = "\xe9"\n'),
  enc('x = 1\n# coding: latin-1\nx = "\xc3\xa9"\n'), enc('# vim: set fileencoding=iso-8859-15 :\nx = "\xa4"\n'),
  enc('#coding=latin1\nx="\xe9"\n'), enc('  # coding: Latin-1\nx="\xe9"\n'), enc('# coding: utf8\nx = "\xc3\xa9"\n'),
  enc('# coding: utf8\nx = "\xf6"\n'), enc(BOM + '# coding: utf8\n'), enc(BOM + '# coding: latin-1\n'), enc(BOM + '# coding: utf-8\n'),
  enc('# coding: uft-8\n'), enc('# coding: ascii\r\n\r\nx = "\xf6"\n'), enc('# coding: ascii\nx = 1\n'), enc('# coding: cp1252\nx = "\x80"\n'),
  enc('# coding: koi8-r\nx = "\xc1"\n'), enc('# coding: euc-jp\nx = "\xa4\xa2"\n'), enc('# coding: shift_jis\nx = "\x82\xa0"\n'),
  enc('# coding: mbcs\n'), enc('x = 1\0\n'), enc('# coding: latin-1\n\0'), enc('# coding: latin-1'), enc('\n# coding: latin-1\nx="\xe9"\n'),
  enc('\\\n# coding: latin-1\n'), enc('x = "\xff" # c\n'), enc('# \xff\nx = 1\n'), enc('x = 1 # coding: latin-1\nx = "\xe9"\n'),
  enc('# coding: UTF-8\nx = "\xc3\xa9"\n'), enc('# coding: utf_8\n'), enc('# coding: cp1252\nx = "\x81"\n'), enc('# coding: mac-roman\nx = "\x80"\n'), enc('# coding: utf-8-sig\n'), enc('# coding: iso-latin-1-unix\nx="\xe9"\n'),
];

describe('decodeSource matches CPython', () => {
  it('decodes, or fails with the same setup error', () => {
    const expected = oracle(CASES);
    const mismatches: unknown[] = [];
    CASES.forEach((b, i) => {
      const exp = expected[i];
      const got = ours(b);
      const want = 'error' in exp ? exp : { text: exp.text };
      if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push({ src: Buffer.from(b).toString('latin1'), got, want });
    });
    expect(mismatches).toEqual([]);
  });

  it('tells whether CPython reports parser errors in bytes (no BOM, no cookie)', () => {
    expect(decodeSourceInfo(enc('x = 1\n'), 'f').rawBytes).toBe(true);
    expect(decodeSourceInfo(enc(BOM + 'x = 1\n'), 'f').rawBytes).toBe(false);
    expect(decodeSourceInfo(enc('# coding: utf-8\n'), 'f').encoding).toBe('utf-8');
    expect(decodeSourceInfo(enc('# coding: latin-1\n'), 'f').encoding).toBe('iso-8859-1');
  });
});

describe('UTF-8 errors as Python reports them', () => {
  it('describes the first error with position and reason', () => {
    expect(describeUtf8Error(enc('ab\xff'))).toBe("'utf-8' codec can't decode byte 0xff in position 2: invalid start byte");
    expect(describeUtf8Error(enc('\xe2\x82'))).toBe("'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
    expect(describeUtf8Error(enc('\xe2\x82a'))).toBe("'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte");
    expect(describeUtf8Error(enc('\xed\xa0\x80'))).toBe("'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
    expect(describeUtf8Error(enc('\xc3\xa9'))).toBeNull();
  });

  it('shows undecodable runs as one U+FFFD per error, as "replace" does', () => {
    expect(replaceUndecodable('a\udcf0\udc90\udc80b')).toBe('a\ufffdb');
    expect(replaceUndecodable('\udced\udca0\udc80')).toBe('\ufffd\ufffd\ufffd');
    expect(replaceUndecodable('\ud800\udc80')).toBe('\ud800\udc80');
  });
});
