COUNT = 0
COUNT += 1
print("plain_mod executed")
