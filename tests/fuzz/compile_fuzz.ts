// The parser and compiler fuzzer (issue 15). Mutates CPython's own Lib sources (read from the
// local python3 at fuzz time, never copied here), compiles each mutant with Coil's compiler in
// a Worker (so a hang can be cut off) and with python3's compile(), and checks that Coil fails
// only with Python's errors, accepts exactly what CPython accepts and reports the same line.
// Each distinct failure is minimized and written to corpus/compile/ with python3's verdict.
//
//   deno run -A tests/fuzz/compile_fuzz.ts --count 20000 --seed 1 [--timeout 5000]
//     [--out tests/fuzz/corpus/compile] [--save-passing 0]

import { Rng } from "./rng.ts";
import { mutate } from "./mutate.ts";
import { ddmin, flag, hash, JsonLineProcess } from "./common.ts";
import type { Verdict } from "./verdict.ts";

const args = Deno.args;
const COUNT = Number(flag(args, "count", "20000"));
const SEED = Number(flag(args, "seed", "1"));
const TIMEOUT_MS = Number(flag(args, "timeout", "5000"));
const OUT = flag(args, "out", new URL("./corpus/compile/", import.meta.url).pathname);
const SAVE_PASSING = Number(flag(args, "save-passing", "0"));
const BATCH = 200;

type Outcome = Verdict | "hang" | "crash";

/** Coil's compiler in a Worker, replaced when an input hangs or kills it. */
class CoilWorker {
  private worker!: Worker;
  private pending: ((o: Outcome) => void) | null = null;
  private nextId = 0;
  constructor() {
    this.start();
  }
  private start() {
    this.worker = new Worker(new URL("./compile_worker.ts", import.meta.url), { type: "module" });
    this.worker.onmessage = (ev) => this.settle(ev.data.verdict);
    this.worker.onerror = (ev) => {
      ev.preventDefault();
      this.restart();
      this.settle("crash");
    };
  }
  private restart() {
    this.worker.terminate();
    this.start();
  }
  private settle(o: Outcome) {
    const p = this.pending;
    this.pending = null;
    p?.(o);
  }
  run(src: string): Promise<Outcome> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.restart();
        this.settle("hang");
      }, TIMEOUT_MS);
      this.pending = (o) => {
        clearTimeout(timer);
        resolve(o);
      };
      this.worker.postMessage({ id: this.nextId++, src });
    });
  }
  close() {
    this.worker.terminate();
  }
}

function classify(c: Outcome, p: Verdict): string | null {
  if (c === "hang" || c === "crash") return c;
  if (c.internal !== undefined) return "internal";
  if (c.accept !== p.accept) return c.accept ? "coil-accepts" : "coil-rejects";
  if (c.accept) return null;
  if (c.type !== p.type) {
    // The parser's depth limit (MemoryError) against a syntax error: the rule-call count.
    const limit = (t?: string) => t === "MemoryError" || t === "RecursionError";
    return limit(c.type) || limit(p.type) ? "limit" : "type";
  }
  if (c.lineno !== p.lineno) return "line";
  return null;
}

/** What identifies one bug: its class and the messages with names and numbers blanked. */
function signature(cls: string, c: Outcome, p: Verdict): string {
  const norm = (s: string | undefined) =>
    (s ?? "").replace(/'[^']*'|"[^"]*"/g, "'_'").replace(/\d+/g, "N").slice(0, 120);
  if (typeof c === "string") return cls;
  if (cls === "internal") return `${cls}|${norm(c.internal?.split(" | ")[0])}`;
  return `${cls}|${c.type}:${norm(c.msg)}|${p.type}:${norm(p.msg)}`;
}

function stdlibFiles(): string[] {
  const lib = new TextDecoder().decode(
    new Deno.Command("python3", {
      args: ["-c", "import os; print(os.path.dirname(os.__file__))"],
    }).outputSync().stdout,
  ).trim();
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of Deno.readDirSync(dir)) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory && e.name !== "site-packages" && e.name !== "__pycache__") walk(p);
      else if (e.isFile && e.name.endsWith(".py")) out.push(p);
    }
  };
  walk(lib);
  return out.sort();
}

const decoder = new TextDecoder("utf-8", { fatal: true });
const cache = new Map<string, string | null>();
function readSource(path: string): string | null {
  if (!cache.has(path)) {
    try {
      cache.set(path, decoder.decode(Deno.readFileSync(path)));
    } catch {
      cache.set(path, null);
    }
  }
  return cache.get(path)!;
}

/** A mutant of a random window of a random stdlib file (sometimes the whole file). */
function makeInput(rng: Rng, files: string[]): string {
  for (;;) {
    const src = readSource(rng.pick(files));
    if (src === null || src.length === 0) continue;
    let base = src;
    if (!(src.length < 30000 && rng.chance(0.05))) {
      const ls = src.split("\n");
      const start = rng.int(ls.length);
      base = ls.slice(start, start + 1 + rng.int(60)).join("\n") + (rng.chance(0.8) ? "\n" : "");
      // Windows often start indented: usually dedent them so the mutation is what matters.
      const indent = base.match(/^[ \t]*/)![0];
      if (indent && rng.chance(0.8)) {
        base = base.split("\n").map((l) => l.startsWith(indent) ? l.slice(indent.length) : l)
          .join("\n");
      }
    }
    return mutate(base, rng);
  }
}

async function minimize(
  src: string,
  sig: string,
  coil: CoilWorker,
  py: JsonLineProcess,
): Promise<string> {
  const budget = { calls: 1500 };
  const still = async (s: string) => {
    const [p] = await py.ask<Verdict>([{ src: s }]);
    const c = await coil.run(s);
    const cls = classify(c, p);
    return cls !== null && signature(cls, c, p) === sig;
  };
  // Hangs cost a full timeout per test: minimize them by lines only, with a small budget.
  if (sig === "hang") budget.calls = 40;
  let lines = src.split(/(?<=\n)/);
  lines = await ddmin(lines, (xs) => still(xs.join("")), budget);
  if (sig === "hang") return lines.join("");
  let chars = Array.from(lines.join(""));
  chars = await ddmin(chars, (xs) => still(xs.join("")), budget);
  return chars.join("");
}

async function main() {
  const files = stdlibFiles();
  const rng = new Rng(SEED);
  const py = new JsonLineProcess("python3", [
    new URL("./oracle_compile.py", import.meta.url).pathname,
  ]);
  const coil = new CoilWorker();
  const counts: Record<string, number> = {};
  const firstSeen = new Map<string, string>();
  let accepted = 0, saved = 0;
  const t0 = performance.now();
  for (let done = 0; done < COUNT; done += BATCH) {
    const inputs: string[] = [];
    for (let i = 0; i < Math.min(BATCH, COUNT - done); i++) inputs.push(makeInput(rng, files));
    const pyAnswers = py.ask<Verdict>(inputs.map((src) => ({ src })));
    const coilAnswers: Outcome[] = [];
    for (const src of inputs) coilAnswers.push(await coil.run(src));
    const answers = await pyAnswers;
    for (let i = 0; i < inputs.length; i++) {
      const p = answers[i], c = coilAnswers[i];
      if (p.accept) accepted++;
      const cls = classify(c, p);
      if (cls === null) {
        if (saved < SAVE_PASSING && inputs[i].length < 1500 && rng.chance(0.05)) {
          saved++;
          writeEntry(inputs[i], p, "seed");
        }
        continue;
      }
      counts[cls] = (counts[cls] ?? 0) + 1;
      const sig = signature(cls, c, p);
      if (!firstSeen.has(sig)) firstSeen.set(sig, inputs[i]);
    }
    const secs = ((performance.now() - t0) / 1000).toFixed(0);
    console.error(`${done + inputs.length} inputs, ${secs}s, failures ${JSON.stringify(counts)}`);
  }
  console.log(`inputs: ${COUNT} (python3 accepted ${accepted})`);
  console.log(`failures by class: ${JSON.stringify(counts)}`);
  console.log(`distinct failures: ${firstSeen.size}`);
  for (const [sig, src] of firstSeen) {
    const small = await minimize(src, sig, coil, py);
    const [p] = await py.ask<Verdict>([{ src: small }]);
    const c = await coil.run(small);
    const name = writeEntry(small, p, sig.split("|")[0]);
    console.log(`${name}: ${sig}\n  coil: ${JSON.stringify(c).slice(0, 300)}`);
  }
  coil.close();
  await py.close();
}

/** Writes NAME.py and NAME.expect (python3's verdict); returns NAME. */
function writeEntry(src: string, p: Verdict, prefix: string): string {
  const name = `${prefix}_${hash(src)}`;
  Deno.mkdirSync(OUT, { recursive: true });
  Deno.writeTextFileSync(`${OUT}/${name}.py`, src);
  const expect = p.accept
    ? { accept: true }
    : { accept: false, type: p.type, lineno: p.lineno ?? null };
  Deno.writeTextFileSync(`${OUT}/${name}.expect`, JSON.stringify(expect) + "\n");
  return name;
}

if (import.meta.main) await main();
