// Printing exceptions the way CPython 3.11 prints an uncaught one (pythonrun.c's
// print_exception_recursive + traceback.c's tb_printinternal/tb_displayline): the chain of
// causes/contexts first, each with "Traceback (most recent call last):", one entry per frame
// with its source line (from the linecache of sources the interpreter loaded) and, when the
// failing expression does not span the whole line, the caret line (`~~~^~~~` around the
// operator of a binary operation or the brackets of a subscript, `^^^^` otherwise).

import { readFile } from "./file_system.ts";
import { None, type PyValue, typeOf } from "../objects/object.ts";
import { PyBaseException, PyBaseExceptionGroup, PySyntaxError } from "../objects/exceptions.ts";
import {
  formatSyntaxError,
  PySyntaxErrorInfo,
  type SyntaxErrorKind,
} from "../compiler/syntax_error.ts";
import { PyTraceback } from "../objects/traceback.ts";
import * as ops from "./ops.ts";
import * as excTypes from "../objects/exceptions.ts";
import { frameLocals } from "./frame_object.ts";
import { parse } from "../compiler/parser.ts";
import type * as A from "../compiler/ast.ts";

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
      lines = new TextDecoder().decode(readFile(filename)).split(/\r\n|\r|\n/);
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
let findAnchors: AnchorFinder = parserAnchors;
export function setAnchorFinder(f: AnchorFinder): void {
  findAnchors = f;
}

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0c;

/**
 * CPython's extract_anchors_from_line: parse the segment; a BinOp anchors its operator, a
 * Subscript its brackets. Offsets are UTF-8 bytes in the AST, characters in the result.
 */
function parserAnchors(seg: string): [number, number] | null {
  let mod;
  try {
    mod = parse(seg, "<segment>", "exec") as A.Module;
  } catch {
    return null;
  }
  if (mod.body.length !== 1 || mod.body[0]._type !== "Expr") return null;
  const e = (mod.body[0] as A.Expr).value;
  const b = new TextEncoder().encode(seg);
  let left = -1, right = -1;
  if (e._type === "BinOp") {
    const l = e.left, r = e.right;
    // Only single-line segments reach here, so offsets on line 1 are the ones we need.
    for (let i = l.end_col_offset; i < r.col_offset; i++) {
      if (isSpace(b[i])) continue;
      left = i;
      right = i + 1;
      if (i + 1 < r.col_offset && !isSpace(b[i + 1])) right++;
      if (i + 1 < r.col_offset && b[i] === 0x29 /* ) */) continue;
      break;
    }
    if (left < 0) return null;
  } else if (e._type === "Subscript") {
    left = e.value.end_col_offset;
    right = e.slice.end_col_offset + 1;
    while (left < b.length && b[left] !== 0x5b /* [ */) left++;
    while (right < b.length && b[right] !== 0x5d /* ] */) right++;
    if (right < b.length) right++;
  } else return null;
  const dec = new TextDecoder();
  return [
    Array.from(dec.decode(b.slice(0, left))).length,
    Array.from(dec.decode(b.slice(0, right))).length,
  ];
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
    // The parser layer's formatter prints the location block exactly as python3 does.
    const num = (v: PyValue, dflt: number) => (typeof v === "number" ? v : dflt);
    const lineno = num(exc.lineno, 0);
    const info = new PySyntaxErrorInfo(
      type.name as SyntaxErrorKind,
      exc.msg === None ? ops.exceptionMessage(exc) : ops.str(exc.msg),
      exc.filename === None ? "<string>" : ops.str(exc.filename),
      lineno,
      num(exc.offset, 0),
      typeof exc.text === "string" ? exc.text.replace(/\n$/, "") : "",
      num(exc.end_lineno, lineno),
      num(exc.end_offset, 0),
    );
    let text = formatSyntaxError(info);
    if (lineno === 0 || exc.lineno === None) text = text.replace(/^ {2}File .*\n/, "");
    // formatSyntaxError ends with "<kind>: msg"; use the exception's own (qualified) name.
    const lastLine = text.lastIndexOf(`${type.name}: `);
    if (lastLine >= 0) {
      const msg = info.msg;
      text = text.slice(0, lastLine) + (msg === "" ? `${name}\n` : `${name}: ${msg}\n`);
    }
    out += text;
  } else {
    let msg: string;
    try {
      msg = ops.exceptionMessage(exc);
    } catch {
      msg = "<exception str() failed>";
    }
    try {
      const suggestion = offerSuggestion(exc);
      if (suggestion !== null) msg += `. Did you mean: '${suggestion}'?`;
    } catch {
      // suggestions are best effort, as in CPython
    }
    out += msg === "" ? `${name}\n` : `${name}: ${msg}\n`;
  }
  if (exc instanceof PyBaseException) out += notesText(exc);
  return out;
}

/** print_exception_notes: each note of a sequence on its lines, else the repr of __notes__. */
function notesText(exc: PyBaseException): string {
  let notes: PyValue | undefined;
  try {
    notes = ops.getAttrOrUndefined(exc, "__notes__");
  } catch {
    return "";
  }
  if (notes === undefined) return "";
  if (!excTypes.isSequence(notes)) {
    // CPython 3.11 writes no newline after it.
    try {
      return ops.repr(notes);
    } catch {
      return "<__notes__ repr() failed>";
    }
  }
  let out = "";
  for (const note of ops.iterateToArray(notes)) {
    let text: string;
    try {
      text = typeof note === "string" ? note : ops.str(note);
    } catch {
      text = "<note str() failed>";
    }
    out += text + "\n";
  }
  return out;
}

/** Indentation state of exception-group printing (traceback.py's _ExceptionPrintContext). */
class PrintContext {
  seen = new Set<PyValue>();
  groupDepth = 0;
  needClose = false;

  indent(): string {
    return " ".repeat(2 * this.groupDepth);
  }

  emit(text: string, margin = "|"): string {
    let prefix = this.indent();
    if (this.groupDepth > 0) prefix += margin + " ";
    if (prefix === "") return text;
    return text.split("\n").map((line, i, all) =>
      i === all.length - 1 && line === "" ? line : prefix + line
    ).join("\n");
  }
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;
const CAUSE_MESSAGE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE = "\nDuring handling of the above exception, another exception occurred:\n\n";

function formatChained(exc: PyValue, ctx: PrintContext): string {
  // The chain, outermost cause/context first (traceback.py's TracebackException.format).
  const chain: [string | null, PyValue][] = [];
  let cur: PyValue | null = exc;
  ctx.seen.add(exc);
  while (cur !== null) {
    let msg: string | null = null;
    let next: PyValue | null = null;
    if (cur instanceof PyBaseException) {
      if (cur.cause !== null && !ctx.seen.has(cur.cause)) {
        msg = CAUSE_MESSAGE;
        next = cur.cause;
      } else if (
        cur.cause === null && cur.context !== null && !cur.suppressContext &&
        !ctx.seen.has(cur.context)
      ) {
        msg = CONTEXT_MESSAGE;
        next = cur.context;
      }
    }
    chain.push([msg, cur]);
    if (next !== null) ctx.seen.add(next);
    cur = next;
  }
  let out = "";
  for (let i = chain.length - 1; i >= 0; i--) {
    const [msg, e] = chain[i];
    if (msg !== null) out += ctx.emit(msg);
    out += formatOne(e, ctx);
  }
  return out;
}

function formatOne(exc: PyValue, ctx: PrintContext): string {
  const tb = exc instanceof PyBaseException ? exc.traceback as PyTraceback | null : null;
  if (!(exc instanceof PyBaseExceptionGroup)) {
    let out = "";
    if (tb !== null) {
      out += ctx.emit("Traceback (most recent call last):\n");
      out += ctx.emit(formatTracebackEntries(tb));
    }
    return out + ctx.emit(formatExceptionOnly(exc));
  }
  if (ctx.groupDepth > MAX_GROUP_DEPTH) {
    return ctx.emit(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
  }
  const topLevel = ctx.groupDepth === 0;
  if (topLevel) ctx.groupDepth++;
  let out = "";
  if (tb !== null) {
    out += ctx.emit("Exception Group Traceback (most recent call last):\n", topLevel ? "+" : "|");
    out += ctx.emit(formatTracebackEntries(tb));
  }
  out += ctx.emit(formatExceptionOnly(exc));
  const excs = exc.exceptions.items;
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const title = truncated ? "..." : `${i + 1}`;
    out += ctx.indent() + (i === 0 ? "+-" : "  ") + `+---------------- ${title} ----------------\n`;
    ctx.groupDepth++;
    if (!truncated) out += formatChained(excs[i], ctx);
    else {
      const remaining = excs.length - MAX_GROUP_WIDTH;
      out += ctx.emit(`and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
    }
    if (last && ctx.needClose) {
      out += ctx.indent() + "+------------------------------------\n";
      ctx.needClose = false;
    }
    ctx.groupDepth--;
  }
  if (topLevel) ctx.groupDepth = 0;
  return out;
}

/** The full report CPython prints for an uncaught exception, chained causes/contexts first. */
export function formatException(exc: PyValue): string {
  return formatChained(exc, new PrintContext());
}

// ---- "Did you mean" (CPython 3.11's Python/suggestions.c) ---------------------------------------

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  // Trim common prefix and suffix.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length, endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  a = a.slice(start, endA);
  b = b.slice(start, endB);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (Math.abs(a.length - b.length) * MOVE_COST > maxCost) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  const row: number[] = [];
  for (let i = 0; i < a.length; i++) row.push((i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = result = bi * MOVE_COST;
    let minimum = Infinity;
    for (let ai = 0; ai < a.length; ai++) {
      const substitute = distance + substitutionCost(code, a[ai]);
      distance = row[ai];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[ai] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

function calculateSuggestion(candidates: PyValue[], name: string): string | null {
  if (candidates.length > MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (typeof item !== "string" || item === name) continue;
    if (item.length > MAX_STRING_SIZE || name.length > MAX_STRING_SIZE) continue;
    let maxDistance = Math.floor((name.length + item.length + 3) * MOVE_COST / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function offerSuggestion(exc: PyValue): string | null {
  if (!(exc instanceof PyBaseException)) return null;
  const t = exc.cls;
  const fields = exc as unknown as { name?: PyValue; obj?: PyValue };
  if (ops.isSubtypeOf(t, excTypes.PyExc_AttributeError)) {
    if (typeof fields.name !== "string" || fields.obj === undefined) return null;
    const dir = ops.iterateToArray(ops.call(ops.builtin("dir"), [fields.obj], null));
    return calculateSuggestion(dir, fields.name);
  }
  if (ops.isSubtypeOf(t, excTypes.PyExc_NameError)) {
    if (typeof fields.name !== "string") return null;
    let tb = exc.traceback as PyTraceback | null;
    if (tb === null) return null;
    while (tb.tb_next !== null) tb = tb.tb_next;
    const frame = tb.tb_frame.frame;
    const locals = frameLocals(tb.tb_frame);
    const fromLocals = calculateSuggestion(ops.iterateToArray(locals), fields.name);
    if (fromLocals !== null) return fromLocals;
    const fromGlobals = calculateSuggestion([...frame.globals.keys()], fields.name);
    if (fromGlobals !== null) return fromGlobals;
    return calculateSuggestion([...frame.builtins.keys()], fields.name);
  }
  return null;
}
