import sys
def here():
    return sys._getframe(1).f_lineno
def f():
    a = here()
    b = here()
    for i in range(2):
        c = here()
    return a, b, c
print(f())
def multi():
    return (here(),
            here(),
            here())
print(multi())
frame_holder = []
def capture():
    frame_holder.append(sys._getframe())
    x = 1
    return x
capture()
print(frame_holder[0].f_lineno, frame_holder[0].f_code.co_name, frame_holder[0].f_locals)
