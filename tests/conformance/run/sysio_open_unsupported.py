import os

TMP = "_sysio_tmp_open_unsupported"


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
    import io
    open(P, 'w').close()
    with open(P) as f:
        for name, args in [('write', ('x',)), ('writelines', (['x'],)), ('truncate', ())]:
            try:
                getattr(f, name)(*args)
            except io.UnsupportedOperation as e:
                print(name, type(e).__name__, e)
    with open(P, 'w') as f:
        for name in ['read', 'readline', 'readlines']:
            try:
                getattr(f, name)()
            except io.UnsupportedOperation as e:
                print(name, type(e).__name__, e)
    with open(P, 'rb') as f:
        try:
            f.write(b'x')
        except io.UnsupportedOperation as e:
            print('rb write', e)
    with open(P, 'wb') as f:
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print('wb read', e)
    with open(P, 'rb', buffering=0) as f:
        try:
            f.write(b'x')
        except io.UnsupportedOperation as e:
            print('raw write', e)
finally:
    cleanup()
print(os.path.exists(TMP))
