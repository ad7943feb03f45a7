from array import array, typecodes, ArrayType

print(typecodes, ArrayType is array, array)
for tc in typecodes:
    a = array(tc)
    print(tc, a, a.typecode, a.itemsize, len(a))
print(array('i', [1, 2, 3]), array('d', [1.5, 2]), array('f', [0.1]), array('u', 'text'))
print(array('b', [-128, 0, 127]), array('B', b'AZ'), array('H', range(3)), array('q', (x * x for x in range(4))))
print(array('l', array('i', [7, 8])), array('d', array('i', [1, 2])))
a = array('i', [10, 20, 30])
print(a[0], a[-1], a[1:], a[::-1], list(a), len(a), 20 in a, 99 in a)
a[0] = 11
a[-1] = 33
print(a, a.tolist())
for i, v in enumerate(array('h', [5, 6])):
    print(i, v)
print(type(a).__name__, type(a).__module__, isinstance(a, array))
