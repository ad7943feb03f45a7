"""Parallel single-source shortest paths: Bellman-Ford rounds with `atomic`.

Algorithm: shortest distances in a random undirected graph with edge
weights 1..100, from each of --sources nodes spread over the graph (one
after the other; each is a single-source problem). The nodes whose distance went down in the last
round (the active set) are cut into one slice per thread; each thread
relaxes the edges of its slice: if dist[u] + w < dist[v], lower dist[v]
and make v active for the next round. Rounds stop when no distance
changed. Any order of relaxations reaches the same shortest distances.

How atomic is used: a relaxation reads dist[v], compares and writes it,
then marks v as queued for the next round. Two threads relaxing edges
into the same v must not interleave: without atomicity, a thread could
overwrite a shorter distance just written by another with its longer
one. Each relaxation is one `with atomic:` block (after a cheap
pre-check), so the smaller distance always wins and v is queued once.
Each thread keeps the nodes it queues in a list of its own.

Output (identical for every --threads): for each source, nodes reached,
the farthest node and its distance, the sum and a checksum of all
distances. The number of rounds may vary with the timing of threads, so it
is not printed.

    pystm sssp.py [--threads N] [--nodes N] [--edges M] [--sources K] [--seed S] [--check] [--time]
"""

import heapq
import sys
import threading
import time

from graph_gen import parse_options, random_edges, report_time, undirected_weighted

try:
    from pystm import atomic
except ImportError:
    from _pystm_fallback import atomic

INFINITY = float("inf")


def relax_slice(adj, dist, queued, active_slice, activated):
    for u in active_slice:
        du = dist[u]
        for v, w in adj[u]:
            candidate = du + w
            if candidate < dist[v]:              # cheap pre-check
                with atomic:
                    if candidate < dist[v]:      # still an improvement
                        dist[v] = candidate
                        if not queued[v]:
                            queued[v] = True
                            activated.append(v)


def parallel_sssp(adj, source, threads):
    dist = [INFINITY] * len(adj)
    queued = [False] * len(adj)
    dist[source] = 0
    active = [source]
    while active:
        for u in active:
            queued[u] = False
        activated = [[] for _ in range(threads)]
        workers = [threading.Thread(target=relax_slice,
                                    args=(adj, dist, queued, active[t::threads],
                                          activated[t]))
                   for t in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        active = [v for part in activated for v in part]
    return dist


def serial_sssp(adj, source):
    """The reference: Dijkstra's algorithm with a binary heap."""
    dist = [INFINITY] * len(adj)
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return dist


def summary(dist):
    reached = [v for v in range(len(dist)) if dist[v] < INFINITY]
    farthest = max(reached, key=lambda v: (dist[v], -v))
    checksum = 0
    for v in reached:
        checksum = (checksum * 31 + dist[v]) % 1000000007
    return [f"reached {len(reached)} of {len(dist)} nodes",
            f"farthest: node {farthest} at distance {dist[farthest]}",
            f"sum of distances: {sum(dist[v] for v in reached)}",
            f"distance checksum: {checksum}"]


def main():
    opts = parse_options(sys.argv, threads=2, nodes=20000, edges=100000,
                         sources=4, seed=1, check=False, time=False)
    started = time.perf_counter()
    edge_list = random_edges(opts.nodes, opts.edges, opts.seed, weighted=True)
    adj = undirected_weighted(opts.nodes, edge_list)
    report_time(opts, "generate", started)
    sources = [k * opts.nodes // opts.sources for k in range(opts.sources)]
    started = time.perf_counter()
    dists = [parallel_sssp(adj, s, opts.threads) for s in sources]
    report_time(opts, f"sssp from {len(sources)} sources with --threads {opts.threads}", started)
    print(f"sssp: {opts.nodes} nodes, {opts.edges} edges, weights 1..100, "
          f"seed {opts.seed}, {len(sources)} sources")
    for s, dist in zip(sources, dists):
        print(f"source {s}:")
        for line in summary(dist):
            print("  " + line)
    if opts.check:
        for s, dist in zip(sources, dists):
            assert dist == serial_sssp(adj, s), f"Bellman-Ford from {s} differs from Dijkstra"
        print("check: distances equal serial Dijkstra")


if __name__ == "__main__":
    main()
