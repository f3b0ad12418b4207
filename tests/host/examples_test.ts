// The host examples (examples/host/*.ts) run with `deno run` and no permission, printing what
// their .out files hold.
import assert from "node:assert/strict";

const dir = new URL("../../examples/host/", import.meta.url);

for (const entry of Deno.readDirSync(dir)) {
  if (!entry.name.endsWith(".ts")) continue;
  Deno.test(`examples/host/${entry.name} prints its .out`, async () => {
    const expected = Deno.readTextFileSync(new URL(entry.name.replace(/\.ts$/, ".out"), dir));
    const r = await new Deno.Command(Deno.execPath(), {
      args: ["run", new URL(entry.name, dir).pathname],
      stdout: "piped",
      stderr: "piped",
      env: { NO_COLOR: "1" },
    }).output();
    const stderr = new TextDecoder().decode(r.stderr);
    assert.equal(r.code, 0, stderr);
    assert.equal(new TextDecoder().decode(r.stdout), expected);
  });
}
