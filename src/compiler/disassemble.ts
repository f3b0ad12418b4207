// A disassembler in the spirit of CPython 3.11's `dis.dis`: per instruction the line number
// (where a new line starts), a `>>` mark at jump targets, the offset (2 * index, like CPython's
// byte offsets), the opcode name, the arg and its meaning; then the exception table; then
// every nested code object.

import {
  BINARY_OP_SYMBOLS,
  COMPARE_OP_SYMBOLS,
  JUMP_OPCODES,
  Op,
  OPCODE_NAMES,
} from "./opcodes.ts";
import { PyCode } from "../objects/code.ts";
import { Ellipsis, None, PyFloat, PyObject, type PyValue } from "../objects/object.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyBytes } from "../objects/bytes.ts";
import { PyComplex } from "../objects/complex.ts";
import { reprStr } from "./unparse.ts";
import { repr } from "../objects/abstract.ts";

/** Python's repr() of a float (shortest round-trip digits, Python's exponent rules). */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mant, expStr] = x.toExponential().split("e");
  const exp = Number(expStr);
  if (exp < -4 || exp >= 16) {
    const m = mant.includes(".") ? mant : mant;
    return `${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const s = x.toFixed(Math.max(0, (mant.split(".")[1]?.length ?? 0) - exp));
  return s.includes(".") ? s : s + ".0";
}

/** A fixed fake address per code object, so output is stable. */
const addresses = new WeakMap<PyCode, string>();
let nextAddress = 0x1000;
function addressOf(code: PyCode): string {
  let a = addresses.get(code);
  if (a === undefined) {
    a = "0x" + (nextAddress += 0x100).toString(16).padStart(12, "0");
    addresses.set(code, a);
  }
  return a;
}

export function codeRepr(code: PyCode): string {
  return `<code object ${code.co_name} at ${
    addressOf(code)
  }, file "${code.co_filename}", line ${code.co_firstlineno}>`;
}

/** repr() of the values that can be constants. */
export function constRepr(v: PyValue): string {
  switch (typeof v) {
    case "number":
    case "bigint":
      return String(v);
    case "boolean":
      return v ? "True" : "False";
    case "string":
      return reprStr(v);
  }
  if (v === None) return "None";
  if (v === Ellipsis) return "Ellipsis";
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof PyComplex) {
    const im = floatRepr(v.imag).replace(/\.0$/, "");
    if (v.real === 0 && !Object.is(v.real, -0)) return `${im}j`;
    const re = floatRepr(v.real).replace(/\.0$/, "");
    return `(${re}${v.imag < 0 || Object.is(v.imag, -0) ? "" : "+"}${im}j)`;
  }
  if (v instanceof PyBytes) {
    const quote = v.bytes.includes(0x27) && !v.bytes.includes(0x22) ? '"' : "'";
    let s = "b" + quote;
    for (const b of v.bytes) {
      if (b === quote.charCodeAt(0) || b === 0x5c) s += "\\" + String.fromCharCode(b);
      else if (b === 0x0a) s += "\\n";
      else if (b === 0x0d) s += "\\r";
      else if (b === 0x09) s += "\\t";
      else if (b >= 0x20 && b < 0x7f) s += String.fromCharCode(b);
      else s += "\\x" + b.toString(16).padStart(2, "0");
    }
    return s + quote;
  }
  if (v instanceof PyTuple) {
    const items = v.items.map(constRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }
  if (v instanceof PyCode) return codeRepr(v);
  if (v instanceof PyObject) return repr(v);
  return String(v);
}

const FORMAT_CONVERSIONS = ["", "str", "repr", "ascii"];
const MAKE_FUNCTION_FLAGS = ["defaults", "kwdefaults", "annotations", "closure"];
const NAME_OPS: ReadonlySet<number> = new Set([
  Op.LOAD_NAME,
  Op.STORE_NAME,
  Op.DELETE_NAME,
  Op.STORE_GLOBAL,
  Op.DELETE_GLOBAL,
  Op.LOAD_ATTR,
  Op.STORE_ATTR,
  Op.DELETE_ATTR,
  Op.LOAD_METHOD,
  Op.IMPORT_NAME,
  Op.IMPORT_FROM,
]);
const LOCAL_OPS: ReadonlySet<number> = new Set([
  Op.LOAD_FAST,
  Op.STORE_FAST,
  Op.DELETE_FAST,
  Op.LOAD_DEREF,
  Op.STORE_DEREF,
  Op.DELETE_DEREF,
  Op.LOAD_CLOSURE,
  Op.LOAD_CLASSDEREF,
  Op.MAKE_CELL,
]);

export function argRepr(code: PyCode, op: number, arg: number): string {
  if (JUMP_OPCODES.has(op)) return `to ${2 * arg}`;
  if (op === Op.LOAD_CONST || op === Op.KW_NAMES) return constRepr(code.co_consts[arg]);
  if (NAME_OPS.has(op)) return code.co_names[arg];
  if (op === Op.LOAD_GLOBAL) return (arg & 1 ? "NULL + " : "") + code.co_names[arg >> 1];
  if (LOCAL_OPS.has(op)) return code.co_localsplusnames[arg];
  if (op === Op.COMPARE_OP) return COMPARE_OP_SYMBOLS[arg];
  if (op === Op.BINARY_OP) return BINARY_OP_SYMBOLS[arg];
  if (op === Op.FORMAT_VALUE) {
    const conv = FORMAT_CONVERSIONS[arg & 3];
    if (arg & 4) return conv ? `${conv}, with format` : "with format";
    return conv;
  }
  if (op === Op.MAKE_FUNCTION) {
    return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(", ");
  }
  return "";
}

/** Opcodes that take no argument (dis prints no arg column for them). */
const NO_ARG: ReadonlySet<number> = new Set([
  Op.NOP,
  Op.POP_TOP,
  Op.PUSH_NULL,
  Op.BINARY_SUBSCR,
  Op.STORE_SUBSCR,
  Op.DELETE_SUBSCR,
  Op.UNARY_NEGATIVE,
  Op.UNARY_POSITIVE,
  Op.UNARY_NOT,
  Op.UNARY_INVERT,
  Op.LIST_TO_TUPLE,
  Op.GET_ITER,
  Op.RETURN_VALUE,
  Op.RETURN_GENERATOR,
  Op.YIELD_VALUE,
  Op.GET_YIELD_FROM_ITER,
  Op.GET_AITER,
  Op.GET_ANEXT,
  Op.END_ASYNC_FOR,
  Op.ASYNC_GEN_WRAP,
  Op.PUSH_EXC_INFO,
  Op.POP_EXCEPT,
  Op.CHECK_EXC_MATCH,
  Op.CHECK_EG_MATCH,
  Op.PREP_RERAISE_STAR,
  Op.WITH_EXCEPT_START,
  Op.BEFORE_WITH,
  Op.BEFORE_ASYNC_WITH,
  Op.LOAD_ASSERTION_ERROR,
  Op.IMPORT_STAR,
  Op.LOAD_BUILD_CLASS,
  Op.SETUP_ANNOTATIONS,
  Op.PRINT_EXPR,
  Op.MATCH_MAPPING,
  Op.MATCH_SEQUENCE,
  Op.MATCH_KEYS,
  Op.GET_LEN,
]);

/** The disassembly of one code object (no nested ones). */
export function disassembleOne(code: PyCode): string {
  const n = code.length;
  const words = code.co_code;
  const targets = new Set<number>();
  for (let i = 0; i < n; i++) if (JUMP_OPCODES.has(words[2 * i])) targets.add(words[2 * i + 1]);
  for (const e of code.co_exceptiontable) targets.add(e.target);
  let maxLine = 0;
  for (let i = 0; i < n; i++) maxLine = Math.max(maxLine, code.lineOf(i));
  const linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  const offsetWidth = 2 * n - 2 >= 10000 ? String(2 * n - 2).length : 4;
  const lines: string[] = [];
  let lastLine = -2;
  for (let i = 0; i < n; i++) {
    const op = words[2 * i], arg = words[2 * i + 1];
    const line = code.lineOf(i);
    const startsLine = line !== lastLine && line >= 0;
    if (startsLine) {
      if (i > 0) lines.push("");
      lastLine = line;
    }
    const fields = [
      startsLine ? String(line).padStart(linenoWidth) : " ".repeat(linenoWidth),
      "   ",
      targets.has(i) ? ">>" : "  ",
      String(2 * i).padStart(offsetWidth),
      (OPCODE_NAMES[op] ?? `<${op}>`).padEnd(20),
    ];
    if (!NO_ARG.has(op)) {
      fields.push(String(arg).padStart(5));
      const r = argRepr(code, op, arg);
      if (r) fields.push(`(${r})`);
    }
    lines.push(fields.join(" ").trimEnd());
  }
  if (code.co_exceptiontable.length > 0) {
    lines.push("ExceptionTable:");
    for (const e of code.co_exceptiontable) {
      lines.push(
        `  ${2 * e.start} to ${2 * e.end - 2} -> ${2 * e.target} [${e.depth}]${
          e.lasti ? " lasti" : ""
        }`,
      );
    }
  }
  return lines.join("\n") + "\n";
}

/** `dis.dis(code)`: this code object, then each nested one, recursively. */
export function disassemble(code: PyCode): string {
  let out = disassembleOne(code);
  for (const c of code.co_consts) {
    if (c instanceof PyCode) out += `\nDisassembly of ${codeRepr(c)}:\n` + disassemble(c);
  }
  return out;
}
