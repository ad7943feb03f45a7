# the iterator protocol on user classes, iter() on sequences, next() default
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)])
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
a, b, c = Countdown(3)
print(a, b, c)
print(list(iter((1, 2))), list(iter({"k": 1})), list(iter("hi")))
