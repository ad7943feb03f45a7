import os

TMP = "_sysio_tmp_os_chdir"


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
    start = os.getcwd()
    os.mkdir(os.path.join(TMP, 'inner'))
    os.chdir(TMP)
    print(os.path.basename(os.getcwd()), sorted(os.listdir('.')))
    touch('here.txt', 'relative')
    os.chdir('inner')
    print(os.path.basename(os.getcwd()), os.path.exists('../here.txt'))
    os.chdir(os.pardir)
    os.chdir('..')
    print(os.getcwd() == start, open(os.path.join(TMP, 'here.txt')).read())
    try:
        os.chdir(os.path.join(TMP, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
    try:
        os.chdir(os.path.join(TMP, 'here.txt'))
    except NotADirectoryError as e:
        print('NotADirectoryError', e)
    print(os.getcwd() == start, type(os.getcwdb()).__name__)
finally:
    cleanup()
print(os.path.exists(TMP))
