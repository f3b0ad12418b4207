// Users import mod.ts from a URL, where deno.json's import map does not apply. This serves the
// project over HTTP on 127.0.0.1 and runs Python through `import(".../mod.ts")` in a separate
// Deno process started with --no-config, so any mapped or bare specifier would fail here.
import assert from "node:assert/strict";

const root = new URL("../../", import.meta.url);

Deno.test("mod.ts imported over HTTP runs Python", async () => {
  const controller = new AbortController();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: controller.signal, onListen() {} },
    async (request) => {
      const path = decodeURIComponent(new URL(request.url).pathname);
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
    const origin = `127.0.0.1:${server.addr.port}`;
    const program = `
      const { exec } = await import("http://${origin}/mod.ts");
      const mod = exec("def fib(n):\\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\\n");
      console.log(mod.callMethod("fib", 20));
    `;
    const cacheDir = await Deno.makeTempDir();
    const result = await new Deno.Command(Deno.execPath(), {
      args: [
        "eval",
        "--no-config",
        `--allow-import=${origin}`,
        "--allow-read",
        "--allow-env",
        program,
      ],
      env: { DENO_DIR: cacheDir, NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    await Deno.remove(cacheDir, { recursive: true });
    const stderr = new TextDecoder().decode(result.stderr);
    assert.equal(result.code, 0, stderr);
    assert.equal(new TextDecoder().decode(result.stdout), "6765\n");
  } finally {
    controller.abort();
    await server.finished;
  }
});
