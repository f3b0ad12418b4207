// The `coil` command: CPython's command line (Modules/main.c) for the options that apply to
// Coil; docs/cli.md lists them and says which are honoured.
//
//   coil [option] ... FILE [arg] ...   run a file (or a directory's __main__.py) as __main__
//   coil [option] ... -c CODE [arg] ...  run CODE as __main__
//   coil [option] ... -m MODULE [arg] ...  run a module as __main__, as `python -m` does
//   coil [option] ... - [arg] ...      run stdin as <stdin> (also when stdin is piped)
//   coil ast FILE.py                   print the file's AST (compiler layer's runAstCommand)
//   coil dis FILE.py                   disassemble the file's code object
//
// An uncaught exception prints CPython's traceback report to stderr and exits with status 1;
// SystemExit exits with its code. Ctrl-C (SIGINT) raises KeyboardInterrupt in the running
// program (status 130 when uncaught). Usage errors exit with status 2.
import { parseArgs } from "node:util";

/** Coil's own version, shown by -V after the Python version it implements (sys.version). */
const COIL_VERSION = "0.1";
const PYTHON_VERSION = "3.11.7";

const USAGE = "usage: coil [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

const HELP = USAGE + `Options (and corresponding environment variables):
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-I     : isolate Python from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path (Coil has none)
-S     : don't imply 'import site' on initialization (Coil never imports site)
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-V     : print the Python version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-X opt : set implementation-specific option (sys._xoptions); Coil honours
         -X int_max_str_digits=N (also PYTHONINTMAXSTRDIGITS=N)
Arguments:
file   : program read from script file (or a directory holding __main__.py)
-      : program read from stdin (default when stdin is not a terminal)
arg ...: arguments passed to program in sys.argv[1:]

Other commands:
coil ast file : print the file's AST as ast.dump(..., include_attributes=True)
coil dis file : disassemble every code object in the file
`;

/** The options parseArgs knows: CPython's letters that Coil accepts, and --help/--version. */
const OPTIONS = {
  c: { type: "string", short: "c" },
  m: { type: "string", short: "m" },
  W: { type: "string", short: "W", multiple: true },
  X: { type: "string", short: "X", multiple: true },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
  B: { type: "boolean", short: "B" },
  E: { type: "boolean", short: "E" },
  I: { type: "boolean", short: "I" },
  P: { type: "boolean", short: "P" },
  q: { type: "boolean", short: "q" },
  s: { type: "boolean", short: "s" },
  S: { type: "boolean", short: "S" },
  u: { type: "boolean", short: "u" },
} as const;

/** A usage error: CPython's message, the usage line and the hint, status 2. */
class UsageError extends Error {}

/** The command line, as CPython's config_parse_cmdline reads it. */
interface CommandLine {
  /** What to run; none of them means stdin. */
  command?: string;
  module?: string;
  file?: string;
  /** The program's arguments after the file, -c CODE or -m MODULE. */
  rest: string[];
  help: boolean;
  version: boolean;
  letters: Set<string>;
  warnoptions: string[];
  xoptions: string[];
}

/**
 * Options end at -c CODE, -m MODULE, `--`, or the first argument that is not an option: what
 * follows belongs to the program's sys.argv, so parseArgs's tokens are read only up to there.
 */
function parseCommandLine(argv: string[]): CommandLine {
  const { tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const line: CommandLine = {
    rest: [],
    help: false,
    version: false,
    letters: new Set(),
    warnoptions: [],
    xoptions: [],
  };
  for (const token of tokens) {
    if (token.kind === "option-terminator") continue;
    if (token.kind === "positional") {
      line.file = token.value;
      line.rest = argv.slice(token.index + 1);
      return line;
    }
    const { name, rawName, value } = token;
    if (rawName === "-?") {
      line.help = true;
      return line;
    }
    const known = Object.hasOwn(OPTIONS, name) &&
      (rawName.startsWith("--") ? name === "help" || name === "version" : rawName.length === 2);
    if (!known) {
      throw new UsageError(
        rawName.startsWith("--") ? `unknown option ${rawName}` : `Unknown option: ${rawName}`,
      );
    }
    const type = OPTIONS[name as keyof typeof OPTIONS].type;
    if (type === "string" && value === undefined) {
      throw new UsageError(`Argument expected for the ${rawName} option`);
    }
    if (name === "help") {
      // CPython prints the help as soon as it meets -h.
      line.help = true;
      return line;
    } else if (name === "version") line.version = true;
    else if (name === "c" || name === "m") {
      if (name === "c") line.command = value;
      else line.module = value;
      line.rest = argv.slice(token.index + (token.inlineValue ? 1 : 2));
      return line;
    } else if (name === "W") line.warnoptions.push(value!);
    else if (name === "X") line.xoptions.push(value!);
    else line.letters.add(name);
  }
  return line;
}

/** -X int_max_str_digits's or PYTHONINTMAXSTRDIGITS's limit, checked as CPython checks it. */
function maxStrDigits(text: string, what: string): number {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(n === 0 || n >= 640) || !Number.isSafeInteger(n)) {
    throw new FatalError(`${what}: invalid limit; must be >= 640 or 0 for unlimited.`);
  }
  return n;
}

/** A configuration error CPython reports as fatal at startup (status 1). */
class FatalError extends Error {}

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

function writeStderr(text: string): void {
  Deno.stderr.writeSync(new TextEncoder().encode(text));
}

/** All of stdin, read synchronously (sys.stdin reads fd 0 the same way afterwards). */
function readStdin(): string {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const buffer = new Uint8Array(65536);
    const n = Deno.stdin.readSync(buffer);
    if (n === null || n === 0) break;
    chunks.push(buffer.subarray(0, n));
    size += n;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return new TextDecoder().decode(bytes);
}

async function runCompilerCommand(command: string, args: string[]): Promise<number> {
  if (command === "ast") {
    const { runAstCommand } = await import("./compiler/ast_command.ts");
    return (await runAstCommand(args)) ?? 0;
  }
  const { compile } = await import("./compiler/compile.ts");
  const { disassemble } = await import("./compiler/disassemble.ts");
  const path = args[0];
  const source = Deno.readTextFileSync(path);
  try {
    console.log(disassemble(compile(source, path, "exec")).replace(/\n$/, ""));
  } catch (e) {
    const { PySyntaxErrorInfo, formatSyntaxError } = await import("./compiler/syntax_error.ts");
    if (e instanceof PySyntaxErrorInfo) {
      writeStderr(formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let line: CommandLine;
  try {
    line = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    writeStderr(`${e.message}\n${USAGE}Try \`coil -h' for more information.\n`);
    return 2;
  }
  if (line.help) {
    Deno.stdout.writeSync(new TextEncoder().encode(HELP));
    return 0;
  }
  if (line.version) {
    console.log(`Python ${PYTHON_VERSION} (Coil ${COIL_VERSION})`);
    return 0;
  }
  if (
    (line.file === "ast" || line.file === "dis") && line.rest.length >= 1 && argv[0] === line.file
  ) {
    return await runCompilerCommand(line.file, line.rest);
  }
  const has = (letter: string) => line.letters.has(letter);
  const isolated = has("I");
  const ignoreEnvironment = isolated || has("E");
  const { processEnv } = await import("./runtime/permissions.ts");
  // PYTHON* variables (none without --allow-env, as with python -E).
  const env = (name: string) => {
    const v = ignoreEnvironment ? undefined : processEnv(name);
    return v === "" ? undefined : v;
  };
  const xoptions: [string, string | true][] = line.xoptions.map((x) => {
    const eq = x.indexOf("=");
    return eq < 0 ? [x, true] : [x.slice(0, eq), x.slice(eq + 1)];
  });
  let intMaxStrDigits = -1;
  try {
    const fromEnv = env("PYTHONINTMAXSTRDIGITS");
    if (fromEnv !== undefined) intMaxStrDigits = maxStrDigits(fromEnv, "PYTHONINTMAXSTRDIGITS");
    for (const [k, v] of xoptions) {
      if (k === "int_max_str_digits") {
        intMaxStrDigits = maxStrDigits(v === true ? "" : v, "-X int_max_str_digits");
      }
    }
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
    writeStderr(`coil: ${e.message}\n`);
    return 1;
  }
  const safePath = isolated || has("P") || env("PYTHONSAFEPATH") !== undefined;
  const dontWrite = has("B") || env("PYTHONDONTWRITEBYTECODE") !== undefined;
  const unbuffered = has("u") || env("PYTHONUNBUFFERED") !== undefined;
  const warnoptions = [
    ...(env("PYTHONWARNINGS")?.split(",").map((w) => w.trim()).filter((w) => w !== "") ?? []),
    ...line.warnoptions,
  ];

  // stdin is the program when no file, -c or -m names one (or the file is "-").
  let stdinSource: string | undefined;
  if (line.command === undefined && line.module === undefined && (line.file ?? "-") === "-") {
    if (Deno.stdin.isTerminal()) {
      writeStderr(
        "coil: no interactive mode yet; give a file, -c cmd, -m mod, or pipe a program to stdin\n" +
          USAGE,
      );
      return 2;
    }
    stdinSource = readStdin();
  }

  const { stdioConfig } = await import("./modules/_io/stdstreams.ts");
  stdioConfig.unbuffered = unbuffered;
  const rt = await import("./runtime/interpreter.ts");
  const { tripped } = await import("./runtime/signals.ts");
  listenForSigint(tripped);
  const { installDefaultStdlib } = await import("./host/stdlib.ts");
  await installDefaultStdlib();
  const { codeCacheDir } = await import("./host/code_cache.ts");
  rt.setCodeCache(codeCacheDir(ignoreEnvironment), dontWrite);
  rt.configureMain({
    flags: {
      ignore_environment: ignoreEnvironment ? 1 : 0,
      isolated: isolated ? 1 : 0,
      no_user_site: isolated || has("s") ? 1 : 0,
      quiet: has("q") ? 1 : 0,
      safe_path: safePath,
      int_max_str_digits: intMaxStrDigits,
    },
    warnoptions,
    xoptions,
    origArgv: ["coil", ...argv],
  });
  // sys.path is [script folder, PYTHONPATH..., the stdlib], as CPython makes it.
  const pythonPath = env("PYTHONPATH");
  if (pythonPath) rt.prependPath(pythonPath.split(":").filter((p) => p !== ""));
  awaitSigintListener(tripped);
  const status = rt.runMain(
    line.command !== undefined
      ? { code: line.command, argv: ["-c", ...line.rest], safePath }
      : line.module !== undefined
      // runpy puts the module's file in argv[0]; until then it is "-m", as in CPython.
      ? { module: line.module, argv: ["-m", ...line.rest], safePath }
      : stdinSource !== undefined
      ? { code: stdinSource, filename: "<stdin>", argv: [line.file ?? "", ...line.rest], safePath }
      : { path: line.file, argv: [line.file!, ...line.rest], safePath },
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
