"""Parallel connected components: union-find with `atomic` unions.

Algorithm: union-find over a shared `parent` list. Every edge (u, v)
joins the sets of u and v: find both roots and hang the larger root under
the smaller one. So the root of every set is always its smallest node,
and the final labels do not depend on the order the edges were joined in.
`find` halves paths as it walks (each node it passes now points to its
grandparent), which keeps the trees shallow.

How atomic is used: the edge list is cut into one slice per thread, and
each thread joins the edges of its slice; `union` is an `@atomic`
function, so each join is indivisible. Without atomicity two threads could
each hang a different root under the same spot and lose one of the joins.
Each join is its own small transaction: one that joined a chunk of edges
would read and write hundreds of random places of `parent`, and two such
transactions running at once would nearly always conflict.

Output (identical for every --threads): number of components, the five
largest sizes, isolated nodes, and a checksum of the labels.

    pystm components.py [--threads N] [--nodes N] [--edges M] [--seed S] [--check] [--time]
"""

import sys
import threading
import time
from collections import deque

from graph_gen import chunks, parse_options, random_edges, report_time, undirected

try:
    from pystm import atomic
except ImportError:
    from _pystm_fallback import atomic


def find(parent, x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]    # path halving
        x = parent[x]
    return x


@atomic
def union(parent, u, v):
    ru = find(parent, u)
    rv = find(parent, v)
    if ru < rv:
        parent[rv] = ru
    elif rv < ru:
        parent[ru] = rv


def union_edges(parent, edge_list, lo, hi):
    for i in range(lo, hi):
        u, v = edge_list[i]
        union(parent, u, v)


def parallel_components(nodes, edge_list, threads):
    """label[v] = the smallest node of v's component."""
    parent = list(range(nodes))
    share = -(-len(edge_list) // threads)
    workers = [threading.Thread(target=union_edges, args=(parent, edge_list, lo, hi))
               for lo, hi in chunks(len(edge_list), share)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return [find(parent, v) for v in range(nodes)]


def serial_components(nodes, edge_list):
    """The reference: BFS from each unlabelled node, in increasing order."""
    adj = undirected(nodes, edge_list)
    label = [-1] * nodes
    for start in range(nodes):
        if label[start] < 0:
            label[start] = start
            queue = deque([start])
            while queue:
                for v in adj[queue.popleft()]:
                    if label[v] < 0:
                        label[v] = start
                        queue.append(v)
    return label


def summary(label):
    size = {}
    for root in label:
        size[root] = size.get(root, 0) + 1
    sizes = sorted(size.values(), reverse=True)
    checksum = 0
    for v, root in enumerate(label):
        checksum = (checksum * 7 + root + v) % 1000000007
    return [f"components: {len(sizes)}",
            f"largest sizes: {sizes[:5]}",
            f"isolated nodes: {sizes.count(1)}",
            f"label checksum: {checksum}"]


def main():
    opts = parse_options(sys.argv, threads=2, nodes=120000, edges=100000,
                         seed=1, check=False, time=False)
    started = time.perf_counter()
    edge_list = random_edges(opts.nodes, opts.edges, opts.seed)
    report_time(opts, "generate", started)
    started = time.perf_counter()
    label = parallel_components(opts.nodes, edge_list, opts.threads)
    report_time(opts, f"components with --threads {opts.threads}", started)
    print(f"components: {opts.nodes} nodes, {opts.edges} edges, seed {opts.seed}")
    for line in summary(label):
        print(line)
    if opts.check:
        assert label == serial_components(opts.nodes, edge_list), \
            "union-find labels differ from serial BFS labels"
        print("check: labels equal serial BFS")


if __name__ == "__main__":
    main()
