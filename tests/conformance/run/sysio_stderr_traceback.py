import sys

class Prefixer:
    def write(self, s):
        # CPython writes a traceback in several pieces: transform per piece.
        sys.__stdout__.write(s.replace('Error', '<Err>'))
    def flush(self):
        pass

sys.stderr = Prefixer()
print('before')

def fail():
    return 1 / 0

fail()
