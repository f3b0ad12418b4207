// What the data stack buys (issue 3): the same call-heavy Python program on the production
// data stack and on a heap-allocated-frame variant (bench/heap_frames.ts), each in its own
// process with V8's --trace-gc, printed as a time ratio and as GC work per million calls.
//
//   deno run -A bench/frames_compare.ts [--runs 3]
import { parseArgs } from "node:util";

const { values } = parseArgs({ args: Deno.args, options: { runs: { type: "string" } } });
const runs = Number(values.runs ?? 3);

// fib(25) makes 242,785 Python calls; the loop around it makes the total 1,213,925.
const program = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

total = 0
for i in range(5):
    total += fib(25)
print(total)
`;
const CALLS = 5 * 242785;

const programPath = await Deno.makeTempFile({ suffix: ".py" });
await Deno.writeTextFile(programPath, program);
const here = new URL(".", import.meta.url).pathname;

interface Sample {
  ms: number;
  scavenges: number;
  markCompacts: number;
  freedMB: number;
}

async function runOnce(variant: string): Promise<Sample> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      "--v8-flags=--trace-gc",
      `${here}frame_variant_run.ts`,
      "--variant",
      variant,
      "--program",
      programPath,
    ],
    stdout: "piped",
    stderr: "inherit",
  }).output();
  const text = new TextDecoder().decode(out.stdout);
  const measured = text.slice(text.indexOf("--- measure ---"));
  const result = JSON.parse(measured.match(/\{"variant"[^}]*\}/)![0]);
  let scavenges = 0, markCompacts = 0, freedMB = 0;
  for (const line of measured.split("\n")) {
    const m = line.match(/(Scavenge|Mark-Compact|Mark-sweep)[^\d]*([\d.]+) \([\d.]+\) -> ([\d.]+)/);
    if (!m) continue;
    if (m[1] === "Scavenge") scavenges++;
    else markCompacts++;
    freedMB += Number(m[2]) - Number(m[3]);
  }
  return { ms: result.ms, scavenges, markCompacts, freedMB };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const results: Record<string, Sample> = {};
for (const variant of ["data-stack", "heap"]) {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await runOnce(variant));
  results[variant] = {
    ms: median(samples.map((s) => s.ms)),
    scavenges: median(samples.map((s) => s.scavenges)),
    markCompacts: median(samples.map((s) => s.markCompacts)),
    freedMB: median(samples.map((s) => s.freedMB)),
  };
}
await Deno.remove(programPath);

const perMillion = (n: number) => (n * 1e6 / CALLS).toFixed(1);
console.log(`fib(25) x 5 = ${CALLS.toLocaleString("en")} Python calls, median of ${runs} runs\n`);
console.log(
  "| frames | time (ms) | scavenges / 1M calls | full GCs / 1M calls | MB freed by GC / 1M calls |",
);
console.log("|---|---|---|---|---|");
for (const [variant, r] of Object.entries(results)) {
  console.log(
    `| ${variant} | ${r.ms.toFixed(0)} | ${perMillion(r.scavenges)} | ${
      perMillion(r.markCompacts)
    } | ${perMillion(r.freedMB)} |`,
  );
}
const ratio = results["heap"].ms / results["data-stack"].ms;
console.log(`\nheap frames / data stack time ratio: ${ratio.toFixed(2)}`);
