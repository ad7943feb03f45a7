# uncaught custom exception without a message, raised as a class
class Oops(Exception):
    pass
def f():
    raise Oops
f()
