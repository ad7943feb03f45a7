import sys
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(900 < d <= 1000)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)
print(count_down(1500))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print('RecursionError:', e)
class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1) if n < 50 else None
    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)
print('object chain depth', Deep(0).depth())
print('still alive')
