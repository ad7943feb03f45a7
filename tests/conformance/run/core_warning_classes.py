# the Warning classes can be raised, caught by their bases and carry args
for w in [UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning,
          ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]:
    try:
        raise w('careful', 1)
    except Warning as e:
        print(type(e).__name__, e.args, str(e), isinstance(e, Exception), w.__bases__[0].__name__)
try:
    raise EncodingWarning('enc')
except Exception as e:
    print(repr(e))
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), issubclass(EncodingWarning, Warning))
