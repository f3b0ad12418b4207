errors = (KeyError, IndexError)
for exc in [KeyError(), IndexError(), ValueError()]:
    try:
        try:
            raise exc
        except errors as e:
            print('caught in tuple', type(e).__name__)
    except ValueError:
        print('fell through', type(exc).__name__)
def get_handler():
    return TypeError
try:
    raise TypeError('dyn')
except get_handler() as e:
    print('dynamic', e)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except (ValueError, 5) as e:
        print('tuple containing non-class still matches first', type(e).__name__)
except TypeError as e:
    print(type(e).__name__, e)
