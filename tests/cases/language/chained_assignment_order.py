log = []
class Rec(dict):
    def __setitem__(self, k, v):
        log.append(k)
        super().__setitem__(k, v)
r = Rec()
r['a'] = r['b'] = r['c'] = 1
print(log)
def val():
    log.append('value evaluated')
    return 5
log.clear()
r['x'] = r['y'] = val()
print(log)
a = b = []
a.append(1)
print(a is b, b)
i = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
