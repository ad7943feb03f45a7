def task(i):
    if i % 2:
        raise ValueError(f'task {i} failed')
errors = []
for i in range(4):
    try:
        task(i)
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup('tasks failed', errors)
