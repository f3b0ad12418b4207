def compute():
    total_value = 10
    return total_valu * 2
compute()
