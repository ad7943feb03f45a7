# every distribution for many seeds: the sequences CPython produces
import random
for seed in range(20):
    r = random.Random(seed)
    print(seed, [r.gauss(), r.normalvariate(2, 3), r.lognormvariate(0, 1), r.expovariate(1.5), r.vonmisesvariate(1, 3),
                 r.gammavariate(0.5, 2), r.gammavariate(4, 1), r.betavariate(2, 3), r.paretovariate(2), r.weibullvariate(1, 1.5),
                 r.triangular(0, 10, 3), r.randrange(7, 700, 7), r.getrandbits(40)])
