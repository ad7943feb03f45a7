def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
print(f1())
def f2():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return 'loop done'
print(f2())
def f3():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(f3())
def f4():
    x = 'original'
    try:
        return x
    finally:
        x = 'changed'
print(f4())
def f5():
    while True:
        try:
            break
        finally:
            print('f5 finally on break')
    return 'after loop'
print(f5())
def f6():
    try:
        try:
            raise KeyError('a')
        finally:
            raise ValueError('b')
    except Exception as e:
        return f'{type(e).__name__} {e} context={e.__context__!r}'
print(f6())
def f7():
    results = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError('skip')
            results.append(i)
        except RuntimeError:
            continue
        finally:
            results.append(f'f{i}')
    return results
print(f7())
def f8():
    try:
        pass
    finally:
        pass
    return 'normal'
print(f8())
def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'from except'
    finally:
        print('f9 finally')
print(f9())
