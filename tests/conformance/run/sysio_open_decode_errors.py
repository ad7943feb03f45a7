import os

TMP = "_sysio_tmp_open_decode_errors"


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
    with open(P, 'wb') as f:
        f.write(b'ok \xff\xfe bad \xc3\xa9 end\n')
    for errors in ['replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        with open(P, errors=errors) as f:
            print(errors, ascii(f.read()))
    try:
        with open(P) as f:
            f.read()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
    print(ascii(open(P, encoding='latin-1').read()))
    with open(P, 'wb') as f:
        f.write(b'abc\xe2\x82')
    try:
        open(P, encoding='utf-8').read()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
    with open(P, 'wb') as f:
        f.write(b'\xe9t\xe9')
    try:
        open(P, encoding='ascii').read()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
    print(open(P, encoding='ascii', errors='replace').read())
finally:
    cleanup()
print(os.path.exists(TMP))
