"""Parallel breadth-first search with `atomic` blocks.

Algorithm: level-synchronous BFS of a random undirected graph, from each of
--sources nodes spread over the graph (the largest depth found is a lower
bound of the graph's diameter, as in a diameter estimate).
The frontier (the nodes at distance d) is cut into one slice per thread;
each thread looks at the neighbours of its slice and claims every node not
yet reached for distance d+1. When all threads are done, the nodes they
claimed form the next frontier.

How atomic is used: claiming is "if not reached, mark it and keep it".
Two threads can meet the same node in the same level; the check and the
mark run in one `with atomic:` block, so exactly one of them claims it and
the node enters the next frontier once. Each thread keeps what it claims
in a list of its own, so the only shared writes are to `dist`.

Output (identical for every --threads): for each source, nodes reached,
depth, the number of nodes at each distance and a checksum of all
distances; then the largest depth.

    pystm bfs.py [--threads N] [--nodes N] [--edges M] [--sources K] [--seed S] [--check] [--time]
"""

import sys
import threading
import time
from collections import deque

from graph_gen import parse_options, random_edges, report_time, undirected

try:
    from pystm import atomic
except ImportError:
    from _pystm_fallback import atomic


def expand(adj, dist, slice_of_frontier, d, claimed):
    """Claim for distance d+1 every unreached neighbour of the slice."""
    for u in slice_of_frontier:
        for v in adj[u]:
            if dist[v] < 0:              # cheap pre-check, outside atomic
                with atomic:
                    if dist[v] < 0:      # still unclaimed: it is ours
                        dist[v] = d + 1
                        claimed.append(v)


def parallel_bfs(adj, source, threads):
    dist = [-1] * len(adj)
    dist[source] = 0
    frontier = [source]
    d = 0
    while frontier:
        claimed = [[] for _ in range(threads)]
        workers = []
        for t in range(threads):
            part = frontier[t::threads]
            worker = threading.Thread(target=expand,
                                      args=(adj, dist, part, d, claimed[t]))
            worker.start()
            workers.append(worker)
        for worker in workers:
            worker.join()
        frontier = [v for part in claimed for v in part]
        d += 1
    return dist


def serial_bfs(adj, source):
    """The reference: textbook BFS with a queue."""
    dist = [-1] * len(adj)
    dist[source] = 0
    queue = deque([source])
    while queue:
        u = queue.popleft()
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist


def summary(dist):
    reached = [d for d in dist if d >= 0]
    depth = max(reached)
    per_level = [0] * (depth + 1)
    for d in reached:
        per_level[d] += 1
    checksum = 0
    for v, d in enumerate(dist):
        checksum = (checksum + (v % 1000 + 1) * (d + 1)) % 1000000007
    return [f"reached {len(reached)} of {len(dist)} nodes, depth {depth}",
            f"nodes per distance: {per_level}",
            f"distance checksum: {checksum}"]


def main():
    opts = parse_options(sys.argv, threads=2, nodes=20000, edges=100000,
                         sources=8, seed=1, check=False, time=False)
    started = time.perf_counter()
    adj = undirected(opts.nodes, random_edges(opts.nodes, opts.edges, opts.seed))
    report_time(opts, "generate", started)
    sources = [k * opts.nodes // opts.sources for k in range(opts.sources)]
    started = time.perf_counter()
    dists = [parallel_bfs(adj, s, opts.threads) for s in sources]
    report_time(opts, f"bfs from {len(sources)} sources with --threads {opts.threads}", started)
    print(f"bfs: {opts.nodes} nodes, {opts.edges} edges, seed {opts.seed}, "
          f"{len(sources)} sources")
    for s, dist in zip(sources, dists):
        print(f"source {s}:")
        for line in summary(dist):
            print("  " + line)
    print(f"largest depth (a lower bound of the diameter): "
          f"{max(max(d) for d in dists)}")
    if opts.check:
        for s, dist in zip(sources, dists):
            assert dist == serial_bfs(adj, s), f"parallel BFS from {s} differs from serial BFS"
        print("check: parallel distances equal serial BFS")


if __name__ == "__main__":
    main()
