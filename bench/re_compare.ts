// Coil's `re` against CPython's on typical work (bench/re_workloads.py): tokenizing with a big
// alternation, findall of words over 1 MB, email/URL-like patterns, sub with a callable, and a
// pathological backtracking case. Each workload is timed in-process around its hot loop
// (time.perf_counter), so start-up is excluded, as the median of 5 repetitions in the process;
// the table shows the median of those over --runs processes, and Coil / CPython.
//
//   deno run -A bench/re_compare.ts [--runs 3] [--filter tokenize]
import { parseArgs } from "node:util";

const { values } = parseArgs({
  args: Deno.args,
  options: { runs: { type: "string" }, filter: { type: "string" } },
});
const runs = Math.max(1, Number(values.runs ?? 3));
const workloads = new URL("./re_workloads.py", import.meta.url).pathname;
const cli = new URL("../src/cli.ts", import.meta.url).pathname;

/** One run of the workloads: name -> [ms, checksum]. */
async function runOnce(cmd: string, args: string[]): Promise<Map<string, [number, string]>> {
  const r = await new Deno.Command(cmd, {
    args: [...args, workloads, ...(values.filter ? [values.filter] : [])],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const out = new TextDecoder().decode(r.stdout);
  if (r.code !== 0) throw new Error(`${cmd} failed:\n${out}${new TextDecoder().decode(r.stderr)}`);
  const res = new Map<string, [number, string]>();
  for (const line of out.split("\n")) {
    const m = line.match(/^(\S+) (\S+) (.*)$/);
    if (m) res.set(m[1], [Number(m[2]), m[3]]);
  }
  return res;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const py = new Map<string, number[]>(), coil = new Map<string, number[]>();
const same = new Map<string, boolean>();
for (let i = 0; i < runs; i++) {
  const a = await runOnce("python3", []);
  const b = await runOnce(Deno.execPath(), ["run", "-A", cli]);
  for (const [name, [ms, check]] of a) {
    (py.get(name) ?? py.set(name, []).get(name)!).push(ms);
    const c = b.get(name);
    (coil.get(name) ?? coil.set(name, []).get(name)!).push(c?.[0] ?? NaN);
    same.set(name, (same.get(name) ?? true) && c?.[1] === check);
  }
}
console.log(`median of ${runs} runs (each the median of 5 in-process); ratio = Coil / CPython\n`);
console.log("| workload | result | CPython (ms) | Coil (ms) | ratio |");
console.log("|---|---|---|---|---|");
for (const [name, times] of py) {
  const p = median(times), c = median(coil.get(name)!);
  console.log(
    `| ${name} | ${same.get(name) ? "same" : "DIFFERS"} | ${p.toFixed(1)} | ${c.toFixed(1)} | ${
      (c / p).toFixed(2)
    } |`,
  );
}
