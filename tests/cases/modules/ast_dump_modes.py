# parse modes: exec, eval, single, func_type.
import ast

print(ast.dump(ast.parse("x = 1; y = 2")))
print(ast.dump(ast.parse("x + 1", mode="eval")))
print(ast.dump(ast.parse("x = 1; print(x)", mode="single")))
print(ast.dump(ast.parse("if x:\n  pass\n", mode="single")))
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type"), include_attributes=True))
print(ast.dump(ast.parse("() -> None", mode="func_type")))
print(ast.dump(ast.parse("(List[int]) -> Dict[str, int]", mode="func_type")))
print(ast.dump(ast.parse("")))
print(ast.dump(ast.parse("# only a comment\n")))
print(ast.dump(ast.parse(b"x = 'bytes source'")))
for mode in ["bad", "func_type"]:
    try:
        compile("x", "<s>", mode)
    except ValueError as e:
        print("ValueError", e)
try:
    compile("x", "<s>", "bad", ast.PyCF_ONLY_AST)
except ValueError as e:
    print("ValueError", e)
