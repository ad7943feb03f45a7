import sys
import builtins

sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook('text')
sys.displayhook([1, 'two'])
print(builtins._)
seen = []
sys.displayhook = seen.append
sys.displayhook(5)
print(seen)
sys.displayhook = sys.__displayhook__
try:
    sys.excepthook(1)
except TypeError as e:
    print('TypeError', e)
