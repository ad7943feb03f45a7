"""hashlib: https://docs.python.org/3.11/library/hashlib.html

Model: a hash object keeps every byte fed to it in a bytearray (`_data`);
`digest()` hashes that whole message through the native `_hashlib.digest`
(node:crypto). So `copy()` is a copy of the bytearray and all state lives in
the heap. blake2b/blake2s take no key/salt/digest_size options here.
"""
import _hashlib

#: name -> (digest_size, block_size)
_INFO = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
    'sha384': (48, 128), 'sha512': (64, 128), 'blake2b': (64, 128), 'blake2s': (32, 64),
    'sha3_224': (28, 144), 'sha3_256': (32, 136), 'sha3_384': (48, 104), 'sha3_512': (64, 72),
}

algorithms_guaranteed = frozenset(_INFO)
algorithms_available = frozenset(_INFO)
__all__ = ('new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac',
           'file_digest') + tuple(_INFO)


class UnsupportedDigestmodError(ValueError):
    pass


UnsupportedDigestmodError.__module__ = '_hashlib'


def _check(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


class HASH:
    __slots__ = ('name', '_data')

    def __init__(self, name, data=b''):
        self.name = name
        self._data = bytearray(_check(data))

    @property
    def digest_size(self):
        return _INFO[self.name][0]

    @property
    def block_size(self):
        return _INFO[self.name][1]

    def update(self, data):
        self._data += _check(data)

    def digest(self):
        return _hashlib.digest(self.name, self._data)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = HASH(self.name)
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %#x>' % (self.name, id(self))


HASH.__module__ = '_hashlib'


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    key = name.lower()
    if key not in _INFO:
        raise ValueError('unsupported hash type ' + str(name))
    return HASH(key, data)


def _constructor(name):
    def make(data=b'', *, usedforsecurity=True):
        return HASH(name, data)
    make.__name__ = 'openssl_' + name
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
blake2b = _constructor('blake2b')
blake2s = _constructor('blake2s')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    password = _check_bytes(password)
    salt = _check_bytes(salt)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if dklen is None:
        dklen = _INFO[hash_name][0] if hash_name in _INFO else 1
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    if hash_name not in _INFO:
        raise UnsupportedDigestmodError('[digital envelope routines] unsupported')
    return _hashlib.pbkdf2(hash_name, password, salt, iterations, dklen)


def _check_bytes(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return memoryview(data).tobytes()


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    digestobj = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if size == 0:
            break
        digestobj.update(view[:size])
    return digestobj
