// Coil's verdict on compile(src, "f", "exec"), shaped as the oracle's (oracle_compile.py).

import { compile } from "../../src/compiler/compile.ts";
import { CompilerLimitError, PySyntaxErrorInfo } from "../../src/compiler/syntax_error.ts";

export interface Verdict {
  accept: boolean;
  type?: string;
  lineno?: number | null;
  msg?: string;
  /** Set when Coil failed with a JS error instead of a Python one (a bug either way). */
  internal?: string;
}

export function coilVerdict(src: string): Verdict {
  // builtins.compile refuses a NUL before compiling (src/modules/builtins.ts), as CPython does.
  if (src.includes("\0")) {
    return {
      accept: false,
      type: "SyntaxError",
      lineno: null,
      msg: "source code string cannot contain null bytes",
    };
  }
  try {
    compile(src, "f", "exec");
    return { accept: true };
  } catch (e) {
    if (e instanceof PySyntaxErrorInfo) {
      // The parser reports its own JS failures as this SyntaxError rather than crash.
      if (e.msg.startsWith("internal parser error")) {
        return { accept: false, type: e.kind, lineno: e.lineno, msg: e.msg, internal: e.msg };
      }
      return { accept: false, type: e.kind, lineno: e.lineno, msg: e.msg };
    }
    if (e instanceof CompilerLimitError) {
      return { accept: false, type: e.kind, lineno: null, msg: e.msg };
    }
    const err = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    const where = e instanceof Error ? (e.stack ?? "").split("\n").slice(1, 4).join(" | ") : "";
    return { accept: false, type: "internal", internal: `${err} ${where}` };
  }
}
