// Bad input never crashes the host with an internal JavaScript error: adversarial Python
// snippets end in the Python exception CPython raises (checked against python3 3.11), misuse of
// the host API throws CoilUsageError, and the interpreter stays usable afterwards.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  CoilUsageError,
  evaluate,
  exec,
  GeneratorRef,
  kwargs,
  PythonError,
  runFile,
  setOutput,
} from "../../mod.ts";

/** [source, expected exception type, expected message (the traceback's last line) or null]. */
const raising: readonly [string, string, string | null][] = [
  // Special methods called directly with the wrong number of arguments.
  ["int.__add__(1)", "TypeError", "TypeError: expected 1 argument, got 0"],
  ["(1).__add__(1, 2)", "TypeError", "TypeError: expected 1 argument, got 2"],
  ["(1).__neg__(5)", "TypeError", "TypeError: expected 0 arguments, got 1"],
  ["(1).__add__(x=1)", "TypeError", "TypeError: wrapper __add__() takes no keyword arguments"],
  ["'ab'.__getitem__()", "TypeError", "TypeError: expected 1 argument, got 0"],
  ["[1].__mul__()", "TypeError", "TypeError:  expected 1 argument, got 0"],
  ["[].__setitem__(1)", "TypeError", "TypeError:  expected 2 arguments, got 1"],
  [
    "{}.__getitem__()",
    "TypeError",
    "TypeError: dict.__getitem__() takes exactly one argument (0 given)",
  ],
  ["(2).__pow__()", "TypeError", "TypeError:  expected at least 1 argument, got 0"],
  ["property().__get__()", "TypeError", "TypeError:  expected at least 1 argument, got 0"],
  ["property(len).__get__(None)", "TypeError", "TypeError: __get__(None, None) is invalid"],
  ["property.__set__(property(), 1)", "TypeError", "TypeError:  expected 2 arguments, got 1"],
  ["staticmethod(len).__get__()", "TypeError", "TypeError:  expected at least 1 argument, got 0"],
  [
    "object.__getattribute__(1, 2)",
    "TypeError",
    "TypeError: attribute name must be string, not 'int'",
  ],
  [
    "object.__delattr__(1, None)",
    "TypeError",
    "TypeError: attribute name must be string, not 'NoneType'",
  ],
  [
    "object().__format__()",
    "TypeError",
    "TypeError: object.__format__() takes exactly one argument (0 given)",
  ],
  ["(1).__format__(None)", "TypeError", "TypeError: __format__() argument must be str, not None"],
  // Ordinary builtin methods called with a missing argument.
  ["set().discard()", "TypeError", "TypeError: set.discard() takes exactly one argument (0 given)"],
  [
    "frozenset().isdisjoint()",
    "TypeError",
    "TypeError: frozenset.isdisjoint() takes exactly one argument (0 given)",
  ],
  [
    "{}.keys().isdisjoint()",
    "TypeError",
    "TypeError: dict_keys.isdisjoint() takes exactly one argument (0 given)",
  ],
  [
    "''.removeprefix()",
    "TypeError",
    "TypeError: str.removeprefix() takes exactly one argument (0 given)",
  ],
  ["str.maketrans()", "TypeError", "TypeError: maketrans expected at least 1 argument, got 0"],
  ["b'a'.center()", "TypeError", "TypeError: center expected at least 1 argument, got 0"],
  ["b'a'.count()", "TypeError", "TypeError: count() takes at least 1 argument (0 given)"],
  ["bytearray().insert()", "TypeError", "TypeError: insert expected 2 arguments, got 0"],
  [
    "b''.decode(None)",
    "TypeError",
    "TypeError: decode() argument 'encoding' must be str, not None",
  ],
  [
    "range(3).count()",
    "TypeError",
    "TypeError: range.count() takes exactly one argument (0 given)",
  ],
  [
    "property().getter()",
    "TypeError",
    "TypeError: property.getter() takes exactly one argument (0 given)",
  ],
  [
    "ValueError().add_note()",
    "TypeError",
    "TypeError: BaseException.add_note() takes exactly one argument (0 given)",
  ],
  [
    "property().__set_name__()",
    "TypeError",
    "TypeError: __set_name__() takes 2 positional arguments but 0 were given",
  ],
  // Misbehaving protocol methods.
  [
    "class L:\n    def __len__(self): return -1\nlen(L())",
    "ValueError",
    "ValueError: __len__() should return >= 0",
  ],
  [
    "class H:\n    def __hash__(self): return 'x'\n{H()}",
    "TypeError",
    "TypeError: __hash__ method should return an integer",
  ],
  [
    "class X:\n    def __index__(self): return 1.5\nrange(X())",
    "TypeError",
    "TypeError: __index__ returned non-int (type float)",
  ],
  [
    "class A:\n    def __getattribute__(self, n): raise ValueError(n)\nhasattr(A(), 'x')",
    "ValueError",
    "ValueError: x",
  ],
  [
    "class I:\n    def __iter__(self): return self\n    def __next__(self): raise KeyError(3)\nlist(I())",
    "KeyError",
    "KeyError: 3",
  ],
  // Runaway recursion through special methods.
  ["class A:\n    def __eq__(self, o): return self == o\nA() == A()", "RecursionError", null],
  ["class A:\n    def __hash__(self): return hash(self)\nhash(A())", "RecursionError", null],
  ["def k(x): return k(x)\nsorted([1, 2], key=k)", "RecursionError", null],
  // Numbers, formatting, slicing.
  ["int('9' * 5000)", "ValueError", null],
  ["format(1, 'zz')", "ValueError", null],
  ["'%d' % 'x'", "TypeError", "TypeError: %d format: a real number is required, not str"],
  ["chr(-1)", "ValueError", "ValueError: chr() arg not in range(0x110000)"],
  ["bytes(-1)", "ValueError", "ValueError: negative count"],
  ["[1, 2][::0]", "ValueError", "ValueError: slice step cannot be zero"],
  [
    "d = {1: 1}\nfor k in d: d[k + 1] = 1",
    "RuntimeError",
    "RuntimeError: dictionary changed size during iteration",
  ],
  // Generators and coroutines misused.
  [
    "def g():\n    yield next(it)\nit = g()\nnext(it)",
    "ValueError",
    "ValueError: generator already executing",
  ],
  ["def g():\n    yield 1\nit = g()\nnext(it)\nit.throw(5)", "TypeError", null],
  [
    "def g():\n    try:\n        yield 1\n    finally:\n        yield 2\nit = g()\nnext(it)\nit.close()",
    "RuntimeError",
    "RuntimeError: generator ignored GeneratorExit",
  ],
  [
    "async def c(): await 5\nc().send(None)",
    "TypeError",
    "TypeError: object int can't be used in 'await' expression",
  ],
  [
    "def inf():\n    while True: yield 1\na, b = inf()",
    "ValueError",
    "ValueError: too many values to unpack (expected 2)",
  ],
  // exec/compile/builtins misuse.
  ["exec('print(1)', 5)", "TypeError", null],
  ["compile('x = ', 'f', 'exec')", "SyntaxError", null],
  ["compile('x = 1', 'f', 'zzz')", "ValueError", null],
  ["print(1, file=5)", "AttributeError", "AttributeError: 'int' object has no attribute 'write'"],
  ["open('/nonexistent-coil-dir/x')", "FileNotFoundError", null],
];

function assertUsable(): void {
  const m = exec("x = sum([1, 2, 3])\ntry:\n    1 / 0\nexcept ZeroDivisionError:\n    y = 'ok'\n");
  assert.equal(m.get("x"), 6);
  assert.equal(m.get("y"), "ok");
}

function assertPythonError(source: string, type: string, message: string | null): void {
  let thrown: unknown = undefined;
  try {
    exec(source, { filename: "<robustness>" });
  } catch (e) {
    thrown = e;
  }
  assert.ok(thrown instanceof PythonError, `${JSON.stringify(source)} threw ${thrown}`);
  const e = thrown as PythonError;
  assert.equal(e.type, type, `${JSON.stringify(source)}: ${e.message}`);
  assert.doesNotMatch(e.message, /internal error|undefined|\[object Object\]|\.ts:\d/);
  if (message !== null) assert.equal(e.message.split("\n").at(-1), message);
}

describe("adversarial Python raises CPython's exception", () => {
  for (const [source, type, message] of raising) {
    it(source.replaceAll("\n", " ⏎ "), () => {
      assertPythonError(source, type, message);
      assertUsable();
    });
  }

  it("prints what CPython prints for huge and odd numbers", () => {
    let out = "";
    setOutput({ stdout: (t) => (out += t) });
    try {
      exec("print(1e308 * 10, 2 ** -1, (-8) ** (1 / 3))\nprint(len(str(10 ** 4000)))");
    } finally {
      setOutput({ stdout: (t) => Deno.stdout.writeSync(new TextEncoder().encode(t)) });
    }
    assert.equal(out, "inf 0.5 (1.0000000000000002+1.7320508075688772j)\n4001\n");
  });

  it("allocations past JavaScript's limits raise MemoryError", () => {
    // CPython would try to allocate the 10 GB; V8 cannot, and Coil reports that as CPython
    // reports a failed allocation.
    assertPythonError("'{:>10000000000}'.format(1)", "MemoryError", "MemoryError");
    assertPythonError(
      "try:\n    'x'.zfill(2**40)\nexcept MemoryError:\n    raise KeyError(1)",
      "KeyError",
      null,
    );
    assertUsable();
  });

  it("input() at end of file raises EOFError", () => {
    setOutput({ stdin: () => null });
    assertPythonError("input()", "EOFError", "EOFError: EOF when reading a line");
    assertUsable();
  });

  it("survives deep recursion through __repr__ and keeps working", () => {
    assertPythonError(
      "class A:\n    def __repr__(self): return repr(self)\nrepr(A())",
      "RecursionError",
      null,
    );
    assertUsable();
    assert.equal(evaluate("repr([1, [2]])"), "[1, [2]]");
  });
});

describe("runFile reports unreadable scripts as Python exceptions", () => {
  const dir = Deno.makeTempDirSync({ prefix: "coil_robustness_" });
  const write = (name: string, bytes: number[] | string) => {
    const path = `${dir}/${name}`;
    if (typeof bytes === "string") Deno.writeTextFileSync(path, bytes);
    else Deno.writeFileSync(path, Uint8Array.from(bytes));
    return path;
  };
  const runFileError = (path: string): PythonError => {
    try {
      runFile(path);
    } catch (e) {
      assert.ok(e instanceof PythonError, `runFile(${path}) threw ${e}`);
      return e;
    }
    assert.fail(`runFile(${path}) did not throw`);
  };

  it("a missing file is FileNotFoundError, a directory IsADirectoryError", () => {
    assert.equal(
      runFileError(`${dir}/missing.py`).message,
      `FileNotFoundError: [Errno 2] No such file or directory: '${dir}/missing.py'`,
    );
    assert.equal(runFileError(dir).type, "IsADirectoryError");
    assertUsable();
  });

  it("NUL bytes and undecodable bytes are SyntaxErrors, as CPython's tokenizer reports", () => {
    const nul = runFileError(write("nul.py", [...new TextEncoder().encode("x = 1\n"), 0, 10]));
    assert.equal(nul.type, "SyntaxError");
    assert.equal(
      nul.message.split("\n").at(-1),
      "SyntaxError: source code cannot contain null bytes",
    );
    const bad = write("bad.py", [...new TextEncoder().encode('x = 1\ny = "'), 0xc3, 0x28, 34, 10]);
    assert.equal(
      runFileError(bad).message,
      `SyntaxError: Non-UTF-8 code starting with '\\xc3' in file ${bad} on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
    );
    assertUsable();
  });

  it("a latin-1 coding declaration is honored", () => {
    const path = write("latin.py", [
      ...new TextEncoder().encode('# -*- coding: latin-1 -*-\nx = "'),
      0xe9,
      34,
      10,
    ]);
    assert.equal(runFile(path).get("x"), "\u00e9");
    Deno.removeSync(dir, { recursive: true });
  });
});

describe("host API misuse throws CoilUsageError", () => {
  const m = exec("def f(*a, **k): return len(a) + len(k)\n");
  const usage: [string, () => unknown][] = [
    ["a Map argument", () => m.callMethod("f", new Map())],
    ["a Date argument", () => m.callMethod("f", new Date())],
    ["a class instance", () => m.callMethod("f", new (class Point {})())],
    ["a symbol", () => m.callMethod("f", Symbol("s"))],
    ["a cyclic array", () => {
      const a: unknown[] = [];
      a.push(a);
      return m.callMethod("f", a);
    }],
    ["a cyclic object", () => {
      const o: Record<string, unknown> = {};
      o.self = o;
      return m.callMethod("f", o);
    }],
    ["a very deeply nested array", () => {
      let a: unknown[] = [];
      for (let i = 0; i < 200_000; i++) a = [a];
      return m.callMethod("f", a);
    }],
    ["kwargs(null)", () => m.callMethod("f", kwargs(null as unknown as Record<string, unknown>))],
    ["a non-string attribute name", () => m.get(5 as unknown as string)],
    ["a non-string method name", () => m.callMethod(5 as unknown as string)],
    ["exec options null", () => exec("x = 1", null as unknown as object)],
    ["exec with a non-string filename", () => exec("x = 1", { filename: 5 as unknown as string })],
    ["exec of a non-string", () => exec(5 as unknown as string)],
  ];
  for (const [what, op] of usage) {
    it(what, () => {
      assert.throws(op, CoilUsageError);
      assertUsable();
    });
  }

  it("a JavaScript function returning a value Python cannot hold raises TypeError", () => {
    const mod = exec(
      "def call(f):\n    try:\n        f()\n    except TypeError as e:\n        return str(e)\n",
    );
    const message = mod.callMethod("call", function makeMap() {
      return new Map();
    }) as string;
    assert.match(message, /^JavaScript function makeMap\(\) returned a value Python cannot hold: /);
    assertUsable();
  });

  it("a PythonError thrown by a JavaScript callback re-raises the Python exception", () => {
    const mod = exec(
      "def call(f):\n    try:\n        f()\n    except KeyError as e:\n        return 'caught ' + repr(e)\n",
    );
    const thrower = () => exec("raise KeyError('inner')");
    assert.equal(mod.callMethod("call", thrower), "caught KeyError('inner')");
    const gen: GeneratorRef = exec("def g(f):\n    yield f()\n").callMethod(
      "g",
      () => gen.next(),
    ) as GeneratorRef;
    assert.throws(() => gen.next(), (e) => {
      assert.ok(e instanceof PythonError);
      assert.equal(e.message, "ValueError: generator already executing");
      return true;
    });
    assertUsable();
  });

  it("shared (non-cyclic) references and holes convert", () => {
    const shared = [1];
    assert.equal(m.callMethod("f", [shared, shared], { a: shared, b: shared }), 2);
    const mod = exec("def second(xs): return xs[1]\n");
    assert.equal(mod.callMethod("second", [1, , 3]), null);
  });

  it("NaN, Infinity, -0 and huge bigints cross as Python values", () => {
    const mod = exec("def r(*a): return repr(a)\n");
    assert.equal(
      mod.callMethod("r", NaN, -Infinity, -0, 2n ** 100n),
      "(nan, -inf, 0, 1267650600228229401496703205376)",
    );
  });
});
