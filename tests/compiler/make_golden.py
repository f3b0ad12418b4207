# Dev script (needs CPython 3.11): writes corpus/NAME.expected for each corpus/NAME.py — the
# code objects CPython compiles, normalized so Coil's output can be compared line for line:
# per code object its attributes, then per instruction "line OPNAME arg" (3.11's PRECALL/CACHE
# dropped, directional jumps folded into JUMP / POP_JUMP_IF_*, jump targets as instruction
# indices), the exception table (instruction indices), co_stacksize and co_consts.
# Usage: python3 tests/compiler/make_golden.py
import dis, glob, os

NUMERIC = {"IS_OP", "CONTAINS_OP", "COPY", "SWAP", "CALL", "BUILD_TUPLE", "BUILD_LIST", "RERAISE",
           "RESUME", "RAISE_VARARGS", "UNPACK_SEQUENCE", "BUILD_MAP", "BUILD_SET", "LIST_APPEND",
           "MAP_ADD", "SET_ADD", "LIST_EXTEND", "DICT_MERGE", "DICT_UPDATE", "SET_UPDATE",
           "GET_AWAITABLE", "BUILD_STRING", "BUILD_SLICE", "UNPACK_EX", "MATCH_CLASS",
           "BUILD_CONST_KEY_MAP", "CALL_FUNCTION_EX", "COPY_FREE_VARS", "KW_NAMES"}

def norm_op(name):
    for a, b in [("JUMP_FORWARD", "JUMP"), ("JUMP_BACKWARD_NO_INTERRUPT", "JUMP"),
                 ("JUMP_BACKWARD", "JUMP"), ("POP_JUMP_FORWARD_IF_", "POP_JUMP_IF_"),
                 ("POP_JUMP_BACKWARD_IF_", "POP_JUMP_IF_")]:
        if name.startswith(a):
            return b + name[len(a):]
    return name

def const_repr(c):
    return "<code %s>" % c.co_name if hasattr(c, "co_code") else repr(c)

def dump(co, out):
    ins = [i for i in dis.get_instructions(co) if i.opname not in ("PRECALL", "CACHE", "EXTENDED_ARG")]
    offs = [i.offset for i in ins]
    def index_of(o):
        for k, x in enumerate(offs):
            if x >= o:
                return k
        return len(offs)
    out.append(f"== {co.co_qualname} first={co.co_firstlineno} argc={co.co_argcount} "
               f"posonly={co.co_posonlyargcount} kwonly={co.co_kwonlyargcount} flags={co.co_flags} "
               f"nlocals={co.co_nlocals} varnames={co.co_varnames} cellvars={co.co_cellvars} "
               f"freevars={co.co_freevars} names={co.co_names}")
    for i in ins:
        op = norm_op(i.opname)
        if i.opcode in dis.hasjabs or i.opcode in dis.hasjrel:
            a = "to %d" % index_of(i.argval)
        elif op in NUMERIC:
            a = str(i.arg)
        elif op == "LOAD_CONST":
            a = const_repr(i.argval)
        else:
            a = i.argrepr
        line = i.positions.lineno
        out.append(f"{line} {op} {a}".rstrip())
    for e in dis._parse_exception_table(co):
        out.append(f"EXC {index_of(e.start)} {index_of(e.end)} {index_of(e.target)} {e.depth} {e.lasti}")
    out.append(f"STACK {co.co_stacksize}")
    out.append("CONSTS (" + ", ".join(const_repr(c) for c in co.co_consts) + ("," if len(co.co_consts) == 1 else "") + ")")
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            dump(c, out)

here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, "corpus", "*.py"))):
    out = []
    with open(path, "rb") as f:
        dump(compile(f.read(), os.path.basename(path), "exec"), out)
    with open(path[:-3] + ".expected", "w") as f:
        f.write("\n".join(out) + "\n")
