errors = ['line one', 'line two']
raise ValueError('validation failed:\n' + '\n'.join(errors))
