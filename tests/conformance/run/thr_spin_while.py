# A thread spinning on `while not flag[0]: pass` (no call in the loop) must
# still reach region boundaries, so that the main thread runs on one worker.
import _thread, time
flag = [0]
def spin():
    while not flag[0]:
        pass
_thread.start_new_thread(spin, ())
for i in range(100000):
    pass
print('main')
flag[0] = 1
