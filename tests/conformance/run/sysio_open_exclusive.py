import os

TMP = "_sysio_tmp_open_exclusive"


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
    with open(P, 'x') as f:
        f.write('created')
    try:
        open(P, 'x')
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
        print(e)
    try:
        open(P, 'xb')
    except OSError as e:
        print(type(e).__name__, isinstance(e, FileExistsError))
    with open(P) as f:
        print(f.read())
    with open(os.path.join(TMP, 'new.bin'), 'xb') as f:
        print(f.mode, f.write(b'\x00\x01'))
    print(sorted(os.listdir(TMP)))
finally:
    cleanup()
print(os.path.exists(TMP))
