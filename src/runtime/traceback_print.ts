// Printing exceptions the way CPython 3.11 prints an uncaught one (pythonrun.c's
// print_exception_recursive + traceback.c's tb_printinternal/tb_displayline): the chain of
// causes/contexts first, each with "Traceback (most recent call last):", one entry per frame
// with its source line (from the linecache of sources the interpreter loaded) and, when the
// failing expression does not span the whole line, the caret line (`~~~^~~~` around the
// operator of a binary operation or the brackets of a subscript, `^^^^` otherwise).

import { None, type PyValue, typeOf } from "../objects/object.ts";
import { PyBaseException, PySyntaxError } from "../objects/exceptions.ts";
import { PyTraceback } from "../objects/traceback.ts";
import * as ops from "./ops.ts";

// ---- linecache -----------------------------------------------------------------------------

const sources = new Map<string, string[]>();

/** Remembers a loaded source so tracebacks can show its lines. */
export function cacheSource(filename: string, source: string): void {
  sources.set(filename, source.split(/\r\n|\r|\n/));
}

/** Line `lineno` (1-based) of a loaded file, or undefined; reads the file on demand. */
export function getSourceLine(filename: string, lineno: number): string | undefined {
  let lines = sources.get(filename);
  if (lines === undefined) {
    try {
      lines = Deno.readTextFileSync(filename).split(/\r\n|\r|\n/);
    } catch {
      return undefined;
    }
    sources.set(filename, lines);
  }
  return lines[lineno - 1];
}

// ---- Caret anchors ---------------------------------------------------------------------------

/**
 * Where the secondary range of a caret line goes for `segment` (the failing expression's
 * source): [left, right) character offsets within the segment, or null. Set by the compiler
 * layer's parser when available (BinOp: the operator; Subscript: the brackets).
 */
export type AnchorFinder = (segment: string) => [number, number] | null;
let findAnchors: AnchorFinder = heuristicAnchors;
export function setAnchorFinder(f: AnchorFinder): void {
  findAnchors = f;
}

const BINARY_OPERATORS = ["**", "//", "<<", ">>", "+", "-", "*", "/", "%", "@", "&", "|", "^"];
// Lowest precedence first (Python's grammar), for finding the top-level operator.
const PRECEDENCE: string[][] = [["|"], ["^"], ["&"], ["<<", ">>"], ["+", "-"], [
  "*",
  "/",
  "//",
  "%",
  "@",
], ["**"]];

/** A tokenizer-level approximation of the AST anchors: top-level binary operator or subscript. */
function heuristicAnchors(seg: string): [number, number] | null {
  // Top-level operator candidates (depth 0, outside strings).
  const ops: { pos: number; op: string }[] = [];
  let depth = 0;
  let lastSignificant = "";
  let firstTopBracket = -1;
  let lastTopBracketClose = -1;
  let i = 0;
  while (i < seg.length) {
    const c = seg[i];
    if (c === "'" || c === '"') {
      const q = seg.startsWith(c + c + c, i) ? c + c + c : c;
      let j = i + q.length;
      while (j < seg.length && !seg.startsWith(q, j)) j += seg[j] === "\\" ? 2 : 1;
      i = j + q.length;
      lastSignificant = "a";
      continue;
    }
    if (c === "(" || c === "[" || c === "{") {
      if (depth === 0 && c === "[" && lastSignificant !== "" && lastSignificant !== "op") {
        if (firstTopBracket < 0) firstTopBracket = i;
      }
      depth++;
      i++;
      lastSignificant = "open";
      continue;
    }
    if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0 && c === "]") lastTopBracketClose = i;
      i++;
      lastSignificant = "a";
      continue;
    }
    if (c === " " || c === "\t") {
      i++;
      continue;
    }
    if (depth === 0) {
      const op = BINARY_OPERATORS.find((o) => seg.startsWith(o, i));
      if (op !== undefined && lastSignificant !== "" && lastSignificant !== "op") {
        // Not part of an augmented assignment or comparison like <=, not a unary sign.
        const after = seg[i + op.length];
        if (after !== "=" && !(op === "*" && after === "*") && !(op === "/" && after === "/")) {
          ops.push({ pos: i, op });
          i += op.length;
          lastSignificant = "op";
          continue;
        }
      }
      if (
        /[=<>!,:]/.test(c) || seg.startsWith("not ", i) || seg.startsWith("and ", i) ||
        seg.startsWith("or ", i) || seg.startsWith("if ", i) || seg.startsWith("lambda", i)
      ) {
        return null; // not a plain binary operation or subscript
      }
    }
    lastSignificant = "a";
    i++;
  }
  if (ops.length > 0) {
    for (const level of PRECEDENCE) {
      const matching = ops.filter((o) => level.includes(o.op));
      if (matching.length === 0) continue;
      const chosen = level[0] === "**" ? matching[0] : matching[matching.length - 1];
      return [chosen.pos, chosen.pos + chosen.op.length];
    }
  }
  if (firstTopBracket >= 0 && lastTopBracketClose === seg.trimEnd().length - 1) {
    // value[...] : find the last top-level subscript.
    let d = 0;
    let open = -1;
    for (let j = 0; j < seg.length; j++) {
      const c = seg[j];
      if (c === "[" && d === 0) open = j;
      if (c === "(" || c === "[" || c === "{") d++;
      if (c === ")" || c === "]" || c === "}") d--;
    }
    if (open > 0) return [open, seg.trimEnd().length];
  }
  return null;
}

function utf8OffsetToCharOffset(line: string, byteOffset: number): number {
  let bytes = 0;
  let chars = 0;
  for (const ch of line) {
    if (bytes >= byteOffset) break;
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    chars++;
  }
  return chars;
}

// ---- Formatting ------------------------------------------------------------------------------

const RECURSIVE_CUTOFF = 3;

function formatEntry(tb: PyTraceback): string {
  const code = tb.tb_frame.frame.code;
  let out = `  File "${code.co_filename}", line ${tb.tb_lineno}, in ${code.co_name}\n`;
  const line = getSourceLine(code.co_filename, tb.tb_lineno);
  if (line === undefined) return out;
  const chars = Array.from(line);
  let lead = 0;
  while (
    lead < chars.length && (chars[lead] === " " || chars[lead] === "\t" || chars[lead] === "\f")
  ) {
    lead++;
  }
  const stripped = chars.slice(lead).join("").trimEnd();
  if (stripped === "") return out;
  out += `    ${stripped}\n`;
  const p = tb.lasti * 4;
  const pos = code.co_positions;
  const startLine = pos[p], endLine = pos[p + 1], startCol = pos[p + 2], endCol = pos[p + 3];
  if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) return out;
  if (startLine !== tb.tb_lineno) return out;
  const start = utf8OffsetToCharOffset(line, startCol);
  let end = utf8OffsetToCharOffset(line, endCol);
  let anchors: [number, number] | null = null;
  if (startLine === endLine) {
    try {
      const a = findAnchors(chars.slice(start, end).join(""));
      if (a !== null) anchors = [a[0] + start, a[1] + start];
    } catch {
      anchors = null;
    }
  } else {
    end = lead + stripped.length === 0 ? end : Array.from(line.trimEnd()).length;
  }
  if (end - start === Array.from(stripped).length && anchors === null) return out;
  let carets = "    " + " ".repeat(Math.max(0, start - lead));
  for (let i = start; i < end; i++) {
    carets += anchors !== null ? (i >= anchors[0] && i < anchors[1] ? "^" : "~") : "^";
  }
  return out + carets + "\n";
}

/** The "Traceback (most recent call last):" block's entries for a traceback chain. */
export function formatTracebackEntries(tb: PyTraceback | null): string {
  let out = "";
  let lastFile: string | null = null, lastLine = -1, lastName: string | null = null;
  let count = 0;
  const repeated = (n: number) => {
    const more = n - RECURSIVE_CUTOFF;
    return `  [Previous line repeated ${more} more time${more > 1 ? "s" : ""}]\n`;
  };
  for (; tb !== null; tb = tb.tb_next) {
    const code = tb.tb_frame.frame.code;
    if (code.co_filename !== lastFile || tb.tb_lineno !== lastLine || code.co_name !== lastName) {
      if (count > RECURSIVE_CUTOFF) out += repeated(count);
      lastFile = code.co_filename;
      lastLine = tb.tb_lineno;
      lastName = code.co_name;
      count = 0;
    }
    count++;
    if (count <= RECURSIVE_CUTOFF) out += formatEntry(tb);
  }
  if (count > RECURSIVE_CUTOFF) out += repeated(count);
  return out;
}

/** `Type: message` (plus SyntaxError's location block and __notes__). */
export function formatExceptionOnly(exc: PyValue): string {
  const type = typeOf(exc);
  let name = type.qualname;
  const module = ops.typeModuleName(type);
  if (module !== "builtins" && module !== "__main__") name = `${module}.${name}`;
  let out = "";
  if (exc instanceof PySyntaxError && ops.isSubtypeOfSyntaxError(type)) {
    const filename = exc.filename === None ? "<string>" : ops.str(exc.filename);
    const lineno = typeof exc.lineno === "number" ? exc.lineno : null;
    if (lineno !== null) out += `  File "${filename}", line ${lineno}\n`;
    if (typeof exc.text === "string" && exc.text !== "") {
      const text = exc.text.replace(/\n$/, "");
      const chars = Array.from(text);
      let lead = 0;
      while (
        lead < chars.length && (chars[lead] === " " || chars[lead] === "\t" || chars[lead] === "\f")
      ) lead++;
      const stripped = chars.slice(lead).join("").trimEnd();
      out += `    ${stripped}\n`;
      if (typeof exc.offset === "number" && exc.offset > 0) {
        const offset = exc.offset - 1;
        let endOffset = typeof exc.end_offset === "number" && exc.end_offset > 0 &&
            (exc.end_lineno === exc.lineno || exc.end_lineno === None)
          ? exc.end_offset - 1
          : offset + 1;
        if (endOffset <= offset) endOffset = offset + 1;
        const strippedLen = Array.from(stripped).length;
        const col = Math.max(0, offset - lead);
        const width = Math.max(1, Math.min(endOffset - offset, strippedLen - col + 1));
        out += "    " + " ".repeat(col) + "^".repeat(width) + "\n";
      }
    }
    const msg = exc.msg === None ? ops.exceptionMessage(exc) : ops.str(exc.msg);
    out += msg === "" ? `${name}\n` : `${name}: ${msg}\n`;
  } else {
    let msg: string;
    try {
      msg = ops.exceptionMessage(exc);
    } catch {
      msg = "<exception str() failed>";
    }
    out += msg === "" ? `${name}\n` : `${name}: ${msg}\n`;
  }
  if (exc instanceof PyBaseException && exc.notes !== null) {
    for (const note of exc.notes.items) {
      out += typeof note === "string" ? note + "\n" : ops.repr(note) + "\n";
    }
  }
  return out;
}

/** The full report CPython prints for an uncaught exception, chained causes/contexts first. */
export function formatException(exc: PyValue, seen: Set<PyValue> = new Set()): string {
  seen.add(exc);
  let out = "";
  if (exc instanceof PyBaseException) {
    const cause = exc.cause;
    const context = exc.context;
    if (cause !== null && !seen.has(cause)) {
      out += formatException(cause, seen);
      out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (context !== null && !exc.suppressContext && !seen.has(context)) {
      out += formatException(context, seen);
      out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    if (exc.traceback !== null) {
      out += "Traceback (most recent call last):\n";
      out += formatTracebackEntries(exc.traceback as PyTraceback);
    }
  }
  return out + formatExceptionOnly(exc);
}
