// The `coil` command.
//
//   coil FILE.py [args...]   run a file as __main__ (sys.argv = [FILE.py, args...])
//   coil -c CODE [args...]   run CODE as __main__
//   coil ast FILE.py         print the file's AST (compiler layer's runAstCommand)
//   coil dis FILE.py         disassemble the file's code object
//
// An uncaught exception prints CPython's traceback report to stderr and exits with status 1;
// SystemExit exits with its code.
import { parseArgs } from "node:util";

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
  const { installDefaultStdlib } = await import("./host/stdlib.ts");
  await installDefaultStdlib();
  const { codeCacheDir } = await import("./host/code_cache.ts");
  rt.setCodeCache(codeCacheDir());
  // sys.path is [script folder, PYTHONPATH..., the stdlib], as CPython makes it.
  let pythonPath: string | undefined;
  try {
    pythonPath = Deno.env.get("PYTHONPATH");
  } catch {
    pythonPath = undefined; // no --allow-env: no PYTHONPATH, as with python -E
  }
  if (pythonPath) rt.prependPath(pythonPath.split(":").filter((p) => p !== ""));
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
