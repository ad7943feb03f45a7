"""Fibonacci numbers three ways: a generator, memoised recursion, and a loop."""


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def fib_rec(n: int, memo: dict = {}) -> int:
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib_rec(n - 1) + fib_rec(n - 2)
    return memo[n]


def fib_loop(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Fib:
    """An iterable over the first `count` Fibonacci numbers."""

    def __init__(self, count):
        self.count = count

    def __iter__(self):
        return (x for _, x in zip(range(self.count), fib_gen()))

    def __repr__(self):
        return f"Fib({self.count})"


if __name__ == "__main__":
    first = list(Fib(15))
    print("generator:", first)
    print("recursive:", [fib_rec(n) for n in range(15)])
    assert first == [fib_loop(n) for n in range(15)], "the three ways disagree"
    print(f"fib(90) = {fib_loop(90):,}")
    print(f"fib(300) has {len(str(fib_rec(300)))} digits")
