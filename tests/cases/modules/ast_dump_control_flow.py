# if/elif/else, while, for/else, break/continue, return, pass.
import ast

src = '''
if a:
    pass
elif b:
    x = 1
else:
    y = 2
while x:
    if y: break
    else: continue
else:
    z = 3
for i, j in pairs:
    pass
else:
    done()
'''
print(ast.dump(ast.parse(src), include_attributes=True))
print(ast.dump(ast.parse(src), indent=4))
