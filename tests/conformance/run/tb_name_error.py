# uncaught NameError
print("before")
print(undefined_name)
