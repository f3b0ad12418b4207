// No ambient authority: an Interpreter made from mod.ts reaches the host's files, environment
// and programs only as its options grant (Deno's permissions are the outer wall, these the
// inner one), and no Python object leads to Deno, globalThis or host objects it was not given.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CoilUsageError, Interpreter, PythonError } from "../../mod.ts";

function lastLine(e: unknown): string {
  assert.ok(e instanceof PythonError, String(e));
  return e.message.split("\n").at(-1)!;
}

/** Runs `code` and returns what it printed, or the last line of its error. */
function run(interp: Interpreter, code: string, out: string[]): string {
  out.length = 0;
  try {
    interp.exec(code);
  } catch (e) {
    return lastLine(e);
  }
  return out.join("").trimEnd();
}

describe("a sandboxed Interpreter", () => {
  const root = Deno.makeTempDirSync();
  Deno.mkdirSync(`${root}/data`);
  Deno.mkdirSync(`${root}/out`);
  Deno.mkdirSync(`${root}/secret`);
  Deno.writeTextFileSync(`${root}/data/a.txt`, "granted\n");
  Deno.writeTextFileSync(`${root}/secret/key.txt`, "do not read\n");
  Deno.symlinkSync(`${root}/secret/key.txt`, `${root}/data/escape`);
  const out: string[] = [];
  const interp = new Interpreter({
    stdout: (t) => out.push(t),
    fs: { read: [`${root}/data`], write: [`${root}/out`] },
    files: { "notes.txt": "in memory\n" },
    env: { GREETING: "hi" },
  });

  it("reads and writes only where granted, and names the option that would grant more", () => {
    assert.equal(run(interp, `print(open('${root}/data/a.txt').read(), end='')`, out), "granted");
    assert.equal(
      run(interp, `open('${root}/secret/key.txt')`, out),
      `PermissionError: [Errno 13] Permission denied (not granted by the host: Interpreter option fs.read): '${root}/secret/key.txt'`,
    );
    assert.match(run(interp, `open('${root}/data/new.txt', 'w')`, out), /option fs\.write/);
    assert.match(run(interp, `import os\nos.remove('${root}/data/a.txt')`, out), /fs\.write/);
    assert.equal(
      run(
        interp,
        `with open('${root}/out/w.txt', 'w') as f:\n    f.write('x')\nprint(open('${root}/out/w.txt').read())`,
        out,
      ),
      "x",
    );
    assert.equal(Deno.readTextFileSync(`${root}/out/w.txt`), "x");
  });

  it("follows no symlink out of a granted folder, and no '..' either", () => {
    assert.match(run(interp, `open('${root}/data/escape')`, out), /PermissionError.*fs\.read/);
    assert.match(run(interp, `open('${root}/data/../secret/key.txt')`, out), /PermissionError/);
    // Above the in-memory files (in the working directory, out/), only their path shows.
    assert.equal(run(interp, `import os\nprint(os.listdir('${root}'))`, out), "['out']");
    assert.match(run(interp, `import os\nos.listdir('${root}/secret')`, out), /PermissionError/);
  });

  it("has in-memory files, a granted environment, and no programs", () => {
    assert.equal(run(interp, "print(open('notes.txt').read(), end='')", out), "in memory");
    assert.match(run(interp, "open('notes.txt', 'w')", out), /Read-only file system/);
    assert.equal(run(interp, "import os\nprint(dict(os.environ))", out), "{'GREETING': 'hi'}");
    assert.equal(run(interp, "import os\nos.environ['X'] = '1'\nprint(os.getenv('X'))", out), "1");
    assert.equal(Deno.env.get("X"), undefined);
    assert.equal(
      run(interp, "import os\nos.system('echo escaped')", out),
      "PermissionError: [Errno 13] Permission denied (not granted by the host: Interpreter option run)",
    );
    // The standard library is readable: it is Coil's, not the host's.
    assert.equal(run(interp, "import json\nprint(json.dumps([1]))", out), "[1]");
  });

  it("reads the stdin it was given, and no other", () => {
    const lines: string[] = [];
    const given = new Interpreter({ stdin: "first\nsecond\n", stdout: (t) => lines.push(t) });
    assert.equal(
      run(
        given,
        "print(input(), input())\ntry:\n    input()\nexcept EOFError:\n    print('EOF')",
        lines,
      ),
      "first second\nEOF",
    );
    given.close();
    const lines2: string[] = [];
    const iterated = new Interpreter({ stdin: "a\nb\nc", stdout: (t) => lines2.push(t) });
    assert.equal(
      run(iterated, "import sys\nprint(sys.stdin.readline(1), [l for l in sys.stdin])", lines2),
      "a ['\\n', 'b\\n', 'c']",
    );
    iterated.close();
    assert.equal(run(interp, "import sys\nprint(repr(sys.stdin.read()))", out), "''");
  });

  it("keeps its file descriptors to itself", () => {
    const other = new Interpreter({ fs: { read: [`${root}/data`] } });
    const fd = other.exec(`import os\nfd = os.open('${root}/data/a.txt', os.O_RDONLY)`).get("fd");
    assert.equal(typeof fd, "number");
    const fresh = new Interpreter({ stdout: (t) => out.push(t) });
    assert.equal(
      run(fresh, `import os\nos.read(${fd}, 100)`, out),
      "OSError: [Errno 9] Bad file descriptor",
    );
    fresh.close();
    other.close();
  });

  it("gives Python no way to JavaScript's globals through the known escape walks", () => {
    const walks = [
      // Every class reachable from object, and what their attributes hold.
      "seen = set()\nfor c in ().__class__.__base__.__subclasses__():\n" +
      "    for v in vars(c).values():\n        seen.add(type(v).__name__)\n" +
      "print(any(n in seen for n in ('Deno', 'global', 'globalThis', 'Function')))",
      // Frame walks to the outermost globals and builtins.
      "import sys\nf = sys._getframe()\nwhile f.f_back: f = f.f_back\n" +
      "print(sorted(k for k in f.f_builtins if k in ('Deno', 'globalThis', 'eval_js', 'js')))",
      // A __builtins__ swap and import of names a JS host might expose.
      "found = []\nfor name in ('js', 'pyodide', 'deno', 'Deno', 'coil_host'):\n" +
      "    try:\n        __import__(name)\n        found.append(name)\n" +
      "    except ImportError:\n        pass\nprint(found)",
      // gc-style introspection of every object it can list.
      "import gc\nprint(any('Deno' in type(o).__name__ for o in gc.get_objects()))",
    ];
    assert.deepEqual(walks.map((w) => run(interp, w, out)), ["False", "[]", "[]", "False"]);
  });

  it("leaves the default interpreter (the free functions and the coil command) unrestricted", async () => {
    const { exec } = await import("../../mod.ts");
    assert.equal(exec(`data = open('${root}/secret/key.txt').read()`).get("data"), "do not read\n");
  });

  it("says what to do with bad options", () => {
    assert.throws(() => new Interpreter({ fs: "all" as "host" }), CoilUsageError);
    assert.throws(
      () => new Interpreter({ files: { "a.txt": 3 as unknown as string } }),
      /files maps paths to contents/,
    );
    assert.throws(() => new Interpreter({ env: { A: 1 as unknown as string } }), /env is "host"/);
    assert.throws(() => new Interpreter({ run: "yes" as unknown as boolean }), /run is a boolean/);
  });
});
