"""Regenerates tests/parser/errors/: each case's source as NAME.py and what CPython 3.11's
compile() reports for it as NAME.json. Run with python3 (3.11) from the repository root:

    python3 tests/parser/tools/gen_error_fixtures.py
"""
import json
import os
import sys

CASES = {
    "invalid_syntax_eq": "x = = 1\n",
    "invalid_syntax_dollar": "x = $\n",
    "invalid_syntax_trailing_op": "x = 1 +\n",
    "invalid_syntax_keyword_name": "class = 1\n",
    "invalid_syntax_double_dot": "a..b\n",
    "unexpected_indent": "x = 1\n    y = 2\n",
    "unexpected_indent_first": "  x\n",
    "expected_indent_if": "x = 1\ny = 2\nif x:\npass\n",
    "expected_indent_def": "def f():\nreturn 1\n",
    "expected_indent_class": "class A:\n\nx = 1\n",
    "expected_indent_for": "for i in x:\nprint(i)\n",
    "expected_indent_while": "while x:\nx -= 1\n",
    "expected_indent_else": "if x:\n    pass\nelse:\npass\n",
    "expected_indent_try": "try:\nx\nexcept:\n    pass\n",
    "expected_indent_except": "try:\n    x\nexcept ValueError:\npass\n",
    "expected_indent_with": "with a:\npass\n",
    "expected_indent_elif": "if a:\n    pass\nelif b:\npass\n",
    "expected_indent_finally": "try:\n    x\nfinally:\npass\n",
    "unindent_mismatch": "if x:\n    a\n  b\n",
    "unindent_mismatch_nested": "def f():\n    if x:\n        a\n      b\n",
    "tab_error": "if x:\n\ta\n        b\n",
    "tab_error_2": "if True:\n        a = 1\n\tb = 2\n",
    "paren_never_closed": "x = (1,\n",
    "bracket_never_closed": "x = [1, 2\ny = 3\n",
    "brace_never_closed": "d = {\n  'a': 1,\n",
    "unmatched_paren": "x = 1)\n",
    "unmatched_bracket": "x = ]\n",
    "mismatched_paren": "x = (1, 2]\n",
    "mismatched_paren_lines": "x = (1,\n2]\n",
    "unterminated_string": "x = 'abc\n",
    "unterminated_string_dq": 'print("hello)\n',
    "unterminated_triple": "x = '''abc\ny = 2\n",
    "unterminated_triple_dq": 'x = 1\ns = """doc\n\nmore\n',
    "forgot_comma_call": "f(a b)\n",
    "forgot_comma_list": "x = [1 2]\n",
    "forgot_comma_dict": "d = {'a': 1 'b': 2}\n",
    "expected_colon_if": "if x\n    pass\n",
    "expected_colon_while": "while x\n    pass\n",
    "expected_colon_for": "for x in y\n    pass\n",
    "expected_colon_def": "def f()\n    pass\n",
    "expected_colon_class": "class A\n    pass\n",
    "expected_colon_else": "if x:\n    pass\nelse\n    pass\n",
    "expected_colon_try": "try\n    pass\nexcept:\n    pass\n",
    "expected_paren_def": "def f:\n    pass\n",
    "assign_to_call_here": "f() = 1\n",
    "assign_to_literal_here": "1 = x\n",
    "assign_to_literal": "x = 1 = y\n",
    "assign_to_call_chain": "x = f() = 1\n",
    "assign_to_expression": "a + b = c\n",
    "assign_in_tuple": "a, f() = 1, 2\n",
    "assign_to_keyword_value": "None = 1\n",
    "aug_assign_tuple": "a, b += 1\n",
    "annotate_tuple": "(a, b): int\n",
    "annotate_call": "f(): int\n",
    "delete_call": "del f()\n",
    "delete_literal": "del 1\n",
    "for_target_literal": "for 1 in x:\n    pass\n",
    "with_target_call": "with a as f():\n    pass\n",
    "walrus_attribute": "(a.b := 1)\n",
    "comprehension_unpacking": "[*a for a in b]\n",
    "comprehension_target_parens": "[a, b for a, b in c]\n",
    "dict_unpacking_comprehension": "{**a for a in b}\n",
    "starred_group": "x = (*a)\n",
    "invalid_decimal": "x = 1_a\n",
    "invalid_decimal_2": "x = 1__0\n",
    "invalid_decimal_3": "x = 3abc\n",
    "invalid_hex": "x = 0x\n",
    "invalid_octal_digit": "x = 0o8\n",
    "invalid_binary_digit": "x = 0b2\n",
    "invalid_imaginary": "x = 1.5j_\n",
    "leading_zeros": "x = 0777\n",
    "leading_zeros_2": "y = 1\nx = 09\n",
    "print_statement": "print 'hello'\n",
    "print_statement_2": "print x, y\n",
    "exec_statement": "exec 'x = 1'\n",
    "fstring_empty": "x = f'{}'\n",
    "fstring_single_brace": "x = f'a}b'\n",
    "fstring_expecting_brace": "x = f'{a'\n",
    "fstring_backslash": "x = f'{a\\\\n}'\n",
    "fstring_bad_conversion": "x = f'{a!x}'\n",
    "fstring_forgot_comma": "x = f'{a b}'\n",
    "fstring_hash": "x = f'{a#}'\n",
    "invalid_character": "x = 1 € 2\n",
    "invalid_character_name": "a€b = 1\n",
    "non_printable": "x = a\u00a0b\n",
    "positional_after_keyword": "f(a=1, b)\n",
    "positional_after_unpacking": "f(**k, b)\n",
    "iterable_after_unpacking": "f(**a, *b)\n",
    "non_default_after_default": "def f(a=1, b): pass\n",
    "lambda_non_default": "g = lambda a=1, b: 0\n",
    "bare_star": "def f(*): pass\n",
    "bare_star_comma": "def f(*, **k): pass\n",
    "slash_first": "def f(/, a): pass\n",
    "slash_twice": "def f(a, /, b, /): pass\n",
    "slash_after_star": "def f(*a, /): pass\n",
    "star_twice": "def f(*a, *b): pass\n",
    "kwarg_default": "def f(**k=1): pass\n",
    "vararg_default": "def f(*a=1): pass\n",
    "after_kwargs": "def f(**k, a): pass\n",
    "kwarg_true": "f(True=1)\n",
    "keyword_expression": "f(a.b=1)\n",
    "genexp_unparenthesized": "f(x for x in y, 1)\n",
    "line_continuation_char": "x = 1 \\ 2\n",
    "continuation_eof": "x = 1 + \\",
    "try_without_except": "try:\n    pass\nx = 1\n",
    "except_star_mixed": "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "multiple_exception_types": "try:\n    pass\nexcept A, B:\n    pass\n",
    "if_missing_else": "x = a if b\n",
    "invalid_syntax_maybe_eq": "if x = 1:\n    pass\n",
    "invalid_syntax_maybe_eq_call": "f(x = 1 for x in y)\n",
    "match_expected_colon": "match x\n    case 1: pass\n",
    "case_expected_indent": "match x:\n    case 1:\n    pass\n",
    "bytes_non_ascii": "x = b'caf\u00e9'\n",
    "mix_bytes": "x = b'a' 'b'\n",
    "import_trailing_comma": "from a import b,\n",
    "unexpected_eof_in_def": "def f(\n",
    "bad_escape_x": "x = '\\x1'\n",
    "dict_missing_value": "d = {'a':}\n",
    "dict_missing_colon": "d = {'a' 1}\n",
    "deep_error_line": "a = 1\nb = 2\nc = (3 +\n     4 +)\nd = 5\n",
    "unicode_line_error": "s = 'é'; x = = 2\n",
    "generic_keyword": "x = yield = 1\n",
    "star_expr_alone": "*a\n",
    "lambda_default_missing": "lambda x=: x\n",
    "default_missing": "def f(x=): pass\n",
    "as_pattern_underscore": "match x:\n    case a as _:\n        pass\n",
    "semicolon_start": ";\n",
    "else_without_if": "else:\n    pass\n",
}


def main() -> None:
    out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "errors")
    os.makedirs(out_dir, exist_ok=True)
    for name, source in CASES.items():
        py_path = os.path.join(out_dir, name + ".py")
        with open(py_path, "w", encoding="utf-8", newline="") as f:
            f.write(source)
        try:
            compile(source, name + ".py", "exec")
        except SyntaxError as e:
            expected = {
                "kind": type(e).__name__,
                "msg": e.msg,
                "lineno": e.lineno,
                "offset": e.offset,
                "end_lineno": e.end_lineno,
                "end_offset": e.end_offset,
            }
        else:
            sys.exit(f"{name}: compiles without error")
        with open(os.path.join(out_dir, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(expected, f, ensure_ascii=False)
            f.write("\n")
    print(f"{len(CASES)} cases written to {os.path.normpath(out_dir)}")


if __name__ == "__main__":
    main()
