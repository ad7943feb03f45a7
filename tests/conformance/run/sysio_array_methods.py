from array import array

a = array('i', [3, 1, 2])
a.append(5)
a.extend([6, 7])
a.extend(array('i', [8]))
a.insert(0, 0)
a.insert(100, 9)
a.insert(-100, -1)
print(a)
print(a.pop(), a.pop(0), a.pop(2), a)
print(a.index(5), a.index(2, 1), a.count(1), a.count(42))
a.remove(5)
a.reverse()
print(a, len(a))
a.fromlist([10, 11])
print(a)
for f, exc in [(lambda: array('i').pop(), IndexError), (lambda: array('i', [1]).pop(3), IndexError),
               (lambda: array('i', [1]).remove(2), ValueError), (lambda: array('i', [1]).index(2), ValueError),
               (lambda: array('i').fromlist((1,)), TypeError), (lambda: array('i').extend(array('d')), TypeError),
               (lambda: array('i', [1])[3], IndexError), (lambda: array('i').tounicode(), ValueError)]:
    try:
        f()
    except exc as e:
        print(type(e).__name__, e)
u = array('u', 'abc')
u.fromunicode('de')
u.append('f')
print(u, u.tounicode(), u[1], u.tolist())
print(sum(array('d', [0.5, 1.5, 2.0])), max(array('h', [3, -4, 2])), sorted(array('b', [3, 1, 2])))
