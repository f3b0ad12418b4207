// Several interpreters in one process: each has its own sys.modules, sys.path, builtins,
// globals, stdout and recursion limit, and they run interleaved without seeing each other.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CoilUsageError, type GeneratorRef, Interpreter, PythonError } from "../../mod.ts";

describe("two interpreters side by side", () => {
  it("keep separate globals, sys.modules, sys.path, stdout and recursion limits", () => {
    const outA: string[] = [], outB: string[] = [];
    const a = new Interpreter({ stdout: (t) => outA.push(t), path: ["/from-a"] });
    const b = new Interpreter({ stdout: (t) => outB.push(t), recursionLimit: 123 });
    const mainA = a.exec("import json\nx = 'a'\nprint('hello from a')");
    const mainB = b.exec("x = 'b'\nprint('hello from b')");
    assert.equal(a.evaluate("x", mainA), "a");
    assert.equal(b.evaluate("x", mainB), "b");
    assert.equal(b.exec("import sys\nn = 'json' in sys.modules", { name: "m" }).get("n"), false);
    assert.equal(a.exec("import sys\nn = 'json' in sys.modules", { name: "m" }).get("n"), true);
    assert.equal(a.exec("import sys\np = sys.path[0]", { name: "m2" }).get("p"), "/from-a");
    assert.equal(b.exec("import sys\nr = sys.getrecursionlimit()", { name: "m2" }).get("r"), 123);
    assert.equal(a.exec("import sys\nr = sys.getrecursionlimit()", { name: "m3" }).get("r"), 1000);
    assert.deepEqual(outA, ["hello from a", "\n"]);
    assert.deepEqual(outB, ["hello from b", "\n"]);
    a.close();
    b.close();
  });

  it("a builtins patch in one is not seen by the other", () => {
    const a = new Interpreter(), b = new Interpreter();
    a.exec("import builtins\nbuiltins.len = lambda x: 42");
    assert.equal(a.evaluate("len([])"), 42);
    assert.equal(b.evaluate("len([])"), 0);
    a.close();
    b.close();
  });

  it("run interleaved: generators of each resume in their own interpreter", () => {
    const a = new Interpreter(), b = new Interpreter();
    const src = (tag: string) =>
      `import sys\nsys.tag = '${tag}'\ndef g():\n    for i in range(3):\n        yield sys.tag + str(i)\n`;
    const ga = a.exec(src("A")).callMethod("g") as GeneratorRef;
    const gb = b.exec(src("B")).callMethod("g") as GeneratorRef;
    const seen: unknown[] = [];
    for (let i = 0; i < 3; i++) seen.push(ga.next().value, gb.next().value);
    assert.deepEqual(seen, ["A0", "B0", "A1", "B1", "A2", "B2"]);
    a.close();
    b.close();
  });

  it("errors are PythonError, and a closed interpreter refuses to run", () => {
    const a = new Interpreter();
    assert.throws(
      () => a.exec("1/0"),
      (e) => e instanceof PythonError && /ZeroDivision/.test(e.message),
    );
    a.close();
    assert.throws(() => a.exec("pass"), CoilUsageError);
    assert.throws(() => new Interpreter({ stdout: 5 as unknown as () => void }), CoilUsageError);
  });

  it("close() finalizes suspended generators", () => {
    const out: string[] = [];
    const a = new Interpreter({ stdout: (t) => out.push(t) });
    const m = a.exec(
      "def g():\n    try:\n        yield 1\n    finally:\n        print('closed')\n",
    );
    const gen = m.callMethod("g") as GeneratorRef;
    gen.next();
    a.close();
    assert.deepEqual(out, ["closed", "\n"]);
  });
});
