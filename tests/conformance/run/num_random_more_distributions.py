# vonmisesvariate, paretovariate, weibullvariate
import random
random.seed(77)
print([random.vonmisesvariate(0, 4) for _ in range(3)], random.vonmisesvariate(3, 0), random.vonmisesvariate(1, 1e-7))
print([random.paretovariate(2.5) for _ in range(3)], [random.weibullvariate(1, 1.5) for _ in range(3)])
print(random.vonmisesvariate(6, 100), random.weibullvariate(2, 0.5), random.paretovariate(1))
