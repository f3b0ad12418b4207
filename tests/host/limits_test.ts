// Interpreter limits: each hostile program ends with LimitExceeded (or CPython's own error),
// the host alive and the interpreter usable afterwards.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CoilUsageError, Interpreter, PythonError } from "../../mod.ts";

function limitError(reason: string) {
  return (e: unknown) =>
    e instanceof PythonError && e.type === "LimitExceeded" &&
    e.message.includes(`past its ${reason} limit`);
}

describe("Interpreter limits", () => {
  const out: string[] = [];
  const interp = new Interpreter({
    stdout: (t) => out.push(t),
    limits: { timeMs: 150, memoryBytes: 64 * 2 ** 20, outputChars: 5000 },
  });

  const hostile: [string, string][] = [
    ["while True: pass", "time"],
    ["def f():\n    while True:\n        pass\nf()", "time"],
    ["s = ','.join(str(i) for i in range(10**8))", "time"],
    ["sorted(range(10**7), key=lambda x: -x)", "time"],
    ["x = 'a' * 10**10", "memory"],
    ["x = [0] * 10**9", "memory"],
    ["x = b'ab' * 10**9", "memory"],
    ["x = 2 ** (10**10)", "memory"],
    ["while True: print('spam')", "output"],
    ["import re\nre.match(r'(a+)+b', 'a' * 40)", "time"],
  ];
  for (const [program, reason] of hostile) {
    it(`stops ${JSON.stringify(program)} at its ${reason} limit`, () => {
      assert.throws(() => interp.exec(program), limitError(reason));
      assert.equal(interp.eval("1 + 1"), 2);
    });
  }

  it("stops a list that grows forever at the memory limit (sampled heap growth)", () => {
    const memoryOnly = new Interpreter({ limits: { memoryBytes: 64 * 2 ** 20 } });
    assert.throws(
      () => memoryOnly.exec("l = []\nwhile True: l.append([1, 2, 3])"),
      limitError("memory"),
    );
    assert.equal(memoryOnly.eval("len('ok')"), 2);
    memoryOnly.close();
  });

  it("deep recursion is CPython's RecursionError", () => {
    assert.throws(
      () => interp.exec("def f(): return f()\nf()"),
      (e: unknown) => e instanceof PythonError && e.type === "RecursionError",
    );
  });

  it("is not caught by except Exception, runs finally blocks, and stops code that catches it", () => {
    out.length = 0;
    assert.throws(
      () =>
        interp.exec(
          "try:\n    try:\n        while True: pass\n    except Exception:\n        print('swallowed')\n" +
            "finally:\n    print('finally ran')",
        ),
      limitError("time"),
    );
    assert.deepEqual(out, ["finally ran", "\n"]);
    // A loop that catches everything is stopped all the same, without running more handlers.
    assert.throws(
      () =>
        interp.exec(
          "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass",
        ),
      (e: unknown) => limitError("time")(e) && String((e as Error).message).includes("stopped"),
    );
    assert.equal(interp.eval("import sys\nsys.exc_info()[0]"), null);
  });

  it("applies to each call, and a program within them runs to the end", () => {
    for (let i = 0; i < 3; i++) {
      assert.equal(interp.eval("sum(range(10**5))"), 4999950000);
    }
  });

  it("says what limits take", () => {
    assert.throws(() => new Interpreter({ limits: { timeMs: -1 } }), CoilUsageError);
    assert.throws(
      () => new Interpreter({ limits: { seconds: 1 } as never }),
      /limits is \{ timeMs\?, memoryBytes\?, outputChars\? \}/,
    );
  });
});
