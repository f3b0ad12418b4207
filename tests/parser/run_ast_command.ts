// Test harness standing in for `coil ast FILE.py` until the CLI wires it up.
import { runAstCommand } from "../../src/compiler/ast_command.ts";

Deno.exit(await runAstCommand(Deno.args[0]));
