"""Deterministic random graphs and the small helpers the graph examples share.

A graph is `nodes` vertices numbered 0..nodes-1 and `edges` random edges
drawn from random.Random(seed), so the same options give the same graph on
python3 and on pystm (whose `random` gives CPython's sequences). Self-loops
are skipped; repeated edges are kept (a multigraph), which no example minds.

    random_edges(nodes, edges, seed, weighted)  -> [(u, v)] or [(u, v, w)]
    undirected(nodes, edge_list)                -> adj[u] = [v, ...]
    undirected_weighted(nodes, edge_list)       -> adj[u] = [(v, w), ...]
    incoming_and_outdegree(nodes, edge_list)    -> (inc[v] = [u, ...], outdeg)
    chunks(count, size)                         -> [(lo, hi), ...]
    parse_options(argv, **defaults)             -> options as attributes

Run it to print a summary of a graph:
    python3 graph_gen.py [--nodes N] [--edges M] [--seed S] [--weighted]
"""

import random
import sys
import time

MAX_WEIGHT = 100


def random_edges(nodes, edges, seed, weighted=False):
    """`edges` random edges (u, v), or (u, v, w) with w in 1..MAX_WEIGHT."""
    if nodes < 2 and edges > 0:
        raise ValueError("edges without self-loops need at least 2 nodes")
    rng = random.Random(seed)
    result = []
    while len(result) < edges:
        u = rng.randrange(nodes)
        v = rng.randrange(nodes)
        if u == v:
            continue
        if weighted:
            result.append((u, v, rng.randint(1, MAX_WEIGHT)))
        else:
            result.append((u, v))
    return result


def undirected(nodes, edge_list):
    adj = [[] for _ in range(nodes)]
    for u, v in edge_list:
        adj[u].append(v)
        adj[v].append(u)
    return adj


def undirected_weighted(nodes, edge_list):
    adj = [[] for _ in range(nodes)]
    for u, v, w in edge_list:
        adj[u].append((v, w))
        adj[v].append((u, w))
    return adj


def incoming_and_outdegree(nodes, edge_list):
    """Edges read as directed u -> v: who points at each node, and out-degrees."""
    incoming = [[] for _ in range(nodes)]
    outdeg = [0] * nodes
    for u, v in edge_list:
        incoming[v].append(u)
        outdeg[u] += 1
    return incoming, outdeg


def chunks(count, size):
    """0..count-1 cut into consecutive (lo, hi) ranges of at most `size`."""
    return [(lo, min(lo + size, count)) for lo in range(0, count, size)]


class Options:
    """Command-line options as attributes (argparse is not assumed)."""


def parse_options(argv, **defaults):
    """Read `--name value` for each default that is an int and `--name` for
    each default that is a bool; anything else prints a usage and exits 2."""
    opts = Options()
    for name, value in defaults.items():
        setattr(opts, name, value)
    args = list(argv[1:])
    while args:
        arg = args.pop(0)
        name = arg[2:].replace("-", "_")
        if not arg.startswith("--") or name not in defaults:
            usage(argv[0], defaults, "unknown option " + repr(arg))
        if isinstance(defaults[name], bool):
            setattr(opts, name, True)
        elif not args or not args[0].isdigit():
            usage(argv[0], defaults, arg + " needs a non-negative integer")
        else:
            setattr(opts, name, int(args.pop(0)))
    for name in ("threads", "nodes", "sources"):
        if getattr(opts, name, 1) < 1:
            usage(argv[0], defaults, "--" + name + " must be at least 1")
    return opts


def usage(program, defaults, problem):
    parts = []
    for name, value in defaults.items():
        flag = "--" + name.replace("_", "-")
        parts.append("[" + flag + ("]" if isinstance(value, bool) else " N]"))
    print("usage: " + program + " " + " ".join(parts), file=sys.stderr)
    print(program + ": error: " + problem, file=sys.stderr)
    sys.exit(2)


def report_time(opts, what, started):
    """With --time, print how long `what` took since `started` (to stderr)."""
    if opts.time:
        elapsed = time.perf_counter() - started
        print(f"{what}: {elapsed:.3f}s", file=sys.stderr)


def main():
    opts = parse_options(sys.argv, nodes=20000, edges=100000, seed=1,
                         weighted=False, time=False)
    started = time.perf_counter()
    edge_list = random_edges(opts.nodes, opts.edges, opts.seed, opts.weighted)
    report_time(opts, "generate", started)
    degree = [0] * opts.nodes
    for edge in edge_list:
        degree[edge[0]] += 1
        degree[edge[1]] += 1
    print(f"graph: {opts.nodes} nodes, {len(edge_list)} edges, seed {opts.seed}")
    print(f"degree: min {min(degree)}, max {max(degree)}, "
          f"isolated {degree.count(0)}")
    print("first edges:", edge_list[:3])
    checksum = 0
    for edge in edge_list:
        for x in edge:
            checksum = (checksum * 31 + x) % 1000000007
    print("edge checksum:", checksum)


if __name__ == "__main__":
    main()
