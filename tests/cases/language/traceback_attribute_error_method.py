class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        self.balance -= amount
        return self.balanse
acct = Account(100)
acct.withdraw(30)
