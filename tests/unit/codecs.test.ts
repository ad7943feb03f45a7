/**
 * vm/objects/codecs.ts on its own (pure functions, no heap): every codec
 * round-trips, the error handlers and the failure ranges CPython reports.
 * The Python-level behaviour is covered by tests/conformance/run/core_codecs_*.
 */
import { describe, expect, it } from 'vitest';
import { CodecFailure, decodeBytes, decodeErrorText, encodeErrorText, encodeText, lookupCodec, UnknownHandler } from '../../vm/objects/codecs.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

describe('codecs', () => {
  it('normalises encoding names', () => {
    expect(lookupCodec('UTF8')).toBe('utf-8');
    expect(lookupCodec('latin_1')).toBe('latin-1');
    expect(lookupCodec('UTF-16LE')).toBe('utf-16-le');
    expect(lookupCodec('klingon')).toBeNull();
  });

  it('round-trips every codec', () => {
    for (const codec of ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'] as const) {
      for (const s of ['', 'abc', 'héllo', '日本', 'a\u{1f600}b']) expect(decodeBytes(encodeText(s, codec, 'strict'), codec, 'strict')).toBe(s);
    }
  });

  it('reports the maximal invalid UTF-8 subpart', () => {
    const fail = (b: Uint8Array): CodecFailure => {
      try {
        decodeBytes(b, 'utf-8', 'strict');
      } catch (e) {
        return e as CodecFailure;
      }
      throw new Error('no failure');
    };
    expect(fail(bytes(0xff))).toMatchObject({ start: 0, end: 1, reason: 'invalid start byte' });
    expect(fail(bytes(0xe2, 0x82))).toMatchObject({ start: 0, end: 2, reason: 'unexpected end of data' });
    expect(fail(bytes(0xf0, 0x9f, 0x98, 0x41))).toMatchObject({ start: 0, end: 3, reason: 'invalid continuation byte' });
    expect(fail(bytes(0xed, 0xa0, 0x80))).toMatchObject({ start: 0, end: 1, reason: 'invalid continuation byte' });
  });

  it('applies the error handlers', () => {
    expect(decodeBytes(bytes(0x61, 0xff), 'utf-8', 'replace')).toBe('a\ufffd');
    expect(decodeBytes(bytes(0x61, 0xff), 'utf-8', 'backslashreplace')).toBe('a\\xff');
    expect(decodeBytes(bytes(0x61, 0xff), 'utf-8', 'surrogateescape')).toBe('a\udcff');
    expect(Array.from(encodeText('a\udcff', 'utf-8', 'surrogateescape'))).toEqual([0x61, 0xff]);
    expect(Array.from(encodeText('é€', 'ascii', 'xmlcharrefreplace'))).toEqual(Array.from(Buffer.from('&#233;&#8364;')));
    expect(() => encodeText('é', 'ascii', 'nope')).toThrow(UnknownHandler);
  });

  it('words errors as CPython', () => {
    expect(decodeErrorText('utf-8', bytes(0xff), 0, 1, 'invalid start byte')).toBe("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    expect(encodeErrorText('ascii', 'aéé', 1, 3, 'ordinal not in range(128)')).toBe("'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)");
  });
});
