/**
 * The collector (gc/collect.ts) on random object graphs: lists whose items
 * are an id and references to other lists, a random root set, random edges
 * dropped between collections, new nodes allocated into the freed memory.
 * After each collection every node reachable in the JS model must have
 * survived with its contents intact, and every unreachable one must have been
 * found dead. (The threaded variant is a Python program:
 * tests/conformance/run/gc_threads_graph.py.)
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { addRootProvider, collect, markEpoch, markSize, setRememberedLimit, survivedLastCollection } from '../../gc/collect.js';
import { LAYOUTS, sizeInWords } from '../../gc/layout.js';
import { freeRunWords, heapTop } from '../../gc/heap.js';
import { bootstrap } from '../../vm/runtime/bootstrap.js';
import { installCollector } from '../../vm/runtime/collector.js';
import { listAppend, listItems, listRemoveAt, newList } from '../../vm/objects/list.js';
import { newStr, jsString } from '../../vm/objects/str.js';

/** The values the test holds from JavaScript (its root set), visited at each collection. */
let roots: number[] = [];

beforeAll(() => {
  bootstrap({ heapBytes: 256 << 20 });
  installCollector();
  addRootProvider((visit) => roots.forEach(visit));
});

interface Node { ref: number; id: number; edges: number[]; label: string }

/** A node: [id, label str, ...children]; its label checks that a str it owns survives too. */
function makeNode(nodes: Node[], id: number): Node {
  const label = `node ${id}`;
  const n: Node = { ref: newList([(id << 1) | 1, newStr(label)]), id, edges: [], label };
  nodes.push(n);
  return n;
}

function link(a: Node, b: Node): void {
  listAppend(a.ref, b.ref);
  a.edges.push(b.id);
}

function reachable(nodes: Node[], rootIds: number[]): Set<number> {
  const seen = new Set<number>(), work = [...rootIds];
  while (work.length) {
    const id = work.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    work.push(...nodes[id]!.edges);
  }
  return seen;
}

/** A node the model says is reachable survived the last collection, with its id, label and edges. */
function expectIntact(nodes: Node[], n: Node): void {
  expect(survivedLastCollection(n.ref)).toBe(true);
  const items = listItems(n.ref);
  expect(items[0]).toBe((n.id << 1) | 1);
  expect(jsString(items[1]!)).toBe(n.label);
  expect(items.slice(2)).toEqual(n.edges.map((e) => nodes[e]!.ref));
}

function checkAfterCollection(nodes: Node[], rootIds: number[], deadBefore: Set<number>): Set<number> {
  const live = reachable(nodes, rootIds);
  for (const n of nodes) {
    if (deadBefore.has(n.id)) continue;
    if (live.has(n.id)) {
      expectIntact(nodes, n);
    } else {
      expect(survivedLastCollection(n.ref)).toBe(false);
    }
  }
  return new Set(nodes.filter((n) => !live.has(n.id)).map((n) => n.id));
}

/** `count` nodes with `edges` and a root set, after a full collection (`dead`: the unreachable ones it freed). */
function buildGraph(count: number, edges: Array<[number, number]>, rootPicks: number[]): { nodes: Node[]; rootIds: number[]; dead: Set<number> } {
  const nodes: Node[] = [];
  for (let i = 0; i < count; i++) makeNode(nodes, i);
  for (const [a, b] of edges) link(nodes[a % count]!, nodes[b % count]!);
  const rootIds = [...new Set(rootPicks.map((r) => r % count))];
  roots = rootIds.map((id) => nodes[id]!.ref);
  collect();
  return { nodes, rootIds, dead: checkAfterCollection(nodes, rootIds, new Set()) };
}

/** Removes edge `seed % edges` of `n` from the model and the heap (its list shrinks in place); returns its target. */
function dropEdge(nodes: Node[], n: Node, seed: number): Node | undefined {
  if (!n.edges.length) return undefined;
  const k = seed % n.edges.length;
  const target = nodes[n.edges[k]!]!;
  n.edges.splice(k, 1);
  listRemoveAt(n.ref, 2 + k);
  return target;
}

/** The roots become the old ones but the first, plus `added`. */
function shiftRoots(nodes: Node[], rootIds: number[], added: number): number[] {
  const ids = [...new Set([...rootIds.slice(1), added])];
  roots = ids.map((id) => nodes[id]!.ref);
  return ids;
}

describe('collector', () => {
  it('keeps every reachable object intact and finds every unreachable one, over rounds of changes', () => {
    fc.assert(fc.property(
      fc.integer({ min: 2, max: 60 }),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 150 }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }),
      (count, edges, rootPicks, rounds) => {
        const g = buildGraph(count, edges, rootPicks);
        const nodes = g.nodes;
        let rootIds = g.rootIds, dead = g.dead;
        for (const [drop, add, seed] of rounds) {
          // Drop an edge of a live node, then hang new nodes off live ones:
          // they are allocated in the memory the last collection freed.
          const liveIds = [...reachable(nodes, rootIds)];
          dropEdge(nodes, nodes[liveIds[drop % liveIds.length]!]!, seed);
          for (let k = 0; k < (add % 8) + 1; k++) link(nodes[liveIds[(seed + k) % liveIds.length]!]!, makeNode(nodes, nodes.length));
          rootIds = shiftRoots(nodes, rootIds, liveIds[seed % liveIds.length]!);
          collect(drop % 2 === 0);
          // A node found dead earlier may share its memory with a new object now: only the others are checked.
          dead = new Set([...dead, ...checkAfterCollection(nodes, rootIds, dead)]);
        }
        roots = [];
      },
    ), { numRuns: 40 });
  });

  it('minor collections keep every reachable object and free the unreachable young ones', () => {
    // Old nodes (alive at the last collection) are written only through list operations, whose write barrier
    // remembers them: a minor collection must find the young nodes hung off them. A dead old node may survive
    // a minor collection (it is freed by the next full one), and so may what a written dead old node refers to;
    // a young node nothing refers to may not.
    fc.assert(fc.property(
      fc.integer({ min: 2, max: 60 }),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 150 }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 6 }),
      (count, edges, rootPicks, rounds) => {
        const g = buildGraph(count, edges, rootPicks);
        const { nodes, dead } = g;
        let rootIds = g.rootIds;
        for (const [drop, add, seed, full] of rounds) {
          const liveIds = [...reachable(nodes, rootIds)];
          dropEdge(nodes, nodes[liveIds[drop % liveIds.length]!]!, seed);
          const orphans = new Set<number>();
          for (let k = 0; k < (seed % 3) + 1; k++) orphans.add(makeNode(nodes, nodes.length).id);
          for (let k = 0; k < (add % 8) + 1; k++) link(nodes[liveIds[(seed + k) % liveIds.length]!]!, makeNode(nodes, nodes.length));
          rootIds = shiftRoots(nodes, rootIds, liveIds[seed % liveIds.length]!);
          expect(collect(false, full).full).toBe(full);
          const live = reachable(nodes, rootIds);
          for (const n of nodes) {
            if (dead.has(n.id)) continue;
            if (live.has(n.id)) {
              expectIntact(nodes, n);
            } else if (full || orphans.has(n.id)) {
              expect(survivedLastCollection(n.ref)).toBe(false);
            }
            if (!survivedLastCollection(n.ref)) dead.add(n.id);
          }
        }
        roots = [];
      },
    ), { numRuns: 40 });
  });

  it('a collection marked over several slices keeps what the mutator moved between them', () => {
    // Between slices, edges move (a node loses its parent and is hung off another live node, maybe one already
    // scanned), new nodes appear and the roots change; the write barrier logs the written lists, and each slice
    // rescans them and the roots. What was written during the slices may survive until the next collection.
    fc.assert(fc.property(
      fc.integer({ min: 100, max: 300 }),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 400, maxLength: 1200 }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
      fc.boolean(),
      (count, edges, rootPicks, moves, full) => {
        const g = buildGraph(count, edges, rootPicks);
        const { nodes, dead } = g;
        let rootIds = g.rootIds;
        let c = collect(false, full, 0);
        for (let slices = 0; !c.finished; slices++) {
          const [from, to, seed] = moves[slices % moves.length]!;
          const liveIds = [...reachable(nodes, rootIds)];
          const moved = dropEdge(nodes, nodes[liveIds[from % liveIds.length]!]!, seed);
          if (moved) link(nodes[liveIds[to % liveIds.length]!]!, moved);
          link(nodes[liveIds[seed % liveIds.length]!]!, makeNode(nodes, nodes.length));
          rootIds = shiftRoots(nodes, rootIds, liveIds[(seed + to) % liveIds.length]!);
          c = collect(false, full, slices < 200 ? 0 : Infinity);
        }
        const live = reachable(nodes, rootIds);
        for (const n of nodes) if (!dead.has(n.id) && live.has(n.id)) expectIntact(nodes, n);
        roots = [];
      },
    ), { numRuns: 40 });
  });

  it('minor collections find what the barrier remembered when its log overflows, and across wraps of the epoch', () => {
    // A log of 3 entries overflows at once: the collector then searches the mark table for remembered objects.
    // Between two stretches of such rounds, full collections with no writes run until the epoch wraps (past
    // 254), so that the wrap meets old objects no barrier logged.
    const limit = setRememberedLimit(3);
    try {
      const { nodes, dead } = buildGraph(40, Array.from({ length: 80 }, (_, i) => [i % 40, (i * 7) % 40] as [number, number]), [0, 1]);
      let rootIds = [0, 1];
      const check = (full: boolean): void => {
        const live = reachable(nodes, rootIds);
        for (const n of nodes) {
          if (dead.has(n.id)) continue;
          if (live.has(n.id)) expectIntact(nodes, n);
          else if (full) expect(survivedLastCollection(n.ref)).toBe(false);
          if (!survivedLastCollection(n.ref)) dead.add(n.id);
        }
      };
      const rounds = (count: number): void => {
        for (let round = 0; round < count; round++) {
          const liveIds = [...reachable(nodes, rootIds)];
          // Write several old nodes (more than the log holds), hanging new nodes off them.
          for (let k = 0; k < 6; k++) link(nodes[liveIds[(round + k * 5) % liveIds.length]!]!, makeNode(nodes, nodes.length));
          dropEdge(nodes, nodes[liveIds[round % liveIds.length]!]!, round);
          rootIds = shiftRoots(nodes, rootIds, liveIds[(round * 3) % liveIds.length]!);
          const full = round % 2 === 0;
          expect(collect(false, full).full).toBe(full);
          check(full);
        }
      };
      rounds(60);
      for (let wrapped = 0, last = markEpoch(); wrapped < 3; last = markEpoch()) {
        collect();
        check(true);
        if (wrapped > 0 || markEpoch() < last) wrapped++;
      }
      rounds(60);
    } finally {
      setRememberedLimit(limit);
      roots = [];
    }
  });

  it('reuses freed memory: a loop of garbage does not raise the allocation top', () => {
    roots = [];
    collect();
    const top = heapTop();
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 20000; i++) newList([(i << 1) | 1, newStr(`garbage ${i}`)]);
      const result = collect(true);
      expect(result.unreachable).toBeGreaterThanOrEqual(40000);
    }
    expect(heapTop()).toBeLessThanOrEqual(top + (1 << 17));
    expect(freeRunWords()).toBeGreaterThanOrEqual(0);
  });
});

describe('the mark loop', () => {
  it('sizes every layout as layout.ts does', () => {
    // The mark loop reads sizes from per-layout tables; a wrong one would leave part of a live object uncovered.
    LAYOUTS.forEach((layout, id) => {
      for (let n = 0; n < 70; n++) expect(markSize(id, n), `${layout.name} with ${n}`).toBe(sizeInWords(layout, n));
    });
  });
});
