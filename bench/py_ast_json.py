# Dev helper (needs CPython 3.11): dump a file's AST as JSON in the shape of src/compiler/ast.ts,
# so the compiler can be exercised before/independently of Coil's own parser.
# Constants are tagged: {"$int": "12"}, {"$float": 1.5 | "inf" | "-inf" | "nan"},
# {"$complex": imag}, {"$bytes": [..]}, {"$ellipsis": 1}.
import ast, json, math, sys

def const(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return {"$int": str(v)}
    if isinstance(v, float):
        return {"$float": v if math.isfinite(v) else str(v)}
    if isinstance(v, complex):
        return {"$complex": v.imag if math.isfinite(v.imag) else str(v.imag)}
    if isinstance(v, bytes):
        return {"$bytes": list(v)}
    if v is Ellipsis:
        return {"$ellipsis": 1}
    raise TypeError(type(v))

def conv(node):
    if isinstance(node, list):
        return [conv(x) for x in node]
    if isinstance(node, ast.AST):
        if isinstance(node, (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)):
            return type(node).__name__
        d = {"_type": type(node).__name__}
        for f in node._fields:
            v = getattr(node, f, None)
            if (isinstance(node, ast.Constant) and f == "value") or (isinstance(node, ast.MatchSingleton) and f == "value"):
                d[f] = const(v)
            else:
                d[f] = conv(v)
        for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
            if hasattr(node, a):
                d[a] = getattr(node, a)
        return d
    return node

def main():
    out = []
    for path in sys.argv[1:]:
        try:
            with open(path, "rb") as f:
                src = f.read()
            tree = ast.parse(src, path)
            out.append({"path": path, "ast": conv(tree)})
        except Exception as e:
            out.append({"path": path, "error": str(e)})
    json.dump(out, sys.stdout)

main()
