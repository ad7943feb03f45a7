def f(x):
    try:
        print('try', x)
        if x == 1:
            raise ValueError('one')
        if x == 2:
            return 'early'
    except ValueError as e:
        print('except', e)
        return 'from except'
    else:
        print('else')
    finally:
        print('finally')
    return 'end'
for i in range(3):
    print(f(i))
def ret_finally():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_finally())
def swallow():
    try:
        raise KeyError('x')
    finally:
        return 'swallowed'
print(swallow())
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(loop())
def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print('inner caught')
            raise
        finally:
            print('inner finally')
    except ZeroDivisionError as e:
        print('outer caught', e)
nested()
try:
    pass
except:
    print('never')
else:
    print('else without exception')
def gen_count():
    n = 0
    while True:
        try:
            n += 1
            if n > 3:
                break
        finally:
            print('iteration', n)
    return n
print(gen_count())
e = 'before'
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print('NameError', err)
try:
    raise TypeError('a', 'b')
except (ValueError, TypeError) as ex:
    print(type(ex).__name__, ex.args, str(ex))
