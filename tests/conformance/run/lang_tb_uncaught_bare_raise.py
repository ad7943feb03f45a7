def risky():
    try:
        {}['missing']
    except KeyError:
        print('logging and re-raising')
        raise
risky()
