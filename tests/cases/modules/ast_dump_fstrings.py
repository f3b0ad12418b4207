# f-strings: conversions, format specs, nesting, concatenation.
import ast

for src in ['f"a{b}c"', 'f"{x!r:>{width}}"', "f'{a}' 'plain' f'{b!s}'", 'f"{x=}"',
            'f"{3.14:.2f} and {{braces}}"', "'con' 'cat'", "u'unicode'", 'rb"raw\\\\"',
            'f"""multi\n{line}"""']:
    print(src)
    print(ast.dump(ast.parse(src, mode="eval"), include_attributes=True))
