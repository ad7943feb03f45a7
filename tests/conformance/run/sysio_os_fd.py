import os

TMP = "_sysio_tmp_os_fd"


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


def touch(path, text=""):
    with open(path, "w") as f:
        f.write(text)
try:
    fd = os.open(P, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(type(fd).__name__, os.write(fd, b'hello '), os.write(fd, b'world'))
    os.close(fd)
    fd = os.open(P, os.O_RDONLY)
    print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    try:
        os.open(P, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError as e:
        print('FileExistsError', e)
    fd = os.open(P, os.O_WRONLY | os.O_APPEND)
    os.write(fd, b'!')
    os.close(fd)
    print(open(P, 'rb').read())
    print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT | os.O_TRUNC > 0)
    try:
        os.write(1, 'text')
    except TypeError as e:
        print('TypeError', e)
finally:
    cleanup()
print(os.path.exists(TMP))
