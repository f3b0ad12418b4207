// Dev script: parses every .py file directly in CPython's Lib/ folder with our parser and
// compares `dumpAst(..., true)` with CPython's `ast.dump(..., include_attributes=True)`.
//
//   deno run -A bench/ast_compare.ts [--verbose] [name-filter]
//
// Needs python3 (3.11) on PATH; it is asked once for the stdlib path and the expected dumps.

import { parse } from "../src/compiler/parser.ts";
import { dumpAst } from "../src/compiler/ast_dump.ts";
import type { Node } from "../src/compiler/ast.ts";
import { PySyntaxErrorInfo } from "../src/compiler/syntax_error.ts";

const PY_DUMP = `
import ast, json, os, sys, sysconfig
lib = sysconfig.get_paths()["stdlib"]
out = {}
for name in sorted(os.listdir(lib)):
    if not name.endswith(".py"):
        continue
    path = os.path.join(lib, name)
    try:
        with open(path, encoding="utf-8") as f:
            src = f.read()
        out[path] = ast.dump(ast.parse(src, path), include_attributes=True)
    except Exception as e:
        out[path] = "ERROR " + type(e).__name__
json.dump(out, sys.stdout)
`;

async function expectedDumps(): Promise<Record<string, string>> {
  const cmd = new Deno.Command("python3", { args: ["-c", PY_DUMP], stdout: "piped" });
  const { stdout, success } = await cmd.output();
  if (!success) throw new Error("python3 failed");
  return JSON.parse(new TextDecoder().decode(stdout));
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

const verbose = Deno.args.includes("--verbose");
const filter = Deno.args.find((a) => !a.startsWith("--")) ?? "";
const expected = await expectedDumps();
let total = 0, parsed = 0, matched = 0;
const started = performance.now();
for (const [path, want] of Object.entries(expected)) {
  if (!path.includes(filter)) continue;
  total++;
  const source = await Deno.readTextFile(path);
  let got: string;
  try {
    got = dumpAst(parse(source, path) as Node, true);
    parsed++;
  } catch (e) {
    const what = e instanceof PySyntaxErrorInfo
      ? `${e.kind}: ${e.msg} (line ${e.lineno})`
      : String(e);
    console.log(`FAIL  ${path}: ${what}`);
    continue;
  }
  if (got === want) {
    matched++;
    continue;
  }
  const at = firstDifference(got, want);
  console.log(`DIFF  ${path}`);
  if (verbose) {
    console.log(`  want: ...${want.slice(Math.max(0, at - 200), at + 100)}`);
    console.log(`  got:  ...${got.slice(Math.max(0, at - 200), at + 100)}`);
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${parsed} of ${total} files parse, ${matched} match CPython's ast (${seconds}s)`);
