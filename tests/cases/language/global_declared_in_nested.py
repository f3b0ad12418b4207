x = 'global x'
def outer():
    x = 'outer x'
    def inner():
        global x
        return x
    return inner(), x
print(outer())
def setter():
    def inner():
        global created_in_inner
        created_in_inner = 42
    inner()
setter()
print(created_in_inner)
def reads_then_global():
    return [x for _ in range(1)]
print(reads_then_global())
