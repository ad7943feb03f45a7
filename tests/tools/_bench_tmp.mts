import { readFileSync } from 'node:fs';
import { stdlibFiles } from './parse-corpus.js';
import { Tokenizer } from '../../vm/syntax/tokenizer.js';
import { decodeSourceInfo } from '../../vm/syntax/source.js';
import { Parser } from '../../vm/syntax/parser/core.js';
import { run } from '../../vm/syntax/parser/driver.js';
import { T } from '../../vm/syntax/tokens.js';
const files = stdlibFiles('/root/.pyenv/versions/3.11.7/lib/python3.11');
const data = files.map((f) => new Uint8Array(readFileSync(f)));
const texts = data.map((d, i) => { try { return decodeSourceInfo(d, files[i]!); } catch { return null; } });
const stubStr = (tokens: any[]) => { const a = tokens[0], b = tokens[tokens.length - 1]; return { _type: 'Constant', value: { kind: 'str', value: '' }, kind: null, lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset } as any; };
const stubNum = (t: string) => ({ kind: 'float', value: 0 }) as any;
for (let round = 0; round < 3; round++) {
  let t0 = performance.now();
  let ntok = 0;
  for (const d of texts) { if (!d) continue; try { const tok = new Tokenizer(d.text, 'x'); for (;;) { ntok++; if (tok.next().type === T.ENDMARKER) break; } } catch {} }
  const tTok = performance.now() - t0;
  t0 = performance.now();
  for (const d of texts) { if (!d) continue; try { const p = new Parser(new Tokenizer(d.text, 'x'), 'x', -1, true); p.concatStrings = stubStr; p.numberValue = stubNum; run(p, 'exec'); } catch {} }
  const tAll = performance.now() - t0;
  console.log(`round ${round}: tokenize ${tTok.toFixed(0)} ms (${ntok} tokens), tokenize+parse ${tAll.toFixed(0)} ms`);
}
