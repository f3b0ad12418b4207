# import forms and their aliases' positions.
import ast

src = '''
import os
import os.path as p, sys
from . import a
from .. mod import (b as c,
    d)
from x.y import *
from __future__ import annotations
'''
print(ast.dump(ast.parse(src), include_attributes=True))
