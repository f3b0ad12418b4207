calls = []
class Box:
    def __init__(self): self._v = 1
    @property
    def v(self):
        calls.append('get')
        return self._v
    @v.setter
    def v(self, val):
        calls.append('set')
        self._v = val
def get_box():
    calls.append('get_box')
    return box
box = Box()
get_box().v += 10
print(calls, box._v)
calls.clear()
data = {'k': [1]}
def key():
    calls.append('key')
    return 'k'
data[key()] += [2]
print(calls, data)
