nan = float('nan')
a = [nan, 1]
print(a == a, a == [nan, 1], nan in a, a.index(nan), a.count(nan))
class Weird:
    def __eq__(self, o):
        print('Weird.__eq__ called')
        return False
w = Weird()
l = [w]
print(w in l, l.count(w), l.index(w), l == l, [w] == [w])
print((nan,) == (nan,), {nan: 1}.get(nan), nan in {nan}, nan in {float('nan')})
