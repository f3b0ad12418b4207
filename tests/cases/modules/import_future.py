from __future__ import annotations, generator_stop, division, absolute_import, print_function
from __future__ import nested_scopes, generators, with_statement, unicode_literals, barry_as_FLUFL
import __future__
def f(x: undefined_name) -> also_undefined:
    return x
print(f.__annotations__)
print(__future__.annotations, __future__.all_feature_names)
print(annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
try:
    exec("from __future__ import braces")
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    exec("from __future__ import nonexistent")
except SyntaxError as e:
    print(type(e).__name__, e)
