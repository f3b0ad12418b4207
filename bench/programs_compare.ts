// Coil against CPython on the shared benchmark programs (../shared/bench/programs/*.py): checks
// that each prints exactly what python3 prints, and prints the time ratio measured in the same
// run. Coil's time is the whole `deno run src/cli.ts FILE.py` process, startup included, and
// separately the time inside the interpreter (compile + run, from bench/run_timed.ts).
//
//   deno run -A bench/programs_compare.ts [--runs 3] [--filter gen_]
import { parseArgs } from "node:util";

const { values } = parseArgs({
  args: Deno.args,
  options: { runs: { type: "string" }, filter: { type: "string" } },
});
const runs = Number(values.runs ?? 3);
const programsDir = new URL("../../shared/bench/programs/", import.meta.url).pathname;
const here = new URL(".", import.meta.url).pathname;

async function timed(cmd: string, args: string[]): Promise<{ ms: number; out: string }> {
  const start = performance.now();
  const r = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
  const ms = performance.now() - start;
  const out = new TextDecoder().decode(r.stdout) + new TextDecoder().decode(r.stderr);
  return { ms, out };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const names = [...Deno.readDirSync(programsDir)]
  .map((e) => e.name)
  .filter((n) => n.endsWith(".py") && (!values.filter || n.includes(values.filter)))
  .sort();

console.log(`median of ${runs} runs each; ratio = Coil / CPython\n`);
console.log(
  "| program | output | CPython (ms) | Coil process (ms) | ratio | Coil in-interpreter (ms) | ratio |",
);
console.log("|---|---|---|---|---|---|---|");
const ratios: number[] = [];
for (const name of names) {
  const path = programsDir + name;
  const py: number[] = [], coil: number[] = [], inside: number[] = [];
  let same = true;
  for (let i = 0; i < runs; i++) {
    const a = await timed("python3", [path]);
    const b = await timed(Deno.execPath(), ["run", "-A", `${here}../src/cli.ts`, path]);
    const c = await timed(Deno.execPath(), ["run", "-A", `${here}run_timed.ts`, path]);
    same &&= a.out === b.out;
    py.push(a.ms);
    coil.push(b.ms);
    inside.push(Number(c.out.match(/^coil-ms (\S+)$/m)?.[1] ?? NaN));
  }
  const [p, c, n] = [median(py), median(coil), median(inside)];
  ratios.push(n / p);
  console.log(
    `| ${name} | ${same ? "same" : "DIFFERS"} | ${p.toFixed(0)} | ${c.toFixed(0)} | ${
      (c / p).toFixed(1)
    } | ${n.toFixed(0)} | ${(n / p).toFixed(1)} |`,
  );
}
const geomean = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
console.log(`\ngeometric mean of in-interpreter ratios: ${geomean.toFixed(1)}x CPython's time`);
