import os

TMP = "_sysio_tmp_open_closed"


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
    f = open(P, 'w')
    f.write('x')
    f.close()
    f.close()
    print(f.closed)
    for name, args in [('write', ('y',)), ('read', ()), ('readline', ()), ('tell', ()), ('seek', (0,)),
                       ('flush', ()), ('truncate', ())]:
        try:
            getattr(f, name)(*args)
        except ValueError as e:
            print(name, 'ValueError', e)
    try:
        with f:
            pass
    except ValueError as e:
        print('with', e)
    try:
        next(iter(f))
    except ValueError as e:
        print('iter', e)
    with open(P) as g:
        pass
    print(g.closed, open(P).read())
finally:
    cleanup()
print(os.path.exists(TMP))
