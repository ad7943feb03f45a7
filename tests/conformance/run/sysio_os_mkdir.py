import os

TMP = "_sysio_tmp_os_mkdir"


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
    d = os.path.join(TMP, 'new')
    os.mkdir(d)
    print(os.path.isdir(d))
    try:
        os.mkdir(d)
    except FileExistsError as e:
        print('FileExistsError', e.errno, e)
    try:
        os.mkdir(os.path.join(TMP, 'no', 'parent'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
    deep = os.path.join(TMP, 'x', 'y', 'z')
    os.makedirs(deep)
    print(os.path.isdir(deep))
    os.makedirs(deep, exist_ok=True)
    try:
        os.makedirs(deep)
    except FileExistsError as e:
        print('FileExistsError', e)
    touch(P)
    try:
        os.makedirs(P, exist_ok=True)
    except FileExistsError as e:
        print('FileExistsError', e)
    try:
        os.rmdir(os.path.join(TMP, 'x'))
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    os.removedirs(deep)
    print(os.path.exists(os.path.join(TMP, 'x')), os.path.exists(TMP))
    try:
        os.rmdir(os.path.join(TMP, 'gone'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
    try:
        os.rmdir(P)
    except NotADirectoryError as e:
        print('NotADirectoryError', e)
finally:
    cleanup()
print(os.path.exists(TMP))
