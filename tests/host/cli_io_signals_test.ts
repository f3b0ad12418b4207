// The `coil` command as a process: flushed output reaches the pipe when asked (not at exit),
// and Ctrl-C (SIGINT) raises KeyboardInterrupt in the running program, as CPython does.
import { describe, it } from "node:test";
import assert from "node:assert/strict";

const cli = new URL("../../src/cli.ts", import.meta.url).pathname;

function spawnCoil(code: string): Deno.ChildProcess {
  return new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", cli, "-c", code],
    stdout: "piped",
    stderr: "piped",
  }).spawn();
}

/** Reads the child's stdout until `text` has arrived; returns all read so far. */
async function readUntil(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  text: string,
): Promise<string> {
  const decoder = new TextDecoder();
  let got = "";
  while (!got.includes(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    got += decoder.decode(value, { stream: true });
  }
  return got;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder().decode(await new Response(stream).arrayBuffer());
}

describe("coil command", () => {
  it("print(flush=True) and sys.stdout.flush() reach the pipe before the program ends", async () => {
    const child = spawnCoil(
      "import sys, time\n" +
        "print('one', flush=True)\n" +
        "time.sleep(1.5)\n" +
        "print('two', end=''); sys.stdout.flush()\n" +
        "time.sleep(1.5)\n" +
        "print('three')\n",
    );
    const reader = child.stdout.getReader();
    const first = await readUntil(reader, "one\n");
    assert.equal(first, "one\n");
    const t = performance.now();
    const second = await readUntil(reader, "two");
    assert.equal(second, "two");
    // 'two' came while the program slept before 'three' (so flush wrote it then).
    const rest = await readUntil(reader, "three\n");
    assert.ok(performance.now() - t > 700, "the third line came as late as the second");
    assert.equal(rest, "three\n");
    reader.releaseLock();
    await child.stderr.cancel();
    assert.equal((await child.status).code, 0);
  });

  it("SIGINT raises KeyboardInterrupt, runs finally blocks, exits 130", async () => {
    const child = spawnCoil(
      "print('looping', flush=True)\n" +
        "try:\n" +
        "    i = 0\n" +
        "    while True:\n" +
        "        i += 1\n" +
        "finally:\n" +
        "    print('finally ran')\n",
    );
    const reader = child.stdout.getReader();
    await readUntil(reader, "looping\n");
    child.kill("SIGINT");
    const rest = await readUntil(reader, "finally ran\n");
    reader.releaseLock();
    const err = await readAll(child.stderr);
    assert.equal(rest, "finally ran\n");
    assert.match(err, /^Traceback \(most recent call last\):\n/);
    assert.ok(err.endsWith("\nKeyboardInterrupt\n"), err);
    assert.equal((await child.status).code, 130);
  });

  it("SIGINT during time.sleep calls a signal.signal handler", async () => {
    const child = spawnCoil(
      "import signal, time\n" +
        "def handler(signum, frame):\n" +
        "    print('handler', signum, frame.f_code.co_name, flush=True)\n" +
        "    raise SystemExit(7)\n" +
        "signal.signal(signal.SIGINT, handler)\n" +
        "print('sleeping', flush=True)\n" +
        "try:\n" +
        "    time.sleep(30)\n" +
        "finally:\n" +
        "    print('finally ran')\n",
    );
    const reader = child.stdout.getReader();
    await readUntil(reader, "sleeping\n");
    const t = performance.now();
    child.kill("SIGINT");
    const rest = await readUntil(reader, "finally ran\n");
    reader.releaseLock();
    await child.stderr.cancel();
    assert.equal(rest, "handler 2 <module>\nfinally ran\n");
    assert.equal((await child.status).code, 7);
    assert.ok(performance.now() - t < 10_000, "the sleep was cut short");
  });
});
