/**
 * Bootstrap's shortcuts must build the same runtime as the general code:
 * the builtin types' slot caches derived base first (computeBuiltinSlots)
 * equal what recomputeSlots finds by walking each MRO.
 */
import { describe, expect, it } from 'vitest';
import { load } from '../../gc/heap.js';
import { bootstrap } from '../../vm/runtime/bootstrap.js';
import { BUILTIN_TYPE_NAMES, T, TYPE } from '../../vm/objects/core.js';
import { recomputeSlots, SLOT_NAMES } from '../../vm/objects/type.js';

function slotsOf(t: number): number[] {
  return SLOT_NAMES.map((_, i) => load(t + TYPE.SLOTS + i));
}

describe('bootstrap', () => {
  it('fills every builtin type slot cache as recomputeSlots does', () => {
    bootstrap({ heapBytes: 64 << 20 });
    const built = BUILTIN_TYPE_NAMES.map((name) => slotsOf(T[name]));
    for (const name of BUILTIN_TYPE_NAMES) recomputeSlots(T[name]);
    BUILTIN_TYPE_NAMES.forEach((name, i) => expect(slotsOf(T[name]), name).toEqual(built[i]));
  });
});
