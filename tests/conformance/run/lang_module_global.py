global counter
counter = 1
def bump():
    global counter
    counter += 1
bump()
print(counter)
for i in range(2):
    global total
    total = i
print(total, i)
if True:
    inner_block_var = 'visible'
print(inner_block_var)
try:
    exc_var_test = 1
    raise ValueError
except ValueError as caught_exc:
    pass
print('caught_exc' in globals(), exc_var_test)
import contextlib
with contextlib.nullcontext('ctx') as ctx_value:
    pass
print(ctx_value)
print(sorted(k for k in globals() if not k.startswith('__'))[:6])
