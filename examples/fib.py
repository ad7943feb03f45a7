"""Fibonacci numbers three ways: a generator, memoised recursion, and a loop."""
from functools import lru_cache


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


@lru_cache(maxsize=None)
def fib_rec(n: int) -> int:
    return n if n < 2 else fib_rec(n - 1) + fib_rec(n - 2)


def fib_loop(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


if __name__ == "__main__":
    first = [x for _, x in zip(range(15), fib_gen())]
    print("generator:", first)
    print("recursive:", [fib_rec(n) for n in range(15)])
    assert first == [fib_loop(n) for n in range(15)]
    print(f"fib(90) = {fib_loop(90):,}")
