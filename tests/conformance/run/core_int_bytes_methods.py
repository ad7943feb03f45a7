# int.to_bytes / from_bytes, bit_count, as_integer_ratio, float.hex / fromhex, floor/ceil/trunc
import math
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, byteorder='little'), (-1).to_bytes(2, 'big', signed=True), (255).to_bytes(), (0).to_bytes(0, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2], 'little'), int.from_bytes(b'', 'big'), int.from_bytes(bytearray(b'\x80'), 'little', signed=True))
print((2**100).to_bytes(13, 'little') == (2**100).to_bytes(13, 'little'), int.from_bytes((2**100).to_bytes(13, 'big'), 'big') == 2**100, (-129).to_bytes(2, 'little', signed=True))
print((5).bit_count(), (-7).bit_count(), (0).bit_count(), (10).as_integer_ratio(), (True).as_integer_ratio())
print((0.5).as_integer_ratio(), (-2.75).as_integer_ratio(), (0.1).as_integer_ratio(), (3.0).as_integer_ratio())
print((1.5).hex(), (0.1).hex(), (-0.0).hex(), (1e-320).hex(), float('inf').hex(), (2.0 ** 100).hex())
print(float.fromhex('0x1.8p+0'), float.fromhex('0x1.999999999999ap-4'), float.fromhex('-0x1p-2'), float.fromhex('inf'), float.fromhex('0xAp0'), float.fromhex('  0x.8  '))
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-2.5), math.floor(7), (2.5).__floor__(), (7).__ceil__(), divmod(7.5, 2), (7).__divmod__(2))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: (1024).to_bytes(1, 'big'))
attempt(lambda: (-1).to_bytes(2, 'big'))
attempt(lambda: (1).to_bytes(2, 'middle'))
attempt(lambda: (1).to_bytes(-1, 'big'))
attempt(lambda: (128).to_bytes(1, 'big', signed=True))
attempt(lambda: float('inf').as_integer_ratio())
attempt(lambda: float('nan').as_integer_ratio())
attempt(lambda: float.fromhex('0xz'))
attempt(lambda: math.floor(float('inf')))
