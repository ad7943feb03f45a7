# X | Y unions of types with isinstance / issubclass, and their repr
U = int | str
print(U, type(U).__name__, isinstance(1, U), isinstance('s', U), isinstance(1.5, U), issubclass(bool, U), int | None, None | str)
print(isinstance(None, int | None), isinstance([], list | dict | None), issubclass(list, (int | str, list)), (int | str) == (str | int), int | int)
print(U.__args__, (int | str | float).__args__)
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: int | 5)
attempt(lambda: isinstance(1, list[int]))
