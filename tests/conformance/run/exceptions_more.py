# exception details: args, str/repr of builtin exceptions, except order, else/finally flow
for exc in (ValueError("v"), KeyError("k"), KeyError(), IndexError(1, 2), StopIteration(5), SystemExit(2), OSError("o")):
    print(type(exc).__name__, repr(exc), str(exc), exc.args)
def f(kind):
    try:
        if kind == 1:
            raise TypeError("t")
        if kind == 2:
            return "returned"
    except TypeError:
        return "handled"
    else:
        return "else"
    finally:
        print("finally", kind)
print(f(0), f(1), f(2))
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
e = None
try:
    raise RuntimeError("x")
except RuntimeError as err:
    e = err
print(type(e).__name__, e)
try:
    err
except NameError as ne:
    print("NameError:", ne)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(bool, int))
print(StopIteration(5).value, SystemExit(2).code)
