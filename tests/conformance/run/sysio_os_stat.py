import os

TMP = "_sysio_tmp_os_stat"


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
    touch(P, 'x' * 100)
    st = os.stat(P)
    print(st.st_size, st[6], len(st), type(st).__name__, st.st_mode & 0o170000 == 0o100000)
    print(type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime >= st[8], type(st.st_mtime_ns).__name__)
    print(st.st_nlink, st.st_uid == os.stat(TMP).st_uid, isinstance(st.st_ino, int))
    d = os.stat(TMP)
    print(d.st_mode & 0o170000 == 0o040000)
    print(os.lstat(P).st_size, os.stat(P, follow_symlinks=False).st_size)
    with open(P) as f:
        print(os.fstat(f.fileno()).st_size)
    try:
        os.stat(os.path.join(TMP, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
    print(repr(st).startswith('os.stat_result(st_mode='))
    mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
    print(size, type(atime).__name__)
finally:
    cleanup()
print(os.path.exists(TMP))
