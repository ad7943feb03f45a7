# an uncaught SyntaxError from exec prints the source line and carets
try:
    exec('a = 1 +* 2')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.end_offset, repr(e.text))
exec('def f(x):\n    return (x +\n')
