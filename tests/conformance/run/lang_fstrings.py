x = 42
name = 'world'
print(f'{x=}', f'{name=}', f'{x + 1 = }', f'{name!r}', f'{name!s}', f'{name!a}')
print(f'{x:>10}|', f'{x:<5}|', f'{x:^7}|', f'{x:*^9}|', f'{x:05}', f'{-x:05}')
width, prec = 10, 3
print(f'{3.14159:{width}.{prec}f}|', f'{"hi":{width}}|')
print(f'{{literal}}', f'{x!r:>5}', f'{"nested " + f"{x}"}')
print(f'{x:#x} {x:#o} {x:#b} {x:X} {255:#X}')
print(f'{1234567:,} {1234567:_} {0.5:%} {0.125:.1%} {1234567.891:,.2f}')
print(f'{12345.678:e} {12345.678:.2E} {0.00001234:g} {1e20:g} {123.0:g} {1.5:G}')
print(f'{x:+} {x: } {-x: } {3.0:+.1f}')
print(f'{"abc":.2} {"abc":5.1}|')
d = {'a': 1}
print(f"{d['a']} {d!r}")
print(f'{x:{"<"}{8}}|')
print(f'{ "spaces" }')
print(f'{x}' f'{x}' 'plain')
val = 3
print(f'{val:03d} {val:3d}| {val:<3d}|')
print(f'{1_000_000:_x} {255:08b}')
print(f'{"multi"}\n{"line"}')
print(f'{3.0} {1e16} {1/3:.5} {2.5:.0f} {3.5:.0f}')
try:
    f'{x:q}'
except ValueError as e:
    print(e)
try:
    f'{"s":d}'
except ValueError as e:
    print(e)
try:
    f'{3.5:d}'
except ValueError as e:
    print(e)
u = 'é日😀'
print(f'{u!a}', f'{u!a:>20}|', f'{u!r}', ascii(u))
