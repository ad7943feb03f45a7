import os

TMP = "_sysio_tmp_os_remove_rename"


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
    a = os.path.join(TMP, 'a.txt')
    b = os.path.join(TMP, 'b.txt')
    touch(a, 'A')
    os.rename(a, b)
    print(os.path.exists(a), open(b).read())
    touch(a, 'new A')
    try:
        os.rename(a, os.path.join(TMP, 'nodir', 'c.txt'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
    os.replace(a, b)
    print(sorted(os.listdir(TMP)), open(b).read())
    os.remove(b)
    print(os.listdir(TMP))
    try:
        os.remove(b)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.filename == b, e.strerror)
    try:
        os.unlink(TMP)
    except IsADirectoryError as e:
        print('IsADirectoryError', e)
    touch(a)
    os.unlink(a)
    print(os.listdir(TMP))
    os.mkdir(os.path.join(TMP, 'd1'))
    os.rename(os.path.join(TMP, 'd1'), os.path.join(TMP, 'd2'))
    print(os.listdir(TMP))
    os.renames(os.path.join(TMP, 'd2'), os.path.join(TMP, 'deep', 'd3'))
    print(sorted(os.listdir(TMP)), os.listdir(os.path.join(TMP, 'deep')))
finally:
    cleanup()
print(os.path.exists(TMP))
