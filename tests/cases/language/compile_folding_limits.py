# Constant folding stops where CPython's ast_opt.c stops (MAX_INT_SIZE 128 bits,
# MAX_COLLECTION_SIZE 256, MAX_STR_SIZE 4096, MAX_TOTAL_ITEMS 1024): bigger results, negative
# counts and counts past Py_ssize_t are left to run time, which makes them or raises.


def consts(expr):
    code = compile("x = " + expr, "<fold>", "exec")
    out = []
    for c in code.co_consts:
        if c is None:
            continue
        r = repr(c)
        out.append(r if len(r) <= 40 else f"<{type(c).__name__} of {len(c)}>")
    return ", ".join(out)


for expr in [
    "'x' * 4096", "'x' * 4097", "'xy' * 2048", "'é' * 4096", "'\\U0001F600' * 4097",
    "b'ab' * 2048", "b'ab' * 2049", "'ab' * -1", "'ab' * 0", "'ab' * True",
    "'x' * (2**40)", "'x' * 10**30", "'' * 10**30", "'' * 5", "b'' * -(10**30)",
    "(1,) * 256", "(1,) * 257", "(1, 2) * 128", "((1, 2),) * 200", "((1, 2, 3, 4, 5, 6),) * 200",
    "(1,) * -1", "(1,) * 0", "() * 10**30", "3 * (1, 2)",
    "'a' * 1e300", "(1,) * 2.0", "[1] * 10**30",
    "'a' * 3000 + 'b' * 3000", "(1,) * 200 + (2,) * 200",
    "2**127", "2**128", "(-1) ** 1000", "1 ** 10**30", "0 ** 10**30", "3 ** 0",
    "1 << 127", "1 << 128", "0 << 10**30", "1 >> 10**30",
    "(2**64) * (2**63)", "(2**64) * (2**64)", "0 * (2**64) * (2**64)",
]:
    print(f"{expr:32} -> {consts(expr)}")

# What was not folded still runs (or raises) at run time.
for expr in ["'x' * 4097", "'' * 10**30", "() * 10**30", "'x' * (2**62)", "(1,) * 257", "[1] * 10**30"]:
    try:
        v = eval(expr)
        print(expr, "=", type(v).__name__, len(v))
    except (OverflowError, MemoryError) as e:
        print(expr, "raises", type(e).__name__, e)
