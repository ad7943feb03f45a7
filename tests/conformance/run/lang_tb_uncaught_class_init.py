class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f'insufficient funds: {self.balance} < {amount}')
        self.balance -= amount
acct = Account('ann', 10)
acct.withdraw(3)
print(acct.balance)
acct.withdraw(50)
