# raise SystemExit with no argument: status 0; finally blocks still run
try:
    raise SystemExit
finally:
    print("cleanup")
