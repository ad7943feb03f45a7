from fractions import Fraction as F

def harmonic(n):
    return sum(F(1, k) for k in range(1, n + 1))
print([str(harmonic(n)) for n in range(1, 8)], harmonic(30))

def bernoulli(n):
    a = [F(0)] * (n + 1)
    for m in range(n + 1):
        a[m] = F(1, m + 1)
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
    return a[0]
print([str(bernoulli(n)) for n in range(0, 13)])

def egyptian(f):
    out = []
    while f.numerator:
        d = -(-f.denominator // f.numerator)
        out.append(d)
        f -= F(1, d)
    return out
print(egyptian(F(4, 13)), egyptian(F(5, 121))[:3])

def cont_frac(f):
    out = []
    while True:
        q = f.numerator // f.denominator
        out.append(q)
        f -= q
        if not f:
            return out
        f = 1 / f
print(cont_frac(F(415, 93)), cont_frac(F(-17, 5)), cont_frac(F(355, 113)))

x = F(1)
for _ in range(6):
    x = (x + 2 / x) / 2
print(x, float(x), x.limit_denominator(1000))
