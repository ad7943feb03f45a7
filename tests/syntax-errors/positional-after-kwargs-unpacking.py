f(**k, x)
