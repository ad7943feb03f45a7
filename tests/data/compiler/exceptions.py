try:
    risky()
except ValueError:
    handle()
except (TypeError, KeyError) as err:
    print(err)
except:
    raise
else:
    ok()
finally:
    cleanup()

def returns_through_finally():
    try:
        return compute()
    finally:
        release()

def loop_with_finally(items):
    for item in items:
        try:
            if item:
                continue
            break
        finally:
            log(item)

def reraise():
    try:
        pass
    except Exception as e:
        raise RuntimeError('wrapped') from e

def nested():
    try:
        try:
            a()
        except A:
            return 1
    except B as b:
        return b
