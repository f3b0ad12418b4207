// Dev script: parses every .py file directly in CPython's Lib/ folder with our parser and
// compares `dumpAst(..., true)` with CPython's `ast.dump(..., include_attributes=True)`.
//
//   deno run -A bench/ast_compare.ts [--verbose] [--recursive] [name-filter]
//
// --recursive walks all of Lib/ (packages and the test suite too), not just its top level.
// Needs python3 (3.11) on PATH; it is asked once for the stdlib path and the expected dumps.

import { parse } from "../src/compiler/parser.ts";
import { dumpAst } from "../src/compiler/ast_dump.ts";
import type { Node } from "../src/compiler/ast.ts";
import { PySyntaxErrorInfo } from "../src/compiler/syntax_error.ts";

const PY_DUMP = `
import ast, json, os, sys, sysconfig, warnings
warnings.simplefilter("ignore")
lib = sysconfig.get_paths()["stdlib"]
out = {}
if sys.argv[1] == "--recursive":
    paths = sorted(os.path.join(d, n) for d, _, ns in os.walk(lib) if "site-packages" not in d
                   for n in ns if n.endswith(".py"))
else:
    paths = sorted(os.path.join(lib, n) for n in os.listdir(lib) if n.endswith(".py"))
for path in paths:
    try:
        with open(path, encoding="utf-8") as f:
            src = f.read()
        out[path] = ast.dump(ast.parse(src, path), include_attributes=True)
    except Exception as e:
        continue
json.dump(out, sys.stdout)
`;

async function expectedDumps(recursive: boolean): Promise<Record<string, string>> {
  const args = ["-c", PY_DUMP, recursive ? "--recursive" : "--top"];
  const cmd = new Deno.Command("python3", { args, stdout: "piped" });
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
const expected = await expectedDumps(Deno.args.includes("--recursive"));
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
