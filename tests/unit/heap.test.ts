/**
 * The shared heap (gc/): layouts, allocation, value encoding, the heap
 * checker, exhaustion, and a bootstrapped runtime's heap passing the checker.
 */
import { describe, expect, it } from 'vitest';
import {
  allocate, allocateLayout, createHeap, heapTop, HeapExhausted, HEAP_BASE, load, LARGE_WORDS, loadF64, retireTlab,
  store, storeF64, TLAB_WORDS,
} from '../../gc/heap.js';
import { HEADER_WORDS, LAYOUTS, L, sizeInWords, tailStart } from '../../gc/layout.js';
import { checkHeap } from '../../gc/check.js';
import { bootstrap } from '../../vm/runtime/bootstrap.js';
import { K, T, TUPLE } from '../../vm/objects/core.js';
import { newTuple } from '../../vm/objects/tuple.js';
import { newStr, jsString, intern } from '../../vm/objects/str.js';
import { dictGet, dictSet, newDict, dictLen, dictDelete, dictKeys } from '../../vm/objects/dict.js';
import { intFromBigInt, toBigInt } from '../../vm/objects/int.js';

describe('layout table', () => {
  it('derives even sizes from the table', () => {
    for (const l of LAYOUTS) {
      for (const n of [0, 1, 2, 7]) {
        const size = sizeInWords(l, n);
        expect(size % 2).toBe(0);
        expect(size).toBeGreaterThanOrEqual(HEADER_WORDS);
      }
    }
    expect(sizeInWords(LAYOUTS[L.FLOAT], 0)).toBe(4);
    expect(sizeInWords(LAYOUTS[L.STR], 3)).toBe(HEADER_WORDS + 4 + 2);
    expect(tailStart(LAYOUTS[L.TUPLE])).toBe(HEADER_WORDS + 1);
  });
});

describe('allocation', () => {
  it('bumps within a TLAB and keeps objects 8-byte aligned', () => {
    createHeap(1 << 24);
    const a = allocate(4, 8), b = allocate(6, 8);
    expect(a % 2).toBe(0);
    expect(b).toBe(a + 4);
    expect(load(a)).toBe(8);
    storeF64(a + 2, 1.5);
    expect(loadF64(a + 2)).toBe(1.5);
  });

  it('gives large objects their own region and fills retired TLAB ends', () => {
    createHeap(1 << 24);
    const small = allocate(2, 8);
    const big = allocate(LARGE_WORDS + 2, 8);
    expect(big).toBeGreaterThanOrEqual(small + TLAB_WORDS);
    retireTlab();
    expect(load(small + 2) & 1).toBe(1); // filler word
    expect(heapTop()).toBe(big + LARGE_WORDS + 2);
  });

  it('throws HeapExhausted instead of crashing', () => {
    createHeap(1 << 20);
    expect(() => {
      for (;;) allocate(1 << 14, 8);
    }).toThrow(HeapExhausted);
  });
});

describe('runtime heap', () => {
  it('a bootstrapped heap passes the checker', () => {
    bootstrap({ heapBytes: 64 << 20 });
    expect(checkHeap()).toEqual([]);
    expect(load(T.type)).toBe(T.type);
    expect(HEAP_BASE).toBeLessThan(T.object);
  });

  it('the checker finds a broken reference', () => {
    bootstrap({ heapBytes: 64 << 20 });
    const t = newTuple([K.None, K.True]);
    expect(checkHeap()).toEqual([]);
    store(t + TUPLE.ITEMS, K.None + 2); // not an object start
    expect(checkHeap().join('\n')).toMatch(/tuple.*is not a value/);
  });

  it('stores strs by code point and interns identifiers', () => {
    bootstrap({ heapBytes: 64 << 20 });
    const s = newStr('a😀b');
    expect(jsString(s)).toBe('a😀b');
    expect(load(s + 3)).toBe(3); // code points
    expect(intern('name')).toBe(intern('name'));
  });

  it('keeps dicts in insertion order through deletes and growth', () => {
    bootstrap({ heapBytes: 64 << 20 });
    const d = newDict();
    for (let i = 0; i < 100; i++) dictSet(d, (i << 1) | 1, (i * 2 << 1) | 1);
    for (let i = 0; i < 100; i += 3) dictDelete(d, (i << 1) | 1);
    expect(dictLen(d)).toBe(66);
    expect(dictGet(d, (5 << 1) | 1)).toBe((10 << 1) | 1);
    expect(dictKeys(d).slice(0, 3).map((k) => k >> 1)).toEqual([1, 2, 4]);
    expect(checkHeap()).toEqual([]);
  });

  it('boxes only ints outside the small range', () => {
    bootstrap({ heapBytes: 64 << 20 });
    expect(intFromBigInt(5n)).toBe(11);
    const big = intFromBigInt(2n ** 100n + 7n);
    expect(big & 1).toBe(0);
    expect(toBigInt(big)).toBe(2n ** 100n + 7n);
    expect(toBigInt(allocateLayout(L.BIGINT, 0, T.int))).toBe(0n);
  });
});
