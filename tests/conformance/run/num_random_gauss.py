# gauss (Box-Muller with a cached second value) and normalvariate / lognormvariate
import random
random.seed(17)
print([random.gauss() for _ in range(5)], random.gauss(100, 15), random.gauss(mu=5, sigma=0.1))
print([random.normalvariate() for _ in range(4)], random.normalvariate(10, 2))
print([random.lognormvariate(0, 0.5) for _ in range(3)])
random.seed(17)
first = random.gauss()
st = random.getstate()
second = random.gauss()
random.setstate(st)
print(random.gauss() == second, st[2] is not None)
random.seed(17)
print(random.gauss() == first)
