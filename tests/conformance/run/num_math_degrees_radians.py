# degrees and radians
import math
print(math.degrees(math.pi), math.degrees(math.pi / 2), math.degrees(1), math.degrees(-0.0), math.degrees(0))
print(math.radians(180), math.radians(90), math.radians(1), math.radians(-360), math.radians(True))
print(math.degrees(math.inf), math.radians(-math.inf), math.degrees(math.nan))
try:
    math.degrees(1e308)
except OverflowError as e:
    print('OverflowError', e)
print([round(math.degrees(math.radians(d)), 9) for d in range(0, 361, 45)])
