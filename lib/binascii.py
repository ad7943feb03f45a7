"""binascii: https://docs.python.org/3.11/library/binascii.html

Model: pure functions from bytes to bytes; inputs are any bytes-like object
(the a2b_* decoders also take ASCII str). Errors are `binascii.Error` (a
ValueError) with CPython's messages. Encoding, crc32 and the
decoding of canonical Base64 run natively (`_binascii`); other Base64 input
is decoded here with CPython's lenient rules.
"""
import _binascii


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}
_HEX = b'0123456789abcdef'


def _bytes(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def _ascii(data):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def hexlify(data, sep=None, bytes_per_sep=1):
    out = _bytes(data).hex() if sep is None else _bytes(data).hex(sep, bytes_per_sep)
    return out.encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    s = _ascii(hexstr)
    if len(s) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for i in range(0, len(s), 2):
        hi = _HEX.find(bytes([s[i]]).lower())
        lo = _HEX.find(bytes([s[i + 1]]).lower())
        if hi < 0 or lo < 0:
            raise Error('Non-hexadecimal digit found')
        out.append(hi * 16 + lo)
    return bytes(out)


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    encoded = _binascii.b2a_base64(_bytes(data))
    return encoded + b'\n' if newline else encoded


def a2b_base64(data, *, strict_mode=False):
    s = _ascii(data)
    decoded = _binascii.a2b_base64_plain(s)
    if decoded is not None:
        return decoded
    if strict_mode and s[:1] == b'=':
        raise Error('Leading padding not allowed')
    acc = 0
    nbits = 0
    count = 0
    pads = 0
    padding_started = False
    out = bytearray()
    for i, c in enumerate(s):
        if c == 61:  # '='
            padding_started = True
            if count % 4 >= 2:
                pads += 1
                if count % 4 + pads >= 4:
                    if strict_mode and i + 1 != len(s):
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_VALUE.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        acc = (acc << 6) | v
        nbits += 6
        count += 1
        if nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 255)
            acc &= (1 << nbits) - 1
    if count % 4 == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) '
                    'cannot be 1 more than a multiple of 4' % count)
    if count % 4:
        raise Error('Incorrect padding')
    return bytes(out)


def crc32(data, crc=0):
    if not isinstance(crc, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(crc).__name__)
    return _binascii.crc32(_bytes(data), crc)
