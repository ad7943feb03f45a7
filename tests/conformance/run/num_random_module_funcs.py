# module-level functions share one hidden generator
import random
print(sorted(random.__all__))
random.seed(1)
x = random.random(); y = random.randint(1, 100); z = random.choice('xyz')
random.seed(1)
print(x == random.random(), y == random.randint(1, 100), z == random.choice('xyz'))
print(random.seed.__self__ is random.random.__self__, callable(random.shuffle))
random.seed()
print(0 <= random.random() < 1)
random.seed(None)
print(0 <= random.randrange(10) < 10)
try:
    random.seed([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    random.seed({})
except TypeError as e:
    print('TypeError', e)
