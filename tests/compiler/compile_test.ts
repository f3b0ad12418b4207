// Compiler tests: code objects compared with CPython 3.11's (golden listings made by
// make_golden.py from python3, committed so the tests need no python3), co_* attributes of
// tricky scopes, stack depth, compile-time SyntaxErrors with their positions, and `dis`.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { compile } from "../../src/compiler/compile.ts";
import { disassemble } from "../../src/compiler/disassemble.ts";
import { PySyntaxErrorInfo } from "../../src/compiler/syntax_error.ts";
import { PyCode } from "../../src/objects/code.ts";
import { PyFloat } from "../../src/objects/object.ts";
import { PyTuple } from "../../src/objects/tuple.ts";
import { normalizedListing } from "./normalized_dis.ts";

const corpusDir = new URL("./corpus/", import.meta.url);

function codeNamed(code: PyCode, qualname: string): PyCode {
  if (code.co_qualname === qualname) return code;
  for (const c of code.co_consts) {
    if (c instanceof PyCode) {
      try {
        return codeNamed(c, qualname);
      } catch { /* keep looking */ }
    }
  }
  throw new Error(`no code object ${qualname}`);
}

/** (instruction index, line) pairs where a new line starts, as `dis` marks them. */
function lineStarts(code: PyCode): number[] {
  const lines: number[] = [];
  let last = -2;
  for (let i = 0; i < code.length; i++) {
    const line = code.lineOf(i);
    if (line !== last && line >= 0) lines.push(line);
    last = line;
  }
  return lines;
}

describe("code objects match CPython 3.11 (tests/compiler/corpus)", () => {
  for (const entry of Deno.readDirSync(corpusDir)) {
    if (!entry.name.endsWith(".py")) continue;
    it(entry.name, () => {
      const source = Deno.readTextFileSync(new URL(entry.name, corpusDir));
      const expected = Deno.readTextFileSync(
        new URL(entry.name.replace(/\.py$/, ".expected"), corpusDir),
      );
      const actual = normalizedListing(compile(source, entry.name, "exec"));
      // Frozenset constants print in hash order, which differs between implementations.
      const norm = (s: string) =>
        s.replace(
          /frozenset\(\{[^}]*\}\)/g,
          (m) => m.slice(0, 11) + [...m.slice(11, -2).split(", ")].sort().join(", ") + "})",
        );
      assert.equal(norm(actual), norm(expected));
    });
  }
});

describe("co_* attributes", () => {
  it("locals, cells and free variables", () => {
    const code = compile(
      "def outer(a, b, /, c, *args, d, **kw):\n" +
        "    x = 1\n" +
        "    def inner():\n" +
        "        nonlocal x\n" +
        "        return a + x\n" +
        "    return inner\n",
      "t.py",
      "exec",
    );
    const outer = codeNamed(code, "outer");
    assert.deepEqual(outer.co_varnames, ["a", "b", "c", "d", "args", "kw", "inner"]);
    assert.deepEqual(outer.co_cellvars, ["a", "x"]);
    assert.deepEqual(outer.co_freevars, []);
    assert.equal(outer.co_argcount, 3);
    assert.equal(outer.co_posonlyargcount, 2);
    assert.equal(outer.co_kwonlyargcount, 1);
    assert.equal(outer.co_nlocals, 7);
    assert.equal(outer.co_flags, 0x0f); // OPTIMIZED | NEWLOCALS | VARARGS | VARKEYWORDS
    const inner = codeNamed(code, "outer.<locals>.inner");
    assert.deepEqual(inner.co_freevars, ["a", "x"]);
    assert.equal(inner.co_flags, 0x13); // OPTIMIZED | NEWLOCALS | NESTED
  });

  it("qualified names", () => {
    const code = compile(
      "class C:\n    def m(self):\n        return [lambda: 0 for _ in ()]\n" +
        "def f():\n    class D:\n        pass\n    return (x for x in ())\n",
      "t.py",
      "exec",
    );
    for (
      const q of [
        "C",
        "C.m",
        "C.m.<locals>.<listcomp>",
        "C.m.<locals>.<listcomp>.<lambda>",
        "f",
        "f.<locals>.D",
        "f.<locals>.<genexpr>",
      ]
    ) {
      assert.equal(codeNamed(code, q).co_qualname, q);
    }
    assert.equal(code.co_qualname, "<module>");
  });

  it("__class__ cell for zero-argument super()", () => {
    const code = compile(
      "class C(B):\n    def m(self):\n        return super().m()\n",
      "t.py",
      "exec",
    );
    const body = codeNamed(code, "C");
    assert.deepEqual(body.co_cellvars, ["__class__"]);
    assert.ok(body.co_names.includes("__classcell__"));
    assert.deepEqual(codeNamed(code, "C.m").co_freevars, ["__class__"]);
  });

  it("generator, coroutine and async generator flags", () => {
    const code = compile(
      "def g():\n    yield\nasync def c():\n    await x\nasync def a():\n    yield 1\n",
      "t.py",
      "exec",
    );
    assert.equal(codeNamed(code, "g").co_flags & 0x20, 0x20);
    assert.equal(codeNamed(code, "c").co_flags & 0x80, 0x80);
    assert.equal(codeNamed(code, "a").co_flags & 0x200, 0x200);
  });

  it("first line of a decorated function is its first decorator's", () => {
    const code = compile("@a\n@b\ndef f():\n    pass\n", "t.py", "exec");
    assert.equal(codeNamed(code, "f").co_firstlineno, 1);
  });

  it("docstring is the first constant", () => {
    const code = compile("def f():\n    'doc'\n    return 1\n", "t.py", "exec");
    assert.equal(codeNamed(code, "f").co_consts[0], "doc");
  });
});

describe("constant folding", () => {
  it("keeps Python's result types", () => {
    const code = compile(
      "x = (True & False, True | False, True ^ True, True + True, -True, 7 // -2, -7 % 3, 2 ** 10, 1 / 4)\n",
      "t.py",
      "exec",
    );
    const tuple = code.co_consts.find((c) => c instanceof PyTuple) as PyTuple;
    assert.deepEqual(tuple.items.slice(0, 8), [false, true, false, 2, -1, -4, 2, 1024]);
    assert.ok(tuple.items[8] instanceof PyFloat && tuple.items[8].value === 0.25);
  });

  it("does not fold what could raise or grow too big", () => {
    const code = compile("a = 1 / 0\nb = 2 ** 1000\nc = 'x' * 100000\n", "t.py", "exec");
    assert.ok(code.co_consts.includes(0));
    assert.ok(code.co_consts.includes(1000));
    assert.ok(code.co_consts.includes(100000));
  });
});

describe("stack depth", () => {
  it("nested calls need one slot per pending value", () => {
    // f(g(h(1, 2), 3), 4): NULL f, NULL g, NULL h, 1, 2 are live at the deepest point, and
    // LOAD_GLOBAL/LOAD_NAME pairs of NULL + callable make it 8, as CPython reports.
    const code = compile("f(g(h(1, 2), 3), 4)\n", "t.py", "exec");
    assert.equal(code.co_stacksize, 8);
  });

  it("handlers count lasti and the exception", () => {
    const code = compile(
      "def f():\n    with a as b:\n        try:\n            x()\n        except E as e:\n            y()\n",
      "t.py",
      "exec",
    );
    // [exit, lasti, prev_exc, exc] under the except clause's [prev_exc, exc]: CPython's 6.
    assert.equal(codeNamed(code, "f").co_stacksize, 6);
  });
});

describe("line numbers", () => {
  it("for-loop back edges take the last body line (no new line start)", () => {
    const code = codeNamed(
      compile(
        "def f(xs):\n    for x in xs:\n        a()\n        b()\n    return 1\n",
        "t.py",
        "exec",
      ),
      "f",
    );
    assert.deepEqual(lineStarts(code), [1, 2, 3, 4, 5]);
  });

  it("multi-line calls", () => {
    const code = compile("f(\n  1,\n  2)\n", "t.py", "exec");
    assert.deepEqual(lineStarts(code), [0, 1, 2, 3, 1]);
  });
});

const ERROR_CASES: [string, string, number, number][] = [
  ["nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1],
  [
    "def f():\n    x = 1\n    global x\n",
    "name 'x' is assigned to before global declaration",
    3,
    5,
  ],
  ["def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5],
  ["def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5],
  ["def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5],
  ["def f(x, x):\n    pass\n", "duplicate argument 'x' in function definition", 1, 10],
  ["return 1\n", "'return' outside function", 1, 1],
  ["yield 1\n", "'yield' outside function", 1, 1],
  ["await x\n", "'await' outside function", 1, 1],
  ["def f():\n    await x\n", "'await' outside async function", 2, 5],
  ["break\n", "'break' outside loop", 1, 1],
  ["continue\n", "'continue' not properly in loop", 1, 1],
  ["def f():\n    [(yield x) for x in y]\n", "'yield' inside list comprehension", 2, 7],
  [
    "def f():\n    [x async for x in y]\n",
    "asynchronous comprehension outside of an asynchronous function",
    2,
    5,
  ],
  ["*a = 1\n", "starred assignment target must be in a list or tuple", 1, 1],
  ["a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1],
  ["async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3, 5],
  [
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "wildcard makes remaining patterns unreachable",
    2,
    10,
  ],
  [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "name capture 'y' makes remaining patterns unreachable",
    2,
    10,
  ],
  [
    "def f():\n    x = 1\n    nonlocal x\n",
    "name 'x' is assigned to before nonlocal declaration",
    3,
    5,
  ],
  ["class C:\n    def f(self):\n        nonlocal y\n", "no binding for nonlocal 'y' found", 3, 9],
  ["def f():\n    from m import *\n", "import * only allowed at module level", 2, 19],
  ["f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8],
  [
    "def f():\n    yield from x\n    async def g():\n        yield from y\n",
    "'yield from' inside async function",
    4,
    9,
  ],
  ["for x in y:\n    def f():\n        break\n", "'break' outside loop", 3, 9],
  [
    "try:\n    pass\nexcept* E:\n    break\n",
    "'break', 'continue' and 'return' cannot appear in an except* block",
    4,
    5,
  ],
  [
    "match x:\n    case [a, *b, *c]:\n        pass\n",
    "multiple starred names in sequence pattern",
    2,
    10,
  ],
  [
    "match x:\n    case a | b:\n        pass\n",
    "name capture 'a' makes remaining patterns unreachable",
    2,
    10,
  ],
  [
    "match x:\n    case {1: a, 1: b}:\n        pass\n",
    "mapping pattern checks duplicate key (1)",
    2,
    10,
  ],
  [
    "match x:\n    case (a, a):\n        pass\n",
    "multiple assignments to name 'a' in pattern",
    2,
    14,
  ],
  [
    "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
    "default 'except:' must be last",
    3,
    1,
  ],
  [
    "[x := 1 for x in y]\n",
    "assignment expression cannot rebind comprehension iteration variable 'x'",
    1,
    2,
  ],
  [
    "class C:\n    [y := 1 for x in z]\n",
    "assignment expression within a comprehension cannot be used in a class body",
    2,
    6,
  ],
  ["def f():\n    x: int\n    global x\n", "annotated name 'x' can't be global", 3, 5],
  ["def f():\n    global x\n    x: int = 1\n", "annotated name 'x' can't be global", 3, 5],
  ["from __future__ import braces\n", "not a chance", 1, 1],
  [
    "import os\nfrom __future__ import annotations\n",
    "from __future__ imports must occur at the beginning of the file",
    2,
    1,
  ],
  ["from __future__ import nonexistent\n", "future feature nonexistent is not defined", 1, 1],
  ["def f():\n    async with x:\n        pass\n", "'async with' outside async function", 2, 5],
  ["def f():\n    async for x in y:\n        pass\n", "'async for' outside async function", 2, 5],
  ["def f(*, a, a):\n    pass\n", "duplicate argument 'a' in function definition", 1, 13],
  ["{(yield x) for x in y}\n", "'yield' inside set comprehension", 1, 3],
];

describe("SyntaxErrors from the symbol table and the compiler", () => {
  for (const [src, msg, lineno, offset] of ERROR_CASES) {
    it(msg, () => {
      let error: unknown = null;
      try {
        compile(src, "t.py", "exec");
      } catch (e) {
        error = e;
      }
      assert.ok(error instanceof PySyntaxErrorInfo, `no SyntaxError for ${JSON.stringify(src)}`);
      assert.equal(error.msg, msg);
      assert.equal(error.lineno, lineno);
      assert.equal(error.offset, offset);
    });
  }
});

describe("disassemble", () => {
  it("prints offsets, lines, jump targets, the exception table and nested code", () => {
    const text = disassemble(
      compile(
        "def f(x):\n    try:\n        return g(x)\n    except E:\n        pass\n",
        "t.py",
        "exec",
      ),
    );
    assert.match(text, /^ {2}0 +0 RESUME +0$/m);
    assert.match(text, /MAKE_FUNCTION +0$/m);
    assert.match(text, /Disassembly of <code object f at 0x[0-9a-f]+, file "t.py", line 1>:/);
    assert.match(text, /LOAD_GLOBAL {14}1 \(NULL \+ g\)/);
    assert.match(text, /ExceptionTable:\n {2}\d+ to \d+ -> \d+ \[0\]\n/);
    assert.match(text, /CHECK_EXC_MATCH\n.*POP_JUMP_IF_FALSE +14 \(to 28\)/);
    assert.match(text, />> +\d+ COPY/);
  });
});
