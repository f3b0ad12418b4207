"""A small bank simulation: accounts, transfers, interest and a ledger report."""


class BankError(Exception):
    """Base class for everything the bank refuses to do."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} "
                         f"(balance {account.balance:.2f})")
        self.account = account
        self.amount = amount


class TransferFailed(BankError):
    pass


class Account:
    _next_number = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.number = Account._allocate_number()
        self._balance = 0.0
        self.history = []
        if balance:
            self.deposit(balance, memo="opening deposit")

    @classmethod
    def _allocate_number(cls):
        number = Account._next_number
        Account._next_number += 1
        return number

    @classmethod
    def open(cls, owner, balance=0.0):
        return cls(owner, balance)

    @staticmethod
    def validate_amount(amount):
        if not isinstance(amount, (int, float)) or isinstance(amount, bool):
            raise TypeError(f"amount must be a number, not {type(amount).__name__}")
        if amount <= 0:
            raise ValueError(f"amount must be positive, got {amount}")
        return float(amount)

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        raise AttributeError("balance is read-only; use deposit() or withdraw()")

    @property
    def owner(self):
        return self._owner

    @owner.setter
    def owner(self, name):
        name = name.strip()
        if not name:
            raise ValueError("owner name cannot be empty")
        self._owner = name.title()

    def deposit(self, amount, memo="deposit"):
        amount = self.validate_amount(amount)
        self._balance += amount
        self.history.append((memo, amount, self._balance))

    def withdraw(self, amount, memo="withdrawal"):
        amount = self.validate_amount(amount)
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append((memo, -amount, self._balance))

    def add_interest(self):
        if self.interest_rate and self._balance > 0:
            self.deposit(round(self._balance * self.interest_rate, 2), memo="interest")

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, balance={self._balance:.2f})"

    def __str__(self):
        return f"#{self.number} {self.owner:<14} {self._balance:>12,.2f}"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.number == other.number

    def __lt__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return (self._balance, self.number) < (other._balance, other.number)

    def __hash__(self):
        return hash(self.number)


class SavingsAccount(Account):
    interest_rate = 0.025

    def withdraw(self, amount, memo="withdrawal"):
        if len([h for h in self.history if h[1] < 0]) >= 2:
            raise BankError(f"{self.owner}: savings accounts allow two withdrawals")
        super().withdraw(amount, memo)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, kind, owner, balance=0.0):
        account = kind.open(owner, balance)
        self.accounts[account.number] = account
        return account

    def transfer(self, source, target, amount):
        try:
            source.withdraw(amount, memo=f"to #{target.number}")
        except BankError as exc:
            raise TransferFailed(f"transfer of {amount} from #{source.number} failed") from exc
        target.deposit(amount, memo=f"from #{source.number}")

    def total(self):
        return sum(a.balance for a in self.accounts.values())


def report(bank):
    width = 44
    print(f" {bank.name} ".center(width, "="))
    for account in sorted(bank.accounts.values(), reverse=True):
        print(account)
    print("-" * width)
    print(f"{'Total':<21}{bank.total():>12,.2f}")
    print()


bank = Bank("First Coil Bank")
alice = bank.open(Account, "  alice liddell ", 1500)
bob = bank.open(SavingsAccount, "bob", 250.5)
carol = bank.open(Account, "carol", 12_345.678)
print(repr(alice), repr(bob), repr(carol), sep="\n")

bank.transfer(alice, bob, 200)
bank.transfer(carol, alice, 1_000.25)
bob.add_interest()
alice.add_interest()

attempts = [
    lambda: bank.transfer(bob, carol, 10_000),
    lambda: alice.deposit(-5),
    lambda: alice.deposit("100"),
    lambda: setattr(alice, "balance", 1e9),
    lambda: setattr(carol, "owner", "   "),
    lambda: [bob.withdraw(1) for _ in range(3)],
]
for attempt in attempts:
    try:
        attempt()
    except TransferFailed as exc:
        cause = exc.__cause__
        print(f"TransferFailed: {exc}\n  caused by {type(cause).__name__}: {cause}")
    except (BankError, ValueError, TypeError, AttributeError) as exc:
        print(f"{type(exc).__name__}: {exc}")

report(bank)
print("alice == copy of alice:", alice == bank.accounts[alice.number])
print("alice < carol:", alice < carol, "| bob < alice:", bob < alice)
print("richest:", max(bank.accounts.values()).owner)
print("alice == 'alice':", alice == "alice")
print("distinct accounts:", len({alice, bob, carol, alice}))
print("savings is an account:", isinstance(bob, Account), issubclass(SavingsAccount, Bank))

for account in (alice, bob):
    print(f"\nLedger for {account.owner} ({type(account).__name__})")
    print(f"{'memo':<18}|{'amount':>11} |{'balance':>11}")
    for memo, amount, balance in account.history:
        print(f"{memo:<18}|{amount:>+11.2f} |{balance:>11.2f}")
    credits = sum(a for _, a, _ in account.history if a > 0)
    debits = -sum(a for _, a, _ in account.history if a < 0)
    print(f"{'credits / debits':<18}|{credits:>11.2f} |{debits:>11.2f}")
