name, age, score = 'Ann', 30, 91.456
print('Name: %s, Age: %d, Score: %.1f' % (name, age, score))
print('%-10s|%10s|' % ('left', 'right'))
print('%05.1f %+d %x %o %e %E %g' % (3.14159, 5, 255, 8, 12345.678, 0.000123, 1e-5))
print('%(name)s is %(age)d' % {'name': name, 'age': age})
print('%%d literal, %c char, %r repr' % ('A', 'q'))
print('Hello, {}! You are {} years old.'.format(name, age))
print('{0} {1} {0}'.format('a', 'b'), '{name}:{score:.2f}'.format(name=name, score=score))
print('{:<8}|{:^8}|{:>8}|'.format('l', 'c', 'r'), '{:*^11}'.format('mid'))
print('{:,}'.format(1234567), '{:.2%}'.format(0.256), '{:08.3f}'.format(-3.14159), '{:x} {:#b}'.format(255, 5))
data = {'k': [10, 20]}
print('{d[k][1]}'.format(d=data), '{0[k]}'.format(data))
print(f'{name!r:>8} {age:03d} {score:10.2f}|{score:<10.1e}|')
import string
t = string.Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
print(str.format('{} + {} = {}', 1, 2, 3), format(0.5, '.0%'), format(12, 'b'))
