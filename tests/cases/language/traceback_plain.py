def fail():
    return 1 / 0
print("before")
fail()
print("never")
