# try/except/else/finally, except*, raise.
import ast

src = '''
try:
    a()
except ValueError as e:
    raise TypeError("x") from e
except (KeyError, IndexError):
    raise
except:
    pass
else:
    b()
finally:
    c()
try:
    pass
except* OSError as eg:
    pass
'''
print(ast.dump(ast.parse(src), include_attributes=True))
