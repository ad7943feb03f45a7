# try/except/else/finally, raise from, custom exceptions, chaining
class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
def risky(n):
    if n == 0:
        raise MyError("zero", 42)
    if n == 1:
        return 1 / 0
    return n
for n in range(3):
    try:
        r = risky(n)
    except MyError as e:
        print("MyError", e, e.code, e.args)
    except ZeroDivisionError as e:
        print("ZDE", e)
    else:
        print("ok", r)
    finally:
        print("finally", n)
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__))
try:
    raise IndexError
except LookupError as e:
    print("caught base", type(e).__name__, repr(e), str(e) == "")
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert", e)
def nested():
    try:
        raise KeyError("a")
    except KeyError:
        raise
try:
    nested()
except KeyError as e:
    print("reraised", e)
print(issubclass(MyError, Exception), isinstance(MyError("m", 1), BaseException))
e = ValueError(1, 2)
print(e.args, str(e), repr(e), repr(ValueError()), str(KeyError("k")))
