// `coil ast FILE.py`: prints the file's AST as CPython's
// `ast.dump(ast.parse(source), include_attributes=True)` does, or, on a syntax error, the
// report `python3 FILE.py` prints, on stderr with exit code 1.

import { dumpAst } from "./ast_dump.ts";
import { parse } from "./parser.ts";
import { formatSyntaxError, PySyntaxErrorInfo } from "./syntax_error.ts";

/** Output of the command: what goes to stdout and stderr, and the exit code. */
export interface AstCommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The command's behaviour on given source text, without touching the console. */
export function astCommandOutput(source: string, path: string): AstCommandResult {
  try {
    const tree = parse(source, path, "exec");
    return { stdout: dumpAst(tree, true) + "\n", stderr: "", exitCode: 0 };
  } catch (e) {
    if (!(e instanceof PySyntaxErrorInfo)) throw e;
    return { stdout: "", stderr: formatSyntaxError(e), exitCode: 1 };
  }
}

/**
 * Reads `path`, prints its AST dump (or syntax error report) and returns the exit code.
 * Also accepts the CLI's remaining arguments (`["FILE.py", ...]`), as src/cli.ts passes them.
 */
export async function runAstCommand(path: string | readonly string[]): Promise<number> {
  if (typeof path !== "string") {
    if (path.length === 0) {
      await writeAll(Deno.stderr, "usage: coil ast FILE.py\n");
      return 2;
    }
    path = path[0];
  }
  let source: string;
  try {
    source = await Deno.readTextFile(path);
  } catch (e) {
    const reason = e instanceof Deno.errors.NotFound ? "No such file or directory" : String(e);
    await writeAll(Deno.stderr, `coil: can't open file '${path}': ${reason}\n`);
    return 2;
  }
  // python3 reports the script by its absolute path.
  const result = astCommandOutput(source, absolutePath(path));
  if (result.stdout !== "") await writeAll(Deno.stdout, result.stdout);
  if (result.stderr !== "") await writeAll(Deno.stderr, result.stderr);
  return result.exitCode;
}

/** How python3 names the script it runs: joined to the working directory, not normalised. */
function absolutePath(path: string): string {
  return path.startsWith("/") ? path : `${Deno.cwd()}/${path}`;
}

async function writeAll(
  stream: { write(p: Uint8Array): Promise<number> },
  text: string,
): Promise<void> {
  let bytes = new TextEncoder().encode(text);
  while (bytes.length > 0) bytes = bytes.subarray(await stream.write(bytes));
}
