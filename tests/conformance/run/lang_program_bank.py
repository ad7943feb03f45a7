class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f'need {needed}, have {available}')
        self.needed, self.available = needed, available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(('withdraw', amount))
        return self
    def __str__(self):
        return f'#{self.id} {self.owner}: ${self._balance:,.2f}'
    def __lt__(self, other):
        return self._balance < other._balance
a = Account('ann', 100).deposit(50.5).withdraw(20)
b = Account('bob')
print(a, b, sep='\n')
for op in [lambda: b.withdraw(10), lambda: a.deposit(-1), lambda: setattr(a, 'balance', 5)]:
    try:
        op()
    except (InsufficientFunds, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(a.history, max(a, b).owner, [str(x) for x in sorted([a, b])])
total = sum(acc.balance for acc in (a, b))
print(f'total {total:.2f} {total:>12,.3f} {total:e}')
