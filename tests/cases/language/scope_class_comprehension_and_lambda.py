class C:
    val = 10
    fn = lambda self: self.val
    nums = [1, 2]
    first = nums[0]
    try:
        comp = [val * n for n in nums]
    except NameError as e:
        comp = 'NameError: ' + str(e)
    other = [n * 2 for n in nums]
print(C().fn(), C.first, C.comp, C.other)
def outer():
    x = 1
    class Inner:
        y = x + 1
        def get(self):
            return x, Inner.y
    return Inner().get()
print(outer())
