import os

TMP = "_sysio_tmp_open_errors"


def cleanup():
    if not os.path.isdir(TMP):
        return
    for root, dirs, files in os.walk(TMP, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(TMP)


cleanup()
os.mkdir(TMP)
P = os.path.join(TMP, "data.txt")
try:
    missing = os.path.join(TMP, 'missing.txt')
    try:
        open(missing)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
        print(e)
        print(e.args, isinstance(e, OSError))
    try:
        open(os.path.join(TMP, 'nodir', 'x.txt'), 'w')
    except FileNotFoundError as e:
        print(e)
    try:
        open(TMP)
    except IsADirectoryError as e:
        print(type(e).__name__, e)
    try:
        open(TMP, 'w')
    except IsADirectoryError as e:
        print(type(e).__name__, e)
    for mode in ['rz', 'rw', 'rbt', '', 'b', 'r++', 'U']:
        try:
            open(P, mode)
        except ValueError as e:
            print(repr(mode), e)
    open(P, 'w').close()
    for kwargs in [{'mode': 'rb', 'encoding': 'utf-8'}, {'mode': 'rb', 'errors': 'strict'},
                   {'mode': 'rb', 'newline': ''}, {'buffering': 0}, {'encoding': 'no-such-codec'},
                   {'newline': 'x'}, {'mode': 5}]:
        try:
            open(P, **kwargs)
        except (ValueError, LookupError, TypeError) as e:
            print(type(e).__name__, e)
    for bad in [1.5, None, ['x']]:
        try:
            open(bad)
        except TypeError as e:
            print('TypeError', e)
finally:
    cleanup()
print(os.path.exists(TMP))
