# Bank transfers between accounts with one lock per account, taken in a
# fixed order (no deadlock); the total is conserved; audits run under all
# locks at once.
import random
import threading

N, ACCOUNTS, TRANSFERS = 4, 10, 800
balances = [1000] * ACCOUNTS
locks = [threading.Lock() for _ in range(ACCOUNTS)]
audit_lock = threading.Lock()
audits = []
refused = [0] * N


def transfer(src, dst, amount):
    first, second = sorted((src, dst))
    with locks[first]:
        with locks[second]:
            if balances[src] < amount:
                return False
            balances[src] -= amount
            balances[dst] += amount
            return True


def audit():
    for l in locks:
        l.acquire()
    try:
        return sum(balances)
    finally:
        for l in reversed(locks):
            l.release()


def teller(k):
    rng = random.Random(k)
    for i in range(TRANSFERS):
        src = rng.randrange(ACCOUNTS)
        dst = (src + 1 + rng.randrange(ACCOUNTS - 1)) % ACCOUNTS
        if not transfer(src, dst, rng.randrange(1, 300)):
            refused[k] += 1
        if i % 200 == 0:
            with audit_lock:
                audits.append(audit())


ts = [threading.Thread(target=teller, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sum(balances), min(balances) >= 0, set(audits), len(audits))

# Transfers between attributes of account objects, one global lock.
class Acct:
    def __init__(self, n):
        self.n = n
        self.history = []


accts = [Acct(500) for _ in range(5)]
glock = threading.Lock()


def mover(k):
    for i in range(600):
        a, b = accts[(i + k) % 5], accts[(i * 3 + k + 1) % 5]
        if a is b:
            continue
        with glock:
            amt = min(a.n, (i % 50) + 1)
            a.n -= amt
            b.n += amt
            a.history.append(-amt)
            b.history.append(amt)


ts = [threading.Thread(target=mover, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sum(a.n for a in accts), all(500 + sum(a.history) == a.n for a in accts), sum(len(a.history) for a in accts))
try:
    locks[0].release()
except RuntimeError as e:
    print(type(e).__name__, e)
