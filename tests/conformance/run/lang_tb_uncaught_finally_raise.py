def work():
    try:
        raise ValueError('first')
    finally:
        raise RuntimeError('from finally')
work()
