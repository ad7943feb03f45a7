/**
 * Micro-benchmarks of the STM core's barriers and commit (`npm run bench:stm`),
 * one worker, on a real heap: what one transaction pays per object opened and
 * per commit. tinybench, medians of ns per operation.
 *
 *   npx tsx bench/stm.ts
 */
import { Bench } from 'tinybench';
import { allocateLayout, load, store } from '../gc/heap.js';
import { L } from '../gc/layout.js';
import { bootstrap } from '../vm/runtime/bootstrap.js';
import { I32A, T } from '../vm/objects/core.js';
import { begin, commit, openForRead, openForWrite, stmAreaWords, Tx } from '../stm/tx.js';

bootstrap({ heapBytes: 256 << 20 });
const area = allocateLayout(L.I32ARRAY, stmAreaWords(), T.internal_i32array) + I32A.DATA;
const N = 256;
const cells = Array.from({ length: N }, () => allocateLayout(L.I32ARRAY, 1, T.internal_i32array));
const tx = new Tx(area, 1);
let sink = 0;

const bench = new Bench({ time: 400, warmupTime: 100 });
bench
  .add(`plain loads of ${N} objects (no barrier)`, () => {
    for (const c of cells) sink += load(c + I32A.DATA);
  })
  .add(`open ${N} objects for read, first time (+ begin/commit)`, () => {
    begin(tx);
    for (const c of cells) { openForRead(tx, c); sink += load(c + I32A.DATA); }
    commit(tx);
  })
  .add(`open ${N} objects for read again (filter hits)`, () => {
    for (const c of cells) { openForRead(tx, c); sink += load(c + I32A.DATA); }
  }, { beforeAll: () => { begin(tx); for (const c of cells) openForRead(tx, c); }, afterAll: () => commit(tx) })
  .add(`open ${N} objects for write (lock + undo copy) and commit`, () => {
    begin(tx);
    for (const c of cells) { openForWrite(tx, c); store(c + I32A.DATA, load(c + I32A.DATA) + 1); }
    commit(tx);
  })
  .add('empty transaction (begin + commit)', () => {
    begin(tx);
    commit(tx);
  });

await bench.run();
console.log('task'.padEnd(60), 'median ns/op', 'per object');
for (const t of bench.tasks) {
  const median = (t.result as { latency?: { p50?: number } } | undefined)?.latency?.p50 ?? NaN;
  const ns = median * 1e6;
  const per = t.name.includes(String(N)) ? (ns / N).toFixed(1) : '';
  console.log(t.name.padEnd(60), ns.toFixed(0).padStart(12), per.padStart(10));
}
void sink;
