# Syntax errors the compile fuzzer (tests/fuzz/compile_fuzz.ts) found Coil reporting wrongly:
# compile() must reject (or accept) each as CPython does, with its message and position.
import sys

CASES = [
    # A prefix of a soft keyword counts as one: no "forgot a comma" hint.
    "(m u)",
    "(ca b)",
    "(cases b)",
    # Control characters are errors where they stand.
    '\v\n"""\n',
    "()\x7f\n)\n",
    "x = 1\n\x1b\n",
    # The indentation depth limit counts only where the parser gets to.
    "".join(" " * i + "if x:\n" for i in range(64)) + " " * 63 + "pass\n"
    + "".join(" " * i + "if x:\n" for i in range(64, 101)),
    "".join(" " * i + "if x:\n" for i in range(101)) + " " * 101 + "pass\n",
    # Decimal literals past sys.get_int_max_str_digits().
    "x = " + "1" * 4301 + "\n",
    "def f(): " + "1" * 5000 + "\n          1 ) )\n",
    # Arguments: the error is at the last token CPython's rule fetched.
    "f(e=e, e,\n)\n",
    "f(**k, e\n)\n",
    "f(a, x for x in y)\n",
    "f(k=1,\n  x for x in y)\n",
    "class C(x for x in y): pass\n",
    "class C(a, x for x in y): pass\n",
    'def t(s="", p="", t\ne)\n',
    "def e():n(r=S,lambda\n)\n",
    "f(**k,\n *a\n)\n",
    "lambda a=1, b c: 0\n",
    # Nothing after an invalid assignment target is parsed.
    'f() = 1\n"""\n',
    # `a, b ...: ann`'s rule parses on through juxtaposed expressions (and their f-strings).
    "t, 0 d s(\nf'{x!}')\n",
    "a, b c d: int = 1\n",
    # A bare line-continuation error inside brackets reads as the unclosed bracket.
    '(\n""r:\\x',
    "[\n1 2\n\\\n",
    # A backslash at column 0 does not fix the indentation of the line it continues.
    'class i:\n    ""\n\\\n    ""\n    1_\n',
    "if x:\n    a\n\\\n  b\n",
    # __debug__ is never a binding.
    "__debug__ = 1\n",
    "del __debug__\n",
    "x.__debug__ = 1\n",
    "x.__debug__ += 1\n",
    "f(__debug__=1)\n",
    "@d\ndef f(*, __debug__): pass\n",
    "lambda __debug__: 1\n",
    "import a as __debug__\n",
    "match x:\n case C(a=\n   __debug__): pass\n",
    "try: pass\nexcept E as __debug__: pass\n",
    "x: int = 1\n__debug__: int\n",
    "print(__debug__)\n",
]

for src in CASES:
    try:
        compile(src, "<fuzz>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg[:100])
print(sys.get_int_max_str_digits())
