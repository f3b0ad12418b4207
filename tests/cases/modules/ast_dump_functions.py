# Function definitions: every kind of parameter, decorators, annotations, async.
import ast

src = '''
@dec
@dec2(1)
def f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw) -> None:
    "doc"
    return a

async def g(x):
    await x
    async for i in x:
        pass
    async with x as y:
        pass

lambda a, /, b=1, *c, d, **e: a
def h(*, k): yield k; yield from k
'''
tree = ast.parse(src)
for node in tree.body:
    print(ast.dump(node, include_attributes=True))
print(ast.dump(tree, indent=2))
