// compile(): source -> parse -> future features -> symbol table -> code generation -> PyCode.
// The pipeline of CPython's Python/compile.c `_PyAST_Compile` (the AST optimizer's constant
// folding happens inside the code generator, see codegen_const.ts).

import type * as ast from "./ast.ts";
import { parse } from "./parser.ts";
import { type CompileRecursion, SymbolTable } from "./symtable.ts";
import { CO_FUTURE_ANNOTATIONS, Compiler, docstring } from "./codegen.ts";
import { resetCodeKeys } from "./codegen_const.ts";
import { compilationTooDeep, isStackOverflow, PySyntaxErrorInfo } from "./syntax_error.ts";
import { SourceText } from "./source_text.ts";
import type { PyCode } from "../objects/code.ts";

export type CompileMode = "exec" | "eval" | "single";

/**
 * co_flags bits of the `__future__` features. In Python 3 all but two are no-ops kept for
 * compatibility and set no flag (future.c).
 */
const FUTURE_FLAGS: Readonly<Record<string, number>> = {
  nested_scopes: 0,
  generators: 0,
  division: 0,
  absolute_import: 0,
  with_statement: 0,
  print_function: 0,
  unicode_literals: 0,
  barry_as_FLUFL: 0x400000,
  generator_stop: 0,
  annotations: CO_FUTURE_ANNOTATIONS,
};

export interface FutureFeatures {
  flags: number;
  /** Line of the last `from __future__ import`; later ones are errors. */
  lineno: number;
}

type LineText = (lineno: number) => string;

/** The `from __future__ import ...` statements at the top of a module (CPython's future.c). */
export function futureFeatures(mod: ast.mod, filename: string, lineText: LineText): FutureFeatures {
  const ff: FutureFeatures = { flags: 0, lineno: -1 };
  if (mod._type !== "Module" && mod._type !== "Interactive") return ff;
  const body = mod.body;
  let i = docstring(body) !== null ? 1 : 0;
  let done = false;
  let prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) return ff;
    prevLine = s.lineno;
    if (s._type === "ImportFrom" && s.module === "__future__") {
      const err = (msg: string) =>
        new PySyntaxErrorInfo(
          "SyntaxError",
          msg,
          filename,
          s.lineno,
          s.col_offset + 1,
          lineText(s.lineno),
          s.end_lineno,
          s.end_col_offset + 1,
        );
      if (done) throw err("from __future__ imports must occur at the beginning of the file");
      for (const alias of s.names) {
        const flag = FUTURE_FLAGS[alias.name];
        if (flag === undefined) {
          if (alias.name === "braces") throw err("not a chance");
          throw err(`future feature ${alias.name} is not defined`);
        }
        ff.flags |= flag;
      }
      ff.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return ff;
}

/** Compile an AST (as `parse` returns it) into the module's code object. */
export function compileAst(
  mod: ast.mod,
  filename: string,
  mode: CompileMode,
  source?: string,
  recursion?: CompileRecursion,
): PyCode {
  const text = source !== undefined ? new SourceText(source) : null;
  const lineText: LineText = (lineno) => (text ? text.lineWithNewline(lineno) : "");
  const ff = futureFeatures(mod, filename, lineText);
  try {
    const annotations = (ff.flags & CO_FUTURE_ANNOTATIONS) !== 0;
    const st = new SymbolTable(mod, filename, lineText, annotations, recursion);
    const c = new Compiler(st, {
      filename,
      lineText,
      futureFlags: ff.flags,
      futureLineno: ff.lineno,
      interactive: mode === "single",
    });
    return c.compileModule(mod);
  } catch (e) {
    // The symbol table's depth limit is CPython's, but the JS stack can run out before it
    // (in code generation or folding, or past a raised recursion limit): the same error.
    if (isStackOverflow(e)) throw compilationTooDeep();
    throw e;
  } finally {
    resetCodeKeys();
  }
}

/** Python's compile(source, filename, mode) for source text. */
export function compile(
  source: string,
  filename: string,
  mode: CompileMode,
  recursion?: CompileRecursion,
): PyCode {
  const mod = parse(source, filename, mode);
  return compileAst(mod, filename, mode, source, recursion);
}
