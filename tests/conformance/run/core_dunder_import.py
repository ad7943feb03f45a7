m = __import__('math'); print(m.sqrt(4))
p = __import__('os.path'); print(p.__name__)
q = __import__('os.path', fromlist=['join']); print(q.__name__)
print(__import__('collections.abc', globals(), None, ['Mapping'], 0).__name__)
for bad in (lambda: __import__(1), lambda: __import__(''), lambda: __import__('x', level=-1), lambda: __import__('no_such_mod_xyz'), lambda: __import__()):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
