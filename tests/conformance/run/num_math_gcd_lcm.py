# gcd / lcm with any number of arguments
import math
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18), math.gcd(0, 0), math.gcd(0, -5))
print(math.gcd(12, 18, 27), math.gcd(2**100, 6**50), math.gcd(*range(10, 100, 10)))
print(math.lcm(), math.lcm(4), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-3, 7))
print(math.lcm(2**64, 3**40) == 2**64 * 3**40, math.lcm(*range(1, 21)), math.gcd(True, 4))
for f in (math.gcd, math.lcm):
    for bad in [(1.5,), (2, 3.0), ('a', 1)]:
        try:
            print(f(*bad))
        except TypeError as e:
            print(f.__name__, 'TypeError', e)
