# choices with weights, cum_weights and k
import random
random.seed(8)
print(random.choices('abc'), random.choices('abc', k=10), random.choices(range(5), k=0))
print(random.choices('abc', [1, 0, 5], k=10), random.choices('abc', weights=[0.1, 0.2, 0.7], k=8))
print(random.choices('abc', cum_weights=[1, 1, 10], k=8), random.choices([1, 2], [1.5, 2**60], k=3))
for call in [lambda: random.choices('abc', [1, 2], k=2), lambda: random.choices('abc', [0, 0, 0]), lambda: random.choices('abc', [1, 1, 1], cum_weights=[1, 2, 3]),
             lambda: random.choices('abc', 3), lambda: random.choices('ab', [1, float('inf')]), lambda: random.choices([], k=1), lambda: random.choices('ab', [-1, -1])]:
    try:
        print(call())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
