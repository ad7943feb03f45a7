l = [1, 2, 3]
l = [a, b]
l = [a, *b, c]
t = (a, *b)
s = {1, 2, 3}
s = {a, *b}
d = {'a': 1, 'b': 2}
d = {a: 1, b: 2}
d = {**a, 'b': 2, **c}
d = {}
big = [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31]
f"plain {x} {y!r} {z!s:>10} {w!a:{width}.{prec}} {v=}"
first, *rest = seq
*init, last = seq
(a, b), [c, *d] = e
x = y = z = 0
