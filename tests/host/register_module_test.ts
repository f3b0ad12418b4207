// Interpreter.registerModule: modules a host gives as Python source (frozen modules, imported
// through importlib's FrozenImporter) or as an object of values and functions (builtin modules).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CoilUsageError, Interpreter, PythonError } from "../../mod.ts";

describe("Interpreter.registerModule", () => {
  it("an object becomes a builtin module whose functions call the host", () => {
    const interp = new Interpreter();
    const calls: unknown[][] = [];
    interp.registerModule("tools", {
      VERSION: "1.2",
      add: (a: number, b: number) => {
        calls.push([a, b]);
        return a + b;
      },
    });
    const m = interp.exec(
      "import tools, sys\nfrom tools import VERSION\n" +
        "total = tools.add(2, 3)\norigin = tools.__spec__.origin\nbuiltin = 'tools' in sys.modules",
    );
    assert.equal(m.get("total"), 5);
    assert.equal(m.get("VERSION"), "1.2");
    assert.equal(m.get("origin"), "built-in");
    assert.equal(m.get("builtin"), true);
    assert.deepEqual(calls, [[2, 3]]);
    interp.close();
  });

  it("source becomes a frozen module, run once on first import", () => {
    const interp = new Interpreter();
    interp.registerModule(
      "greet",
      "print('loading')\ndef hello(who):\n    return 'hello ' + who\n",
    );
    const out: string[] = [];
    const quiet = new Interpreter({ stdout: (t) => out.push(t) });
    quiet.registerModule("greet", "print('loading')\ndef hello(who):\n    return 'hello ' + who\n");
    const m = quiet.exec(
      "import greet, importlib\nimport greet as again\n" +
        "text = greet.hello('coil')\nsame = greet is again\n" +
        "origin = greet.__spec__.origin\nhas_file = hasattr(greet, '__file__')\n" +
        "via_importlib = importlib.import_module('greet') is greet",
    );
    assert.equal(m.get("text"), "hello coil");
    assert.equal(m.get("same"), true);
    assert.equal(m.get("origin"), "frozen");
    assert.equal(m.get("has_file"), false);
    assert.equal(m.get("via_importlib"), true);
    assert.deepEqual(out, ["loading", "\n"]);
    interp.close();
    quiet.close();
  });

  it("dotted names make packages, with relative imports between the registered modules", () => {
    const interp = new Interpreter();
    interp.registerModule("kit", "from . import text\nNAME = 'kit'\n");
    interp.registerModule("kit.util", "def bang(s):\n    return s + '!'\n");
    interp.registerModule(
      "kit.text",
      "from .util import bang\ndef shout(s):\n    return bang(s.upper())\n",
    );
    const m = interp.exec(
      "import kit\nfrom kit.text import shout\nr = shout('hi')\npath = repr(kit.__path__)\n" +
        "pkg = kit.text.__package__",
    );
    assert.equal(m.get("r"), "HI!");
    assert.equal(m.get("path"), "[]");
    assert.equal(m.get("pkg"), "kit");
    interp.close();
  });

  it("is seen only by the interpreter it was registered in", () => {
    const a = new Interpreter(), b = new Interpreter();
    a.registerModule("only_a", "X = 1\n");
    assert.equal(a.evaluate("__import__('only_a').X"), 1);
    assert.throws(
      () => b.exec("import only_a"),
      (e: unknown) =>
        e instanceof PythonError && e.type === "ModuleNotFoundError" &&
        /No module named 'only_a'/.test(e.message),
    );
    a.close();
    b.close();
  });

  it("a syntax error in the source is reported at registration, naming the module", () => {
    const interp = new Interpreter();
    assert.throws(
      () => interp.registerModule("broken", "def f(:\n    pass\n"),
      (e: unknown) =>
        e instanceof PythonError && e.type === "SyntaxError" && /<frozen broken>/.test(e.message),
    );
    assert.throws(() => interp.exec("import broken"), PythonError);
    interp.close();
  });

  it("an uncaught error's traceback names the registered module's file and shows its lines", () => {
    const interp = new Interpreter();
    interp.registerModule("fails", "def boom():\n    raise ValueError('from host module')\n", {
      filename: "fails.py",
    });
    assert.throws(
      () => interp.exec("import fails\nfails.boom()"),
      (e: unknown) =>
        e instanceof PythonError && e.type === "ValueError" &&
        /File "fails.py", line 2, in boom\n {4}raise ValueError\('from host module'\)/.test(
          e.traceback,
        ),
    );
    interp.close();
  });

  it("misuse says what to do", () => {
    const interp = new Interpreter();
    interp.exec("import json");
    assert.throws(
      () => interp.registerModule("json", "X = 1"),
      /already imported; register it before/,
    );
    assert.throws(() => interp.registerModule("no-dash", "X = 1"), CoilUsageError);
    assert.throws(() => interp.registerModule("a.b", { x: 1 }), /whose name has no dot/);
    assert.throws(
      () => interp.registerModule("m", 42 as unknown as string),
      /module is Python source \(a string\) or an object/,
    );
    interp.close();
    assert.throws(() => interp.registerModule("m", "X = 1"), /the interpreter is closed/);
  });
});
