import sys
print('start')
try:
    sys.exit(5)
except SystemExit as e:
    print('caught exit', e.code)
try:
    sys.exit('message')
except SystemExit as e:
    print('caught exit', e.code)
try:
    exit()
except SystemExit as e:
    print('caught exit()', e.code)
def cleanup():
    try:
        sys.exit(2)
    finally:
        print('finally runs')
try:
    cleanup()
except SystemExit as e:
    print('code', e.code)
sys.stdout.write('via write\n')
print('err line', file=sys.stderr)
sys.exit(3)
