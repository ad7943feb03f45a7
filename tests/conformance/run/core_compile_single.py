# compile(..., 'single') echoes expression values through sys.displayhook
code = compile('1 + 2', '<in>', 'single')
exec(code)
exec(compile('None', '<in>', 'single'))
exec(compile("'text'", '<in>', 'single'))
exec(compile('x = 5', '<in>', 'single'))
exec(compile('[x, x * 2]', '<in>', 'single'))
import builtins
print(builtins._)
import sys
seen = []
sys.displayhook = seen.append
exec(compile('40 + 2', '<in>', 'single'))
sys.displayhook = sys.__displayhook__
print(seen)
try:
    compile('a = 1\nb = 2', '<in>', 'single')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
