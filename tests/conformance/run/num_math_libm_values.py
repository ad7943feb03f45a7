# exp / log / pow / sin / cos give CPython's (glibc's) exact doubles
import math
xs = [0.1, 0.5, 0.7, 1.1, 1.5, 2.0, 3.3, 7.25, 10.0, 12.5, 31.4159, 100.0, 1e-5, 250.75, 600.0, 1e3]
print([math.exp(x) for x in xs[:14]])
print([math.exp(-x) for x in xs[:14]])
print([math.log(x) for x in xs])
print([math.log2(x) for x in xs])
print([math.sin(x) for x in xs])
print([math.cos(x) for x in xs])
print([math.pow(x, 1.7) for x in xs], [x ** 0.5 for x in xs[:5]])
print([math.pow(2.5, y) for y in (-3.5, -1, 0.25, 3, 10.5, 100)], math.exp(709), math.exp(-744), math.exp(-708.5), math.log(5e-324))
