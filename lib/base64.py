"""base64: https://docs.python.org/3.11/library/base64.html

Model: Base64 rides on binascii (b2a_base64 / a2b_base64), with altchars
swapped in and out by bytes.translate; Base32 and Base16 are coded here.
Decoders take bytes-like objects or ASCII str; errors are binascii.Error.
"""
import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % type(s).__name__) from None


def _data(s):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__) from None


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _input(s)
    if altchars is not None:
        altchars = _input(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    return b64decode(_input(s).translate(bytes.maketrans(b'-_', b'+/')))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
#: number of '=' at the end of a quantum -> data bytes it holds
_B32_PAD_BYTES = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32encode(alphabet, s):
    b = _data(s)
    out = bytearray()
    for i in range(0, len(b), 5):
        chunk = b[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        quantum = bytes(alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8))
        used = (len(chunk) * 8 + 4) // 5
        out += quantum[:used] + b'=' * (8 - used)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _input(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _input(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    pads = len(s) - len(stripped)
    out = bytearray()
    for i in range(0, len(stripped), 8):
        quantum = stripped[i:i + 8]
        n = 0
        for c in quantum:
            v = alphabet.find(bytes([c]))
            if v < 0:
                raise binascii.Error('Non-base32 digit found')
            n = (n << 5) | v
        out += (n << 5 * (8 - len(quantum))).to_bytes(5, 'big')
    if s and pads:
        if pads not in _B32_PAD_BYTES:
            raise binascii.Error('Incorrect padding')
        del out[len(out) - 5 + _B32_PAD_BYTES[pads]:]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    return _data(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    s = _input(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


def encodebytes(s):
    b = _data(s)
    out = bytearray()
    for i in range(0, len(b), MAXBINSIZE):
        out += binascii.b2a_base64(b[i:i + MAXBINSIZE])
    return bytes(out)


def decodebytes(s):
    return binascii.a2b_base64(_data(s))


def encode(input, output):
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    for line in iter(input.readline, b''):
        output.write(binascii.a2b_base64(line))
