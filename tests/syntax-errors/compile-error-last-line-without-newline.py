def f():
    pass
return 1