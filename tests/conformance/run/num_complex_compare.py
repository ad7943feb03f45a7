# complex equality with numbers, ordering errors, hash consistency
print(1+0j == 1, 1 == 1+0j, 1.5+0j == 1.5, 1j == 1, 2j != 2j, 0j == 0, 0j == False, (1+0j) == True)
print(complex(2**53, 0) == 2**53, complex(2**53, 0) == 2**53 + 1, complex(float('nan')) == complex(float('nan')))
print(1j == 'x', 1j != None, [1j] == [1j], (1+2j) in [3, 1+2j])
print(hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), hash(0j), hash(-1+0j), hash(1j), hash(3-4j), hash(-1.5+2.25j))
print(hash(complex(1e300, 1e300)), hash(complex(float('inf'), 0)), hash(complex(0, float('-inf'))))
d = {1: 'one', 2.0: 'two'}
print(d[1+0j], d[2+0j], {1j: 'a', 1j: 'b'}, len({1+0j, 1, 1.0}))
for op in ['<', '<=', '>', '>=']:
    for other in ['1j', '1', '1.0']:
        try:
            eval('2j ' + op + ' ' + other)
        except TypeError as e:
            print('TypeError', e)
try:
    sorted([1j, 2j])
except TypeError as e:
    print('TypeError', e)
print(hash((1+2j, 3)), hash((1.5-2j,)), hash((0j, -1j)), hash(frozenset([2j])) == hash(frozenset([2j])))
