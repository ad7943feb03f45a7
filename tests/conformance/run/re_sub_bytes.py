import re

print(re.sub(rb'(\d+)', rb'<\1>', b'a12b3'))
print(re.sub(rb'(?P<x>\w)', rb'\g<x>\g<x>', b'ab'))
print(re.subn(rb'', b'-', b'ab'), re.sub(rb'x*', b'-', b'abxd'))
print(re.sub(rb'a', rb'\n\t\\', b'a'), re.sub(rb'a', lambda m: m.group().upper(), b'banana'))
print(re.sub(rb'\s+', b' ', b'  many   spaces\there \n'))
print(re.split(rb'(\d)', b'a1b2c'), re.split(rb'\W+', b'a, b; c', maxsplit=1))
for bad in [lambda: re.sub(rb'a', rb'\2', b'a'), lambda: re.sub(rb'(a)', rb'\g<x>', b'a'), lambda: re.sub(rb'a', lambda m: 'x', b'a')]:
    try:
        print(bad())
    except (re.error, IndexError, TypeError) as e:
        print(type(e).__name__, e)
