import hashlib
import io
import os

print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 10).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', bytearray(b'salt'), 3, 10).hex())
print(hashlib.pbkdf2_hmac('sha512', memoryview(b'password'), b'NaCl', 100, 16).hex())
print(len(hashlib.pbkdf2_hmac('md5', b'', b'', 1)))
cases = [lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 0),
         lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1, 0),
         lambda: hashlib.pbkdf2_hmac('nope', b'pw', b'salt', 1),
         lambda: hashlib.pbkdf2_hmac('sha256', 'pw', b'salt', 1),
         lambda: hashlib.new(5),
         lambda: hashlib.file_digest(io.StringIO('x'), 'sha256').hexdigest()]
for f in cases:
    try:
        print(f())
    except Exception as e:
        msg = str(e)
        print(type(e).__name__, msg[msg.find(' is not'):] if 'StringIO' in msg else msg)
print(hashlib.file_digest(io.BytesIO(b'abc' * 10000), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
folder = '/tmp/misc_hashlib_%d' % os.getpid()
os.mkdir(folder)
path = os.path.join(folder, 'data.bin')
with open(path, 'wb') as f:
    f.write(bytes(range(256)) * 100)
with open(path, 'rb') as f:
    print(hashlib.file_digest(f, 'sha1').hexdigest())
os.remove(path)
os.rmdir(folder)
print(repr(hashlib.md5()).startswith('<md5 _hashlib.HASH object @ 0x'))
