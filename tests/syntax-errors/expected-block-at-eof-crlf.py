def f():
