// The runtime never needs a permission the host did not grant: a host run with only
// --allow-read gets Python's answers (and internal errors as SystemError), never NotCapable.
import { describe, it } from "node:test";
import assert from "node:assert/strict";

const root = new URL("../../", import.meta.url).pathname;

const host = `
import { evaluate, exec } from "${root}mod.ts";
import { toPyException } from "${root}src/runtime/ops.ts";
// The internal-error path (a JavaScript error inside the runtime) reads COIL_DEBUG.
const exc = toPyException(new TypeError("boom"));
console.log(String((exc as { cls: { name: string } }).cls.name));
exec(\`
import os, socket
print(os.environ.get("HOME"))
os.putenv("X", "1")
os.unsetenv("X")
for f in (os.getuid, os.uname, socket.gethostname):
    try:
        f()
    except OSError as e:
        print(f.__name__, type(e).__name__)
\`);
console.log(evaluate("1 + 1"));
`;

describe("permissions", () => {
  it("a host without --allow-env / --allow-sys runs Python and internal errors", async () => {
    const file = await Deno.makeTempFile({ suffix: ".ts" });
    await Deno.writeTextFile(file, host);
    try {
      const out = await new Deno.Command(Deno.execPath(), {
        args: ["run", "--no-prompt", "--allow-read", file],
        stdout: "piped",
        stderr: "piped",
      }).output();
      const stdout = new TextDecoder().decode(out.stdout);
      const stderr = new TextDecoder().decode(out.stderr);
      assert.doesNotMatch(stdout + stderr, /NotCapable|Requires (env|sys) access/);
      assert.equal(out.code, 0, stderr);
      assert.equal(
        stdout,
        "SystemError\nNone\ngetuid PermissionError\nuname PermissionError\ngethostname OSError\n2\n",
      );
    } finally {
      await Deno.remove(file);
    }
  });
});
