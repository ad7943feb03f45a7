import io
import sys
import contextlib

saved = sys.stdout
sys.stdout = io.StringIO()
print('captured one')
print('captured', 'two', sep='+')
sys.stdout.write('direct\n')
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))

f = io.StringIO()
with contextlib.redirect_stdout(f):
    print('inside redirect')
    help_text = 'no'
print('after', repr(f.getvalue()))

sys.stdout = None
print('dropped because stdout is None')
sys.stdout = saved
print('restored', sys.stdout is sys.__stdout__)

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print('to err', file=sys.stderr)
print(repr(err.getvalue()))
