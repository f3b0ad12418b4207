// Compile time grows linearly with the source (issue 15): nested scopes used to double it per
// level (code-object constant keys re-escaped at each level), and one non-ASCII character made
// every token's UTF-8 column a scan from its line's start. bench/compile_scaling.ts prints the
// figures; here the bounds are loose enough for a busy machine and still fail on either bug.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { compile } from "../../src/compiler/compile.ts";
import { parse } from "../../src/compiler/parser.ts";
import type * as A from "../../src/compiler/ast.ts";
import { PyCode } from "../../src/objects/code.ts";
import { PyTuple } from "../../src/objects/tuple.ts";

function bestOf3(f: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Time at 4N over time at N: about 4 when linear, 16 when quadratic. */
function growth(source: (n: number) => string, n: number): number {
  const small = source(n), large = source(4 * n);
  compile(small, "<scale>", "exec"); // warm-up
  const t1 = bestOf3(() => compile(small, "<scale>", "exec"));
  const t4 = bestOf3(() => compile(large, "<scale>", "exec"));
  return t4 / Math.max(t1, 1);
}

describe("compile time grows linearly", () => {
  it("28 nested lambdas compile at once (they took seconds, then ran out of string length)", () => {
    const ms = bestOf3(() => compile("x = " + "lambda: ".repeat(28) + "0\n", "<s>", "exec"));
    assert.ok(ms < 500, `${ms} ms`);
  });

  it("nested lambdas: polynomial, not doubling per level", () => {
    // Each level's co_qualname names all the levels above it ('<lambda>.<locals>.<lambda>...'),
    // so CPython's time is quadratic in the depth too (x12 from 250 to 1000 levels).
    const g = growth((n) => "x = " + "lambda: ".repeat(n) + "0\n", 250);
    assert.ok(g < 32, `x${g.toFixed(1)} for 4x the nesting`);
  });

  it("many functions nested a few levels deep", () => {
    let one = "";
    for (let i = 0; i < 20; i++) one += " ".repeat(i) + `def f${i}(a):\n`;
    one += " ".repeat(20) + "return a\n";
    const g = growth((n) => one.repeat(n), 25);
    assert.ok(g < 10, `x${g.toFixed(1)} for 4x the source`);
  });

  it("a long line in a file with a non-ASCII character", () => {
    const g = growth((n) => "x = ['é', " + "1,".repeat(n) + "]\n# é\n", 10000);
    assert.ok(g < 10, `x${g.toFixed(1)} for 4x the source`);
  });
});

describe("UTF-8 columns on non-ASCII lines", () => {
  it("match CPython's col_offset/end_col_offset", () => {
    const mod = parse("x = ['é', 1, f('😀', y), 22]  # ü\ny = 'ß' + z\n", "<s>") as A.Module;
    const seen: string[] = [];
    const walk = (node: unknown): void => {
      if (node === null || typeof node !== "object") return;
      if (Array.isArray(node)) return node.forEach(walk);
      const n = node as Record<string, unknown>;
      if (n._type === "Name" || n._type === "Constant") {
        seen.push(`${n.lineno}:${n.col_offset}-${n.end_col_offset}`);
      }
      for (const [k, v] of Object.entries(n)) if (k !== "value" || n._type !== "Constant") walk(v);
    };
    walk(mod);
    // From python3: ast.walk over the same source, sorted as this walk visits (source order).
    assert.deepEqual(seen, [
      "1:0-1",
      "1:5-9",
      "1:11-12",
      "1:14-15",
      "1:16-22",
      "1:24-25",
      "1:28-30",
      "2:0-1",
      "2:4-8",
      "2:11-12",
    ]);
  });
});

describe("code-object constant keys", () => {
  it("equal nested code objects share one slot, different ones do not", () => {
    const code = compile(
      "try:\n  pass\nfinally:\n  def f():\n    def g(): return 1\n",
      "<s>",
      "exec",
    );
    assert.equal(code.co_consts.filter((c) => c instanceof PyCode).length, 1);
  });

  it("a tuple's items are kept apart (('a;sb',) is not ('a', 'b'))", () => {
    const code = compile("x = ('a;sb',)\ny = ('a', 'b')\n", "<s>", "exec");
    const tuples = code.co_consts.filter((c) => c instanceof PyTuple) as PyTuple[];
    assert.deepEqual(tuples.map((t) => t.items), [["a;sb"], ["a", "b"]]);
  });
});
