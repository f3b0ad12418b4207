async def f(a):
    b = a + 1
    await Y()
    return b
class Y:
    def __await__(self):
        yield
c = f(10)
print(c.cr_frame.f_locals)
c.send(None)
print(sorted(c.cr_frame.f_locals))
print(c.cr_frame.f_code.co_name, c.cr_code.co_flags & 0x80 != 0)
c.close()
