// The `coil` command.
//
//   coil FILE.py [args...]   run a file as __main__ (sys.argv = [FILE.py, args...])
//   coil -c CODE [args...]   run CODE as __main__
//   coil ast FILE.py         print the file's AST (compiler layer's runAstCommand)
//   coil dis FILE.py         disassemble the file's code object
//
// An uncaught exception prints CPython's traceback report to stderr and exits with status 1;
// SystemExit exits with its code. Ctrl-C (SIGINT) raises KeyboardInterrupt in the running
// program (status 130 when uncaught).
import { parseArgs } from "node:util";

/**
 * Listens for SIGINT on a worker thread, which trips the signal in the shared array of
 * src/runtime/signals.ts: the main thread runs Python synchronously, so a listener of its own
 * would never get to run. Creating the worker costs about 15 ms of startup (docs/startup.md).
 */
function listenForSigint(tripped: Int32Array): void {
  const source = `self.onmessage = (e) => {
    const cells = e.data;
    Deno.addSignalListener("SIGINT", () => {
      Atomics.or(cells, 1, 1 << 2);
      Atomics.store(cells, 0, 1);
      Atomics.notify(cells, 0);
    });
    Atomics.store(cells, 2, 1);
    Atomics.notify(cells, 2);
  };`;
  const url = URL.createObjectURL(new Blob([source], { type: "application/javascript" }));
  const worker = new Worker(url, { type: "module" });
  worker.postMessage(tripped);
}

/** Waits (briefly) for the SIGINT listener, so that a Ctrl-C once the program runs is seen. */
function awaitSigintListener(tripped: Int32Array): void {
  Atomics.wait(tripped, 2, 0, 2000);
}

async function main(argv: string[]): Promise<number> {
  // Options end at the script (or -c CODE): what follows belongs to the program's sys.argv.
  let i = 0;
  while (i < argv.length && argv[i].startsWith("-") && argv[i] !== "-") {
    i += argv[i] === "-c" ? 2 : 1;
    if (argv[i - 2] === "-c" || argv[i - 1] === "-c") break;
  }
  const { values } = parseArgs({
    args: argv.slice(0, i),
    options: { c: { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: false,
  });
  const positionals = argv.slice(i);
  if (values.help) {
    console.log(
      "usage: coil FILE.py [args...] | coil -c CODE | coil ast FILE.py | coil dis FILE.py",
    );
    return 0;
  }
  if (positionals[0] === "ast" && positionals.length >= 2 && typeof values.c !== "string") {
    const { runAstCommand } = await import("./compiler/ast_command.ts");
    return (await runAstCommand(positionals.slice(1))) ?? 0;
  }
  if (positionals[0] === "dis" && positionals.length >= 2 && typeof values.c !== "string") {
    const { compile } = await import("./compiler/compile.ts");
    const { disassemble } = await import("./compiler/disassemble.ts");
    const path = positionals[1];
    const source = Deno.readTextFileSync(path);
    try {
      console.log(disassemble(compile(source, path, "exec")).replace(/\n$/, ""));
    } catch (e) {
      const { PySyntaxErrorInfo, formatSyntaxError } = await import("./compiler/syntax_error.ts");
      if (e instanceof PySyntaxErrorInfo) {
        Deno.stderr.writeSync(new TextEncoder().encode(formatSyntaxError(e)));
        return 1;
      }
      throw e;
    }
    return 0;
  }
  const rt = await import("./runtime/interpreter.ts");
  const { tripped } = await import("./runtime/signals.ts");
  listenForSigint(tripped);
  const { installDefaultStdlib } = await import("./host/stdlib.ts");
  await installDefaultStdlib();
  const { codeCacheDir } = await import("./host/code_cache.ts");
  rt.setCodeCache(codeCacheDir());
  // sys.path is [script folder, PYTHONPATH..., the stdlib], as CPython makes it.
  // Without --allow-env there is no PYTHONPATH, as with python -E.
  const pythonPath = (await import("./runtime/permissions.ts")).processEnv("PYTHONPATH");
  if (pythonPath) rt.prependPath(pythonPath.split(":").filter((p) => p !== ""));
  awaitSigintListener(tripped);
  const status = rt.runMain(
    typeof values.c === "string"
      ? { code: values.c, argv: positionals }
      : { path: positionals[0], argv: positionals.slice(1) },
  );
  // Suspended generators with cleanup code are closed at exit (docs/finalization.md).
  const { finalizeAtExit } = await import("./runtime/finalization.ts");
  await finalizeAtExit();
  return status;
}

if (import.meta.main) {
  const status = await main(Deno.args);
  Deno.exit(status);
}

export { main };
