import os

TMP = "_sysio_tmp_os_path_fs"


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
    touch(P, 'twelve bytes')
    sub = os.path.join(TMP, 'sub')
    os.mkdir(sub)
    for x in [P, sub, os.path.join(TMP, 'missing')]:
        print(os.path.basename(x), os.path.exists(x), os.path.isfile(x), os.path.isdir(x), os.path.islink(x), os.path.lexists(x))
    print(os.path.getsize(P))
    try:
        os.path.getsize(os.path.join(TMP, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
    print(os.path.abspath(P) == os.path.join(os.getcwd(), P), os.path.isabs(os.path.abspath('x')))
    print(os.path.relpath(os.path.abspath(P)) == P, os.path.realpath(P) == os.path.abspath(P))
    print(type(os.path.getmtime(P)).__name__, os.path.getmtime(P) > 1e9)
    print(os.path.samefile(P, os.path.join(TMP, '.', 'data.txt')))
    print(os.path.exists(''), os.path.isdir('.'), os.path.exists('\0' if False else TMP))
finally:
    cleanup()
print(os.path.exists(TMP))
