# match statements: every pattern kind.
import ast

src = '''
match command:
    case 1 | 2 | -3 | 1+2j:
        pass
    case None | True | False:
        pass
    case [a, *rest] if a:
        pass
    case (x, y, *_):
        pass
    case {"k": v, **others}:
        pass
    case Point(0, y=1) as p:
        pass
    case Color.RED:
        pass
    case str() | bytes():
        pass
    case _:
        pass
'''
print(ast.dump(ast.parse(src), include_attributes=True))
print(ast.dump(ast.parse(src), indent=1))
