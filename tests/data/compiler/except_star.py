try:
    work()
except* ValueError as group:
    handle(group)
except* (TypeError, OSError):
    pass
else:
    fine()
finally:
    done()
