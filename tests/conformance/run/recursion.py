# deep recursion raises RecursionError; setrecursionlimit controls the depth
import sys
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(900))
sys.setrecursionlimit(3000)
print(down(2500), sys.getrecursionlimit())
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3))
