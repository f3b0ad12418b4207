"""Regenerates the expected dumps in tests/parser/fixtures/: for every NAME.py there, writes
NAME.dump = ast.dump(ast.parse(source), include_attributes=True). Run with python3 (3.11):

    python3 tests/parser/tools/gen_ast_fixtures.py
"""
import ast
import os

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures")
for name in sorted(os.listdir(here)):
    if name.endswith(".py"):
        with open(os.path.join(here, name), encoding="utf-8") as f:
            tree = ast.parse(f.read())
        with open(os.path.join(here, name[:-3] + ".dump"), "w", encoding="utf-8") as f:
            f.write(ast.dump(tree, include_attributes=True) + "\n")
