// Imports each module of the standard-library list in a fresh Coil process and prints one line
// per module (ok, or the first line of the error) and the total.
//
//   deno run -A bench/stdlib_imports.ts [--filter NAME] [--jobs 2]
import { parseArgs } from "node:util";

const MODULES =
  `__future__ abc argparse array ast atexit base64 binascii bisect calendar cmath codecs
collections collections.abc colorsys contextlib contextvars copy copyreg csv dataclasses datetime
decimal difflib dis enum errno fnmatch fractions functools gc genericpath getopt glob graphlib
hashlib heapq hmac html importlib importlib.util inspect io ipaddress itertools json keyword
linecache locale logging math numbers operator os os.path pathlib pickle pkgutil platform pprint
queue quopri random reprlib sched secrets selectors shlex shutil signal stat statistics string
struct sys tempfile textwrap threading time timeit token tokenize traceback types typing unittest
urllib.parse uuid warnings weakref zipfile zlib`.split(/\s+/);

const { values } = parseArgs({
  args: Deno.args,
  options: { filter: { type: "string" }, jobs: { type: "string" } },
});
const cli = new URL("../src/cli.ts", import.meta.url).pathname;
const names = MODULES.filter((m) => !values.filter || m.includes(values.filter));

async function tryImport(name: string): Promise<{ ok: boolean; ms: number; detail: string }> {
  const start = performance.now();
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", cli, "-c", `import ${name}`],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const ms = performance.now() - start;
  const err = new TextDecoder().decode(r.stderr).trim().split("\n");
  return { ok: r.code === 0, ms, detail: r.code === 0 ? "" : err[err.length - 1] };
}

const results = new Array<{ ok: boolean; ms: number; detail: string }>(names.length);
let next = 0;
const jobs = Number(values.jobs ?? 2);
await Promise.all(
  Array.from({ length: jobs }, async () => {
    while (next < names.length) {
      const i = next++;
      results[i] = await tryImport(names[i]);
    }
  }),
);
let ok = 0;
for (let i = 0; i < names.length; i++) {
  const r = results[i];
  if (r.ok) ok++;
  console.log(
    `${names[i].padEnd(18)} ${r.ok ? "ok  " : "FAIL"} ${
      r.ms.toFixed(0).padStart(6)
    } ms  ${r.detail}`,
  );
}
console.log(`\n${ok} of ${names.length} modules import`);
