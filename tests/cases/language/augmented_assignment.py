x = 5; x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7; print(x)
s = 'a'; s += 'b'; s *= 2; print(s)
l = [1]; l += [2]; l *= 2; print(l)
d = {'k': 1}; d['k'] += 10; print(d)
class O: pass
o = O(); o.v = 1; o.v += 1; print(o.v)
a = [[0]]; a[0][0] += 5; print(a)
count = {}
for ch in 'aabc':
    count[ch] = count.get(ch, 0) + 1
print(count)
i = 10; i >>= 1; i <<= 3; i &= 0b111100; i |= 1; i ^= 0xff; print(i)
f = 1.5; f /= 2; print(f)
class Trace:
    def __getitem__(self, k):
        print('get', k); return 0
    def __setitem__(self, k, v):
        print('set', k, v)
t = Trace(); t['key'] += 1
def idx():
    print('idx evaluated'); return 0
arr = [1]; arr[idx()] += 1; print(arr)
