// Users import mod.ts from a URL, where deno.json's import map does not apply. This serves the
// project over HTTP on 127.0.0.1 and runs Python through `import(".../mod.ts")` in a separate
// Deno process started with --no-config, so any mapped or bare specifier would fail here. The
// process gets no --allow-read and no --allow-env: the standard library must come without them.
import assert from "node:assert/strict";
import { loadDefaultStdlib } from "../../src/host/stdlib.ts";

const root = new URL("../../", import.meta.url);

/** Serves the repository (and the stdlib zip at /stdlib.zip) while `body` runs. */
async function withServer(body: (origin: string) => Promise<void>): Promise<void> {
  const zip = await loadDefaultStdlib();
  const controller = new AbortController();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: controller.signal, onListen() {} },
    async (request) => {
      const path = decodeURIComponent(new URL(request.url).pathname);
      if (path === "/stdlib.zip") return new Response(zip.slice());
      if (path.includes("..")) return new Response("forbidden", { status: 403 });
      try {
        const body = await Deno.readFile(new URL("." + path, root));
        return new Response(body, { headers: { "content-type": "application/typescript" } });
      } catch {
        return new Response("not found", { status: 404 });
      }
    },
  );
  try {
    await body(`127.0.0.1:${server.addr.port}`);
  } finally {
    controller.abort();
    await server.finished;
  }
}

async function runProgram(
  origin: string,
  program: string,
  flags: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const cacheDir = await Deno.makeTempDir();
  try {
    const result = await new Deno.Command(Deno.execPath(), {
      args: ["eval", "--no-config", `--allow-import=${origin}`, ...flags, program],
      env: { DENO_DIR: cacheDir, NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    return {
      code: result.code,
      stdout: new TextDecoder().decode(result.stdout),
      stderr: new TextDecoder().decode(result.stderr),
    };
  } finally {
    await Deno.remove(cacheDir, { recursive: true });
  }
}

Deno.test("mod.ts imported over HTTP runs Python and imports the stdlib from npm", async () => {
  await withServer(async (origin) => {
    const program = `
      const { exec } = await import("http://${origin}/mod.ts");
      const mod = exec("def fib(n):\\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\\n");
      console.log(mod.callMethod("fib", 20));
      const json = exec("import json\\nout = json.dumps({'a': [1, 2]})\\n");
      console.log(json.get("out"));
      // zlib's pako is loaded by require() from a checkout, with the module graph from a URL.
      const z = exec("import zlib\\nn = len(zlib.decompress(zlib.compress(b'ab' * 500)))");
      console.log(z.get("n"));
    `;
    const r = await runProgram(origin, program, ["--unstable-raw-imports"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '6765\n{"a": [1, 2]}\n1000\n');
  });
});

Deno.test("without --unstable-raw-imports an import says how to give the stdlib", async () => {
  await withServer(async (origin) => {
    const program = `
      const { exec, PythonError } = await import("http://${origin}/mod.ts");
      console.log(exec("x = 1 + 1").get("x"));
      try {
        exec("import json");
      } catch (e) {
        console.log(e instanceof PythonError, e.message.split("\\n").at(-1));
      }
      // Without importlib, modules the host registers still import (with their packages).
      const { Interpreter } = await import("http://${origin}/mod.ts");
      const interp = new Interpreter();
      interp.registerModule("pkg", "from . import sub\\nN = sub.M + 1");
      interp.registerModule("pkg.sub", "M = 41");
      interp.registerModule("host", { twice: (n) => 2 * n });
      console.log(interp.exec("import pkg, host\\nr = host.twice(pkg.N)").get("r"));
    `;
    const r = await runProgram(origin, program, []);
    assert.equal(r.code, 0, r.stderr);
    const [first, second, third] = r.stdout.trim().split("\n");
    assert.equal(first, "2");
    assert.match(second, /^true .*ModuleNotFoundError: .*--unstable-raw-imports.*stdlib/);
    assert.equal(third, "84");
  });
});

Deno.test("a host gives the stdlib as a URL with useStdlib()", async () => {
  await withServer(async (origin) => {
    const program = `
      const { exec, useStdlib } = await import("http://${origin}/mod.ts");
      await useStdlib("http://${origin}/stdlib.zip");
      const m = exec("import collections\\nc = repr(collections.Counter('abca').most_common(1))");
      console.log(m.get("c"));
    `;
    const r = await runProgram(origin, program, [`--allow-net=${origin}`]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, "[('a', 2)]\n");
  });
});
