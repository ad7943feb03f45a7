import sys

def hook(exc_type, exc, tb):
    print('hook:', exc_type.__name__, exc, tb is not None, tb.tb_lineno if tb else None)

print(sys.excepthook is sys.__excepthook__)
sys.excepthook = hook
print(sys.excepthook is sys.__excepthook__)
raise ValueError('handled by the hook')
