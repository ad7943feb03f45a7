# An __init__ returning a value: the TypeError is raised by the class call,
# so the traceback has no entry for __init__ (uncaught here, on purpose).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Bad:
    def __init__(self, value):
        self.value = value
        return value

def make(v):
    return Bad(v)

print(Point(1, 2).y)
try:
    make(3)
except TypeError as e:
    print(type(e).__name__, e)
print(make(None).value)
make([1])
