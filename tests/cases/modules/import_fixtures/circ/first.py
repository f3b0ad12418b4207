from circ import second
VALUE = 1
def total():
    return VALUE + second.VALUE
