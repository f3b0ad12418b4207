// Interpreter.eval (a block's last expression's value) and compile once / run many.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CoilUsageError, Interpreter, type PyRef, PythonError } from "../../mod.ts";

describe("Interpreter.eval", () => {
  it("returns the last expression's value, or null after a statement", () => {
    const interp = new Interpreter();
    assert.equal(interp.eval("x = 2\ny = 21\nx * y"), 42);
    assert.equal(interp.eval("x = 2"), null);
    const list = interp.eval("import json\njson.loads('[1, 2]')[::-1]") as PyRef;
    assert.deepEqual(list.toJS(), [2, 1]);
    interp.close();
  });

  it("runs in a module's globals when given one", () => {
    const interp = new Interpreter();
    const m = interp.exec("count = 1");
    assert.equal(interp.eval("count += 1\ncount", m), 2);
    assert.equal(m.get("count"), 2);
    interp.close();
  });

  it("reports syntax errors with the file, line and column, and runtime errors as CPython", () => {
    const interp = new Interpreter();
    assert.throws(
      () => interp.eval("x = 1\ny = (", undefined, { filename: "cell.py" }),
      (e: unknown) =>
        e instanceof PythonError && e.type === "SyntaxError" && /cell\.py", line 2/.test(e.message),
    );
    assert.throws(
      () => interp.eval("1 / 0"),
      (e: unknown) => e instanceof PythonError && e.type === "ZeroDivisionError",
    );
    interp.close();
  });
});

describe("Interpreter.compile and run", () => {
  it("compiles once and runs many times, in any interpreter", () => {
    const a = new Interpreter(), b = new Interpreter();
    const code = a.compile("n = globals().get('n', 0) + 1\nn");
    const m = a.exec("n = 10");
    assert.equal(a.run(code, m), 11);
    assert.equal(a.run(code, m), 12);
    assert.equal(b.run(code), 1);
    a.close();
    b.close();
  });

  it("throws a SyntaxError at compile time and says what run takes", () => {
    const interp = new Interpreter();
    assert.throws(() => interp.compile("def f(:"), PythonError);
    assert.throws(() => interp.run("1 + 1" as never), CoilUsageError);
    interp.close();
  });
});
