for spec in ['', 's', '10', '<10', '>10', '^10', '-^11', '.2', '10.2', '!<4']:
    print(repr(spec), repr(format('hello', spec)))
for bad in ['d', '+', ',', '=10', '#']:
    try:
        format('x', bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(repr(format(None, '')), repr(format([1], '')), repr(f"{'ab':*>{5}}"))
try:
    format(None, '>5')
except TypeError as e:
    print(type(e).__name__, e)
