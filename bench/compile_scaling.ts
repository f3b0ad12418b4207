// Compile time against source size, for the shapes that used to be super-linear (issue 15):
//
//   deno run --allow-read --allow-env bench/compile_scaling.ts
//
// For each shape it compiles sources of size N, 2N and 4N (median of five runs) and prints the
// times and the ratio of each to the one before: about 2 is linear, 4 quadratic. Nested lambdas
// used to double per level (the code-object constant keys), and a non-ASCII character anywhere
// in a file made every token's UTF-8 column a scan from its line's start. Deep nesting itself
// stays quadratic, as in CPython: each level's co_qualname spells out all the levels above it.

import { compile } from "../src/compiler/compile.ts";

interface Shape {
  name: string;
  /** Source with `n` repetitions of the shape's unit. */
  source(n: number): string;
  n: number;
}

const SHAPES: Shape[] = [
  { name: "nested lambdas", source: (n) => "x = " + "lambda: ".repeat(n) + "0\n", n: 300 },
  {
    name: "nested defs",
    source: (n) => {
      // 24 levels (under CPython's 100 indentation levels), repeated n times at the top.
      let one = "";
      for (let i = 0; i < 24; i++) one += " ".repeat(i) + `def f${i}(a):\n`;
      one += " ".repeat(24) + "return a\n";
      return one.repeat(n);
    },
    n: 40,
  },
  { name: "long list, ASCII", source: (n) => "x = [" + "1,".repeat(n) + "]\n", n: 40000 },
  {
    name: "long list, 'é' on a later line",
    source: (n) => "x = [" + "1,".repeat(n) + "]\n# é\n",
    n: 40000,
  },
  {
    name: "long list, 'é' on the same line",
    source: (n) => "x = ['é', " + "1,".repeat(n) + "]\n",
    n: 40000,
  },
];

function timeCompile(source: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    compile(source, "<bench>", "exec");
    runs.push(performance.now() - t0);
  }
  return runs.sort((a, b) => a - b)[2];
}

// Warm the compiler up so the first size is not charged for JIT compilation.
for (const shape of SHAPES) timeCompile(shape.source(Math.max(1, shape.n >> 3)));

let worst = 0;
for (const shape of SHAPES) {
  const cells: string[] = [];
  let prev = 0;
  for (const k of [1, 2, 4]) {
    const n = shape.n * k;
    const ms = timeCompile(shape.source(n));
    let cell = `N=${n}: ${ms.toFixed(1)} ms`;
    if (prev > 0) {
      const ratio = ms / prev;
      worst = Math.max(worst, ratio);
      cell += ` (x${ratio.toFixed(2)})`;
    }
    cells.push(cell);
    prev = ms;
  }
  console.log(`${shape.name.padEnd(32)} ${cells.join("  ")}`);
}
console.log(`largest ratio per doubling: ${worst.toFixed(2)} (2 is linear, 4 quadratic)`);
