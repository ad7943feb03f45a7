import os

TMP = "_sysio_tmp_os_listdir"


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
    for name in ['b.txt', 'a.txt', 'c.py']:
        touch(os.path.join(TMP, name), name)
    os.mkdir(os.path.join(TMP, 'dir1'))
    print(sorted(os.listdir(TMP)))
    print(sorted(os.listdir(os.path.join(TMP, 'dir1'))))
    print(sorted(n for n in os.listdir(TMP) if n.endswith('.txt')))
    with os.scandir(TMP) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path, e.is_file(), e.is_dir(), e.is_symlink(), e.stat().st_size if e.is_file() else '-')
    print(os.fspath(entries[0]) == entries[0].path)
    print(sorted(e.name for e in os.scandir(TMP) if e.is_dir()))
    print(sorted(os.listdir(TMP.encode()))[:1])
    try:
        os.listdir(os.path.join(TMP, 'nope'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
    try:
        os.listdir(os.path.join(TMP, 'a.txt'))
    except NotADirectoryError as e:
        print('NotADirectoryError', e)
    try:
        list(os.scandir(os.path.join(TMP, 'nope')))
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
finally:
    cleanup()
print(os.path.exists(TMP))
