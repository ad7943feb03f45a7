import sys

print('out 1')
print('err 1', file=sys.stderr)
sys.stderr.write('err 2\n')
print('out 2', flush=True)
print(sys.stderr.write('abc\n'))
sys.stderr.flush()
print('done')
