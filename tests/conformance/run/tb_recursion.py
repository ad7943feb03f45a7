# uncaught RecursionError: traceback with a repeated frame
def f(n):
    return f(n + 1) + 1
f(0)
