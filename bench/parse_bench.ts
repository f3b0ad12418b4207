// Parser throughput on a large stdlib module, read from the local CPython install at bench
// time (nothing is copied into the repository):
//
//   deno bench --allow-read --allow-env bench/parse_bench.ts   (or `deno task bench`)
//
// The folder comes from $PYTHON_STDLIB, python3 (with --allow-run), or the usual places.
//
// Besides deno's per-iteration timings it prints the figure docs/parser.md records:
// source lines parsed per second (tokenizing included).

import { parse } from "../src/compiler/parser.ts";
import { tokenize } from "../src/compiler/tokenizer.ts";

const MODULE = "_pydecimal.py";

/** CPython's Lib/ folder: $PYTHON_STDLIB, else python3's answer, else usual install places. */
function stdlibPath(): string | null {
  return envStdlib() ?? askPython() ?? knownStdlib();
}

function envStdlib(): string | null {
  try {
    return Deno.env.get("PYTHON_STDLIB") ?? null;
  } catch {
    return null;
  }
}

function knownStdlib(): string | null {
  let home = "";
  try {
    home = Deno.env.get("HOME") ?? "";
  } catch {
    // No env permission: only the system locations.
  }
  const candidates = ["/usr/lib/python3.11", "/usr/local/lib/python3.11"];
  try {
    for (const v of Deno.readDirSync(`${home}/.pyenv/versions`)) {
      if (v.name.startsWith("3.11")) {
        candidates.unshift(`${home}/.pyenv/versions/${v.name}/lib/python3.11`);
      }
    }
  } catch {
    // No pyenv.
  }
  for (const dir of candidates) {
    try {
      if (Deno.statSync(`${dir}/${MODULE}`).isFile) return dir;
    } catch {
      // Not here.
    }
  }
  return null;
}

function askPython(): string | null {
  try {
    const out = new Deno.Command("python3", {
      args: ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
      stdout: "piped",
      stderr: "null",
    }).outputSync();
    return out.success ? new TextDecoder().decode(out.stdout).trim() : null;
  } catch {
    return null;
  }
}

function readSource(): string | null {
  const dir = stdlibPath();
  if (dir === null) return null;
  try {
    return Deno.readTextFileSync(`${dir}/${MODULE}`);
  } catch {
    return null;
  }
}

const source = readSource();
if (source === null) {
  console.log(`parse_bench: skipped, python3's stdlib ${MODULE} was not found`);
} else {
  const lines = source.split("\n").length;

  // A steady-state figure independent of deno's reporting format.
  for (let i = 0; i < 5; i++) parse(source, MODULE);
  const rounds = 20;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) parse(source, MODULE);
  const seconds = (performance.now() - start) / 1000;
  const perSecond = Math.round((lines * rounds) / seconds);
  console.log(`parse_bench: ${MODULE}, ${lines} lines: ${perSecond.toLocaleString("en")} lines/s`);

  Deno.bench(`tokenize ${MODULE} (${lines} lines)`, () => {
    tokenize(source, MODULE);
  });
  Deno.bench(`parse ${MODULE} (${lines} lines)`, () => {
    parse(source, MODULE);
  });
}
