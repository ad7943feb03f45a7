import os

os.environ['SYSIO_TEST_VAR'] = 'value 1'
print(os.environ['SYSIO_TEST_VAR'], os.getenv('SYSIO_TEST_VAR'), 'SYSIO_TEST_VAR' in os.environ)
print(os.environ.get('SYSIO_MISSING'), os.getenv('SYSIO_MISSING', 'default'), os.environ.get('SYSIO_MISSING', 'd2'))
try:
    os.environ['SYSIO_MISSING']
except KeyError as e:
    print('KeyError', e)
del os.environ['SYSIO_TEST_VAR']
print(os.getenv('SYSIO_TEST_VAR'))
try:
    del os.environ['SYSIO_TEST_VAR']
except KeyError as e:
    print('KeyError', e)
for bad in [('k', 5), (5, 'v')]:
    try:
        os.environ[bad[0]] = bad[1]
    except TypeError as e:
        print('TypeError', e)
print(os.environ.setdefault('SYSIO_SD', 'first'), os.environ.setdefault('SYSIO_SD', 'second'))
print(os.environ.pop('SYSIO_SD'), os.environ.pop('SYSIO_SD', 'gone'))
os.environ.update({'SYSIO_A': '1', 'SYSIO_B': '2'})
print(sorted(k for k in os.environ if k.startswith('SYSIO_')))
print(sorted((k, v) for k, v in os.environ.items() if k.startswith('SYSIO_')))
print(len(os.environ) > 0, type(os.environ.copy()).__name__, isinstance(dict(os.environ), dict))
print('PATH' in os.environ, type(os.environ['PATH']).__name__)
