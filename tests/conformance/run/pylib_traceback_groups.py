import traceback


def boom(n):
    raise ValueError(f'bad {n}')


errors = []
for i in range(2):
    try:
        boom(i)
    except ValueError as e:
        errors.append(e)
group = ExceptionGroup('several', errors + [TypeError('t')])
try:
    raise group
except ExceptionGroup as eg:
    text = ''.join(traceback.format_exception(eg))
print(text.replace(__file__, 'FILE'), end='')
print(traceback.format_exception_only(group))
try:
    try:
        raise ExceptionGroup('inner', [KeyError('k')])
    except* KeyError as eg:
        raise RuntimeError('after group') from eg
except RuntimeError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'), end='')
