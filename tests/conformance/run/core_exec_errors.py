# exec / eval / compile errors, SyntaxError details
for bad in ['1 +', 'x = = 2', 'def f(:\n pass', 'return 5', '  x = 1']:
    try:
        exec(bad)
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno, e.offset, repr(e.text), e.filename)
try:
    eval('import os')
except SyntaxError as e:
    print(e)
try:
    compile('a b', 'myfile.py', 'exec')
except SyntaxError as e:
    print(e, e.args[0])
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: eval('x', []))
attempt(lambda: eval('x', 5))
attempt(lambda: exec('x', []))
attempt(lambda: eval(5))
attempt(lambda: exec(5))
attempt(lambda: compile('x', 'f', 'bad'))
attempt(lambda: compile(5, 'f', 'exec'))
attempt(lambda: eval('undefined_name'))
attempt(lambda: eval('1/0'))
attempt(lambda: exec('raise ValueError("inside")'))
attempt(lambda: eval('x', {}, 5))
e = SyntaxError('msg', ('f.py', 3, 4, 'line text', 3, 6))
print(e, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args)
print(SyntaxError('just'), SyntaxError(), repr(SyntaxError('r')))
