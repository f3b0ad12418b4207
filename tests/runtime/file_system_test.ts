// Deno permission denials seen from Python: src/runtime/file_system.ts turns them into
// PermissionError naming the Deno flag that would grant the access. A conformance case cannot
// run under limited permissions, so these run src/cli.ts as a subprocess with some denied.
import assert from "node:assert/strict";

const cli = new URL("../../src/cli.ts", import.meta.url).pathname;

function runCoil(flags: string[], source: string): { stdout: string; stderr: string } {
  const dir = Deno.makeTempDirSync({ prefix: "coil_fs_" });
  const script = `${dir}/main.py`;
  Deno.writeTextFileSync(script, source);
  try {
    const out = new Deno.Command(Deno.execPath(), {
      args: ["run", ...flags, cli, script],
      cwd: dir,
      stdout: "piped",
      stderr: "piped",
    }).outputSync();
    return {
      stdout: new TextDecoder().decode(out.stdout),
      stderr: new TextDecoder().decode(out.stderr),
    };
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
}

Deno.test("reading a denied path is PermissionError naming --allow-read", () => {
  const secret = Deno.makeTempDirSync({ prefix: "coil_secret_" });
  try {
    Deno.writeTextFileSync(`${secret}/x.txt`, "hidden");
    const { stdout, stderr } = runCoil(
      ["--allow-read", `--deny-read=${secret}`, "--allow-env"],
      `import posix
for f in (lambda: posix.stat(${JSON.stringify(secret + "/x.txt")}),
          lambda: posix.listdir(${JSON.stringify(secret)}),
          lambda: posix.open(${JSON.stringify(secret + "/x.txt")}, posix.O_RDONLY)):
    try:
        f()
    except PermissionError as e:
        print(type(e).__name__, e.errno, e.strerror)
`,
    );
    assert.equal(
      stdout,
      "PermissionError 13 Permission denied (Deno needs --allow-read)\n".repeat(3),
      stderr,
    );
  } finally {
    Deno.removeSync(secret, { recursive: true });
  }
});

Deno.test("writing without --allow-write is PermissionError naming --allow-write", () => {
  const { stdout, stderr } = runCoil(
    ["--allow-read", "--allow-env"],
    `import posix
for f in (lambda: posix.mkdir("newdir"),
          lambda: posix.open("new.txt", posix.O_WRONLY | posix.O_CREAT)):
    try:
        f()
    except PermissionError as e:
        print(type(e).__name__, e)
`,
  );
  assert.equal(
    stdout,
    "PermissionError [Errno 13] Permission denied (Deno needs --allow-write): 'newdir'\n" +
      "PermissionError [Errno 13] Permission denied (Deno needs --allow-write): 'new.txt'\n",
    stderr,
  );
});

Deno.test("without --allow-env posix.environ is empty, not an error", () => {
  const { stdout, stderr } = runCoil(
    ["--allow-read", "--allow-write", "--deny-env"],
    `import posix
print(posix.environ)
posix.putenv("A", "b")
`,
  );
  assert.equal(stdout, "{}\n", stderr);
});

Deno.test("process facts that need --allow-sys name the flag", () => {
  const { stdout, stderr } = runCoil(
    ["--allow-read", "--allow-env"],
    `import posix
try:
    posix.getuid()
except PermissionError as e:
    print(e)
`,
  );
  assert.ok(stdout.includes("(Deno needs --allow-sys)"), stdout + stderr);
});
