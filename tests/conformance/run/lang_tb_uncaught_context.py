class Cleanup:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print('cleaning up', exc[0].__name__)
        raise RuntimeError('cleanup failed')
with Cleanup():
    raise ValueError('original problem')
