# struct.error messages for out-of-range and wrong-type values, wrong counts and sizes
import struct
calls = ['pack("b", 200)', 'pack("B", -1)', 'pack("h", 70000)', 'pack("H", -1)', 'pack("i", 2**31)', 'pack("<i", -2**31 - 1)', 'pack("I", -1)',
         'pack("<I", 2**32)', 'pack("l", 2**63)', 'pack("<l", 2**31)', 'pack("<L", 2**32)', 'pack("q", 2**63)', 'pack("Q", -1)', 'pack("<Q", 2**64)',
         'pack("B", 2**64)', 'pack("b", 2**63)', 'pack("i", 2**100)', 'pack("N", -1)', 'pack("P", 2**64)', 'pack("i", 1.5)', 'pack("i", "a")',
         'pack("i", None)', 'pack("i")', 'pack("i", 1, 2)', 'pack("x", 1)', 'pack("<2i", 1)', 'unpack("i", b"abc")', 'unpack("i", b"abcde")',
         'unpack("<h", "ab")', 'unpack("i", 5)', 'calcsize(1)', 'pack(1)', 'unpack("i")', 'pack()']
for c in calls:
    try:
        print(c, '->', eval('struct.' + c))
    except (struct.error, TypeError) as e:
        print(c, '->', type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__name__, struct.error.__module__)
