// Dev script: compile every .py file directly in CPython's Lib/ with Coil's compiler and
// report `N of M stdlib files compile`. Usage:
//   deno run --allow-read bench/compile_stdlib.ts [LIB_DIR] [-v]
// LIB_DIR defaults to /usr/lib/python3.11. With -v, each failure is listed.
import { compile } from "../src/compiler/compile.ts";
import { PySyntaxErrorInfo } from "../src/compiler/syntax_error.ts";

const args = Deno.args.filter((a) => a !== "-v");
const verbose = Deno.args.includes("-v");
const dir = args[0] ?? "/usr/lib/python3.11";
const files: string[] = [];
for (const entry of Deno.readDirSync(dir)) {
  if (!entry.name.endsWith(".py")) continue;
  // Follow symlinks (Debian links sitecustomize.py and a _sysconfigdata variant).
  try {
    if (Deno.statSync(`${dir}/${entry.name}`).isFile) files.push(`${dir}/${entry.name}`);
  } catch {
    // a dangling link
  }
}
files.sort();
let ok = 0;
const started = performance.now();
for (const path of files) {
  let source: string;
  try {
    source = new TextDecoder("utf-8", { fatal: true }).decode(Deno.readFileSync(path));
  } catch {
    if (verbose) console.log(`${path}: not UTF-8`);
    continue;
  }
  try {
    compile(source, path, "exec");
    ok++;
  } catch (e) {
    if (verbose) {
      const what = e instanceof PySyntaxErrorInfo
        ? `SyntaxError: ${e.msg} (line ${e.lineno})`
        : `internal error: ${e instanceof Error ? e.message : String(e)}`;
      console.log(`${path}: ${what}`);
    }
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${ok} of ${files.length} stdlib files compile (${seconds}s)`);
