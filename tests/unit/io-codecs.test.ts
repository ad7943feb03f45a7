/**
 * vm/modules/io-codecs.ts against CPython: every (bytes, encoding, errors)
 * case is decoded and encoded by python3 and by the codecs, including
 * CPython's error messages and the incremental (chunked) UTF-8 decoding
 * files use.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decode, encode } from '../../vm/modules/io-codecs.js';
import { bootstrap } from '../../vm/runtime/bootstrap.js';
import { PyRaise } from '../../vm/objects/core.js';
import { strOf } from '../../vm/objects/protocol.js';

const BYTES = ['', '616263', 'c3a9', 'e282ac', 'f09f9880', 'ff', '61ff62', 'c3', 'e282', 'eda080', 'c0af', '80', 'f4908080', 'e0a080'];
const TEXTS = ['', 'abc', 'é€', '😀x', '\udc80', 'a\ud800b'];
const ENCODINGS = ['utf-8', 'latin-1', 'ascii'];
const ERRORS = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape'];

interface Oracle { decoded: Record<string, string>; encoded: Record<string, string> }

/** python3's results, keyed "hex|encoding|errors" / "index|encoding|errors"; values are JSON of result or "!message". */
function oracle(): Oracle {
  const script = `
import json, sys
B, T, E, R = json.loads(sys.stdin.read())
out = {'decoded': {}, 'encoded': {}}
for h in B:
    for e in E:
        for r in R:
            try: v = json.dumps(bytes.fromhex(h).decode(e, r))
            except UnicodeError as x: v = '!' + str(x)
            out['decoded'][h + '|' + e + '|' + r] = v
for i, t in enumerate(T):
    for e in E:
        for r in R + ['xmlcharrefreplace']:
            try: v = t.encode(e, r).hex()
            except UnicodeError as x: v = '!' + str(x)
            out['encoded'][str(i) + '|' + e + '|' + r] = v
print(json.dumps(out))
`;
  const r = spawnSync('python3', ['-c', script], { input: JSON.stringify([BYTES, TEXTS, ENCODINGS, ERRORS]), encoding: 'utf8' });
  return JSON.parse(r.stdout) as Oracle;
}

function attempt(f: () => string): string {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyRaise) return '!' + strOf(e.exc);
    throw e;
  }
}

describe('io codecs', () => {
  bootstrap();
  const expected = oracle();

  it('decodes as CPython (results and messages)', () => {
    for (const h of BYTES) {
      const data = Uint8Array.from(Buffer.from(h, 'hex'));
      for (const enc of ENCODINGS) {
        for (const errors of ERRORS) {
          const got = attempt(() => JSON.stringify(decode(data, enc, errors).text));
          const want = expected.decoded[`${h}|${enc}|${errors}`]!;
          expect(want.startsWith('!') ? got : JSON.parse(got), `${h} ${enc} ${errors}`).toEqual(want.startsWith('!') ? want : JSON.parse(want));
        }
      }
    }
  });

  it('encodes as CPython (results and messages)', () => {
    TEXTS.forEach((text, i) => {
      for (const enc of ENCODINGS) {
        for (const errors of [...ERRORS, 'xmlcharrefreplace']) {
          const got = attempt(() => Buffer.from(encode(text, enc, errors)).toString('hex'));
          expect(got, `${i} ${enc} ${errors}`).toBe(expected.encoded[`${i}|${enc}|${errors}`]);
        }
      }
    });
  });

  it('decodes UTF-8 incrementally across chunk boundaries', () => {
    const data = Buffer.from('aé€😀z', 'utf8');
    for (let cut = 0; cut <= data.length; cut++) {
      const first = decode(data.subarray(0, cut), 'utf-8', 'strict', false);
      const rest = decode(Uint8Array.from([...data.subarray(first.used)]), 'utf-8', 'strict', true);
      expect(first.text + rest.text).toBe('aé€😀z');
    }
  });
});
