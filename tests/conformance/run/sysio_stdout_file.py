import os
import sys

TMP = '_sysio_tmp_stdout_file'
os.mkdir(TMP)
path = os.path.join(TMP, 'out.txt')
try:
    saved = sys.stdout
    with open(path, 'w') as f:
        sys.stdout = f
        print('into the file', 1, 2)
        print('second line', end='!\n')
        sys.stdout.write('written directly\n')
        sys.stdout = saved
    print('back on stdout')
    with open(path) as f:
        print(f.read(), end='')
    with open(path, 'a') as f:
        print('appended by print(file=)', file=f)
    print(open(path).read().splitlines())
finally:
    sys.stdout = sys.__stdout__
    os.remove(path)
    os.rmdir(TMP)
print(os.path.exists(TMP))
