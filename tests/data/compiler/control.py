if a:
    x = 1
elif b:
    x = 2
else:
    x = 3
while n > 0:
    n -= 1
    if n == 5:
        continue
    if n == 2:
        break
else:
    done()
for i in range(10):
    if i % 2:
        continue
    print(i)
else:
    print('finished')
while True:
    if stop():
        break
if a and (b or not c):
    pass
x = a if b else c
if 0 < x < 10:
    pass
for k, v in d.items():
    pass
for q in [1, 2, 3]:
    pass
assert x, 'message'
assert y
