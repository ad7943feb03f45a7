import os

TMP = "_sysio_tmp_open_fd"


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
    fd = os.open(P, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    with open(fd, 'w') as f:
        print(f.name == fd, f.write('via fd\n'))
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e)
    fd = os.open(P, os.O_RDONLY)
    f = open(fd, closefd=False)
    print(repr(f.read()))
    f.close()
    print(os.read(fd, 3))
    os.close(fd)
    with open(P, 'rb', buffering=0) as raw:
        print(raw.read(3), raw.readall(), raw.read(), raw.tell())
    with os.fdopen(os.open(P, os.O_RDONLY)) as f:
        print(f.read().strip())
    try:
        open(P, closefd=False)
    except ValueError as e:
        print(e)
    try:
        open(-1)
    except ValueError as e:
        print(e)
finally:
    cleanup()
print(os.path.exists(TMP))
