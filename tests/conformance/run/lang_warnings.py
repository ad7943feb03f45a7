import warnings
def old():
    warnings.warn('old() is deprecated', DeprecationWarning, stacklevel=2)
    return 1
print('start')
warnings.warn('plain user warning')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    old()
    warnings.warn('second', RuntimeWarning)
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
warnings.simplefilter('error')
try:
    warnings.warn('now an error')
except UserWarning as e:
    print('raised', e)
print('end')
