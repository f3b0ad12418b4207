assert True
assert 1 == 1, "never"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "custom message"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ['list', 'msg']
except AssertionError as e:
    print(e.args)
def side():
    print("message evaluated")
    return "msg"
assert True, side()
try:
    assert 0, side()
except AssertionError as e:
    print(e)
