// The error the tokenizer and parser throw, shaped like CPython's SyntaxError so the runtime
// can turn it into one field for field, plus the traceback text CPython prints for it.

export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

/**
 * A Python syntax error. `offset`/`end_offset` are 1-based *character* columns (CPython's
 * `SyntaxError.offset`), `text` is the offending source line as CPython reports it.
 */
export class PySyntaxErrorInfo extends Error {
  kind: SyntaxErrorKind;
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  text: string;
  end_lineno: number;
  end_offset: number;
  /**
   * Located at the end of the input. `python3 file.py` prints no caret for such errors
   * (its file tokenizer has no position there), although compile() reports an offset.
   */
  atEndOfInput = false;

  constructor(
    kind: SyntaxErrorKind,
    msg: string,
    filename: string,
    lineno: number,
    offset: number,
    text: string,
    end_lineno: number,
    end_offset: number,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
    this.name = "PySyntaxErrorInfo";
    this.kind = kind;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.text = text;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
  }
}

/**
 * The report `python3 file.py` prints for a syntax error (pythonrun.c's print_error_text):
 * the line with its indentation stripped, then a caret line spanning offset..end_offset.
 */
export function formatSyntaxError(e: PySyntaxErrorInfo): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== "") {
    out += e.atEndOfInput ? `    ${e.text.replace(/\n$/, "").trimStart()}\n` : caretLines(e);
  }
  return out + `${e.kind}: ${e.msg}\n`;
}

/**
 * When python3 runs a file, the offsets it prints with are UTF-8 byte columns, so on lines
 * with non-ASCII text its carets sit right of the character-based `offset`; we reproduce that.
 * It also underlines a single character for indentation errors.
 */
function caretLines(e: PySyntaxErrorInfo): string {
  const line = e.text.replace(/\n$/, "");
  const chars = Array.from(line);
  const toBytes = (offset: number) =>
    offset <= 0 ? offset : new TextEncoder().encode(chars.slice(0, offset - 1).join("")).length + 1;
  let offset = toBytes(e.offset) - 1;
  const lineBytes = new TextEncoder().encode(e.text).length;
  // A range spanning lines is underlined to the end of its first line.
  let endOffset = e.end_lineno > e.lineno ? lineBytes : toBytes(e.end_offset);
  if (endOffset > lineBytes + 1) endOffset = lineBytes + 1;
  const singleCaret = e.kind !== "SyntaxError" || endOffset <= 0;
  let end = singleCaret ? offset + 1 : endOffset - 1;
  let start = 0;
  while (
    start < chars.length && (chars[start] === " " || chars[start] === "\t" || chars[start] === "\f")
  ) {
    start++;
  }
  offset -= start;
  end -= start;
  const shown = chars.slice(start);
  if (offset > shown.length) offset = shown.length;
  let out = `    ${shown.join("")}\n`;
  if (offset < 0) return out;
  if (end <= offset) end = offset + 1;
  if (end > shown.length + 1) end = shown.length + 1;
  out += "    " + " ".repeat(offset) + "^".repeat(Math.max(1, end - offset)) + "\n";
  return out;
}

/**
 * CPython's parser and compiler give up on too deeply nested input with MemoryError (the
 * parser's stack of 6000 rule calls) or RecursionError (the AST passes' depth limit), not with
 * a SyntaxError; the runtime turns this into that exception.
 */
export class CompilerLimitError extends Error {
  constructor(readonly kind: "MemoryError" | "RecursionError", readonly msg: string) {
    super(`${kind}: ${msg}`);
    this.name = "CompilerLimitError";
  }
}

/** The RecursionError CPython's symtable.c and ast_opt.c raise. */
export function compilationTooDeep(): CompilerLimitError {
  return new CompilerLimitError(
    "RecursionError",
    "maximum recursion depth exceeded during compilation",
  );
}

/** True for V8's stack exhaustion. */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message === "Maximum call stack size exceeded";
}
