// Finalization without reference counting (docs/finalization.md): suspended generators with
// cleanup code are closed after V8 collects them or at interpreter exit; a coroutine never
// awaited is reported; generators without cleanup code are not tracked at all.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { exec } from "../../mod.ts";
import { finalizationStats } from "../../src/runtime/finalization.ts";

const cli = new URL("../../src/cli.ts", import.meta.url).pathname;
const decoder = new TextDecoder();

async function runDeno(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const out = await new Deno.Command(Deno.execPath(), {
    args,
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output();
  return { stdout: decoder.decode(out.stdout), stderr: decoder.decode(out.stderr) };
}

async function runPython(source: string): Promise<{ stdout: string; stderr: string }> {
  const path = await Deno.makeTempFile({ suffix: ".py" });
  await Deno.writeTextFile(path, source);
  try {
    return await runDeno(["run", "-A", cli, path]);
  } finally {
    await Deno.remove(path);
  }
}

describe("generator finalization", () => {
  it("closes a generator still suspended at exit, after the program's output", async () => {
    const { stdout } = await runPython(`
def g(name):
    try:
        yield 1
    finally:
        print("cleanup", name)

kept = g("kept")
next(kept)
print("end of program")
`);
    assert.equal(stdout, "end of program\ncleanup kept\n");
  });

  it("does not run cleanup of a generator that never started", async () => {
    const { stdout } = await runPython(`
def g():
    try:
        yield 1
    finally:
        print("never printed")
x = g()
print("done")
`);
    assert.equal(stdout, "done\n");
  });

  it("reports a coroutine that was never awaited, at its creation line", async () => {
    const { stderr } = await runPython(`async def f():
    pass

def main():
    f()
main()
`);
    assert.match(stderr, /:5: RuntimeWarning: coroutine 'f' was never awaited\n {2}f\(\)\n$/);
  });

  it("reports an exception from cleanup as unraisable, and goes on", async () => {
    const { stdout, stderr } = await runPython(`
def g():
    try:
        yield 1
    finally:
        yield 2
x = g()
next(x)
print("ok")
`);
    assert.equal(stdout, "ok\n");
    assert.match(stderr, /^Exception ignored in: <generator object g at 0x[0-9a-f]+>\n/);
    assert.match(stderr, /RuntimeError: generator ignored GeneratorExit\n$/);
  });

  it("closes a collected generator at the next turn of the event loop", async () => {
    const program = `
      import { exec, setOutput } from ${
      JSON.stringify(new URL("../../mod.ts", import.meta.url).href)
    };
      let out = "";
      setOutput({ stdout: (t) => (out += t) });
      const mod = exec("def g():\\n    try:\\n        yield 1\\n    finally:\\n        print('closed by GC')\\n\\ndef start():\\n    x = g()\\n    next(x)\\n");
      mod.callMethod("start"); // the generator is unreachable once start() returns
      for (let i = 0; i < 5 && !out; i++) {
        globalThis.gc();
        await new Promise((r) => setTimeout(r, 10));
      }
      console.log(JSON.stringify(out));
    `;
    const { stdout, stderr } = await runDeno([
      "eval",
      "--v8-flags=--expose-gc",
      program,
    ]);
    assert.equal(stdout.trim(), JSON.stringify("closed by GC\n"), stderr);
  });

  it("tracks only generators whose code could run on close", () => {
    const mod = exec(`
def plain():
    yield 1

def guarded():
    try:
        yield 1
    finally:
        pass

def exhaust(f):
    for _ in f():
        pass
`);
    const before = finalizationStats.tracked;
    mod.callMethod("exhaust", mod.get("plain"));
    assert.equal(finalizationStats.tracked, before);
    mod.callMethod("exhaust", mod.get("guarded"));
    assert.equal(finalizationStats.tracked, before + 1);
  });
});
