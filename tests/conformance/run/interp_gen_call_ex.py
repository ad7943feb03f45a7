# f(*args, **kwargs) inside generators: the arguments must not spill past the
# generator's own frame, and many such calls must not use up the frame stack.
def star_map(function, iterable):
    for args in iterable:
        yield function(*args)


def kw_map(function, iterable):
    for args, kwargs in iterable:
        yield function(*args, **kwargs)


def total(*xs, scale=1):
    return sum(xs) * scale


def pulls(n):
    for i in range(n):
        yield i


left_open = [pulls(3) for _ in range(50)]
for g in left_open:
    next(g)
print(list(star_map(total, [(1, 2, 3, 4), (5,), tuple(range(40))])))
print(list(kw_map(total, [((1, 2), {"scale": 10}), ((), {})])))
print(sum(star_map(total, ((i, i) for i in range(20000)))))


class Box:
    def __init__(self, *items):
        self.items = items

    def size(self, *extra):
        return len(self.items) + len(extra)


print([b.size(*range(3)) for b in star_map(Box, [(1,), (1, 2), ()])])
