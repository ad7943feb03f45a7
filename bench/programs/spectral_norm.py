# spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
# by power iteration on A^T A (the benchmarks-game workload)


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(vec):
    n = len(vec)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(i, j) * vec[j]
        out.append(total)
    return out


def times_transposed(vec):
    n = len(vec)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(j, i) * vec[j]
        out.append(total)
    return out


def at_times(vec):
    return times_transposed(times(vec))


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = at_times(u)
        u = at_times(v)
    vbv = vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    return (vbv / vv) ** 0.5


print('%.9f' % spectral_norm(320))
