// sys.path as the `coil` command builds it: [script folder, PYTHONPATH entries..., the stdlib].
import assert from "node:assert/strict";

const cli = new URL("../../src/cli.ts", import.meta.url).pathname;

Deno.test("PYTHONPATH entries come after the script folder and before the stdlib", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.mkdir(`${dir}/lib`);
    await Deno.writeTextFile(`${dir}/lib/pp_module.py`, "WHERE = 'lib'\n");
    await Deno.writeTextFile(
      `${dir}/main.py`,
      "import sys, pp_module\nprint(pp_module.WHERE)\nprint(sys.path[1:], sys.path[0].endswith('main') or sys.path[0])\n",
    );
    const r = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", cli, `${dir}/main.py`],
      env: { PYTHONPATH: `${dir}/lib::/nonexistent` },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const out = new TextDecoder().decode(r.stdout);
    assert.equal(r.code, 0, new TextDecoder().decode(r.stderr));
    assert.equal(
      out,
      `lib\n['${dir}/lib', '/nonexistent', '/coil/lib/python3.11'] ${dir}\n`,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
