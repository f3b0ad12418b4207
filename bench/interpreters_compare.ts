// Cost of a fresh interpreter: time until a new Interpreter has run `print(1)`, and with
// `import json` done in it, against CPython's subinterpreters (_xxsubinterpreters) measured in
// the same run. Medians of 5 rounds of 40 interpreters each.
//
//   deno run -A bench/interpreters_compare.ts
import { Interpreter } from "../mod.ts";

const ROUNDS = 5, PER_ROUND = 40;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function coil(code: string): number {
  const perInterpreter: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    for (let i = 0; i < PER_ROUND; i++) {
      const interp = new Interpreter({ stdout: () => {} });
      interp.exec(code);
      interp.close();
    }
    perInterpreter.push((performance.now() - start) / PER_ROUND);
  }
  return median(perInterpreter);
}

async function cpython(code: string): Promise<number> {
  const script = `
import _xxsubinterpreters as subs, time, statistics
rounds = []
for r in range(${ROUNDS}):
    t = time.perf_counter()
    for i in range(${PER_ROUND}):
        interp = subs.create()
        subs.run_string(interp, ${JSON.stringify(code.replace("print(1)", "x = 1"))})
        subs.destroy(interp)
    rounds.append((time.perf_counter() - t) / ${PER_ROUND} * 1000)
print(statistics.median(rounds))
`;
  const r = await new Deno.Command("python3", { args: ["-c", script], stdout: "piped" }).output();
  return Number(new TextDecoder().decode(r.stdout).trim());
}

coil("pass"); // warm the process: the first interpreter loads the Lib's archive and compiles
coil("import json");
console.log(`median of ${ROUNDS} rounds of ${PER_ROUND} interpreters; ms per interpreter\n`);
console.log("| what | CPython subinterpreter | Coil Interpreter | ratio |");
console.log("|---|---|---|---|");
for (const [label, code] of [["print(1)", "print(1)"], ["import json", "import json\nprint(1)"]]) {
  const c = coil(code), p = await cpython(code);
  console.log(`| ${label} | ${p.toFixed(2)} | ${c.toFixed(2)} | ${(c / p).toFixed(2)} |`);
}
