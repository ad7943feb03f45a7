# N-queens by brute force over permutations: queen i sits in row i, column
# perm[i]; a permutation is a solution when no two queens share a diagonal.
# The permutations come from a recursive generator written here.


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            tail.insert(0, items[i])
            yield tail


def solve(n):
    cols = list(range(n))
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


N = 9
solutions = list(solve(N))
print(len(solutions))
print(solutions[0], solutions[-1])
print(sum(v[0] * N + v[N - 1] for v in solutions))
