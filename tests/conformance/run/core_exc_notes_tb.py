# add_note: __notes__ and their lines in the uncaught traceback
e = ValueError('v')
e.add_note('n1')
print(e.__notes__)
try:
    Exception().add_note(5)
except TypeError as err:
    print(err)
def fail():
    err = KeyError('missing')
    err.add_note('while looking up the config')
    err.add_note('second line\nthird line')
    raise err
fail()
