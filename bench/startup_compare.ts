// Startup and import time, Coil against CPython in the same run (whole processes, median of N):
//   - `-c pass`
//   - `-c "import json, re, collections, functools, itertools, dataclasses, typing, enum,
//     datetime, random"`, cold (an empty code cache: both compile everything; CPython through
//     an empty PYTHONPYCACHEPREFIX) and warm (Coil's cache filled by the run before, CPython's
//     installed __pycache__).
// With --baseline DIR (a checkout of an older Coil) its `-c pass` is measured too.
//
//   deno run -A bench/startup_compare.ts [--runs 5] [--baseline /tmp/coil-old]
import { parseArgs } from "node:util";

const { values } = parseArgs({
  args: Deno.args,
  options: { runs: { type: "string" }, baseline: { type: "string" } },
});
const runs = Number(values.runs ?? 5);
const cli = new URL("../src/cli.ts", import.meta.url).pathname;
const IMPORTS =
  "import json, re, collections, functools, itertools, dataclasses, typing, enum, datetime, random";

async function time(cmd: string, args: string[], env: Record<string, string>): Promise<number> {
  const start = performance.now();
  const r = await new Deno.Command(cmd, { args, env, stdout: "null", stderr: "piped" }).output();
  const ms = performance.now() - start;
  if (r.code !== 0) {
    const err = new TextDecoder().decode(r.stderr).trim().split("\n").slice(-1)[0];
    throw new Error(`${cmd} ${args.join(" ")} failed: ${err}`);
  }
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const deno = Deno.execPath();
// The interpreter itself, not a launcher shim (pyenv's adds ~150 ms to every start).
const python = new TextDecoder().decode(
  (await new Deno.Command("python3", {
    args: ["-c", "import sys; print(sys.executable)"],
    stdout: "piped",
  }).output()).stdout,
).trim();
const coil = (code: string) => ["run", "-A", cli, "-c", code];

async function measure(
  label: string,
  run: (cacheDir: string) => Promise<number>,
  cold: boolean,
): Promise<number> {
  const xs: number[] = [];
  const warmDir = await Deno.makeTempDir();
  if (!cold) await run(warmDir);
  for (let i = 0; i < runs; i++) {
    const dir = cold ? await Deno.makeTempDir() : warmDir;
    xs.push(await run(dir));
    if (cold) await Deno.remove(dir, { recursive: true });
  }
  await Deno.remove(warmDir, { recursive: true });
  void label;
  return median(xs);
}

const rows: [string, number, number][] = [];
for (
  const [label, code, cold] of [
    ["-c pass", "pass", false],
    ["imports, cold", IMPORTS, true],
    ["imports, warm", IMPORTS, false],
  ] as const
) {
  const py = await measure(
    label,
    (dir) =>
      // Warm: CPython's installed __pycache__; cold: an empty cache it may write to.
      time(
        python,
        ["-c", code],
        cold ? { PYTHONPYCACHEPREFIX: dir, PYTHONDONTWRITEBYTECODE: "" } : {},
      ),
    cold,
  );
  const co = await measure(label, (dir) => time(deno, coil(code), { COIL_CACHE_DIR: dir }), cold);
  rows.push([label, py, co]);
}
console.log(`median of ${runs} runs; whole process, ms\n`);
console.log("| command | CPython | Coil | ratio |");
console.log("|---|---|---|---|");
for (const [label, py, co] of rows) {
  console.log(`| ${label} | ${py.toFixed(0)} | ${co.toFixed(0)} | ${(co / py).toFixed(1)} |`);
}
if (values.baseline !== undefined) {
  const old = `${values.baseline}/src/cli.ts`;
  const base = await measure("old", () => time(deno, ["run", "-A", old, "-c", "pass"], {}), false);
  const now = rows[0][2];
  console.log(
    `\n-c pass: this Coil ${now.toFixed(0)} ms, baseline ${base.toFixed(0)} ms (${
      (now / base).toFixed(2)
    }x)`,
  );
}
