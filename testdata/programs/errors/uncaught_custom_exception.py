# An uncaught user-defined exception from __main__ prints its bare class name and message.
class InsufficientFunds(Exception):
    pass


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"balance {balance} < {amount}")
    return balance - amount


b = withdraw(100, 30)
print(b)
withdraw(b, 500)
