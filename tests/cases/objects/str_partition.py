print("a=b=c".partition('='), "a=b=c".rpartition('='), "abc".partition('='), "abc".rpartition('='))
try:
    "abc".partition('')
except ValueError as e:
    print(type(e).__name__, e)
