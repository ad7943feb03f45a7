# uncaught exception with an implicit context
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("bad input: " + s)
parse("abc")
