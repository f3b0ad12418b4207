// Runs CPython 3.11's own test files (Lib/test/test_*.py of the local python3, never copied
// here) under Coil and under python3, and prints per file: tests run, passed, failed, errors,
// skipped (and how many of those skips are CPython-only tests: test.support.cpython_only or the
// C API modules), and the pass rate against the number of tests CPython passes, with and
// without the CPython-only tests.
//
//   deno run -A bench/cpython_tests.ts [--filter test_math] [--timeout 600] [--jobs 2] [--verbose]
// --verbose prints, after the table, Coil's unittest report of every file (failures with
// tracebacks) as the driver writes it to stderr.
import { parseArgs } from "node:util";

const FILES = `test_itertools test_collections test_functools test_math test_cmath test_heapq
test_bisect test_random test_struct test_string test_textwrap test_operator test_copy
test_contextlib test_enum test_dataclasses test_typing test_json test_statistics test_fractions
test_datetime test_base64 test_binascii test_csv test_difflib test_pprint test_shlex
test_fnmatch test_argparse test_weakref test_abc test_types test_keyword test_graphlib
test_array test_zlib test_hashlib test_os test_re test_unicodedata`.split(/\s+/);

// test_datetime runs datetimetester twice, over the pure-Python datetime and over the C
// `_datetime`, and fails as a whole where `_datetime` is missing (CPython too, with the module
// blocked). Coil has the pure one only, so both sides run datetimetester itself: under Coil
// that is the pure module, under CPython the C one; the tests are the same 1750.
const MODULE_OF: Record<string, string> = { test_datetime: "datetimetester" };

const { values } = parseArgs({
  args: Deno.args,
  options: {
    filter: { type: "string" },
    timeout: { type: "string" },
    jobs: { type: "string" },
    verbose: { type: "boolean" },
  },
});
const timeoutMs = Number(values.timeout ?? 600) * 1000;
const here = new URL(".", import.meta.url).pathname;
const cli = new URL("../src/cli.ts", import.meta.url).pathname;
const driver = `${here}cpython_test_driver.py`;

const probe = await new Deno.Command("python3", {
  args: ["-c", "import test, os; print(os.path.dirname(os.path.dirname(test.__file__)))"],
  stdout: "piped",
}).output();
if (probe.code !== 0) {
  console.error("python3 with its test package is needed (python3 -c 'import test')");
  Deno.exit(2);
}
const libdir = new TextDecoder().decode(probe.stdout).trim();

interface Counts {
  run?: number;
  passed?: number;
  failed?: number;
  errors?: number;
  skipped?: number;
  cpython_only?: number;
  crash?: string;
  report?: string;
}

async function runOne(cmd: string, args: string[]): Promise<Counts> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const r = await new Deno.Command(cmd, {
      args,
      stdout: "piped",
      stderr: "piped",
      signal: controller.signal,
    }).output();
    const out = new TextDecoder().decode(r.stdout);
    const stderr = new TextDecoder().decode(r.stderr);
    const line = out.split("\n").find((l) => l.startsWith("COUNTS "));
    if (line !== undefined) return { ...JSON.parse(line.slice(7)), report: stderr };
    const err = stderr.trim().split("\n");
    return { crash: `exit ${r.code}: ${err.slice(-1)[0] ?? ""}`.slice(0, 200) };
  } catch {
    return { crash: `timed out after ${timeoutMs / 1000} s` };
  } finally {
    clearTimeout(timer);
  }
}

const names = FILES.filter((f) => !values.filter || f.includes(values.filter));
const rows: string[] = new Array(names.length);
const reports: string[] = new Array(names.length).fill("");
let next = 0;
await Promise.all(
  Array.from({ length: Number(values.jobs ?? 2) }, async () => {
    while (next < names.length) {
      const i = next++;
      const name = names[i];
      const [py, coil] = await Promise.all([
        runOne("python3", [driver, libdir, MODULE_OF[name] ?? name]),
        runOne(
          Deno.execPath(),
          [
            "run",
            "-A",
            cli,
            driver,
            libdir,
            MODULE_OF[name] ?? name,
            ...(values.verbose ? ["--verbose"] : []),
          ],
        ),
      ]);
      reports[i] = coil.report ?? "";
      const label = MODULE_OF[name] ? `${name} (${MODULE_OF[name]})` : name;
      const rate = coil.passed !== undefined && py.passed
        ? `${(100 * coil.passed / py.passed).toFixed(1)}%`
        : "-";
      // The same, leaving out the tests Coil skips as CPython-only (CPython passes them).
      const applicable = (py.passed ?? 0) - (coil.cpython_only ?? 0);
      const rateApplicable = coil.passed !== undefined && applicable > 0
        ? `${(100 * coil.passed / applicable).toFixed(1)}%`
        : "-";
      rows[i] = coil.crash !== undefined
        ? `| ${label} | ${py.passed ?? "?"} | crash: ${
          coil.crash.replaceAll("|", "/")
        } | | | | | | - | - |`
        : `| ${label} | ${py.passed} | ${coil.run} | ${coil.passed} | ${coil.failed} | ${coil.errors} | ${coil.skipped} | ${coil.cpython_only} | ${rate} | ${rateApplicable} |`;
      console.error(rows[i]);
    }
  }),
);
console.log(
  "| file | CPython passed | Coil run | passed | failed | errors | skipped | of which CPython-only | Coil passed / CPython passed | same, without CPython-only |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const r of rows) console.log(r);
if (values.verbose) {
  for (let i = 0; i < names.length; i++) {
    console.log(`\n===== ${names[i]} (Coil) =====\n${reports[i]}`);
  }
}
