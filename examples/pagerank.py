"""Parallel PageRank, pull style, on a TransactionQueue: no conflicts.

Algorithm: the edges of a random graph read as links u -> v. Every node
starts with rank 1/n; each iteration gives node v

    (1 - DAMPING) / n + DAMPING * (dangling / n + sum of share[u] over u -> v)

where share[u] = rank[u] / outdegree(u) and `dangling` is the rank held
by nodes without out-links (spread evenly). Iterations stop when the
ranks move less than TOLERANCE in total (L1), or after MAX_ITERATIONS.

How transactions are used: the nodes are cut into chunks of CHUNK nodes
and each iteration runs one `TransactionQueue` item per chunk, in
parallel on --threads workers. Each item *pulls*: it reads the old
shares and writes only its own nodes' new rank and share, plus its two
sums into a small list that belongs to its chunk alone. So no two items
write the same thing and no transaction ever conflicts. The chunks do
not depend on --threads and their sums are added in chunk order, so the
floating-point results are the same bit for bit on any number of threads.

Output: iterations, the five top-ranked nodes (ranks to 6 digits) and the
total rank.

    pystm pagerank.py [--threads N] [--nodes N] [--edges M] [--seed S] [--check] [--time]
"""

import sys
import time

from graph_gen import (chunks, incoming_and_outdegree, parse_options,
                       random_edges, report_time)

try:
    from pystm import TransactionQueue
except ImportError:
    from _pystm_fallback import TransactionQueue

DAMPING = 0.85
TOLERANCE = 1e-10
MAX_ITERATIONS = 100
CHUNK = 1024


def parallel_pagerank(incoming, outdeg, threads):
    """Returns (rank, iterations)."""
    n = len(incoming)
    rank = [1.0 / n] * n
    share = [rank[u] / outdeg[u] if outdeg[u] else 0.0 for u in range(n)]
    new_rank, new_share = [0.0] * n, [0.0] * n
    parts = chunks(n, CHUNK)
    sums = [[0.0, 0.0] for _ in parts]        # per chunk: dangling, change
    dangling = sum(rank[u] for u in range(n) if not outdeg[u])

    def update(lo, hi, mine):
        base = (1.0 - DAMPING) / n + DAMPING * dangling / n
        mine[0] = mine[1] = 0.0
        for v in range(lo, hi):
            pulled = 0.0
            for u in incoming[v]:
                pulled += share[u]
            r = base + DAMPING * pulled
            new_rank[v] = r
            if outdeg[v]:
                new_share[v] = r / outdeg[v]
            else:
                new_share[v] = 0.0
                mine[0] += r
            mine[1] += abs(r - rank[v])

    for iteration in range(1, MAX_ITERATIONS + 1):
        queue = TransactionQueue()
        for (lo, hi), mine in zip(parts, sums):
            queue.add(update, lo, hi, mine)
        queue.run(threads)
        rank, new_rank = new_rank, rank
        share, new_share = new_share, share
        dangling = sum(s[0] for s in sums)
        if sum(s[1] for s in sums) < TOLERANCE:
            break
    return rank, iteration


def serial_pagerank(incoming, outdeg, iterations):
    """The reference: the same formula, straightforwardly, no chunks."""
    n = len(incoming)
    rank = [1.0 / n] * n
    for _ in range(iterations):
        dangling = sum(rank[u] for u in range(n) if not outdeg[u])
        base = (1.0 - DAMPING) / n + DAMPING * dangling / n
        rank = [base + DAMPING * sum(rank[u] / outdeg[u] for u in incoming[v])
                for v in range(n)]
    return rank


def summary(rank, iterations):
    top = sorted(range(len(rank)), key=lambda v: (-rank[v], v))[:5]
    lines = [f"iterations: {iterations}", "top 5 nodes:"]
    for v in top:
        lines.append(f"  node {v}: {rank[v]:.6g}")
    lines.append(f"total rank: {sum(rank):.6f}")
    return lines


def main():
    opts = parse_options(sys.argv, threads=2, nodes=20000, edges=100000,
                         seed=1, check=False, time=False)
    started = time.perf_counter()
    edge_list = random_edges(opts.nodes, opts.edges, opts.seed)
    incoming, outdeg = incoming_and_outdegree(opts.nodes, edge_list)
    report_time(opts, "generate", started)
    started = time.perf_counter()
    rank, iterations = parallel_pagerank(incoming, outdeg, opts.threads)
    report_time(opts, f"pagerank with --threads {opts.threads}", started)
    print(f"pagerank: {opts.nodes} nodes, {opts.edges} links, seed {opts.seed}, "
          f"damping {DAMPING}")
    for line in summary(rank, iterations):
        print(line)
    if opts.check:
        expected = serial_pagerank(incoming, outdeg, iterations)
        worst = max(abs(a - b) / b for a, b in zip(rank, expected))
        assert worst < 1e-12, f"ranks differ from serial by {worst:.3g} (relative)"
        print("check: ranks equal serial PageRank (to 12 digits)")


if __name__ == "__main__":
    main()
