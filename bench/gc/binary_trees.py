"""binary-trees (the benchmarks game's allocation test), written for pystm.

    python3 binary_trees.py [depth]     (default 16)
Builds one long-lived tree of the given depth, then many short-lived trees
of depths 4, 6, ... depth, checking each; prints the node counts.
"""
import sys

def make(depth):
    return (make(depth - 1), make(depth - 1)) if depth > 0 else (None, None)

def check(node):
    left, right = node
    return 1 if left is None else 1 + check(left) + check(right)

def main(n):
    min_depth = 4
    max_depth = max(min_depth + 2, n)
    stretch = max_depth + 1
    print(f"stretch tree of depth {stretch}\t check: {check(make(stretch))}")
    long_lived = make(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        total = 0
        for _ in range(iterations):
            total += check(make(depth))
        print(f"{iterations}\t trees of depth {depth}\t check: {total}")
    print(f"long lived tree of depth {max_depth}\t check: {check(long_lived)}")

main(int(sys.argv[1]) if len(sys.argv) > 1 else 16)
