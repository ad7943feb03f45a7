# class attribute updates reach instances and subclasses (type version caches)
class A:
    v = 1
    def get(self):
        return self.v
class B(A):
    pass
b = B()
print(b.get())
A.v = 2
print(b.get(), B.v)
B.v = 3
print(b.get(), A.v)
def newget(self):
    return -self.v
A.get = newget
print(b.get())
del B.v
print(b.get())
b.v = 99
print(b.get(), A.v)
for i in range(3):
    A.v = i
    print(B().get(), end=" ")
print()
