# Stress: a bank of accounts protected by one RLock taken recursively;
# money is conserved and every transfer is counted.
import threading


class Bank:
    def __init__(self, n, amount):
        self.lock = threading.RLock()
        self.accounts = [amount] * n
        self.transfers = 0

    def withdraw(self, i, x):
        with self.lock:
            self.accounts[i] -= x

    def deposit(self, i, x):
        with self.lock:
            self.accounts[i] += x

    def transfer(self, a, b, x):
        with self.lock:
            self.withdraw(a, x)
            self.deposit(b, x)
            self.transfers += 1

    def total(self):
        with self.lock:
            return sum(self.accounts)


bank = Bank(10, 100)
N, PER = 6, 300
totals = []


def client(k):
    for i in range(PER):
        bank.transfer((k + i) % 10, (k * 3 + i * 7) % 10, (i % 5) + 1)
        if i % 50 == 0:
            t = bank.total()
            with bank.lock:
                totals.append(t)


ts = [threading.Thread(target=client, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(bank.total(), bank.transfers, set(totals), len(totals))
print(bank.lock._is_owned(), bank.lock._recursion_count())

# Condition over the RLock: wait while holding it recursively.
cond = threading.Condition(bank.lock)
ready = []


def waiter():
    with bank.lock:
        with cond:
            cond.wait_for(lambda: ready)
            ready.append('waiter saw %d' % bank.lock._recursion_count())


t = threading.Thread(target=waiter)
t.start()
with cond:
    ready.append('go')
    cond.notify_all()
t.join()
print(ready)
