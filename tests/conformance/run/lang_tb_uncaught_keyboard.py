import sys
def handler():
    raise KeyboardInterrupt
try:
    handler()
except KeyboardInterrupt:
    print('interrupted (caught)')
sys.exit(130)
