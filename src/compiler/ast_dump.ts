// `ast.dump(node, include_attributes=...)` with indent=None, character for character:
// fields in ASDL order, optional fields omitted when None, values printed with Python's repr.

import { type ConstantValue, LOCATED_NODES, type Node, NODE_FIELDS } from "./ast.ts";
import { isPrintable } from "./tokenizer.ts";

const ATTRIBUTES = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;

/** Fields whose None is a real value rather than an absent optional (`expr? x`). */
const REQUIRED_NULLABLE: ReadonlySet<string> = new Set(["Constant.value", "MatchSingleton.value"]);

export function dumpAst(node: Node, includeAttributes: boolean): string {
  return new Dumper(includeAttributes).node(node);
}

/** Fields holding operator/context tags, which CPython prints as nodes (`Add()`, `Load()`). */
const TAG_FIELDS: ReadonlySet<string> = new Set(["op", "ctx", "ops"]);

class Dumper {
  constructor(private readonly includeAttributes: boolean) {}

  node(node: Node): string {
    const type = node._type;
    const record = node as unknown as Record<string, unknown>;
    const args: string[] = [];
    for (const field of NODE_FIELDS[type]) {
      const value = record[field];
      if (value === null && !REQUIRED_NULLABLE.has(`${type}.${field}`)) continue;
      args.push(`${field}=${this.field(type, field, value)}`);
    }
    if (this.includeAttributes && LOCATED_NODES.has(type)) {
      for (const attr of ATTRIBUTES) args.push(`${attr}=${record[attr]}`);
    }
    return `${type}(${args.join(", ")})`;
  }

  private field(type: string, field: string, value: unknown): string {
    if (field === "value" && (type === "Constant" || type === "MatchSingleton")) {
      return constantRepr(value as ConstantValue);
    }
    if (TAG_FIELDS.has(field)) {
      return Array.isArray(value) ? `[${value.map(tagRepr).join(", ")}]` : tagRepr(value as string);
    }
    return this.value(value);
  }

  private value(value: unknown): string {
    if (value === null) return "None";
    if (Array.isArray(value)) return `[${value.map((v) => this.value(v)).join(", ")}]`;
    switch (typeof value) {
      case "string":
        return stringRepr(value);
      case "number":
      case "bigint":
        return String(value);
      case "object":
        return this.node(value as Node);
    }
    return String(value);
  }
}

function tagRepr(tag: string): string {
  return `${tag}()`;
}

/** Python's repr() of a constant. */
export function constantRepr(v: ConstantValue): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "string") return stringRepr(v);
  switch (v.kind) {
    case "float":
      return floatRepr(v.value);
    case "complex":
      return complexRepr(v.imag);
    case "bytes":
      return bytesRepr(v.value);
    case "ellipsis":
      return "Ellipsis";
    case "object":
      // Only compile() of a hand-built tree makes these; this module never prints one.
      return "<constant>";
  }
}

/** Python's float repr: shortest round-trip digits, exponent form outside 1e-4 <= |x| < 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const [mantissa, expText] = Math.abs(x).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const frac = digits.length > 1 ? "." + digits.slice(1) : "";
    const e = Math.abs(exp) < 10 ? "0" + Math.abs(exp) : String(Math.abs(exp));
    return `${sign}${digits[0]}${frac}e${exp < 0 ? "-" : "+"}${e}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${"0".repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** repr() of an imaginary literal's value: `complex(0, imag)`. */
function complexRepr(imag: number): string {
  // CPython formats each part with repr-style 'r' but drops a trailing ".0".
  let s = floatRepr(imag);
  if (s.endsWith(".0")) s = s.slice(0, -2);
  return `${s}j`;
}

/** Python's str repr: prefers single quotes, escapes non-printable characters. */
export function stringRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (code < 0x20 || code === 0x7f) out += "\\x" + code.toString(16).padStart(2, "0");
    else if (code < 0x7f) out += ch;
    else if (isPrintable(ch)) out += ch;
    else if (code <= 0xff) out += "\\x" + code.toString(16).padStart(2, "0");
    else if (code <= 0xffff) out += "\\u" + code.toString(16).padStart(4, "0");
    else out += "\\U" + code.toString(16).padStart(8, "0");
  }
  return out + quote;
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = "b" + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + quote;
}
