// The program fuzzer (issue 15): random programs (program_gen.ts) run in batches under Coil
// and python3 through prog_driver.py; any difference in the printed trace is a failure.
// Failing programs go to --findings (default /tmp/coil_program_findings) with both outputs;
// --save-passing N adds N passing programs with python3's .out to corpus/programs/ (without
// the prelude every generated program starts with).
//
//   deno run -A tests/fuzz/program_fuzz.ts --count 20000 --seed 1 [--batch 500]

import { flag } from "./common.ts";
import { generateProgram, PRELUDE_TEXT } from "./program_gen.ts";

const args = Deno.args;
const COUNT = Number(flag(args, "count", "20000"));
const SEED = Number(flag(args, "seed", "1"));
const BATCH = Number(flag(args, "batch", "500"));
const STALL_MS = Number(flag(args, "timeout", "20000"));
const FINDINGS = flag(args, "findings", "/tmp/coil_program_findings");
const SAVE_PASSING = Number(flag(args, "save-passing", "0"));
const CORPUS = new URL("./corpus/programs/", import.meta.url).pathname;
const DRIVER = new URL("./prog_driver.py", import.meta.url).pathname;
const CLI = new URL("../../src/cli.ts", import.meta.url).pathname;

type Result = string | "hang" | "crash";

/**
 * Runs programs[start..] through the driver; a program that makes no progress for STALL_MS is
 * a hang, one that ends the process early a crash; the run resumes after it.
 */
async function runAll(cmd: string, pre: string[], file: string, n: number): Promise<Result[]> {
  const out: Result[] = [];
  while (out.length < n) {
    const child = new Deno.Command(cmd, {
      args: [...pre, DRIVER, file, String(out.length)],
      stdout: "piped",
      stderr: "null",
    }).spawn();
    const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
    let buf = "";
    let stalled = false;
    for (;;) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<null>((r) => timer = setTimeout(() => r(null), STALL_MS));
      const chunk = await Promise.race([reader.read(), timeout]);
      clearTimeout(timer);
      if (chunk === null) {
        stalled = true;
        child.kill("SIGKILL");
        break;
      }
      if (chunk.done) break;
      buf += chunk.value;
      let nl;
      while ((nl = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, nl);
        if (line.startsWith("\x01")) out.push(JSON.parse(line.slice(1)).out);
        buf = buf.slice(nl + 1);
      }
    }
    await reader.cancel().catch(() => {});
    await child.status;
    if (out.length < n) out.push(stalled ? "hang" : "crash");
  }
  return out;
}

async function main() {
  Deno.mkdirSync(FINDINGS, { recursive: true });
  const counts: Record<string, number> = {};
  let saved = 0;
  const t0 = performance.now();
  for (let done = 0; done < COUNT; done += BATCH) {
    const seeds: number[] = [];
    for (let i = 0; i < Math.min(BATCH, COUNT - done); i++) seeds.push(SEED + done + i);
    const programs = seeds.map(generateProgram);
    const file = await Deno.makeTempFile({ suffix: ".json" });
    await Deno.writeTextFile(file, JSON.stringify(programs));
    const [want, got] = await Promise.all([
      runAll("python3", [], file, programs.length),
      runAll(Deno.execPath(), ["run", "-A", CLI], file, programs.length),
    ]);
    await Deno.remove(file);
    for (let i = 0; i < programs.length; i++) {
      if (want[i] === got[i]) {
        if (saved < SAVE_PASSING && seeds[i] % 97 === 0) {
          saved++;
          // The corpus keeps what follows the shared prelude (fuzz_corpus_test.ts puts it back).
          const body = programs[i].slice(PRELUDE_TEXT.length + 1);
          Deno.writeTextFileSync(`${CORPUS}/seed_${seeds[i]}.py`, body);
          Deno.writeTextFileSync(`${CORPUS}/seed_${seeds[i]}.out`, want[i]);
        }
        continue;
      }
      const cls = got[i] === "hang" || got[i] === "crash" ? got[i] : "output";
      counts[cls] = (counts[cls] ?? 0) + 1;
      Deno.writeTextFileSync(`${FINDINGS}/${seeds[i]}.py`, programs[i]);
      Deno.writeTextFileSync(`${FINDINGS}/${seeds[i]}.out`, want[i]);
      Deno.writeTextFileSync(`${FINDINGS}/${seeds[i]}.coil`, got[i]);
    }
    const secs = ((performance.now() - t0) / 1000).toFixed(0);
    console.error(
      `${done + programs.length} programs, ${secs}s, failures ${JSON.stringify(counts)}`,
    );
  }
  console.log(`programs: ${COUNT}, failures by class: ${JSON.stringify(counts)}`);
}

if (import.meta.main) await main();
